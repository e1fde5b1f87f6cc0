"""Topics of a text from an editable taxonomy (data/topics.json plus an optional extra file)."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

from .textutil import fold, load_json

ENV_VAR = "DANVAN_TEXTMINE_TOPICS"


@cache
def _compiled(
    extra_path: str | None,
) -> tuple[list[str], re.Pattern[str], dict[str, list[tuple[str, int]]] | None]:
    topics = {code: dict(spec) for code, spec in load_json("topics.json")["topics"].items()}
    if extra_path:
        with open(Path(extra_path), encoding="utf-8") as fh:
            extra = json.load(fh)
        for code, spec in extra.get("topics", extra).items():
            entry = topics.setdefault(code, {"label": spec.get("label", code), "keywords": []})
            entry["keywords"] = list(entry["keywords"]) + list(spec.get("keywords", []))
    alternatives = []
    codes = []
    ordered: list[tuple[str, int]] = []  # every keyword in the order the alternation tries them
    for code, spec in topics.items():
        words = sorted({fold(k) for k in spec["keywords"] if k.strip()}, key=len, reverse=True)
        if words:
            alternatives.append(f"(?P<t{len(codes)}>" + "|".join(map(re.escape, words)) + ")")
            ordered += [(w, len(codes)) for w in words]
            codes.append(code)
    rx = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")
    # Keywords that begin and end with a letter or digit are looked up by their first word instead
    # of running the alternation at every position; the result is the same, several times faster.
    by_first: dict[str, list[tuple[str, int]]] | None = {}
    for word, idx in ordered:
        if not (_WORD_EDGES.match(word) and _WORD_EDGES.match(word[-1])):
            by_first = None
            break
        by_first.setdefault(_WORD.match(word).group(), []).append((word, idx))  # type: ignore[union-attr]
    return codes, rx, by_first


_WORD = re.compile(r"\w+")
_WORD_EDGES = re.compile(r"\w")


def _matches(folded: str, rx: re.Pattern[str], by_first: dict | None) -> list[tuple[int, int, int]]:
    """(start, end, topic index) of each keyword, as `rx.finditer` would find them."""
    if by_first is None:
        return [(m.start(), m.end(), int(m.lastgroup[1:])) for m in rx.finditer(folded)]  # type: ignore[index]
    out: list[tuple[int, int, int]] = []
    last_end = 0
    size = len(folded)
    for m in [m for m in _WORD.finditer(folded) if m.group() in by_first]:  # words that open a keyword
        start = m.start()
        if start < last_end:
            continue
        for word, idx in by_first[m.group()]:
            end = start + len(word)
            if folded.startswith(word, start) and (end == size or not _WORD_EDGES.match(folded, end)):
                out.append((start, end, idx))
                last_end = end
                break
    return out


def find_topics(text: str, folded: str | None = None, topics_path: str | None = None) -> list[dict]:
    """[{"code", "evidence": [phrases as written]}] for each topic whose keywords occur."""
    folded = fold(text) if folded is None else folded
    path = topics_path or os.environ.get(ENV_VAR) or None
    codes, rx, by_first = _compiled(path)
    evidence: dict[str, list[str]] = {}
    for start, end, idx in _matches(folded, rx, by_first):
        code = codes[idx]
        phrase = text[start:end]
        found = evidence.setdefault(code, [])
        if phrase not in found and len(found) < 5:
            found.append(phrase)
    return [{"code": code, "evidence": evidence[code]} for code in codes if code in evidence]
