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
def _compiled(extra_path: str | None) -> tuple[list[str], re.Pattern[str]]:
    topics = {code: dict(spec) for code, spec in load_json("topics.json")["topics"].items()}
    if extra_path:
        with open(Path(extra_path), encoding="utf-8") as fh:
            extra = json.load(fh)
        for code, spec in extra.get("topics", extra).items():
            entry = topics.setdefault(code, {"label": spec.get("label", code), "keywords": []})
            entry["keywords"] = list(entry["keywords"]) + list(spec.get("keywords", []))
    alternatives = []
    codes = []
    for code, spec in topics.items():
        words = sorted({fold(k) for k in spec["keywords"] if k.strip()}, key=len, reverse=True)
        if words:
            alternatives.append(f"(?P<t{len(codes)}>" + "|".join(map(re.escape, words)) + ")")
            codes.append(code)
    return codes, re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def find_topics(text: str, folded: str | None = None, topics_path: str | None = None) -> list[dict]:
    """[{"code", "evidence": [phrases as written]}] for each topic whose keywords occur."""
    folded = fold(text) if folded is None else folded
    path = topics_path or os.environ.get(ENV_VAR) or None
    codes, rx = _compiled(path)
    evidence: dict[str, list[str]] = {}
    for m in rx.finditer(folded):
        code = codes[int(m.lastgroup[1:])]  # type: ignore[index]
        phrase = text[m.start() : m.end()]
        found = evidence.setdefault(code, [])
        if phrase not in found and len(found) < 5:
            found.append(phrase)
    return [{"code": code, "evidence": evidence[code]} for code in codes if code in evidence]
