#!/usr/bin/env python3
"""Review aid: list numbers above the related-news list that no label explains, and check weekdays in date lines."""
import re, sys, os, datetime, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
WD = {"Thứ Hai": 0, "Thứ Ba": 1, "Thứ Tư": 2, "Thứ Năm": 3, "Thứ Sáu": 4, "Thứ Bảy": 5, "Chủ nhật": 6}
for b in ("batch1", "batch2", "batch3", "batch4"):
    for pg in importlib.import_module(b).PAGES:
        t = pg["text"]; t = t[:RELATED.search(t).start()]
        for m in re.finditer(r"(Thứ \w+|Chủ nhật), (\d\d?)/(\d\d?)/(\d{4})", t):
            d = datetime.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
            if d.weekday() != WD[m.group(1)]: print(pg["slug"], "WEEKDAY", m.group(0))
        covered = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + \
            pg["not_money"] + pg["not_people"] + [p["name"] for p in pg["people"]] + \
            [ti for p in pg["people"] for ti in p["titles"]] + [pg["title"]]
        mask = t
        for c in sorted(set(covered), key=len, reverse=True):
            mask = mask.replace(c, "#" * len(c))
        mask = re.sub(r"\d\d?[:h]\d\d|\d\d?/\d\d?(/\d{4})?|\d\d?-\d\d-\d{4}|(năm|Năm) \d{4}|\d\d?/\d\d?", "#", mask)
        left = re.findall(r"[^\s#]*\d[\d.,]*[^\s#]*", mask)
        if left: print(pg["slug"], left)
