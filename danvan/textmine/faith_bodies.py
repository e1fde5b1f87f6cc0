"""Faiths and their bodies inside an organisation's name: a faith's name that is no body's word ("Hòa Hảo", "Cao
Đài"), a body's word that names a faith or its body ("Tin Lành", "Giáo phận"), and a congregation's own name after it
("Chi hội Tin Lành Ea Tiêu,"); called by `orgs.consume_chain` and `orgs.named_part`."""

from __future__ import annotations

from functools import cache

from .chain_names import cap_run
from .orgwords import AMBIGUOUS_FAITHS, faith_names, org_word_at
from .textutil import MIDDLE_NAMES, Token, run_closed

_FAITHS = AMBIGUOUS_FAITHS
_FAITH_FIRSTS = frozenset(faith[0] for faith in _FAITHS)


def faith_at(tokens: list[Token], j: int) -> int:
    """Length of a faith's name at j ("Hòa Hảo", "Cao Đài"), when it is no body's word; 0 if none."""
    if tokens[j].lower not in _FAITH_FIRSTS:
        return 0
    for n in (2, 3):
        if tuple(t.lower for t in tokens[j : j + n]) in _FAITHS and not org_word_at(tokens, j):
            return n
    return 0


@cache
def _faith_firsts() -> frozenset[str]:
    """The first words of faith_names(): a cheap test before the body's words are joined."""
    return frozenset(name.split(" ")[0] for name in faith_names())


def faith_word(tokens: list[Token], j: int, n: int) -> bool:
    """The body's word at j (n tokens) is a faith's name or one of its bodies ("Tin Lành", "Giáo phận", "Họ đạo")."""
    return tokens[j].lower in _faith_firsts() and " ".join(t.lower for t in tokens[j : j + n]) in faith_names()


def congregation(tokens: list[Token], j: int, text: str | None) -> int:
    """A congregation's own name after its faith (two or three capitalised words, no person's, closed by a comma
    or a bracket): its length, else 0."""
    run = cap_run(tokens, j, text)
    if not 2 <= run <= 3 or tokens[j + 1].lower in MIDDLE_NAMES:
        return 0
    return run if run_closed(tokens, j + run, text) or tokens[j + run].text == "(" else 0
