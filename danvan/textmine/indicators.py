"""Mapping counted quantities to reporting indicators by the noun they count (data/indicators.json)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .sentences import sentence_ends, sentence_span
from .textutil import fold, load_json

_CONTEXT_CHARS = 80
_AFTER_CHARS = 25


def indicator_for(
    quantity: dict, before: str = "", after: str = "", *, clause: str | None = None
) -> str | None:
    """The indicator code a quantity feeds, or None: 12500 'suất quà' → 'QUA_SL'.

    `before`/`after`: the text around the number in its sentence (`after` begins right after the
    counted noun). `clause`: the end of `before` that belongs to this number (after any earlier
    quantity of the sentence), where rules marked "before" look for their verb, so that "nhận 7 đơn,
    giải quyết 5 đơn" gives 5 to the settled petitions; rules marked "after_noun" want their verb
    first in `after` ("5 đơn đã được giải quyết").
    """
    return _match(quantity, before, after, clause)[0]


def _match(quantity: dict, before: str, after: str, clause: str | None) -> tuple[str | None, int]:
    """The indicator code and how much of `after` its verb took (rules marked "after_noun"), so that
    the next number's clause starts after it: "9 đơn được tiếp nhận, 8 đơn đã được giải quyết"."""
    data = load_json("indicators.json")
    links = _phrases(data.get("after_noun_links", ()))
    unit = fold(quantity.get("unit", ""))
    is_money = unit in ("dong", "usd") and not quantity.get("per")  # a price per item is no sum given
    clause = before if clause is None else clause
    ctx_before, ctx_after, ctx_clause = _Context(before), _Context(after), _Context(clause)
    for rule in data["rules"]:
        if rule.get("money"):
            if not is_money:
                continue
        elif "unit_exact" in rule:
            if unit not in rule["unit_exact"]:
                continue
        elif not any(u in unit for u in rule.get("unit", [])):
            continue
        taken = 0
        if rule.get("after_noun"):
            taken = max((ctx_after.verb_end(w, links) for w in rule.get("context", ())), default=0)
            if not taken:
                continue
        elif rule.get("context"):
            if rule.get("after"):
                context = ctx_after
            elif rule.get("before"):
                context = ctx_clause
            else:
                context = _Context(f"{before} {quantity.get('unit', '')} {after}")
            if not context.has_any(rule["context"], _phrases(rule.get("negated_by", ())), links):
                continue
        if any(ctx_before.has(w) for w in rule.get("not_context", [])):
            continue
        return rule["indicator"], taken
    return None, 0


class _Context:
    """Text searched for whole words: folded for plain-ASCII rule words ("giai quyet"), with its
    diacritics for rule words written with them ("nhận" is not "Nhân dân")."""

    __slots__ = ("folded", "lower")

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.folded = fold(text)  # same length as `lower`: positions are shared

    def _haystack(self, word: str) -> str:
        return self.folded if word.isascii() else self.lower

    def has(self, word: str) -> bool:
        return _word_pattern(word).search(self._haystack(word)) is not None

    def has_any(self, words: list[str], negations: tuple[str, ...] = (), links: tuple[str, ...] = ()) -> bool:
        """Whether one of `words` occurs, not right after a negation ("chưa giải quyết", "không tiếp
        nhận": "nhận" inside the negated "tiếp nhận" does not count either)."""
        if not negations:
            return any(self.has(w) for w in words)
        spans = [m.span() for w in words for m in _word_pattern(w).finditer(self._haystack(w))]
        return any(
            not self._negated(start, negations, links)
            for start, end in spans
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
        )

    def verb_end(self, word: str, links: tuple[str, ...]) -> int:
        """Where `word` ends when it comes first, after only linking words (" đã được giải quyết"), else 0."""
        pos = self._skip_links(0, links)
        m = _word_pattern(word).match(self._haystack(word), pos)
        return m.end() if m else 0

    def _skip_links(self, pos: int, links: tuple[str, ...]) -> int:
        while True:
            while pos < len(self.lower) and self.lower[pos].isspace():
                pos += 1
            for link in links:
                haystack = self._haystack(link)
                end = pos + len(link)
                if haystack.startswith(link, pos) and not _word_char_at(haystack, end):
                    pos = end
                    break
            else:
                return pos

    def _negated(self, pos: int, negations: tuple[str, ...], links: tuple[str, ...]) -> bool:
        """Whether the word at `pos` follows a negation, with only linking words between."""
        while True:
            pos = len(self.lower[:pos].rstrip())
            for word in negations:
                start = pos - len(word)
                if self._haystack(word).endswith(word, 0, pos) and not _word_char_at(self.lower, start - 1):
                    return True
            for link in links:
                start = pos - len(link)
                if self._haystack(link).endswith(link, 0, pos) and not _word_char_at(self.lower, start - 1):
                    pos = start
                    break
            else:
                return False


def _phrases(words: Iterable[str]) -> tuple[str, ...]:
    """Lower-case with single spaces; blank entries dropped (an empty linking word would match forever)."""
    return tuple(" ".join(w.lower().split()) for w in words if w.strip())


def _word_char_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


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
            code, taken = _match(q, before, text[end : end + _AFTER_CHARS], clause)
            sentence = " ".join(text[sentence_start:sentence_end].split())
            previous_end = end + taken
        if code:
            public = {k: v for k, v in q.items() if not k.startswith("_")}
            out.append(
                {"indicator": code, "value": q["value"], "quantity": public, "sentence": sentence[:500]}
            )
    return out
