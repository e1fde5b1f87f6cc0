"""Put the diacritics back on Vietnamese typed without them, from counts of accented text (no model, no download).

A bigram model of syllables counted over accented text the product already has — the sentences of underthesea's
VLSP 2013 POS test output and its Viet74K word list (both shipped inside the underthesea wheel), the shared sample
reports, `bench/search_corpus.txt`, and the accented comments of the same piece (weighed PIECE_WEIGHT times) —
and, for a text without diacritics, the most likely accented syllables by Viterbi over each folded syllable's
accented forms seen in the counts (a syllable never seen accented stays as typed). Used by
`bench/grouping_embeddings.py --restore` before the comments are embedded (docs/apps/consultation.md, "Sixth
pass"); not part of the product.

    PYTHONPATH=. .venv/bin/python bench/restore_diacritics.py --check   # syllable accuracy on accented comments
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)
PIECE_WEIGHT = 20  # a piece's own accented comments count this many times the general text
BIGRAM_WEIGHT = 0.7  # P(form | previous form) interpolated with P(form), Jelinek–Mercer


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d")) if not unicodedata.combining(c))


def syllables(text: str) -> list[str]:
    return SYLLABLE.findall(unicodedata.normalize("NFC", text.lower()))


class Counts:
    """Unigram and bigram counts of accented syllables, and each folded syllable's accented forms."""

    def __init__(self) -> None:
        self.uni: Counter[str] = Counter()
        self.bi: Counter[tuple[str, str]] = Counter()
        self.forms: dict[str, set[str]] = {}

    def add(self, text: str, weight: int = 1) -> None:
        words = syllables(text)
        for i, w in enumerate(words):
            self.uni[w] += weight
            self.forms.setdefault(fold(w), set()).add(w)
            if i:
                self.bi[(words[i - 1], w)] += weight

    def merged(self, texts: Iterable[str], weight: int) -> Counts:
        """A copy with `texts` added (a piece's own comments on top of the general counts)."""
        out = Counts()
        out.uni, out.bi = Counter(self.uni), Counter(self.bi)
        out.forms = {k: set(v) for k, v in self.forms.items()}
        for text in texts:
            out.add(text, weight)
        return out


@cache
def general() -> Counts:
    """Counts over the accented text the product ships or keeps in the repository."""
    counts = Counts()
    site = next(Path(p) for p in sys.path if (Path(p) / "underthesea").is_dir())
    pos = site / "underthesea/pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"
    sentence: list[str] = []
    for line in pos.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            counts.add(" ".join(sentence))
            sentence = []
        else:
            sentence.append(line.split("\t")[0])
    counts.add(" ".join(sentence))
    for line in (site / "underthesea/corpus/data/Viet74K.txt").read_text(encoding="utf-8").splitlines():
        counts.add(line)
    for path in [REPO / "bench" / "search_corpus.txt", *sorted(Path("/work/shared/samples/reports").glob("*.txt"))]:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                counts.add(line)
    return counts


def has_marks(text: str) -> bool:
    return not text.isascii()


def restore(text: str, counts: Counts) -> str:
    """The text's syllables with the most likely diacritics (Viterbi over a bigram model), lower case."""
    words = syllables(text)
    if not words:
        return text
    total = sum(counts.uni.values()) or 1

    def candidates(word: str) -> list[str]:
        return sorted(counts.forms.get(word, ())) or [word]

    def emit(prev: str | None, word: str) -> float:
        bigram = counts.bi.get((prev, word), 0) if prev else 0
        prev_count = counts.uni.get(prev, 0) if prev else 0
        p_bi = bigram / prev_count if prev_count else 0.0
        p_uni = (counts.uni.get(word, 0) + 0.1) / total
        return math.log(BIGRAM_WEIGHT * p_bi + (1 - BIGRAM_WEIGHT) * p_uni)

    best = {c: (emit(None, c), [c]) for c in candidates(words[0])}
    for word in words[1:]:
        step = {}
        for c in candidates(word):
            score, path = max(((s + emit(p, c), path) for p, (s, path) in best.items()), key=lambda x: x[0])
            step[c] = (score, [*path, c])
        best = step
    return " ".join(max(best.values(), key=lambda x: x[0])[1])


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
