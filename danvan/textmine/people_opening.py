"""The post a portrait's first sentence gives before the person is named: "Gần 9 năm làm Chủ tịch Hội Nông dân xã X,
chị A …", "Năm 2002, khi được bà con bầu làm trưởng ấp X, ông A …" (split from people_rules.py, no rule changed)."""

from __future__ import annotations

from .bodies import PARENT_LEVELS, describing_word
from .orgs import consume_chain, lexicon, title_at
from .people_rules import after_bare_title, past_aside
from .person_titles import title_chain
from .places import place_index
from .textutil import Token, same_line
from .title_extent import name_tail

_SINCE_QUALIFIERS = frozenset(["gần", "hơn", "trên", "ngót", "suốt", "sau", "đã", "nhiều"])
_SENTENCE_ENDS = frozenset([".", "!", "?", ";", ":", "“", '"'])


def opening_role(tokens: list[Token], i: int, text: str) -> list[str]:
    """"Gần 9 năm làm Chủ tịch Hội Nông dân xã X (huyện Y), chị A …", "Hơn 28 năm làm Achar chùa Âng, ông B …": a
    sentence that opens with the years spent in a post, then a comma and the honorific at i; the post (and those after
    it and a comma: "Gần 10 năm làm Bí thư Chi bộ, Trưởng thôn X, xã Y, bà A …"), none if none."""
    if i < 5 or tokens[i - 1].text != ",":
        return []
    s = _sentence_start(tokens, i, text)
    k = _years_in_post(tokens, s, i) or _elected_as(tokens, s, i)
    posts: list[str] = []
    while k and (n := title_at(tokens, k, lower_ok=not posts)):
        end = after_bare_title(tokens, k + n, title_chain(tokens, k + n, text), text)
        if i - 1 - end <= _MAX_DESCRIBED and all(describing_word(tokens, m, text) for m in range(end, i - 1)):
            end = i - 1  # "Hơn 20 năm làm Chi hội trưởng phụ nữ, bà A …": the comma closes the post, lower-case words too
        close = past_aside(tokens, end, text) if end < len(tokens) and tokens[end].text == "(" else end
        close = _past_parent_place(tokens, close, i)
        posts.append(text[tokens[k].start : tokens[end - 1].end])
        if close == i - 1:
            return posts
        k = end + 1 if end + 1 < i and tokens[end].text == "," and tokens[end + 1].is_cap else 0
    return []


def _sentence_start(tokens: list[Token], i: int, text: str) -> int:
    s = i - 2
    while s > 0 and i - s < 40 and tokens[s - 1].text not in _SENTENCE_ENDS and same_line(text, tokens[s - 1], tokens[s]):
        s -= 1
    return _past_dateline(tokens, s, i, text)


def posts_first(tokens: list[Token], i: int, text: str) -> list[str]:
    """"Chủ tịch UBND xã Tân Hòa, ông A …", "Theo Bí thư Đảng ủy, Chủ tịch HĐND xã, bà B, …": a sentence that opens
    with posts in capitals, the last closed by the comma before the honorific at i: the person named after them holds
    them (none when anything else stands between the posts and the comma)."""
    if i < 3 or tokens[i - 1].text != ",":
        return []
    s = _sentence_start(tokens, i, text)
    k = s + (tokens[s].lower == "theo")
    posts = []
    while k < i - 1 and tokens[k].is_cap and (n := title_at(tokens, k, lower_ok=False)):
        end = consume_chain(tokens, k + n, text=text, stop_before_name=True)
        end = after_bare_title(tokens, k + n, max(end, k + n), text, stop_before_name=True)
        end = name_tail(tokens, k + n, end, text)  # "Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh, bà A"
        if end < i and tokens[end].text != "," and (place := _known_place(tokens, end)) and tokens[end + place].text == ",":
            end += place  # "Chủ tịch UBND xã Tân Hòa, ông A": before the comma, a place's name, not the person's
        if end >= i or tokens[end].text != ",":
            return []
        posts.append(text[tokens[k].start : tokens[end - 1].end])
        if end == i - 1:
            return posts
        k = end + 1
    return []


def _known_place(tokens: list[Token], k: int) -> int:
    """Length of the capitals at k when they are, all of them, a place's name the index knows (0 if not)."""
    m = k
    while m < len(tokens) and m - k < 4 and tokens[m].is_word and tokens[m].is_cap:
        m += 1
    return m - k if m > k and place_index().by_key.get(tuple(t.low for t in tokens[k:m])) else 0


def _past_parent_place(tokens: list[Token], close: int, i: int) -> int:
    """"… tổ hòa giải ấp Bình Hòa, xã Mỹ Tịnh An, bà A": the commune or district the post's place lies in, between
    commas before the honorific at i, is no part of the post, nor the places above it ("…, xã X, huyện Y, tỉnh Z, bà
    A"); the comma before the honorific."""
    k = close
    while k + 3 < i and tokens[k].text == ",":
        level = next(
            (n for n in (2, 1) if " ".join(t.lower for t in tokens[k + 1 : k + 1 + n]) in PARENT_LEVELS), 0
        )
        m = k + 1 + level
        while level and m < i - 1 and m - (k + 1 + level) < 4 and tokens[m].is_word and tokens[m].is_cap:
            m += 1
        if not level or m == k + 1 + level or tokens[m].text != ",":
            return close
        if m == i - 1:
            return i - 1
        k = m
    return close


_MAX_DESCRIBED = 3


def _past_dateline(tokens: list[Token], s: int, i: int, text: str) -> int:
    """"(Baoquangngai.vn) - Hơn 10 năm …", "(ĐTO) - Gần 20 năm …", "TP. HCM - Gần 9 năm …": a paper's mark (in
    brackets, or in capitals) at the line's start and a dash open the first sentence; where it begins."""
    p = s
    while p > 0 and s - p < 6 and tokens[p].text != "(" and same_line(text, tokens[p - 1], tokens[p]):
        p -= 1
    if p and same_line(text, tokens[p - 1], tokens[p]):
        return s
    if tokens[p].text != "(":
        # "TP. HCM - Gần 9 năm …", "TN - Hơn 20 năm …": a paper's or a city's mark in capitals, then a dash
        for m in range(p + 1, min(p + 5, i - 2)):
            if tokens[m].text in ("-", "–"):
                return m + 1 if m + 1 >= s and all(_mark(t) for t in tokens[p:m]) else s
        return s
    for m in range(p + 1, min(p + 8, i - 2)):
        if tokens[m].text == ")":
            return m + 2 if tokens[m + 1].text in ("-", "–") else s
    return s


def _mark(tok: Token) -> bool:
    return tok.text == "." or tok.is_word and tok.text.isupper() and len(tok.text) <= 6


def _years_in_post(tokens: list[Token], s: int, i: int) -> int:
    """"Gần 9 năm làm …" opening the sentence at s: where the post begins (0 if not that)."""
    if s + 3 < i and tokens[s].text.isdigit() and tokens[s + 1].lower == "tuổi" and tokens[s + 2].text == ",":
        s += 3  # "72 tuổi, hơn 30 năm làm …": the age before the years
    k = s + (tokens[s].lower in _SINCE_QUALIFIERS)
    if k < i and tokens[k].text.isdigit():
        k += 1
    elif k == s:
        return 0
    if k + 2 >= i or tokens[k].lower != "năm" or tokens[k + 1].lower not in ("làm", "là"):
        return 0
    return k + 2


# "được bầu làm", "được cử làm", "được bổ nhiệm làm", "từ khi làm", "được bầu giữ chức", "trên cương vị (là)"
_TAKING_POST = frozenset([("bầu", "làm"), ("cử", "làm"), ("nhiệm", "làm"), ("khi", "làm"), ("giữ", "chức"), ("cương", "vị")])


def _elected_as(tokens: list[Token], s: int, i: int) -> int:
    """"Năm 2002, khi được bà con bầu làm trưởng ấp X, ông A …", "Trên cương vị Chủ tịch Hội …, bà B …": the post an
    election or appointment gave, or that the person holds, in the sentence's words before the honorific at i;
    where it begins (0 if none)."""
    for k in range(i - 3, s, -1):
        if (tokens[k - 1].lower, tokens[k].lower) in _TAKING_POST:
            # "Ông A được bầu làm Bí thư, ông B …": the post is A's when a person is named before it
            if any(_honorific_at(tokens, m) for m in range(s, k)):
                return 0
            return k + 1 + (tokens[k].lower == "vị" and tokens[k + 1].lower == "là")
    return 0


def _honorific_at(tokens: list[Token], m: int) -> bool:
    lx = lexicon()
    return (
        tokens[m].lower in lx.honorifics.by_first
        and bool(lx.honorifics.match(tokens, m))
        and not (m + 1 < len(tokens) and tokens[m + 1].lower == "con")  # "bà con": the villagers
    )
