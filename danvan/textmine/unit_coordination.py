"""A counted thing named twice after a comma: "845 nhà tạm, nhà dột nát", "214 cuộc tiếp xúc, đối thoại", "120 tổ
chức, cá nhân" count one thing under two names; "58 cuộc đối thoại, vận động người dân" is a dialogue, then a verb
and its object (`coordinate`, called by `numbers._unit_after` once a unit of the vocabulary is read)."""

from __future__ import annotations

from functools import cache

from .number_context import match_spelled, spelled
from .textutil import PhraseIndex, Token, fold, load_json
from .unit_phrases import FUNCTION_WORDS as _FUNCTION_WORDS
from .units_rules import _dictionary, _load_set, _people_at, _vocab
from .units_rules import extend_unit as _extend_unit
from .units_rules import unit_kind_at as _unit_kind_at


@cache
def not_counts() -> frozenset[str]:
    """Nouns after a number that make it no result (units.json "not_counts": "lần", "cấp" …), folded."""
    return frozenset(fold(w) for w in load_json("units.json").get("not_counts", []))


def coordinate(toks: list[Token], n: int, index: PhraseIndex) -> int:
    """'845 nhà tạm, nhà dột nát' and '214 cuộc tiếp xúc, đối thoại' count one thing under two names."""
    head = toks[0].low
    kind = _unit_kind_at(toks, 0)
    if kind:
        while (
            kind + 1 < len(toks)
            and toks[kind].text == ","
            and (more := _unit_kind_at(toks, kind + 1))
            and not _opens_word(toks, kind + 1 + more)  # "12 căn nhà, hỗ trợ …": no "hộ" after the comma
        ):
            kind += 1 + more
        if kind >= n:
            return kind
    while n + 1 < len(toks) and toks[n].text == ",":
        nxt = match_spelled(index, toks[n + 1 :])
        if nxt and toks[n + 1].low == head and nxt[0] > 1:
            if n + 1 + nxt[0] < len(toks) and toks[n + 1 + nxt[0]].is_cap and toks[n + 1 + nxt[0]].is_word:
                break  # "5 đồng chí, đồng chí Sầm Thị Huyên …": the honorific of a name
            n = n + 1 + nxt[0]
            continue
        joined = [toks[0]] + toks[n + 1 :]
        hit = match_spelled(index, joined)  # "căn nhà, hỗ trợ" is no "căn hộ"; "lượt công dân, tiếp nhận" no "lượt tiếp"
        if hit and hit[0] > 1 and not (nxt and nxt[0] >= hit[0]) and not _opens_word(joined, hit[0]) and not toks[n + 1].is_cap and not _object_follows(joined, hit[0]):
            # (… and "30 chi hội, Hội cấp trên …" is no "chi hội, hội": a body's name after the comma)
            # "căn nhà tạm, nhà dột nát" takes the longer
            n = n + hit[0]
            continue
        # "120 tổ chức, cá nhân", "2.730 tin, bài, video": another counted noun of the vocabulary after the comma,
        # in lower case, not followed by a figure of its own
        nxt = nxt if nxt and not toks[n + 1].is_cap else None
        if nxt and _coordinated(toks, n, n + 1 + nxt[0]):
            rest = toks[n + 1 :]
            more = _extend_unit(rest, max(nxt[0], _people_at(rest, 0, _vocab()[2])))  # "nhà dột nát"
            if _object_follows(rest, more):
                break  # "264 cuộc đối thoại, vận động người dân": a verb and its object after the comma
            n = n + 1 + more
            continue
        break
    return n


# words after a second name that close the list, where another lower-case word is a verb's object
_CLOSERS = _FUNCTION_WORDS | frozenset(["với", "cho", "tại", "ở", "trong", "về", "để", "và", "của", "được", "bị", "từ", "nhằm", "theo", "đã", "đang", "sẽ", "đạt", "tăng", "giảm"])


def _object_follows(toks: list[Token], k: int) -> bool:
    """A lower-case word at k that closes no list: the object of a verb read as a second name ("cuộc đối thoại, vận
    động | người dân")."""
    if not (k < len(toks) and toks[k].is_word and not toks[k].is_cap and toks[k].lower not in _CLOSERS):
        return False
    pair = f"{toks[k].lower} {toks[k + 1].lower}" if k + 1 < len(toks) else ""
    return pair not in _load_set("clause_verbs")  # "17 chủ trang trại, gia trại | tham gia": the clause's verb


def _opens_word(toks: list[Token], end: int) -> bool:
    """The last word before end and the word at end make one word of the word list ("phần lớn", "hỗ trợ")."""
    return 0 < end < len(toks) and f"{toks[end - 1].lower} {toks[end].lower}" in _dictionary()


_ANYONE = frozenset(["cá nhân", "tập thể"])  # "tổ chức, cá nhân", "hộ gia đình, cá nhân"


def _coordinated(toks: list[Token], n: int, end: int) -> bool:
    """toks[n + 1 : end], after a comma, is a second name of what is counted: not a figure's own noun ("512 cuộc,
    cấp xã 2.134 cuộc"), not the first half of a longer word ("812 ý kiến, phần lớn đề nghị"), not people after
    things ("6 chuyên đề, học viên được kiểm tra")."""
    second = " ".join(t.lower for t in toks[n + 1 : end])
    people = _vocab()[2]
    # … nor a place named after it: "650 phần, xã Giang Thành 420 phần"; people of a body named after them are still
    # one count ("120 cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh")
    if (
        end < len(toks)
        and (toks[end].text[0].isdigit() or toks[end].is_cap)
        and not (toks[end].is_cap and second in people and " ".join(t.lower for t in toks[:n]) in people)
    ):
        return False
    if spelled(toks[n + 1], not_counts(), "not_counts") or _unit_kind_at(toks, n + 1) and not _unit_kind_at(toks, 0):
        return False  # … nor a place's kind under a thing's noun: "sau 2 cuộc đối thoại, xã đã điều chỉnh …"
    if _opens_word(toks, end) or [t.lower for t in toks[end : end + 2]] == ["còn", "lại"]:
        return False  # "đã khởi công 75 căn, phần còn lại …": the rest, no second noun
    first = " ".join(t.lower for t in toks[:n])
    return second in _ANYONE or not (second in people and not any(first.endswith(p) for p in people))
