#!/usr/bin/env python3
"""Review aid: weekday names in date lines against the calendar, and numbers above the related-news list
that no label (quantity surface, document surface, not.money string) covers."""
import os, re, sys, importlib, datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
WD = {"thứ hai": 0, "t2": 0, "thứ ba": 1, "t3": 1, "thứ tư": 2, "t4": 2, "thứ năm": 3, "t5": 3, "thứ sáu": 4, "t6": 4,
      "thứ bảy": 5, "t7": 5, "chủ nhật": 6, "cn": 6}
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; t = t[:RELATED.search(t).start()]
    for m in re.finditer(r"(Thứ \w+|Chủ [Nn]hật|T\d)[,\s-]+(?:ngày )?(\d\d?)/(\d\d?)/(\d{4})", t, re.I):
        wd = WD.get(m.group(1).lower())
        d = datetime.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        if wd is None or d.weekday() != wd: print(pg["slug"], "WEEKDAY", m.group(0))
    covered = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"]
    spans = []
    for s in covered:
        for m in re.finditer(re.escape(s), t): spans.append((m.start(), m.end()))
    for m in re.finditer(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d\d?(h\d\d'|:\d\d(:\d\d)?)|\d\d? [Tt]háng \d\d?(,| năm) \d{4}", t):
        spans.append((m.start(), m.end()))   # dates and times
    for m in re.finditer(r"\d[\d.,]*", t):
        if not any(a <= m.start() < b for a, b in spans):
            print(pg["slug"], "uncovered", repr(t[max(0, m.start()-25):m.end()+15].replace("\n", " ")))
