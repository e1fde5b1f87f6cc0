#!/usr/bin/env python3
"""Review aid: list numbers above the related-news list that no label covers (quantity surface, document surface,
not.money string, date or time). Run: python3 src/numcheck.py"""
import os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; t = t[:RELATED.search(t).start()]
    covered = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"] + pg["not_people"]
    masked = t
    for c in sorted(covered, key=len, reverse=True):
        masked = masked.replace(c, " " * len(c))
    masked = re.sub(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d\d-\d\d|\d{1,2}:\d\d(:\d\d)?|\d{1,2}/\d{1,2}|năm \d{4}|\d{1,2} Tháng \d{1,2}, \d{4}|tháng \d{1,2}( năm)? \d{4}|ngày \d{2} tháng \d{2} năm \d{4}", " ", masked)
    left = re.findall(r"[^\s]*\d[^\s]*", masked)
    if left: print(pg["slug"], left)
