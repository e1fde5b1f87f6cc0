#!/usr/bin/env python3
"""Review aid: weekday check for 'Thứ X, dd/mm/yyyy' and numbers above the related list not covered by any label."""
import re, sys, os, datetime, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
WD = ['Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy','Chủ nhật']
pages = []
for b in ("batch1","batch2","batch3","batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; top = t[:RELATED.search(t).start()]
    for m in re.finditer(r"(Thứ \w+|Chủ nhật), (\d{1,2})/(\d{1,2})/(\d{4})", t):
        d = datetime.date(int(m[4]), int(m[3]), int(m[2]))
        if WD[d.weekday()] != m[1]: print(pg["slug"], "WEEKDAY", m[0], WD[d.weekday()])
    covered = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"] + pg["not_people"] + [pg["title"]]
    spans = []
    for s in covered:
        for m in re.finditer(re.escape(s), top): spans.append((m.start(), m.end()))
    for m in re.finditer(r"\d[\d.,/]*", top):
        if any(a <= m.start() < b for a, b in spans): continue
        ctx = top[max(0, m.start()-25):m.end()+25].replace("\n", " ")
        print(pg["slug"], repr(m.group()), "|", ctx)
