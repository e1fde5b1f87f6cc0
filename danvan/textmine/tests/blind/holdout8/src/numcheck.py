#!/usr/bin/env python3
"""Review aid (not needed to build): list numbers above the related list that no quantity, document,
not-string, date, time or year explains."""
import os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
    spans = []
    strs = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_people"] + pg["not_money"]
    for s in strs:
        for mm in re.finditer(re.escape(s), t): spans.append((mm.start(), mm.end()))
    pat = r"\d{1,2}[:h]\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}/\d{1,2}|\b(19|20)\d\d\b|GMT\+7|\d{1,2} tháng \d{1,2}, \d{4}|\d{1,2} đến \d{1,2}/\d{1,2}"
    for mm in re.finditer(pat, t): spans.append((mm.start(), mm.end()))
    for mm in re.finditer(r"\d+(?:[.,]\d+)*", t):
        if not any(a <= mm.start() and mm.end() <= b for a, b in spans):
            print(pg["slug"], repr(t[max(0, mm.start()-25):mm.end()+20]))
