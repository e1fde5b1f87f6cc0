#!/usr/bin/env python3
"""Build pages/ and expected/ from batch*.py and check every label against its page.
Run: python3 src/build.py   (from the holdout396 folder or anywhere)
Copied from holdout33/src/build.py (the kit's copy) for holdout396: pages b9461..b9484. Changed: the first page number (9461),
the length check (2,500-4,500), KINDS widened with giam_sat, dai_hoi, bao_cao and khac (the event kinds of the output format),
and this note."""
import json, os, re, sys, importlib, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
MIN, MAX = 2500, 4500
RELATED = re.compile(r"\n(Tin liên quan|Các tin khác|TIN CÙNG CHUYÊN MỤC|Tin cùng chuyên mục|Bài viết liên quan|Các tin đã đưa|Xem thêm|Tin khác)")
KINDS = {"tong_ket", "so_ket", "giao_ban", "doi_thoai", "hoi_nghi", "trao_qua", "tap_huan",
         "giam_sat", "dai_hoi", "bao_cao", "khac"}

def norm_num(s):
    return s

def check(pg):
    errs = []
    full = pg["text"]
    n = len(full)
    m = RELATED.search(full)
    if not m: errs.append("no related-news list")
    t = full[:m.start()] if m else full   # labels must be found above the related-news list
    if not (MIN <= n <= MAX):
        errs.append(f"length {n} out of range")
    def need(s, what):
        if s not in t:
            errs.append(f"{what} not on page: {s!r}")
    need(pg["title"], "title")
    ev = pg["event"]
    if ev["kind"] is not None and ev["kind"] not in KINDS: errs.append("bad kind " + ev["kind"])
    if ev["kind"] is None and (ev["period"] is not None or ev["date"] is not None): errs.append("no-event page with period/date")
    if ev["period"] is not None and not re.fullmatch(r"\d{4}(-H[12]|-Q[1-4]|-\d\d)?", ev["period"]):
        errs.append("bad period " + ev["period"])
    if ev["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", ev["date"]): errs.append("bad event date")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", pg["published"]): errs.append("bad published")
    y = int(pg["published"][:4])
    if not 2011 <= y <= 2026: errs.append("year out of range")
    # published date appears on the page in some form
    Y, M, D = pg["published"].split("-")
    forms = [f"{int(D)}/{int(M)}/{Y}", f"{D}/{M}/{Y}", f"{D}-{M}-{Y}", f"{D}.{M}.{Y}", f"{D}/{int(M)}/{Y}",
             f"{int(D)}/{M}/{Y}", f"ngày {D} tháng {M} năm {Y}", f"{int(D)} tháng {int(M)}, {Y}",
             f"{D} Tháng {int(M)}, {Y}", f"{Y}-{M}-{D}", f"{Y}"]
    head = t[:400]
    if not any(f in head for f in forms[:-1]): errs.append("published date not in header")
    for p in pg["people"]:
        need(p["name"], "person")
        for ti in p["titles"]: need(ti, "title of " + p["name"])
    for q in pg["quantities"]:
        need(q["surface"], "quantity")
        if q["unit"] not in ("đồng", "%"): need(q["unit"], "unit")
        if q["qualifier"] not in ("exact", "over", "approx"): errs.append("bad qualifier")
    for d in pg["documents"]:
        need(d["surface"], "document")
        need(d["number"], "doc number")
        if d["symbol"] is not None: need(d["symbol"], "doc symbol")
        if d["issuer"]: need(d["issuer"], "issuer")
        if d["date"]:
            yy, mm, dd = d["date"].split("-")
            if not any(f in t for f in (f"{int(dd)}/{int(mm)}/{yy}", f"{dd}/{mm}/{yy}", f"{dd}/{int(mm)}/{yy}", f"{int(dd)}/{mm}/{yy}")):
                errs.append("doc date not on page " + d["date"])
    for pl in pg["places"]:
        need(pl["name"], "place")
        if pl["level"] not in ("province", "commune"): errs.append("bad level")
    for s in pg["not_people"] + pg["not_money"]:
        if s not in full: errs.append(f"not-string not on page: {s!r}")
    # a person's name must not be repeated in the list, and no title may be empty
    names = [p["name"] for p in pg["people"]]
    if len(names) != len(set(names)): errs.append("duplicate person")
    for p in pg["people"]:
        if any(not ti.strip() for ti in p["titles"]): errs.append("empty title " + p["name"])
    # weekday names next to a date must match the calendar
    WD = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4, "bảy": 5, "7": 5}
    for w, dd, mm, yy in re.findall(r"(?:Thứ|T)\s?(\w+)\s*[,-]\s*(?:ngày\s)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})", full):
        want = 6 if w.lower() == "nhật" else WD.get(w.lower())
        if want is None: errs.append("unknown weekday " + w); continue
        if datetime.date(int(yy), int(mm), int(dd)).weekday() != want: errs.append(f"weekday {w} wrong for {dd}/{mm}/{yy}")
    for dd, mm, yy in re.findall(r"Chủ [Nn]hật,\s*(\d{1,2})/(\d{1,2})/(\d{4})", full):
        if datetime.date(int(yy), int(mm), int(dd)).weekday() != 6: errs.append(f"Chủ nhật wrong for {dd}/{mm}/{yy}")
    return errs

def to_json(pg):
    return {
        "published": pg["published"], "title": pg["title"], "event": pg["event"],
        "people": pg["people"],
        "quantities": [{k: q[k] for k in ("value", "unit", "qualifier")} for q in pg["quantities"]],
        "documents": [{k: d[k] for k in ("type", "number", "symbol", "date", "issuer")} for d in pg["documents"]],
        "places": pg["places"],
        "not": {"people": pg["not_people"], "money": pg["not_money"]},
    }

def main():
    pages = []
    for b in ("batch1", "batch2", "batch3", "batch4"):
        if os.path.exists(os.path.join(HERE, b + ".py")):
            pages += importlib.import_module(b).PAGES
    bad = 0
    nums = [int(re.match(r"b(\d+)-", pg["slug"]).group(1)) for pg in pages]
    assert nums == list(range(9461, 9461 + len(pages))), nums
    for d in ("pages", "expected"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    tot = {"people": 0, "quantities": 0, "documents": 0, "places": 0}
    for pg in pages:
        errs = check(pg)
        for e in errs: print(pg["slug"], "ERROR", e)
        bad += len(errs)
        with open(os.path.join(ROOT, "pages", pg["slug"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(pg["text"])
        with open(os.path.join(ROOT, "expected", pg["slug"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(to_json(pg), f, ensure_ascii=False, indent=2); f.write("\n")
        for k in tot: tot[k] += len(pg[k])
        print(f'{pg["slug"]:48s} {len(pg["text"]):5d} chars  P{len(pg["people"]):2d} Q{len(pg["quantities"]):2d} D{len(pg["documents"]):2d} L{len(pg["places"])}')
    print(len(pages), "pages", tot, "errors:", bad)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
