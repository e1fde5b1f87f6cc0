"""A business's branch and own name after its head ("Công ty TNHH Giày X", "Hợp tác xã Chè Shan tuyết Phìn Hồ", "Chi nhánh
Ngân hàng Chính sách xã hội tỉnh"): capitals, the lower-case words between them, the branch and the place after them."""

from __future__ import annotations

import re

from .bodies import PARENT_LEVELS, VERBS, business_at, capital_head_at, closed_tail, describing_word
from .orgwords import CLAUSE_WORDS
from .textutil import Token, continues_line

# Words that name a branch of a business before the business: "Chi nhánh Ngân hàng …", "Phòng giao dịch Ngân hàng …".
_BRANCH_HEADS = (("chi", "nhánh"), ("phòng", "giao", "dịch"))
_BRANCH_FIRST = frozenset(head[0] for head in _BRANCH_HEADS)


def branch_at(tokens: list[Token], j: int) -> int:
    """Length of the capitalised words of a branch at j that a business's name follows (0 if none)."""
    n = capital_head_at(tokens, j, _BRANCH_HEADS, _BRANCH_FIRST)
    return n if n and business_at(tokens, j + n) else 0


# Words of a company's legal form written in lower case before its name: "Công ty cổ phần Gỗ X".
_COMPANY_FORM = {"co", "phan", "trach", "nhiem", "huu", "han", "mot", "thanh", "vien", "lien", "doanh"}


def company_name(tokens: list[Token], j: int, text: str | None) -> int:
    """After "Công ty": its legal form and its name in capitals ("cổ phần Gỗ Đức Thành", "TNHH Giày X")."""
    start = j
    while j < len(tokens) and tokens[j].is_word and continues_line(tokens, j, text):
        tok = tokens[j]
        if tok.is_cap or (
            tok.low in _COMPANY_FORM and j - start < 5 and not any(t.is_cap for t in tokens[start:j])
        ):
            j += 1
            continue
        lower = next((w for w in (1, 2, 3) if j + w < len(tokens) and tokens[j + w].is_cap), 0)
        if (
            j > start
            and lower
            and tokens[j - 1].is_cap
            and tokens[j + lower].is_word
            and all(t.is_word and t.lower not in CLAUSE_WORDS for t in tokens[j : j + lower])
            and (lower < 3 or all(describing_word(tokens, x, text) for x in range(j, j + lower)))
            and continues_line(tokens, j + lower, text)
        ):
            # lower-case words inside the name: "TNHH Điện tử Sao Mai", "TNHH điện tử Thiên Quang", three when they
            # describe ("HTX Dịch vụ nông nghiệp Hòa Bình"; not "… giúp dân xã Tân Hưng")
            j += lower + 1
            continue
        break
    if j > start and tokens[j - 1].is_cap and (branch := _branch_after(tokens, j, text)) > j:
        return branch
    while j > start and not tokens[j - 1].is_cap:
        j -= 1  # a legal form without a name after it is no name
    if j == start and start > 1 and tokens[start - 1].lower == "ty" and tokens[start - 2].is_cap:
        return closed_tail(tokens, start, text)  # "công nhân Công ty giày da,": named by its trade, closed by a comma
    if (
        j > start
        and j < len(tokens)
        and re.fullmatch(r"\d{1,2}[A-Z]?", tokens[j].text)
        and continues_line(tokens, j, text)
        and (j + 1 == len(tokens) or not tokens[j + 1].is_word or not continues_line(tokens, j + 1, text))
    ):
        j += 1  # a number that ends the mention is the name's: "Công ty CP Thủy điện Đồng Nai 5;" ("… 5 năm" is a count)
    return j


_MAX_BEFORE_BRANCH = 6
_MAX_BEFORE_PLACE = 3


def _branch_after(tokens: list[Token], j: int, text: str | None) -> int:
    """A name written in sentence case goes on in lower case up to the branch or the place that closes it: "… Nông
    nghiệp và phát triển nông thôn chi nhánh huyện X" (a few words, none a verb, then "chi nhánh" and the place it
    serves); a bank's, named by what it does rather than by a proper name, also up to its place: "Ngân hàng Chính
    sách xã hội huyện X", "… tỉnh," (at most three describing words, then a place's word and its name or a
    separator). j when there is none."""
    m = j
    while m < len(tokens) and m - j <= _MAX_BEFORE_BRANCH and tokens[m].is_word and tokens[m].lower not in VERBS and continues_line(tokens, m, text):
        if m > j and tokens[m].text == "chi" and m + 1 < len(tokens) and tokens[m + 1].lower == "nhánh":
            return _place_after(tokens, m + 2, text)
        m += 1
    if not _bank_name(tokens, j):
        return j
    for m in range(j + 1, min(j + 1 + _MAX_BEFORE_PLACE, len(tokens)) + 1):
        if not describing_word(tokens, m - 1, text) and tokens[m - 1].lower != "xã":
            break
        if (end := _place_after(tokens, m, text)) > m:
            return end
        if m < len(tokens) and tokens[m].text in (",", ";", ")") and _bank_name(tokens, j) == 1:
            return m  # "Ngân hàng Chính sách xã hội, …": one capital, then the name's lower-case words
    return j


def _bank_name(tokens: list[Token], j: int) -> int:
    """The number of capitalised words before j that follow "Ngân hàng" (0 if the name before j is no bank's)."""
    k = j
    while k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word:
        k -= 1
    return j - k if k >= 2 and tokens[k - 2].lower == "ngân" and tokens[k - 1].lower == "hàng" else 0


def _place_after(tokens: list[Token], k: int, text: str | None) -> int:
    """After a branch or at a place's word: the place's word and its name in capitals, or its word alone before a
    separator ("chi nhánh tỉnh."), or a name alone ("chi nhánh Kon Tum"); k when none."""
    start = k
    if k >= len(tokens) or not continues_line(tokens, k, text):
        return k
    level = next((n for n in (2, 1) if k + n <= len(tokens) and " ".join(t.text for t in tokens[k : k + n]) in PARENT_LEVELS), 0)
    k += level
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_cap and continues_line(tokens, k, text):
        k += 1
    if k > start + level:
        return k
    closed = level and (k >= len(tokens) or tokens[k].text in (",", ".", ";", ")") or not continues_line(tokens, k, text))
    return k if closed else start
