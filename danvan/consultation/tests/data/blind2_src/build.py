#!/usr/bin/env python3
"""Build ../blind2_comments.json from groups.py (standard library only).

Run:  python3 build.py
- Texts marked "~" in groups.py are written without diacritics (marker removed,
  any diacritics left are stripped).
- Further texts, chosen at random with a fixed seed, have their diacritics stripped
  until about 27% of all texts carry no diacritics.
- The list is shuffled with the same fixed seed and the counts are printed.
"""
import collections
import json
import os
import random
import sys
import unicodedata

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import groups  # noqa: E402

SEED = 20261205
TARGET_NO_DIACRITICS = 0.27
OUT = os.path.join(HERE, "..", "blind2_comments.json")


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_diacritics(s):
    return strip_diacritics(s) != s


def main():
    rng = random.Random(SEED)
    items = []
    seen_ids = set()
    for piece, n, stance, gloss, texts in groups.G:
        gid = "%s.%d" % (groups.CODE[piece], n)
        assert gid not in seen_ids, gid
        seen_ids.add(gid)
        assert stance in ("agree", "disagree", "other"), stance
        all_texts = list(texts) + list(groups.EXTRA.get(gid, []))
        for t in all_texts:
            marked = t.startswith("~")
            t = t[1:] if marked else t
            t = unicodedata.normalize("NFC", t.strip())
            if marked:
                t = strip_diacritics(t)
            items.append({"piece": piece, "group": gid, "stance": stance,
                          "text": t, "split": "blind"})
    unknown = set(groups.EXTRA) - seen_ids
    assert not unknown, unknown

    # random diacritic stripping up to the target share
    n = len(items)
    target = round(TARGET_NO_DIACRITICS * n)
    with_d = [i for i, it in enumerate(items) if has_diacritics(it["text"])]
    missing = target - (n - len(with_d))
    if missing > 0:
        for i in rng.sample(with_d, missing):
            items[i]["text"] = strip_diacritics(items[i]["text"])

    # sanity: every piece has an agree group <code>.0; the same text never sits in
    # two different groups of the same piece (case/diacritic-insensitive)
    owner = {}
    for it in items:
        key = (it["piece"], strip_diacritics(it["text"]).lower().strip(" .!?"))
        prev = owner.setdefault(key, it["group"])
        assert prev == it["group"], (key, prev, it["group"])
    for piece, code in groups.CODE.items():
        assert any(it["group"] == code + ".0" and it["stance"] == "agree" for it in items), piece

    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # counts
    sizes = collections.Counter(it["group"] for it in items)
    stances = collections.Counter(it["stance"] for it in items)
    no_d = sum(1 for it in items if not has_diacritics(it["text"]))
    print("wrote", os.path.normpath(OUT))
    print("items", n, "groups", len(sizes), "pieces", len({it['piece'] for it in items}))
    print("group sizes: min", min(sizes.values()), "max", max(sizes.values()),
          "singletons", sum(1 for v in sizes.values() if v == 1),
          "distribution", dict(sorted(collections.Counter(sizes.values()).items())))
    print("stances", dict(stances.most_common()))
    group_stance = {it["group"]: it["stance"] for it in items}
    print("groups by stance", dict(collections.Counter(group_stance.values()).most_common()))
    print("without diacritics %d/%d (%.1f%%)" % (no_d, n, 100.0 * no_d / n))
    per_piece = collections.defaultdict(lambda: [0, set()])
    for it in items:
        per_piece[it["piece"]][0] += 1
        per_piece[it["piece"]][1].add(it["group"])
    for piece in groups.CODE:
        print("  %-22s items %3d groups %2d" % (piece, per_piece[piece][0], len(per_piece[piece][1])))
    multi = collections.defaultdict(set)
    for it in items:
        if group_stance[it["group"]] == "agree":
            multi[it["text"]].add(it["piece"])
    shared = sorted((t, len(p)) for t, p in multi.items() if len(p) > 1)
    print("agree texts repeated word for word across pieces:", len(shared),
          "e.g.", ", ".join("%r x%d" % s for s in shared[:6]))


if __name__ == "__main__":
    main()
