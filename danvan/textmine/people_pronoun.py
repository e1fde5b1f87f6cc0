"""A post given to a person named earlier by a bare honorific: "… ông Đinh Văn A … Ông vừa được bà con tín nhiệm
bầu làm Trưởng Ban công tác Mặt trận thôn X." (a portrait names its person once, then calls them "ông" or "bà"), and
a post held besides given to that person called by the name's last word ("Ông Khiết còn là tổ trưởng tổ hòa giải"),
and the post of the years spent in it before a bare honorific ("Hơn 30 năm làm Chi hội trưởng …, ông …")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .orgs import title_at
from .people_opening import opening_role
from .person_titles import titles_by_verb
from .textutil import Token, fold, same_line

_BARE = frozenset(["ông", "bà", "anh", "chị"])
_OPENERS = frozenset([".", ",", ";", ":", "!", "?"])
# only an election or an appointment: "làm", "là" alone after a pronoun are too loose ("bà làm 2 km đường")
_ELECTED = re.compile(r"\b(?:bầu|bổ nhiệm|trúng cử|được cử|giữ chức|giao làm|phân công làm|cử làm)\b")
_MAX_NAME = 5
# "Ông Khiết còn là tổ trưởng tổ hòa giải xóm": a post held besides, given to a person called by the last word of a name
_ALSO = re.compile(r"\s*(?:còn|hiện|đồng thời|nay) là\s*$")


def pronoun_posts(
    tokens: list[Token], text: str, token_starts: list[int], known: Callable[[str], str | None], add: Callable[..., None]
) -> None:
    """Give the post an election gives to "ông", "bà", "anh", "chị" with no name after them, when they open a clause,
    to the person last named with that honorific, if that person is already known (`known`: the full name or None)."""
    last: dict[str, str] = {}
    for i, tok in enumerate(tokens[:-1]):
        low = tok.lower
        if low not in _BARE:
            continue
        nxt = tokens[i + 1]
        if nxt.is_word and nxt.is_cap and same_line(text, tok, nxt):
            m = i + 1
            while m < len(tokens) and m - i <= _MAX_NAME and tokens[m].is_word and tokens[m].is_cap and same_line(text, tokens[m - 1], tokens[m]):
                m += 1
            if full := known(text[nxt.start : tokens[m - 1].end]):
                last[low] = full
                if m - i == 2 and _opens_clause(tokens, i, text):
                    _also_post(tokens, m, text, token_starts, full, add)
                if m - i == 2:
                    _elected_post(tokens, m, text, token_starts, full, add)
            continue
        if low not in last or nxt.lower == "con":  # "bà con": the villagers
            continue
        if not _opens_clause(tokens, i, text):
            continue
        if held := opening_role(tokens, i, text):
            add(last[low], held, range(0))  # "Hơn 30 năm làm Chi hội trưởng Chi hội CCB bản, ông là người …"
            continue
        titles, end = titles_by_verb(tokens, i + 1, text, token_starts)
        if titles and end > i and _ELECTED.search(text[tok.end : token_starts[end - 1]]):
            add(last[low], titles, range(0))


def _opens_clause(tokens: list[Token], i: int, text: str) -> bool:
    return not i or tokens[i - 1].text in _OPENERS or not same_line(text, tokens[i - 1], tokens[i])


def _also_post(tokens: list[Token], m: int, text: str, token_starts: list[int], full: str, add: Callable[..., None]) -> None:
    """"Ông Khiết còn là tổ trưởng tổ hòa giải xóm.": the post after "còn là", "hiện là", "đồng thời là" right after
    the last word of a known person's name is that person's."""
    titles, end = titles_by_verb(tokens, m, text, token_starts)
    if titles and end > m and _ALSO.match(text[tokens[m - 1].end : text.index(titles[0], tokens[m - 1].end)]):
        add(full, titles[:1], range(0))


def _elected_post(tokens: list[Token], m: int, text: str, token_starts: list[int], full: str, add: Callable[..., None]) -> None:
    """"… cho biết năm 2025 bà Nguyên được bà con tín nhiệm bầu làm Trưởng ban nhân dân ấp X": the post an election
    gives right after the honorific and the last word of a known person's name is that person's, when only lower-case
    words stand between the name and the post."""
    titles, end = titles_by_verb(tokens, m, text, token_starts)
    if not titles or end <= m:
        return
    start = text.index(titles[0], tokens[m - 1].end)
    between = tokens[m : bisect_left(token_starts, start)]
    if all(t.is_word and not t.is_cap for t in between) and _ELECTED.search(text[tokens[m - 1].end : start]):
        # "… bầu làm trưởng xóm trước khi được Đảng ủy xã phân công giữ chức Bí thư Chi bộ": a later appointment too
        add(full, titles, range(0))


def short_titles(tokens: list[Token], text: str, items: list[dict], add: Callable[..., None]) -> None:
    """"Đồng chí Trưởng ban cũng giao …", "Ông Chủ tịch cho biết …": a post named without a name after an honorific,
    the short form of the post of the one person already found whose title opens with it, is listed for that person
    (as the labels list a later, shorter form)."""
    held = [(p, [fold(t).lower() for t in p["titles"]]) for p in items]  # each person's titles, folded once
    for i, tok in enumerate(tokens[:-2]):
        if not (tok.lower in ("ông", "bà") or tok.lower == "chí" and i and tokens[i - 1].lower == "đồng"):
            continue
        k = i + 1
        n = title_at(tokens, k, lower_ok=False) if tokens[k].is_cap else 0
        if not n or k + n >= len(tokens) or tokens[k + n].is_cap or not tokens[k + n].is_word:
            continue
        folded = fold(text[tokens[k].start : tokens[k + n - 1].end]).lower() + " "
        holders = [p for p, titles in held if any(t.startswith(folded) for t in titles)]
        if len(holders) == 1:
            add(holders[0]["name"], [text[tokens[k].start : tokens[k + n - 1].end]], range(0))
