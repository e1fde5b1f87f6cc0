"""Put the diacritics back on Vietnamese typed without them, from counts of accented text (no model, no download).

A bigram model of syllables counted over accented text the product already has — the sentences of underthesea's
VLSP 2013 POS test output and its Viet74K word list (both shipped inside the underthesea wheel), the shared sample
reports, `bench/search_corpus.txt`, and the accented comments of the same piece (weighed PIECE_WEIGHT times) —
and, for a text without diacritics, the most likely accented syllables by Viterbi over each folded syllable's
accented forms seen in the counts (a syllable never seen accented stays as typed). Used by
`bench/grouping_embeddings.py --restore` before the comments are embedded (docs/apps/consultation.md, "Sixth
pass"). Since the eighth pass the restorer is the product's (`danvan/consultation/restoring.py`, which counts the
underthesea text only); this script adds the bench's extra text to its counts, as the passes it records did.

    PYTHONPATH=. .venv/bin/python bench/restore_diacritics.py --check   # syllable accuracy on accented comments
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from danvan.consultation.restoring import (  # noqa: E402  (the product's restorer since the eighth pass)
    PIECE_WEIGHT,
    Counts,
    fold,
    has_marks,
    restore,
    syllables,
)
from danvan.consultation.restoring import general as shipped  # noqa: E402

__all__ = ["PIECE_WEIGHT", "Counts", "check", "general", "has_marks", "restore"]


@cache
def general() -> Counts:
    """The product's counts (underthesea's accented text) and, as the sixth and seventh passes counted, the
    shared sample reports and `bench/search_corpus.txt` (not shipped: the product counts without them)."""
    counts = shipped().merged([], 1)
    for path in [REPO / "bench" / "search_corpus.txt", *sorted(Path("/work/shared/samples/reports").glob("*.txt"))]:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                counts.add(line)
    return counts


def check() -> dict:
    """Syllable accuracy of restoring each labelled set's accented comments from their folded form, the piece's
    other accented comments counted (not the comment itself)."""
    data = REPO / "danvan" / "consultation" / "tests" / "data"
    right = seen = 0
    for name in ("labelled_comments.json", "blind_comments.json", "blind2_comments.json", "blind3_comments.json",
                 "blind4_comments.json"):
        rows = json.loads((data / name).read_text(encoding="utf-8"))
        by_piece: dict[str, list[str]] = {}
        for r in rows:
            by_piece.setdefault(r["piece"], []).append(r["text"])
        for texts in by_piece.values():
            accented = [t for t in texts if has_marks(t)]
            for i, text in enumerate(accented[:20]):
                counts = general().merged(accented[:i] + accented[i + 1:], PIECE_WEIGHT)
                truth = syllables(text)
                got = restore(" ".join(fold(w) for w in truth), counts).split()
                right += sum(a == b for a, b in zip(truth, got, strict=False))
                seen += len(truth)
    return {"syllables": seen, "accuracy": round(right / seen, 3)}


if __name__ == "__main__":
    if "--check" in sys.argv:
        print(json.dumps(check()))
    else:
        print(restore(" ".join(sys.argv[1:]), general()))
