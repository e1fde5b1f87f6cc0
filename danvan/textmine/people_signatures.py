"""People who sign a document: a post in capitals at the foot of a report over the signer's name, with the
signature's prefixes ("T/M", "KT.") and marks ("(Đã ký)") between them (split from `people.py`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .orgs import lexicon, title_at
from .people_registry import People
from .textutil import is_caps_line, sentence_case_caps, tokenize

NameTaker = Callable[..., int]  # people.take_name(tokens, j, text, *, strong): the length of the name at j

_SIGN_PREFIX = re.compile(r"^(?:T/M|TM\.?|K/T|KT\.?|Q\.|TL\.?|TUQ\.?|T/L|Q/)\s*", re.I)
_NOT_SIGNATURE = re.compile(r"^\(?(?:đã ký|ký|ký tên|đã ký và đóng dấu|ký, ghi rõ họ tên)[^)]*\)?$", re.I)


def signatures(text: str, people: People, take_name: NameTaker) -> None:
    """'PHÓ BÍ THƯ' over 'Hoàng Văn Tú' at the foot of a document: a post in capitals over a line that is only a
    name (read by people.take_name, passed in to keep this module below people.py)."""
    lines = [ln.strip() for ln in text.split("\n")]
    for idx, line in enumerate(lines):
        if not line or len(line) > 40 or idx == 0 or not line[0].isupper():
            continue
        prev = next(
            (ln for ln in reversed(lines[max(0, idx - 4) : idx]) if ln and not _NOT_SIGNATURE.match(ln)), ""
        )
        if not is_caps_line(prev):
            continue
        toks = tokenize(line)
        if not toks or take_name(toks, 0, line, strong=False) != len(toks):
            continue
        k = idx - 1
        while k >= 0 and (not lines[k] or _NOT_SIGNATURE.match(lines[k])) and idx - k <= 4:
            k -= 1
        if k < 0 or not is_caps_line(lines[k]):
            continue
        title_line = _SIGN_PREFIX.sub("", lines[k])
        title_toks = tokenize(title_line)
        if title_toks and title_at(title_toks, 0, lower_ok=True) and not _SIGN_PREFIX.match(lines[k]):
            title = sentence_case_caps(title_line, lexicon().canon)
            people.add(line, [title], range(0))
