"""Proper names and numbers inside an organisation chain: a residential unit known by its number ("khối 12"), the number
that ends a hamlet's name, a post's or a station's own name, and where a place's name ends and a person's begins
(split from `orgs.py`)."""

from __future__ import annotations

import re
from functools import cache

from .orgwords import lexicon, org_word_at, title_at
from .textutil import MIDDLE_NAMES, Token, continues_line, load_json, normalize_tones

# Residential units named by a number only: "khối 12", "khu vực 5", "khu 7", "tiểu khu 5", "khóm 3", "tổ 7"
_NUMBERED_UNITS = (("khối",), ("khu", "vực"), ("khu",), ("tiểu", "khu"), ("khóm",), ("tổ",), ("cụm",))

_NUMBERED_FIRST = frozenset(unit[0] for unit in _NUMBERED_UNITS)


# A hamlet's name may end in a number: "ấp Kênh 8", "thôn Tân Lập 2", "bản Nà Hẹ 3".
_HAMLET_WORDS = frozenset(["ấp", "thôn", "bản", "xóm", "buôn", "làng", "sóc", "khu", "khóm", "khối", "tổ", "đội", "plei", "bon"])


def unit_number(tokens: list[Token], k: int, j: int, text: str | None) -> int:
    """j, or past the number that ends a hamlet's name read from k to j, when a punctuation mark or the line's end
    follows it (a number before a word is a count: "ấp Tân Lập 3 năm liền")."""
    if (
        j > k
        and j < len(tokens)
        and tokens[k - 1].lower in _HAMLET_WORDS
        and re.fullmatch(r"\d{1,2}[A-Z]?", tokens[j].text)
        and continues_line(tokens, j, text)
        and (j + 1 == len(tokens) or not tokens[j + 1].is_word or not continues_line(tokens, j + 1, text))
    ):
        return j + 1
    return j


def numbered_unit(tokens: list[Token], j: int) -> int:
    if tokens[j].lower not in _NUMBERED_FIRST:
        return 0
    for unit in _NUMBERED_UNITS:
        k = j + len(unit)
        if k < len(tokens) and tuple(t.lower for t in tokens[j:k]) == unit and re.fullmatch(r"\d{1,3}[A-Z]?", tokens[k].text):
            return k + 1 - j
    return 0


def post_name(tokens: list[Token], k: int, text: str | None, *, see: bool = False) -> int:
    """The proper name of a post or a border station after its body's word, when a separator or a lower-case word (the
    clause's verb: "Đồn Biên phòng Sín Thầu cho biết") closes it and it is not a person's name ("Nguyễn Văn An", "Lò
    Thị Hoa")."""
    run = cap_run(tokens, k, text)
    if run and _body_word_last(tokens, k + run, text):
        run += 1  # "Giáo xứ Tân Hội,": a body's word of one syllable that closes the name is the name's
    if not 1 <= run <= 4:
        return k
    if k + run < len(tokens) and tokens[k + run].text not in (",", ";", ".", "(", ")", "-", "–", "và"):
        after = tokens[k + run]
        if not (after.is_word and not after.is_cap and not after.text.isdigit() and continues_line(tokens, k + run, text)):
            return k
    lx = lexicon()
    faith = tuple(t.lower for t in tokens[k : k + 2]) in lx.not_names  # "Họ đạo Cao Đài Trà Vinh": no Mr Cao
    # "Đồn Biên phòng A Pa Chải": a name that "A" opens has two words ("A Hoan"); three are a place's
    place_a = tokens[k].low == "a" and run >= 3
    if see and run >= 3 and tokens[k].text in baptismal():
        return k  # "Linh mục quản xứ Phêrô Bùi Ngọc Phong": a saint's name opens the priest's, no parish's
    # a church's see or parish is named after a place, whatever its words ("giáo xứ Phan Rí Cửa": see)
    if tokens[k].low in lx.surnames and not (faith or place_a or see) and (run >= 3 or run == 2 and tokens[k + 1].lower in MIDDLE_NAMES):
        return k
    return k + run


@cache
def baptismal() -> frozenset[str]:
    """The first words of the saints' names taken at baptism (faiths.json "baptismal_names")."""
    return frozenset(name.split()[0] for name in load_json("faiths.json")["baptismal_names"])


def _body_word_last(tokens: list[Token], k: int, text: str | None) -> bool:
    """A body's word of one syllable in sentence case at k, closed by a separator on its line."""
    return (
        k + 1 < len(tokens)
        and tokens[k].is_cap
        and tokens[k].text[1:].islower()
        and org_word_at(tokens, k) == 1
        and not title_at(tokens, k, lower_ok=False)
        and tokens[k + 1].text in (",", ";", ".", ")")
        and continues_line(tokens, k, text)
    )


def cap_run(tokens: list[Token], k: int, text: str | None) -> int:
    run = 0
    while (
        k + run < len(tokens)
        and tokens[k + run].is_word
        and tokens[k + run].is_cap
        and continues_line(tokens, k + run, text)
    ):
        if title_at(tokens, k + run, lower_ok=False) or run and org_word_at(tokens, k + run):
            break  # "xã Thượng úy …": a rank, not a place's name
        run += 1
    return run


APOSTROPHE_NAME = re.compile(r"^[A-ZĐ]['’][A-ZĐÀ-Ỹ]")


def spelled_as(tokens: list[Token], k: int, m: int, found: list) -> bool:
    """The words from k are written as one of the places found (the index matches them without their marks)."""
    written = " ".join(t.text for t in tokens[k : k + m]).lower()
    return any(normalize_tones(place.name).lower() == written for place in found)


# "thôn Làng Rêu", "bản Bản Phủ", "buôn Buôn Đôn": a hamlet's own name that opens with a settlement's word, which no
# family name is once its marks are read ("Làng" is no "Lang", "Bản" no "Bàn")
SETTLEMENT_FIRSTS = frozenset(["làng", "bản", "buôn", "xóm", "plei", "thôn", "ấp", "khóm"])  # "Sóc" is also a Khmer name


def settlement_first(tok: Token) -> bool:
    return tok.lower in SETTLEMENT_FIRSTS


def name_split(tokens: list[Token], k: int, run: int) -> int:
    """In 'thôn Nà Lạn Hoàng Văn A', where the place ends and the person's name begins (a family name, or a middle
    name second in three or four words: "xã Ngân Văn Tuấn")."""
    lx = lexicon()
    # a family name followed by a middle name is the surest start: "bản Huồi Cam Kha Văn Nhọt" (not Mr Cam), "thôn
    # Tráng Lực Nguyễn Văn Lãnh", "bản Huổi Lụ Sùng A Nủ" ("A" is the middle name of the Mông)
    for s in range(1, run - 2):
        if 3 <= run - s <= 4 and split_at_middle(tokens, k + s):
            return s
    for s in range(0, run - 1):
        if tokens[k + s].low in lx.surnames and 2 <= run - s <= 5 and not settlement_first(tokens[k + s]):
            return s
        if 3 <= run - s <= 4 and tokens[k + s + 1].lower in MIDDLE_NAMES and not settlement_first(tokens[k + s]):
            return s
    return run


def _middle(tok: Token) -> bool:
    return tok.lower in MIDDLE_NAMES or tok.text == "A"


def split_at_middle(tokens: list[Token], k: int) -> bool:
    """A family name and a middle name at k: where name_split is surest that a person's name begins."""
    return k + 1 < len(tokens) and tokens[k].low in lexicon().surnames and _middle(tokens[k + 1])
