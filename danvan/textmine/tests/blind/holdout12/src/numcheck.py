#!/usr/bin/env python3
"""Review aid: weekday names in 'Thứ X, dd/mm/yyyy' against the calendar, and numbers above the related list
that no label surface or not.money string covers."""
import re, sys, os, datetime, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import RELATED
WD = {"Thứ Hai": 0, "Thứ Ba": 1, "Thứ Tư": 2, "Thứ Năm": 3, "Thứ Sáu": 4, "Thứ Bảy": 5, "Chủ nhật": 6}
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    full = pg["text"]
    for m in re.finditer(r"(Thứ \w+|Chủ nhật), (\d{1,2})/(\d{1,2})/(\d{4})", full):
        d = datetime.date(int(m[4]), int(m[3]), int(m[2]))
        if WD.get(m[1]) != d.weekday(): print(pg["slug"], "WEEKDAY WRONG", m[0])
    t = full[:RELATED.search(full).start()]
    covered = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"] + pg["not_people"]
    spans = []
    for c in covered:
        for m in re.finditer(re.escape(c), t): spans.append((m.start(), m.end()))
    left = []
    for m in re.finditer(r"\d[\d.,/]*", t):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            left.append(t[max(0, m.start()-8):m.end()+10].replace("\n", " "))
    print(pg["slug"], "|", " ; ".join(left))
