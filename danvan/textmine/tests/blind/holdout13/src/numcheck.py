#!/usr/bin/env python3
"""Review aid: weekday names in "Thứ …, dd/mm/yyyy" against the calendar, and numbers above the related-news list
that no label (quantity surface, document surface, not-string) covers."""
import re, sys, os, datetime, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
W = ['Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy','Chủ nhật']
for b in ("batch1", "batch2", "batch3", "batch4"):
    for pg in importlib.import_module(b).PAGES:
        t = pg["text"]; t = t[:RELATED.search(t).start()]
        for m in re.finditer(r'(Thứ \w+|Chủ nhật), (\d\d?)/(\d\d?)/(\d{4})', t):
            d = datetime.date(int(m[4]), int(m[3]), int(m[2]))
            if W[d.weekday()] != m[1]: print(pg["slug"], "WEEKDAY", m[0])
        cover = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"] + pg["not_people"]
        spans = []
        for c in cover:
            for m in re.finditer(re.escape(c), t): spans.append((m.start(), m.end()))
        left = []
        for m in re.finditer(r'\d[\d.,/]*', t):
            if not any(a <= m.start() < b for a, b in spans): left.append(t[max(0,m.start()-8):m.end()+6].replace("\n"," "))
        print(pg["slug"], "|", " ; ".join(left))
