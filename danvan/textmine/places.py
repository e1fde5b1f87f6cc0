"""Administrative divisions named in a text, matched against the `vietnam-provinces` data.

The index (current 34 provinces and 3,321 communes; legacy 63 provinces, 696 districts and 10,051
communes) is built once per process, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .textutil import (
    WORD_RE,
    PhraseIndex,
    Token,
    fold,
    load_json,
    next_position,
    normalize_tones,
    scan_positions,
    tokenize,
)

_PREFIX = re.compile(r"^(?:Thành phố|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+")
_WIDTH = {"province": 2, "district": 3, "commune": 5}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    level: str  # province | district | commune
    era: str  # current | legacy
    code: str
    province_code: str


class PlaceIndex:
    def __init__(self, places: list[Place]):
        self.by_key: dict[tuple[str, ...], list[Place]] = {}
        for place in places:
            key = tuple(WORD_RE.findall(fold(place.name)))
            self.by_key.setdefault(key, []).append(place)
        self.max_len = max(len(k) for k in self.by_key)
        self.first = {k[0] for k in self.by_key}
        # every beginning of a name: the run of tokens stops as soon as no name can continue it
        self.prefixes = {k[:n] for k in self.by_key for n in range(1, len(k) + 1)}

    def longest(self, tokens: list[Token], i: int, level: str | None = None) -> tuple[int, list[Place]]:
        """Longest run of capitalised tokens from i that names a division (of the given level)."""
        size = len(tokens)
        if i >= size or tokens[i].low not in self.first:
            return 0, []
        keys: list[tuple[str, ...]] = []
        key: tuple[str, ...] = ()
        while i + len(keys) < size and len(keys) < self.max_len:
            run = len(keys)
            tok = tokens[i + run]
            # "Xuân Hương - Đà Lạt": a hyphen inside a name of the data (the prefix set says whether one is)
            named = tok.is_cap or tok.text.isdigit() or run and tok.text == "-"
            if not named or (run and tokens[i + run - 1].end != tok.start - 1):
                break
            key = (*key, tok.low)
            if key not in self.prefixes:
                break
            keys.append(key)
        for n in range(len(keys), 0, -1):
            found = self.by_key.get(keys[n - 1])
            if found:
                if level:
                    found = [p for p in found if p.level == level]
                if found:
                    return n, found
        return 0, []


def _code(value: object, level: str) -> str:
    return str(int(value)).zfill(_WIDTH[level])  # type: ignore[call-overload]


# Names a province bore before the data's legacy list was written: the package lists province 46 as "Huế", the
# name it took in 2025, while pages before then write "Thừa Thiên Huế".
_LEGACY_PROVINCE_NAMES = {"Thừa Thiên Huế": "46"}


@cache
def place_index() -> PlaceIndex:
    from vietnam_provinces import Province, Ward
    from vietnam_provinces.legacy import District as LDistrict
    from vietnam_provinces.legacy import Province as LProvince
    from vietnam_provinces.legacy import Ward as LWard

    places: list[Place] = []
    for p in Province.iter_all():
        code = _code(p.code, "province")
        places.append(Place(_PREFIX.sub("", p.name), "province", "current", code, code))
    for w in Ward.iter_all():
        places.append(
            Place(
                _PREFIX.sub("", w.name),
                "commune",
                "current",
                _code(w.code, "commune"),
                _code(w.province_code, "province"),
            )
        )
    for p in LProvince.iter_all():
        code = _code(p.code, "province")
        places.append(Place(_PREFIX.sub("", p.name), "province", "legacy", code, code))
    for name, code in _LEGACY_PROVINCE_NAMES.items():
        places.append(Place(name, "province", "legacy", code, code))
    district_province: dict[int, str] = {}
    for d in LDistrict.iter_all():
        district_province[int(d.code)] = _code(d.province_code, "province")
        places.append(
            Place(
                _PREFIX.sub("", d.name),
                "district",
                "legacy",
                _code(d.code, "district"),
                district_province[int(d.code)],
            )
        )
    for w in LWard.iter_all():
        places.append(
            Place(
                _PREFIX.sub("", w.name),
                "commune",
                "legacy",
                _code(w.code, "commune"),
                district_province.get(int(w.district_code), ""),
            )
        )
    return PlaceIndex(places)


@cache
def _triggers() -> PhraseIndex:
    lex = load_json("lexicon.json")
    levels = {**lex["place_types"], **lex["place_orgs"]}
    return PhraseIndex(dict(levels.items()))


_TYPE_LEVELS = {
    "tinh": ["province"],
    "thanh pho": ["province", "district"],
    "tp": ["province", "district"],
    "xa": ["commune"],
    "phuong": ["commune"],
    "thi tran": ["commune"],
    "dac khu": ["commune"],
    "huyen": ["district"],
    "quan": ["district"],
    "thi xa": ["district"],
    "tinh uy": ["province"],
    "thanh uy": ["province", "district"],
    "huyen uy": ["district"],
    "thi uy": ["district"],
    "quan uy": ["district"],
    "tinh doan": ["province"],
    "thanh doan": ["province", "district"],
    "huyen doan": ["district"],
}
_NOT_BARE = {("ho", "chi", "minh"), ("viet", "nam")}


def match_after_trigger(tokens: list[Token], i: int) -> tuple[int, int, list[Place]] | None:
    """At a place word ("tỉnh", "Huyện ủy"…): (trigger length, name length, candidates)."""
    hit = _triggers().match(tokens, i)
    if not hit:
        return None
    n = hit[0]
    levels = _TYPE_LEVELS.get(" ".join(t.low for t in tokens[i : i + n]))
    if not levels or i and tokens[i - 1].lower == "cấp":
        return None  # "cấp huyện 4 cuộc, cấp xã 48 cuộc": a level of the apparatus, not a place
    index = place_index()
    for level in levels:
        m, found = index.longest(tokens, i + n, level)
        if m:
            return n, m, found
    return None


_OF_ANOTHER = frozenset(["của", "thuộc"])
_PLURAL_TYPES = {"xã": "commune", "phường": "commune", "huyện": "district", "tỉnh": "province"}


def _listed(tokens: list[Token], k: int, level: str) -> tuple[list[tuple[str, list[Place]]], int] | None:
    """Names listed after a plural type word and at most three lower-case words ("biên giới như"): each a
    division of that level, separated by commas or "và"."""
    skipped = 0
    while k < len(tokens) and skipped < 3 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in _OF_ANOTHER or _triggers().match(tokens, k):
            return None  # "các xã cũ của tỉnh Thái Bình": the name after is another division's
        k += 1
        skipped += 1
    out, k = _names(tokens, k, level)
    return (out, k) if out else None


def _same_kind_after(tokens: list[Token], k: int, first: list[Place]) -> tuple[list[tuple[str, list[Place]]], int]:
    """Communes listed after one named with its place word, each of a province the first may be in ("xã Bản Liền,
    Nậm Đét và Thải Giàng Phố"); the list stops at anything else (a place word, a district, a person)."""
    if k + 1 < len(tokens) and tokens[k].text in (",", "và") and tokens[k + 1].is_cap:
        more, end = _names(tokens, k + 1, "commune", {p.province_code for p in first})
        if more:
            return more, end
    return [], k


def _names(
    tokens: list[Token], k: int, level: str, provinces: set[str] | None = None
) -> tuple[list[tuple[str, list[Place]]], int]:
    """Names of divisions of one level from k, separated by commas or "và", and where the last one ends. With
    provinces, each must be of one of them and be followed by no capitalised word (a person's name, a longer one)."""
    index = place_index()
    out: list[tuple[str, list[Place]]] = []
    j = k
    while j < len(tokens):
        m, found = index.longest(tokens, j, level)
        if provinces is not None:
            found = [p for p in found if p.province_code in provinces]
            if j + m < len(tokens) and tokens[j + m].is_cap:
                break
        if not m or not found:
            break
        out.append((_written(tokens, j, m), found))
        k = j + m
        if k + 1 < len(tokens) and tokens[k].text in (",", "và") and (provinces is None or tokens[k + 1].is_cap):
            j = k + 1
            continue
        break
    return out, k


def find_places(tokens: list[Token], skip: set[int] | None = None) -> list[dict]:
    """Places named in the text, current names preferred, disambiguated by the provinces also named."""
    skip = skip or set()
    index = place_index()
    mentions: list[tuple[str, list[Place]]] = []
    triggers = set(_triggers().by_first)
    i = 0
    positions = scan_positions(tokens, triggers)
    size = len(tokens)
    while (i := next_position(positions, i)) < size:
        got = match_after_trigger(tokens, i) if tokens[i].lower in triggers else None
        if got:
            n, m, found = got
            mentions.append((_written(tokens, i + n, m), found))
            i += n + m
            if found and found[0].level == "commune":
                more, i = _same_kind_after(tokens, i, found)  # "ở xã Bản Liền, Nậm Đét": communes listed after one
                mentions.extend(more)
            continue
        if i and tokens[i - 1].lower == "các" and tokens[i].lower in _PLURAL_TYPES:
            listed = _listed(tokens, i + 1, _PLURAL_TYPES[tokens[i].lower])
            if listed:  # "các xã biên giới như Lộc Thành, Bù Gia Mập", "các xã Quảng Tín, Đắk Wil, Bắc Bình"
                mentions.extend(listed[0])
                i = listed[1]
                continue
        tok = tokens[i]
        if tok.is_cap and i not in skip:
            m, found = index.longest(tokens, i, "province")
            key = tuple(t.low for t in tokens[i : i + m])
            if m >= 2 and key not in _NOT_BARE and not any(j in skip for j in range(i, i + m)):
                mentions.append((_written(tokens, i, m), found))
                i += m
                continue
        i += 1
    context = {p.province_code for _, found in mentions for p in found if p.level == "province"}
    out: list[dict] = []
    seen: set[tuple] = set()
    for written, found in mentions:
        place = choose(found, context, written)
        key = (place["name"], place["level"], place["code"])
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out


def _written(tokens: list[Token], i: int, m: int) -> str:
    return " ".join(t.text for t in tokens[i : i + m]).lower()


def choose(found: list[Place], context: set[str], written: str = "") -> dict:
    """One answer for a name: the divisions spelt as written (names are looked up without tone marks, and "Tân
    Hóa" is not "Tân Hòa"), then current before legacy, then a division of a province the text names."""
    spelt = [p for p in found if normalize_tones(p.name).lower() == written]
    found = spelt or found
    current = [p for p in found if p.era == "current"]
    pool = current or found
    in_context = [p for p in pool if p.province_code in context or p.level == "province"]
    if in_context:
        pool = in_context
    codes = {p.code for p in pool}
    best = pool[0]
    return {
        "name": best.name,
        "level": best.level,
        "era": best.era,
        "code": best.code if len(codes) == 1 else None,
    }


def lookup(name: str, level: str | None = None) -> list[Place]:
    """All divisions with this name (any era), e.g. lookup("Lục Nam", "district")."""
    key = tuple(t.low for t in tokenize(name))
    found = place_index().by_key.get(key, [])
    return [p for p in found if level is None or p.level == level]


def fold_name(name: str) -> str:
    return fold(name)
