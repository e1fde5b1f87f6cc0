"""Mapping counted quantities to reporting indicators by the noun they count (data/indicators.json)."""

from __future__ import annotations

import re
from functools import cache

from .sentences import sentence_ends, sentence_span
from .textutil import fold, load_json

_CONTEXT_CHARS = 80


def indicator_for(quantity: dict, before: str = "", after: str = "", *, clause: str | None = None) -> str | None:
    """The indicator code a quantity feeds, or None: 12500 'suất quà' → 'QUA_SL'.

    `before`/`after`: the text around the number in its sentence. `clause`: the end of `before` that
    belongs to this number (after any earlier quantity of the sentence), where rules marked "before"
    look for their verb, so that "nhận 7 đơn, giải quyết 5 đơn" gives 5 to the settled petitions.
    """
    unit = fold(quantity.get("unit", ""))
    is_money = unit in ("dong", "usd")
    clause = before if clause is None else clause
    ctx_before, ctx_after, ctx_clause = _Context(before), _Context(after), _Context(clause)
    for rule in load_json("indicators.json")["rules"]:
        if rule.get("money"):
            if not is_money:
                continue
        elif "unit_exact" in rule:
            if unit not in rule["unit_exact"]:
                continue
        elif not any(u in unit for u in rule.get("unit", [])):
            continue
        if rule.get("after"):
            contexts = (ctx_after,)
        elif rule.get("before"):
            contexts = (ctx_clause,)
        else:
            contexts = (_Context(f"{before} {quantity.get('unit', '')} {after}"),)
        if rule.get("context") and not any(c.has(w) for c in contexts for w in rule["context"]):
            continue
        if any(ctx_before.has(w) for w in rule.get("not_context", [])):
            continue
        return rule["indicator"]
    return None


class _Context:
    """Text searched for whole words: folded for plain-ASCII rule words ("giai quyet"), with its
    diacritics for rule words written with them ("nhận" is not "Nhân dân")."""

    __slots__ = ("folded", "lower")

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.folded = fold(text)

    def has(self, word: str) -> bool:
        haystack = self.folded if word.isascii() else self.lower
        return _word_pattern(word).search(haystack) is not None


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word.lower())}(?!\w)")


def map_indicators(text: str) -> list[dict]:
    """[{"indicator", "value", "quantity", "sentence"}] for every quantity in a text that feeds an indicator."""
    from .pipeline import quantities_with_spans

    text, quantities = quantities_with_spans(text)
    ends = sentence_ends(text)
    out = []
    previous_end = 0
    for q in sorted(quantities, key=lambda q: q["_span"]):
        start, end = q["_span"]
        if (start, end) == (0, 0):  # a table row: the row is its own context
            code, sentence = indicator_for(q), q.get("text", "")
        else:
            sentence_start, sentence_end = sentence_span(text, start, end, ends)
            before = text[max(sentence_start, start - _CONTEXT_CHARS) : start]
            clause = text[max(sentence_start, start - _CONTEXT_CHARS, previous_end) : start]
            code = indicator_for(q, before, text[end : end + 25], clause=clause)
            sentence = " ".join(text[sentence_start:sentence_end].split())
            previous_end = end
        if code:
            public = {k: v for k, v in q.items() if not k.startswith("_")}
            out.append({"indicator": code, "value": q["value"], "quantity": public, "sentence": sentence[:500]})
    return out
