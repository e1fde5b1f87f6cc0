"""A counted thing named in a list after the comma, as many names as the page gives: "212 hộ Mông, Dao", "hộ người
Dao, người Sán Dìu", "21 tổ tiết kiệm, tổ vay vốn", "1.247 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh" (called by
`numbers._unit_after` once the unit and its first comma-joined name are read; `unit_coordination.coordinate` reads
the second name of another noun of the vocabulary).

The list goes on while each name after a comma is of the same kind as the one before it: a people's name after a
people's name, the unit's own head noun again ("tổ …, tổ …", "căn nhà tạm, nhà dột nát"), or another word that
classifies the same noun after one that did ("khiếu nại, tố cáo"). It stops before a figure ("212 hộ Mông, 30 hộ
Dao"), before a capital that begins a name, and at any word that is none of these.
"""

from __future__ import annotations

from .number_context import match_spelled
from .textutil import PhraseIndex, Token
from .unit_coordination import _object_follows
from .unit_phrases import open_head
from .units_rules import _load_set, _people_at, _vocab

_PEOPLE_WORDS = ("người", "bào", "tộc")  # "hộ người Dao", "hộ đồng bào Êđê", "phụ nữ dân tộc Khmer"


def continue_list(toks: list[Token], n: int, head: int, index: PhraseIndex) -> int:
    """The end of the list of names that toks[:n] opens (n when no name follows a comma); head is the length of
    the counted noun at toks[0]."""
    modifiers, ethnic, _people = _vocab()
    heads = {t.lower for t in toks[:head] if t.is_word}
    listing = False  # a word that classifies the noun was taken after a comma
    while n + 1 < len(toks) and toks[n].text == ",":
        k = n + 1
        size = _ethnic_item(toks, n, k, ethnic) or _head_item(toks, k, heads, modifiers, index) or _people_item(toks, n, k, _people)
        if not size and (size := _modifier_item(toks, head, n, k, (modifiers, index, _people), listing)):
            listing = True
        if not size:
            break
        end = k + size
        if end < len(toks) and (toks[end].text[0].isdigit() or toks[end].is_cap and toks[end].is_word):
            break  # "212 hộ Mông, 30 hộ Dao"; "… , tố cáo Nguyễn Văn A"
        n = end
    return n


def _ethnic_item(toks: list[Token], n: int, k: int, ethnic) -> int:
    """A people's name (after "người" when the one before had it) at k, when the name before the comma ends in one."""
    before = _people_size(toks, n, ethnic)
    if not before:
        return 0
    size = 1 if toks[k].lower == "người" and toks[n - 1 - before].lower == "người" else 0
    k += size
    if not (k < len(toks) and toks[k].is_cap and toks[k].is_word):
        return 0
    if hit := ethnic.match(toks, k):
        return size + hit[0]
    end = k + 1  # a people the vocabulary does not know, after a name read the same way: "Êđê, M'nông"
    while end < min(k + 3, len(toks)) and toks[end].is_cap and toks[end].is_word:
        end += 1
    unknown_before = not ethnic.match(toks, n - before)
    return size + end - k if unknown_before or toks[n - before - 1].lower in _PEOPLE_WORDS else 0


def _people_size(toks: list[Token], n: int, ethnic) -> int:
    """The length of the people's name that ends at n: one the vocabulary knows, or up to three capitalised words
    after "người", "đồng bào" or "dân tộc" ("hộ đồng bào Êđê")."""
    for size in (3, 2, 1):
        if n - size >= 1 and toks[n - size].is_cap and (hit := ethnic.match(toks, n - size)) and hit[0] == size:
            return size
    for size in (1, 2, 3):
        if n - size >= 1 and toks[n - size].is_cap and toks[n - size].is_word:
            if toks[n - size - 1].lower in _PEOPLE_WORDS:
                return size
        else:
            break
    return 0


def _head_item(toks: list[Token], k: int, heads: set[str], modifiers, index: PhraseIndex) -> int:
    """The unit's head noun again, with what classifies it: "tổ tiết kiệm, tổ vay vốn", "tổ trưởng, tổ phó"."""
    if not (toks[k].is_word and not toks[k].is_cap and toks[k].lower in heads):
        return 0
    hit = match_spelled(index, toks[k:])
    end = k + open_head(toks[k : k + 3], hit[0] if hit else 1)  # "tổ vay vốn": an open head's one word
    while end < len(toks) and toks[end].is_word and not toks[end].is_cap and (hit := modifiers.match(toks, end)):
        end += hit[0]
    return end - k if end > k + 1 else 0


def _modifier_item(toks: list[Token], head: int, n: int, k: int, vocab: tuple, listing: bool) -> int:
    """A word that classifies the noun after one that did: "đơn thư khiếu nại, tố cáo, kiến nghị"."""
    modifiers, index, people = vocab
    if not listing and not any((hit := modifiers.match(toks, j)) and j + hit[0] == n for j in range(head, n)):
        return 0
    if not (toks[k].is_word and not toks[k].is_cap):
        return 0
    if hit := modifiers.match(toks, k):
        return hit[0]
    hit = match_spelled(index, toks[k:])  # another counted noun: "kiến nghị", as a modifier is "tố cáo"
    if not hit or hit[0] > 1 and f"{toks[k].lower} {toks[k + 1].lower}" in _load_set("clause_verbs"):
        return 0
    end = k + hit[0]
    if _object_follows(toks, end) or " ".join(t.lower for t in toks[k:end]) in people:
        return 0  # "4 cuộc giám sát chuyên đề, tổ chức | hội nghị …"; "9 huyện miền núi, người có uy tín"
    return hit[0]


def _people_item(toks: list[Token], n: int, k: int, people: frozenset[str]) -> int:
    """A noun of people after one: "lượt thí sinh, phụ huynh", "đoàn viên, dân quân" (not after a thing's noun)."""
    if toks[k].is_cap or not any(" ".join(t.lower for t in toks[j:n]) in people for j in range(max(0, n - 3), n)):
        return 0
    return _people_at(toks, k, people)
