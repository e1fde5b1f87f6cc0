import re, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import RELATED
pages = []
for b in ("batch1", "batch2", "batch3", "batch4"):
    pages += importlib.import_module(b).PAGES
U = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ"
W = rf"[{U}][\w']*"
def main():
  for pg in pages:
    t = pg["text"][:RELATED.search(pg["text"]).start()]
    labelled = {p["name"] for p in pg["places"]}
    found = set(re.findall(rf"\b((?:xã|phường|thị trấn|tỉnh) {W}(?: {W})*)", t))
    miss = sorted(f for f in found if not any(f.endswith(l.split(' ',1)[1]) or f == l or l in f for l in labelled))
    print(pg["slug"][:5], "labelled:", sorted(labelled), "| unlabelled mentions:", miss)
if __name__ == "__main__":
    main()
