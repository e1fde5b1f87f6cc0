#!/usr/bin/env python3
"""Review aid: list numbers above the related-news list that no quantity, document or not-string covers
(dates dd/mm[/yyyy] and times hh:mm masked)."""
import re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
for b in ("batch1", "batch2", "batch3", "batch4"):
    for pg in importlib.import_module(b).PAGES:
        t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
        covers = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_people"] + pg["not_money"]
        for c in sorted(covers, key=len, reverse=True):
            t = t.replace(c, " ")
        t = re.sub(r"\d{1,2}:\d\d(:\d\d)?", " ", t)
        t = re.sub(r"\d{1,2}/\d{1,2}(/\d{4})?|\d{4}-\d\d-\d\d", " ", t)
        left = re.findall(r"\S*\d[\d.,]*\S*", t)
        if left: print(pg["slug"], left)
