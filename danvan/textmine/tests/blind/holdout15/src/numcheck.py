#!/usr/bin/env python3
"""Review aid: weekday check for 'Thứ …, dd/mm/yyyy' and numbers above the related list not covered by a label."""
import re, sys, os, importlib, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import RELATED
WD = {"Thứ Hai":0,"Thứ Ba":1,"Thứ Tư":2,"Thứ Năm":3,"Thứ Sáu":4,"Thứ Bảy":5,"Chủ Nhật":6}
for b in ("batch1","batch2","batch3","batch4"):
    for pg in importlib.import_module(b).PAGES:
        t = pg["text"]; t = t[:RELATED.search(t).start()]
        for w, d, m, y in re.findall(r"(Thứ \w+|Chủ Nhật), (\d\d)/(\d\d)/(\d{4})", t):
            if datetime.date(int(y), int(m), int(d)).weekday() != WD[w]: print(pg["slug"], "WEEKDAY", w, d, m, y)
        cov = [q["surface"] for q in pg["quantities"]] + pg["not_money"] + [d["surface"] for d in pg["documents"]] + pg["not_people"] + [pg["title"]]
        cov += [p["name"] for p in pg["people"]] + [x for p in pg["people"] for x in p["titles"]]
        for mm in re.finditer(r"\d[\d.,]*", t):
            ctx = t[max(0, mm.start()-25):mm.end()+25].replace("\n", " ")
            if not any(mm.group() in c and c in t[max(0,mm.start()-80):mm.end()+80] for c in cov):
                print(pg["slug"], "|", ctx)
