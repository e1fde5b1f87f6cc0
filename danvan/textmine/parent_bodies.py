"""The body a post belongs to, named after it and a comma: "Vụ trưởng Vụ Địa phương II, Ban Dân vận Trung ương" (one
title), "Trưởng Ban Dân vận, Phòng Chính trị Bộ Chỉ huy quân sự tỉnh" (one title), "Trưởng khoa Lịch sử, Trường Đại học
Vinh" (an institution of its own: two titles). `title_extent.department_to_parent` reads the department's lower-case
fields up to its body without a comma."""

from __future__ import annotations

from .orgs import consume_chain, lexicon, org_word_at, title_at
from .textutil import Token, same_line

# the parts of a ministry, a school or a department that a post may head ("Vụ trưởng Vụ …", "Trưởng khoa …")
_SUB_UNITS = frozenset(["vụ", "khoa", "phòng", "cục"])
# bodies of their own that open a title after a comma
_INSTITUTIONS = frozenset(["Trường", "Học viện", "Viện", "Ban", "Sở", "Bộ", "Tạp chí", "Văn phòng", "Ủy ban", "Báo", "Đại học"])


def parent_body(tokens: list[Token], start: int, head_end: int, end: int, text: str) -> int:
    """"Vụ trưởng Vụ Địa phương II, Ban Dân vận Trung ương", "Phó Trưởng khoa Lý luận, Trường Chính trị tỉnh": after a
    post heading a part of a body, the body it is part of, after a comma and closed there, is the post's (end when
    none follows)."""
    unit = _heads_part(tokens, head_end, end)
    # "Trưởng Ban Dân vận, Phòng Chính trị Bộ Chỉ huy quân sự tỉnh": a board named alone, with no place nor committee
    # after its name, is part of the body after the comma too — not of the first of bodies listed ("…, Ủy ban MTTQ,
    # Hội Nông dân cùng dự")
    board = not unit and _bare_board(tokens, start, end)
    unit = unit or board
    k = end + 1
    if not unit or k >= len(tokens) or tokens[end].text != "," or not same_line(text, tokens[end], tokens[k]):
        return end
    if not tokens[k].is_cap or title_at(tokens, k, lower_ok=False) or not org_word_at(tokens, k):
        return end
    if not board and _institution_at(tokens, k):
        return end  # "Trưởng khoa Lịch sử, Trường Đại học Vinh": an institution of its own after the comma is a title of
        # its own (labels of nine sets split there, of two join); a field after it is the department's ("…, Tôn giáo")
    stop = consume_chain(tokens, k, text=text)
    named = stop < len(tokens) and tokens[stop].is_word and tokens[stop].is_cap and same_line(text, tokens[stop - 1], tokens[stop])
    listed = stop + 1 < len(tokens) and tokens[stop].text in (",", "và") and org_word_at(tokens, stop + 1)
    return stop if stop > k + 1 and not named and not (board and listed) else end



def _heads_part(tokens: list[Token], head_end: int, end: int) -> bool:
    """The post ending at head_end heads a part of a body ("Vụ trưởng", "Trưởng khoa", "Trưởng phòng …")."""
    return tokens[head_end - 1].lower in _SUB_UNITS or head_end < end and tokens[head_end].lower in _SUB_UNITS


def institution_after(tokens: list[Token], head_end: int, end: int) -> bool:
    """A post heading a part of a body ("Trưởng khoa …", "Vụ trưởng …") is followed by a comma and an institution of its
    own, which `parent_body` leaves to be a title of its own."""
    return _heads_part(tokens, head_end, end) and end + 1 < len(tokens) and tokens[end].text == "," and _institution_at(tokens, end + 1)


def _institution_at(tokens: list[Token], k: int) -> bool:
    """A body of its own opens at k ("Trường …", "Học viện …")."""
    return tokens[k].text in _INSTITUTIONS or k + 1 < len(tokens) and f"{tokens[k].text} {tokens[k + 1].text}" in _INSTITUTIONS


def _bare_board(tokens: list[Token], start: int, end: int) -> bool:
    """The title from start to end closes on a "Ban" named in capitals alone, with no place, committee or
    abbreviation after its name ("Trưởng Ban Dân vận", "Phó Trưởng ban Tuyên huấn")."""
    board = next((x for x in range(end - 2, max(start, end - 5), -1) if tokens[x].lower == "ban"), 0)
    if not board or not tokens[board + 1].is_cap:
        return False
    words = lexicon().place_words
    return not any(
        t.lower.endswith("ủy") or t.text.isupper() and len(t.text) > 1 or words.match(tokens, x)
        for x, t in enumerate(tokens[board + 1 : end], board + 1)
    )
