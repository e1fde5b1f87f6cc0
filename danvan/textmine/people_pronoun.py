"""A post given to a person named earlier by a bare honorific: "… ông Đinh Văn A … Ông vừa được bà con tín nhiệm
bầu làm Trưởng Ban công tác Mặt trận thôn X." (a portrait names its person once, then calls them "ông" or "bà")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .person_titles import same_line, titles_by_verb
from .textutil import Token

_BARE = frozenset(["ông", "bà", "anh", "chị"])
_OPENERS = frozenset([".", ",", ";", ":", "!", "?"])
# only an election or an appointment: "làm", "là" alone after a pronoun are too loose ("bà làm 2 km đường")
_ELECTED = re.compile(r"\b(?:bầu|bổ nhiệm|trúng cử|được cử|giữ chức)\b")
_MAX_NAME = 5


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
            continue
        if low not in last or nxt.lower == "con":  # "bà con": the villagers
            continue
        if i and tokens[i - 1].text not in _OPENERS and same_line(text, tokens[i - 1], tok):
            continue  # the subject opens a clause
        titles, end = titles_by_verb(tokens, i + 1, text, token_starts)
        if titles and end > i and _ELECTED.search(text[tok.end : token_starts[end - 1]]):
            add(last[low], titles, range(0))
