#!/usr/bin/env python3
"""Review aid: weekday names in 'Thứ …, dd/mm/yyyy' against the calendar, and numbers above the related list
that no quantity/not.money/document/name label covers."""
import re, sys, os, importlib, datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
W = ['Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy','Chủ Nhật']
for b in ("batch1","batch2","batch3","batch4","batch5"):
    for pg in importlib.import_module(b).PAGES:
        t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
        for w, d, mo, y in re.findall(r"(Thứ \w+|Chủ Nhật), (\d\d)/(\d\d)/(\d{4})", t):
            real = W[datetime.date(int(y), int(mo), int(d)).weekday()]
            if real != w: print(pg["slug"], "WEEKDAY", w, d, mo, y, "is", real)
        covered = [q["surface"] for q in pg["quantities"]] + pg["not_money"] + pg["not_people"] + \
                  [d["surface"] for d in pg["documents"]] + [pl["name"] for pl in pg["places"]] + [pg["title"]]
        for mm in re.finditer(r"\d+(?:[.,]\d+)*", t):
            if not any(mm.group() in c and c in t[max(0, mm.start()-60):mm.end()+60] for c in covered):
                print(pg["slug"], "uncovered:", repr(t[max(0, mm.start()-25):mm.end()+15].replace("\n", " ")))
