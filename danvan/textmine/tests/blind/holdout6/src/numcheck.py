#!/usr/bin/env python3
"""Review aid: list every number on a page (above the related list) that no label explains."""
import re, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import RELATED
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    full = pg["text"]; m = RELATED.search(full); t = full[:m.start()]
    cov = [False]*len(t)
    def mark(s):
        if not s: return
        for mm in re.finditer(re.escape(s), t):
            for i in range(mm.start(), mm.end()): cov[i] = True
    for q in pg["quantities"]: mark(q["surface"])
    for d in pg["documents"]: mark(d["surface"])
    for s in pg["not_money"] + pg["not_people"]: mark(s)
    for p in pg["people"]:
        for ti in p["titles"]: mark(ti)
    for pl in pg["places"]: mark(pl["name"])
    # dates, times, years
    for rx in (r"\d{1,2}:\d\d", r"GMT\+7", r"Covid-19", r"\d{1,2}/\d{1,2}(/\d{4})?", r"\b(19|20)\d\d\b", r"\d{1,2} (đến|và) \d{1,2}/\d{1,2}", r"ngày \d{1,2}\b"):
        for mm in re.finditer(rx, t):
            for i in range(mm.start(), mm.end()): cov[i] = True
    for mm in re.finditer(r"\d+(?:[.,]\d+)*", t):
        if not all(cov[mm.start():mm.end()]):
            ctx = t[max(0, mm.start()-30):mm.end()+30].replace("\n", " ")
            print(pg["slug"][:5], repr(mm.group()), "|", ctx)
