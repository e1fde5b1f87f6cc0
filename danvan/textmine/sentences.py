"""Sentence boundaries in Vietnamese report text.

A sentence (or clause, for ';') ends at '.', ';', '!', '?' or a line end, except a dot that is part of
a number ("42.500.000", "1.234,5", "10.7.2026"), joins two letters ("TP.HCM", "v.v"), or follows an
abbreviation written with a dot (lexicon.json `dotted_abbreviations`: "TP.", "Tp.", "ThS.", "KT." …).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .textutil import load_json

_END = re.compile(r"[.;!?\n]")
# The word (letters, with inner dots: "v.v", "PGS.TS") just before a dot that ends at the text's end.
_WORD_BEFORE = re.compile(r"(?<![\w.])\w+(?:\.\w+)*$")


@cache
def _dotted_abbreviations() -> frozenset[str]:
    return frozenset(load_json("lexicon.json").get("dotted_abbreviations", ()))


def is_sentence_end(text: str, i: int) -> bool:
    """Whether the punctuation at text[i] ends a sentence (text[i] is one of . ; ! ? or a line end)."""
    if text[i] != ".":
        return True
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return False  # thousands dot, decimal, date: 42.500.000, 1.234,5, 10.7.2026
    if before.isalpha() and after.isalpha():
        return False  # TP.HCM, v.v, a web address
    if not before.isalpha():
        return True
    m = _WORD_BEFORE.search(text, max(0, i - 20), i)
    if m is None:
        return True
    abbreviations = _dotted_abbreviations()
    word = m.group()
    return word not in abbreviations and word.rsplit(".", 1)[-1] not in abbreviations


def sentence_ends(text: str) -> list[int]:
    """Offsets just after every sentence end, in order (compute once per text, then use `sentence_span`)."""
    return [m.end() for m in _END.finditer(text) if is_sentence_end(text, m.start())]


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] begins, scanning back only as far as needed."""
    i = pos
    while (j := max(text.rfind(ch, 0, i) for ch in ".;!?\n")) >= 0:
        if is_sentence_end(text, j):
            return j + 1
        i = j
    return 0


def sentence_span(text: str, start: int, end: int | None = None, ends: list[int] | None = None) -> tuple[int, int]:
    """(start, end) of the sentence holding text[start:end]; pass `ends` from `sentence_ends` when asking often."""
    ends = sentence_ends(text) if ends is None else ends
    end = start if end is None else end
    k = bisect_right(ends, start)
    first = ends[k - 1] if k else 0
    k = bisect_right(ends, end)
    last = ends[k] if k < len(ends) else len(text)
    return first, last


def sentence_at(text: str, start: int, end: int | None = None, ends: list[int] | None = None) -> str:
    """The sentence holding text[start:end], with its spaces and line breaks collapsed."""
    first, last = sentence_span(text, start, end, ends)
    return " ".join(text[first:last].split())


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, stripped; empty ones dropped."""
    out, first = [], 0
    for last in [*sentence_ends(text), len(text)]:
        sentence = " ".join(text[first:last].split())
        if sentence:
            out.append(sentence)
        first = last
    return out
