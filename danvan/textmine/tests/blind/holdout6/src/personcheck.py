import re, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import RELATED
from placecheck import pages, W
for pg in pages:
    t = pg["text"][:RELATED.search(pg["text"]).start()]
    names = [p["name"] for p in pg["people"]]
    found = set(re.findall(rf"(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí|[Gg]ià|[Gg]ià làng) ({W}(?: {W}){{1,3}})", t))
    miss = sorted(f for f in found if not any(n in f or f in n for n in names))
    unused = [n for n in names if t.count(n) == 0]
    print(pg["slug"][:5], len(names), "unmatched honorific mentions:", miss)
