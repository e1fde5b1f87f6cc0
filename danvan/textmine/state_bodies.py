"""State bodies' names (issue 14, thirty-fifth round): the last parts ministries and departments are known by after their
"và" ("Sở Giáo dục và Đào tạo", "… và Phát triển nông thôn"), which close the name before the clause's words, and
departments or associations named by an abbreviation ("Sở LĐTBXH", "Hội NNCĐDC")."""

from __future__ import annotations

import re

from .orgwords import lexicon, org_word_at
from .textutil import Token

# the bodies whose names run on past a hyphen or a comma to their last "và …" ("Chi cục Chăn nuôi, Thủy sản và Thú y")
DEPARTMENTS = frozenset(["Sở", "Bộ", "Phòng", "Cục", "cục", "Trạm"])


def to_last_part(tokens: list[Token], start: int, end: int) -> int:
    """A state body's name read from start to end holds "và" and a last part it is known by ("… và Môi trường",
    "… và PTNT"): the words after that part are the clause's ("Sở Nông nghiệp và Môi trường | thừa nhận,")."""
    for k in range(start, end - 1):
        if tokens[k].text != "và":
            continue
        if ABBREVIATION.fullmatch(tokens[k + 1].text) and not org_word_at(tokens, k + 1):
            last = 1  # "… và PTNT" (not "… và UBND tỉnh": another body)
        else:
            last = last_part_at(tokens, k + 1)
        after = k + 1 + last
        if (
            last
            and after < end
            and not tokens[after].is_cap
            and not lexicon().place_words.match(tokens, after)
        ):
            return after  # (the place the body serves still follows it: "… và Đào tạo thị xã An Nhơn")
    return end


def ends_on_last_part(tokens: list[Token], end: int) -> bool:
    """The words before end are a state body's last part after its "và" ("Sở Nông nghiệp và Phát triển nông thôn")."""
    return any(
        end - len(p) - 1 >= 0
        and tokens[end - len(p) - 1].text == "và"
        and tuple(t.low for t in tokens[end - len(p) : end]) == p
        for p in _LAST_PARTS
    )


_DEPARTMENT_WORDS = frozenset(
    ["sở", "bộ", "phòng", "cục", "chi cục", "vụ", "ban chỉ huy", "ban chỉ đạo", "hội"]
)


def department_abbreviation(tokens: list[Token], j: int, n: int) -> int:
    """Tokens of a department's name written as an abbreviation after its word ("Sở LĐTBXH", "Sở VH-TT&DL"), 0 if
    none."""
    if " ".join(t.lower for t in tokens[j : j + n]) not in _DEPARTMENT_WORDS:
        return 0
    k = j + n
    if not (
        k < len(tokens)
        and ABBREVIATION.fullmatch(tokens[k].text)
        and tokens[k].start == tokens[k - 1].end + 1
    ):
        return 0
    while (
        k + 2 < len(tokens)
        and tokens[k + 1].text == "-"
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 2].start == tokens[k + 1].end
        and ABBREVIATION.fullmatch(tokens[k + 2].text)
    ):
        k += 2  # "VH-TT&DL": parts joined by hyphens
    return k + 1 - (j + n)


ABBREVIATION = re.compile(r"[A-ZĐ][A-ZĐ&]+")


# The last parts of ministries' and departments' names after their "và" (folded, longest first)
_LAST_PARTS = sorted(
    (
        tuple(p.split())
        for p in ("phat trien nong thon", "dao tao", "du lich", "xa hoi", "moi truong", "dau tu", "cong nghe",
                  "truyen thong", "ton giao", "the thao", "phat trien", "truyen hinh")
    ),
    key=len,
    reverse=True,
)  # fmt: skip


def last_part_at(tokens: list[Token], k: int) -> int:
    """Tokens of a state body's known last part at k ("Đào tạo", "Phát triển nông thôn"), the longest; 0 if none."""
    return next((len(p) for p in _LAST_PARTS if tuple(t.low for t in tokens[k : k + len(p)]) == p), 0)
