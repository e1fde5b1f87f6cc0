#!/usr/bin/env python3
"""Review aid (not needed to build): list every number above the related-news list that no quantity surface,
document surface, not-string, date, time or year explains."""
import re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
    cover = [0] * len(t)
    def mark(s):
        for mm in re.finditer(re.escape(s), t):
            for i in range(mm.start(), mm.end()): cover[i] = 1
    for q in pg["quantities"]: mark(q["surface"])
    for d in pg["documents"]: mark(d["surface"])
    for s in pg["not_people"] + pg["not_money"]: mark(s)
    for p in pg["people"]:
        mark(p["name"]); [mark(x) for x in p["titles"]]
    for pl in pg["places"]: mark(pl["name"])
    for r in (r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", r"\d{1,2}:\d\d", r"\b(19|20)\d\d\b", r"(?i)ngày \d{1,2}(/\d{1,2})?", r"\d{1,2}/\d{1,2}\b"):
        for mm in re.finditer(r, t):
            for i in range(mm.start(), mm.end()): cover[i] = 1
    for mm in re.finditer(r"\d+(?:[.,]\d+)*", t):
        if not all(cover[mm.start():mm.end()]):
            print(pg["slug"][:4], repr(t[max(0, mm.start()-30):mm.end()+25]))
