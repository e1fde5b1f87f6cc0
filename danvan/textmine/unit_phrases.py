"""Counted nouns outside the vocabulary, read with the word list: a measure or classifier and the word that names what
it counts ("380 tấn phân bón", "30 chiếc điện thoại thông minh"), a short phrase before a function word ("phòng
chuyên trách", "giám sát viên")."""

from __future__ import annotations

from functools import cache

from .bodies import VERBS
from .orgwords import CLAUSE_WORDS, lexicon
from .textutil import Token, load_json
from .units_rules import _PHRASE_STOP, _TIME_WORDS, _dictionary, _load_set


@cache
def _open_heads() -> frozenset[str]:
    return frozenset(load_json("units.json").get("open_heads", []))


def open_head(toks: list[Token], n: int) -> int:
    """A measure or classifier counts nothing by itself: "tấn", "con", "chiếc" go on with the word that names
    what is weighed or counted ("380 tấn phân bón", "2.000 con lươn", "5 lít nước mắm"): the longest word of one
    or two syllables of the word list after the head (never a function word or a verb of the stop list). An
    object's name may take a second word when the phrase ends there ("30 chiếc điện thoại thông minh cho …")."""
    if toks[0].lower not in _open_heads() or len(toks) < 2:
        return n
    end = 1 + word_at(toks, 1, second=False)
    if end > 1 and toks[0].lower in _load_set("object_heads") and (more := word_at(toks, end, second=True)):
        after = end + more
        if after >= len(toks) or not toks[after].is_word or toks[after].lower in _PHRASE_STOP:
            end = after
    return max(n, end) if end > 1 else n


_PREPOSITIONS = frozenset(["đối với", "so với", "cùng với", "trong đó"])
_MEASURE_NOUNS = frozenset(["công suất", "diện tích", "trọng tải", "chiều dài", "dung tích"])


def word_at(toks: list[Token], k: int, *, second: bool) -> int:
    """Syllables of the word of the word list at k, the longer first (0 if none)."""
    if k >= len(toks):
        return 0
    words = _dictionary()
    tok = toks[k]
    pair = f"{tok.lower} {toks[k + 1].lower}" if k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap else ""
    if tok.lower == "dân" and pair in words and pair != "dân tộc" and not second:
        return 2  # "27 tổ dân vận", "tổ dân cư": a word that opens with "dân" names a kind (not "hộ dân")
    if pair in _PREPOSITIONS or pair in _MEASURE_NOUNS:
        return 0  # "góp ý 5.213 lượt đối với cán bộ": whom the turns were about, no kind of turn; "287 tàu công suất
        # từ 400 CV": the measure that follows, no kind of boat
    if not tok.is_word or tok.is_cap or tok.lower in _PHRASE_STOP or tok.lower == "bị" or tok.text[0].isdigit():
        return 0  # "1.146 nhà bị ngập": what befell them is no kind of house ("bị" opens no noun, unlike "thiết bị")
    if second and (
        tok.lower in VERBS or tok.lower in CLAUSE_WORDS or tok.lower in _TIME_WORDS or lexicon().place_words.match(toks, k)
    ):
        return 0
    if pair in words:
        return 2
    return 1 if tok.lower in words else 0


def short_phrase(toks: list[Token]) -> int:
    """A counted noun outside the vocabulary: up to two lower-case words before a function word, and a third
    when the second begins a word that it ends ("phòng chuyên trách": "phòng chuyên" is no word, "chuyên
    trách" is) or names the one who does it ("giám sát viên")."""
    taken = 0
    for k, tok in enumerate(toks[:2]):
        if k and " ".join(t.lower for t in toks[k : k + 2]) in _MEASURE_NOUNS:
            break  # "287 tàu công suất từ 400 CV": the measure that follows, no kind of boat
        if not tok.is_word or tok.text[0].isdigit() or tok.is_cap:
            break
        pair = f"{toks[0].lower} {tok.lower}" if taken else ""
        if tok.lower in _PHRASE_STOP and not (pair in _dictionary() and tok.lower not in FUNCTION_WORDS):
            break  # … but a word of the list is not cut by a stop word inside it: "41 ngư dân", "giáo dân"
        if taken and pair not in _dictionary() and tok.lower in _load_set("state_words"):
            break  # "6 tàu luôn sẵn sàng", "19 tàu bị chìm", "25 tàu mất liên lạc": the clause's verb, not a kind
        taken += 1
    if taken == 2 and len(toks) > 2 and toks[2].is_word and not toks[2].is_cap:
        words, (a, b, c) = _dictionary(), (t.lower for t in toks[:3])
        if c in _AGENT_ENDINGS or (f"{b} {c}" in words and f"{a} {b}" not in words):
            return 3
    return taken


# stop words that are function words, never the second syllable of a counted noun ("nông dân" is one, "giàu có" not)
FUNCTION_WORDS = CLAUSE_WORDS | frozenset(
    ["gồm", "trị", "chưa", "còn", "mới", "trên", "dưới", "hơn", "gần", "khoảng", "không", "nhưng", "các", "nhiều", "từng",
     "cùng", "đều", "vào", "ra", "lên", "xuống", "kia", "ấy", "so", "sau", "trước", "do", "mỗi", "khác", "đi", "thuộc"]
)  # fmt: skip
# the last syllable of a noun naming who does something: "hòa giải viên", "cựu chiến binh", "kỹ sư"
_AGENT_ENDINGS = frozenset(["viên", "binh", "sĩ", "sư"])
