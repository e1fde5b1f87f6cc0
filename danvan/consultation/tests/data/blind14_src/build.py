"""Build and check ../blind14_comments.json from groups.py. Standard library only.

Usage: python3 build.py   (fixed seed; prints the counts)
"""
import collections
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from groups import CODES, EXTRA, G  # noqa: E402

SEED = 2026120514
TARGET_PLAIN = 0.21  # share of texts without diacritics
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind14_comments.json")


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def has_marks(s):
    return strip_marks(s) != unicodedata.normalize("NFC", s)


def norm(s):
    s = strip_marks(s).lower()
    s = re.sub(r"[\s.!?,;:…]+$", "", s.strip())
    return re.sub(r"\s+", " ", s)


def main():
    rng = random.Random(SEED)
    items = []
    seen_groups = set()
    for piece, n, stance, gloss, texts in G:
        gid = f"{CODES[piece]}.{n}"
        assert gid not in seen_groups, gid
        seen_groups.add(gid)
        assert stance in ("agree", "disagree", "other"), gid
        assert (n == 0) == (stance == "agree"), gid
        for t in texts + EXTRA.get(gid, []):
            t = unicodedata.normalize("NFC", t)
            if t.startswith("~"):
                t = strip_marks(t[1:])
            assert t.strip() == t and t, (gid, t)
            items.append({"piece": piece, "group": gid, "stance": stance, "text": t, "split": "blind"})
    for gid in EXTRA:
        assert gid in seen_groups, gid

    # Remove diacritics from further random texts until the target share is reached.
    n_plain = sum(not has_marks(it["text"]) for it in items)
    want = round(TARGET_PLAIN * len(items))
    candidates = [it for it in items if has_marks(it["text"])]
    rng.shuffle(candidates)
    for it in candidates[: max(0, want - n_plain)]:
        it["text"] = strip_marks(it["text"])

    # Checks.
    by_piece = collections.defaultdict(dict)
    for it in items:
        key = norm(it["text"])
        other = by_piece[it["piece"]].get(key)
        assert other is None, f"duplicate in {it['piece']}: {it['text']!r} ({it['group']} / {other})"
        by_piece[it["piece"]][key] = it["group"]
    sizes = collections.Counter(it["group"] for it in items)
    pieces = {it["piece"] for it in items}
    drafts = {p.split(".")[0] for p in pieces}
    assert len(items) >= 600, len(items)
    assert len(sizes) >= 65, len(sizes)
    assert 9 <= len(pieces) <= 10, len(pieces)
    assert len(drafts) == 3, drafts
    assert min(sizes.values()) >= 1 and max(sizes.values()) >= 30, sizes
    for piece in CODES:
        gl = [(st, gloss) for p, _, st, gloss, _ in G if p == piece]
        assert sum(st == "agree" for st, _ in gl) == 1, piece
        assert sum(gloss == "short disagreement" for _, gloss in gl) == 1, piece
        assert 5 <= sum(st != "agree" and gloss != "short disagreement" for st, gloss in gl) <= 7, piece
    for gid in sizes:
        assert len({it["piece"] for it in items if it["group"] == gid}) == 1, gid
        assert len({it["stance"] for it in items if it["group"] == gid}) == 1, gid

    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # Counts.
    n_plain = sum(not has_marks(it["text"]) for it in items)
    print(f"items: {len(items)}  groups: {len(sizes)}  pieces: {len(pieces)}  drafts: {len(drafts)}")
    dist = collections.Counter(sizes.values())
    print("group sizes:", min(sizes.values()), "to", max(sizes.values()),
          " distribution:", ", ".join(f"{k}:{dist[k]}" for k in sorted(dist)))
    st_items = collections.Counter(it["stance"] for it in items)
    st_groups = collections.Counter(gid_stance for gid_stance in
                                    {it["group"]: it["stance"] for it in items}.values())
    print("stance (items):", dict(sorted(st_items.items())), " stance (groups):", dict(sorted(st_groups.items())))
    print(f"without diacritics: {n_plain}/{len(items)} ({100 * n_plain / len(items):.1f}%)")
    order = list(CODES)
    per = []
    for p in order:
        n_items = sum(1 for it in items if it["piece"] == p)
        n_groups = len({it["group"] for it in items if it["piece"] == p})
        per.append(f"{p} {n_items}/{n_groups}")
    print("per piece (items/groups):", "; ".join(per))
    texts_pieces = collections.defaultdict(set)
    for it in items:
        texts_pieces[norm(it["text"])].add(it["piece"])
    shared = {t: len(ps) for t, ps in texts_pieces.items() if len(ps) > 1}
    print("texts repeated across pieces:", len(shared), " most:",
          ", ".join(f"{t!r}x{n}" for t, n in sorted(shared.items(), key=lambda kv: -kv[1])[:4]))
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
