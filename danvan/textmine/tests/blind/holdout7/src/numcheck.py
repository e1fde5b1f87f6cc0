#!/usr/bin/env python3
"""Review aid (written for holdout7): list numbers above the related-news list that no quantity surface,
document surface, not-string, date or year explains; and check weekday names against dates."""
import os, re, sys, importlib, datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import RELATED
WD = {"Thứ Hai": 0, "Thứ Ba": 1, "Thứ Tư": 2, "Thứ Năm": 3, "Thứ Sáu": 4, "Thứ Bảy": 5, "Chủ nhật": 6}
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
for pg in pages:
    t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
    cov = [False] * len(t)
    spans = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_people"] + pg["not_money"]
    for s in spans:
        for mm in re.finditer(re.escape(s), t):
            for i in range(mm.start(), mm.end()): cov[i] = True
    for mm in re.finditer(r"\d+(?:[.,/:-]\d+)*", t):
        s = mm.group()
        if all(cov[mm.start():mm.end()]): continue
        if re.fullmatch(r"\d{1,2}/\d{1,2}(/\d{4})?|\d{4}|\d{1,2}:\d\d|\d{2}[./-]\d{2}[./-]\d{4}|\d{4}-\d{4}", s): continue
        print(pg["slug"][:5], "uncovered:", repr(t[max(0, mm.start()-25):mm.end()+25].replace("\n", " ")))
    for mm in re.finditer(r"(Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ nhật),? (\d{1,2})(?:/| tháng )(\d{1,2})(?:/|, )(\d{4})", t):
        d = datetime.date(int(mm.group(4)), int(mm.group(3)), int(mm.group(2)))
        if d.weekday() != WD[mm.group(1)]:
            print(pg["slug"][:5], "WEEKDAY wrong:", mm.group(), "is", list(WD)[d.weekday()])
