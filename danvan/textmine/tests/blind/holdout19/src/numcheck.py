#!/usr/bin/env python3
"""List numbers above the related-news list that no quantity surface, document surface or not-string covers
(dates, times and the published/event date lines are masked first). Written fresh for holdout19; a review aid only."""
import re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
    spans = []
    def cover(s):
        for mm in re.finditer(re.escape(s), t): spans.append((mm.start(), mm.end()))
    for q in pg["quantities"]: cover(q["surface"])
    for d in pg["documents"]: cover(d["surface"])
    for s in pg["not_people"] + pg["not_money"]: cover(s)
    for mm in re.finditer(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|\d{4}-\d\d-\d\d|\d{1,2}:\d\d(?::\d\d)?|năm \d{4}|Tháng \d+, \d{4}|ngày \d{1,2}(?: và \d{1,2})?|\b(?:19|20)\d\d\b", t):
        spans.append((mm.start(), mm.end()))
    left = [mm.group() for mm in re.finditer(r"\d[\d.,]*", t) if not any(a <= mm.start() < b for a, b in spans)]
    if left: print(pg["slug"], left)
