"""Small rules of the quantity reader: slogans in quotes, kinds of administrative unit counted together."""

from __future__ import annotations

from .textutil import Token

_OPEN_QUOTES, _CLOSE_QUOTES = '“"«', '”"»'


def in_slogan(text: str, start: int, end: int) -> bool:
    """A number inside a short quoted name is a slogan's ("3 tăng, 3 giảm", "4 tốt", "2 không"), not a count."""
    left = text[max(0, start - 30) : start]
    opened = max(left.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in left[opened + 1 :] for q in "”»"):
        return False
    right = text[end : end + 30]
    closed = min((i for i in (right.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closed < 0:
        return False
    quoted = left[opened + 1 :] + text[start:end] + right[:closed]
    return len(quoted.split()) <= 6 and "\n" not in quoted


# Kinds of administrative unit and settlement counted together: "14 huyện, thị xã, thành phố", "17 thôn, buôn".
_UNIT_KINDS = {
    "tinh",
    "thanh pho",
    "huyen",
    "quan",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    "dac khu",
    "thon",
    "ban",
    "buon",
    "lang",
    "ap",
    "xom",
    "to dan pho",
    "khu pho",
    "soc",
    "plei",
}


def unit_kind_at(toks: list[Token], k: int) -> int:
    for size in (3, 2, 1):
        words = toks[k : k + size]
        if (
            len(words) == size
            and all(t.is_word and not t.is_cap for t in words)
            and " ".join(t.low for t in words) in _UNIT_KINDS
        ):
            return size
    return 0
