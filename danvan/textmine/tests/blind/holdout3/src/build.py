import json, os, sys, re, importlib
sys.path.insert(0, os.path.dirname(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages = []
for m in sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if f.startswith("batch")):
    pages += importlib.import_module(m).PAGES
bad = 0
for slug, text, lab in pages:
    text = text.strip("\n") + "\n"
    n = len(text)
    probs = []
    if not 1500 <= n <= 5000: probs.append(f"length {n}")
    if lab["title"] not in text: probs.append("title")
    body = text.split("Tin liên quan")[0]
    for p in lab["people"]:
        if p["name"] not in body: probs.append("name " + p["name"])
        for t in p["titles"]:
            if t not in body: probs.append("title " + t)
    for d in lab["documents"]:
        if d["number"] not in body or d["symbol"] not in body: probs.append("doc " + d["number"] + d["symbol"])
        if d["issuer"] and d["issuer"] not in body: probs.append("issuer " + d["issuer"])
    for pl in lab["places"]:
        if pl["name"] not in body: probs.append("place " + pl["name"])
    for s in lab["not"]["people"] + lab["not"]["money"]:
        if s not in text: probs.append("not " + s)
    for q in lab["quantities"]:
        if q["unit"] != "%" and q["unit"].split()[0] not in body: probs.append("unit " + q["unit"])
    if probs: bad += 1; print(slug, probs)
    open(os.path.join(ROOT, "pages", slug + ".txt"), "w").write(text)
    json.dump(lab, open(os.path.join(ROOT, "expected", slug + ".json"), "w"), ensure_ascii=False, indent=2)
    print(slug, n, "people", len(lab["people"]), "q", len(lab["quantities"]), "docs", len(lab["documents"]))
print(len(pages), "pages,", bad, "with problems")
