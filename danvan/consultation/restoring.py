"""Put the diacritics back on Vietnamese typed without them, before a comment is embedded (no model, no download).

The embedding model reads Vietnamese without diacritics poorly; restored, its nearest neighbours are right as
often as with the diacritics typed (docs/apps/consultation.md, "Sixth pass"). A bigram model of syllables counted
over accented text shipped inside the underthesea wheel (a dependency: the VLSP 2013 POS test output and the
Viet74K word list) and the accented comments of the same piece (weighed PIECE_WEIGHT times); for a text without
diacritics, the most likely accented syllables by Viterbi over each folded syllable's accented forms seen in the
counts (a syllable never seen accented stays as typed). Only the worker restores (`embedding.embed_pending`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from danvan.core.text import fold

SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)
PIECE_WEIGHT = 20  # a piece's own accented comments count this many times the general text
BIGRAM_WEIGHT = 0.7  # P(form | previous form) interpolated with P(form), Jelinek–Mercer
POS_SAMPLE = "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"  # inside the underthesea wheel
WORD_LIST = "corpus/data/Viet74K.txt"


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

    def merged(self, texts: Iterable[str], weight: int = PIECE_WEIGHT) -> Counts:
        """A copy with `texts` added (a piece's own comments on top of the general counts)."""
        out = Counts()
        out.uni, out.bi = Counter(self.uni), Counter(self.bi)
        out.forms = {k: set(v) for k, v in self.forms.items()}
        for text in texts:
            out.add(text, weight)
        return out


def _underthesea_file(relative: str) -> Path:
    import underthesea

    return Path(underthesea.__file__).parent / relative


@cache
def general() -> Counts:
    """Counts over the accented text shipped with underthesea (read once per process, about a second)."""
    counts = Counts()
    sentence: list[str] = []
    for line in _underthesea_file(POS_SAMPLE).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            counts.add(" ".join(sentence))
            sentence = []
        else:
            sentence.append(line.split("\t")[0])
    counts.add(" ".join(sentence))
    for line in _underthesea_file(WORD_LIST).read_text(encoding="utf-8").splitlines():
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
