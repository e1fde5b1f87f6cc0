"""Throw-away self-check (not part of the set's checker): list digit runs above the related-news list
that no quantity surface, document surface, not.money string, or date pattern covers."""
import re, sys, importlib
sys.path.insert(0, '.')
from build import RELATED
for b in ("batch1", "batch2", "batch3", "batch4"):
    try: mod = importlib.import_module(b)
    except ImportError: continue
    for pg in mod.PAGES:
        t = pg["text"]; m = RELATED.search(t); t = t[:m.start()]
        cov = [False]*len(t)
        strs = [q["surface"] for q in pg["quantities"]] + [d["surface"] for d in pg["documents"]] + pg["not_money"] + pg["not_people"]
        for s in strs:
            for mm in re.finditer(re.escape(s), t):
                for i in range(mm.start(), mm.end()): cov[i] = True
        for mm in re.finditer(r"\d{1,2}/\d{1,2}(/\d{4})?|\d{4}-\d\d-\d\d|\d{1,2}:\d\d", t):
            for i in range(mm.start(), mm.end()): cov[i] = True
        out = []
        for mm in re.finditer(r"\d+(?:[.,]\d+)*", t):
            if not all(cov[mm.start():mm.end()]):
                out.append(t[max(0, mm.start()-20):mm.end()+15].replace("\n", " "))
        if out: print(pg["slug"]); [print("   ", o) for o in out]
