#!/usr/bin/env python3
"""Review aid: list numbers above the related-news list that no quantity, document or not-string covers
(dates and times masked first)."""
import re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
for b in ("batch1", "batch2", "batch3", "batch4"):
    for pg in importlib.import_module(b).PAGES:
        t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
        t = re.sub(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d\d-\d\d|\d{1,2}:\d\d|\d{1,2}/\d{1,2}\b|tháng \d+, \d{4}", "#", t)
        cov = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"] + pg["not_people"]
        for s in sorted(set(cov), key=len, reverse=True):
            t = t.replace(s, "#")
        left = re.findall(r".{0,15}\d[\d.,]*.{0,15}", t)
        if left: print(pg["slug"], left)
