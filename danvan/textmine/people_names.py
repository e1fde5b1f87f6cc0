"""What words make a person's name: a family name that is also a body's word, a body's word that ends a name, a
foreign given name of one word (split from `people_rules.py`)."""

from __future__ import annotations

import re
from functools import cache

from .bodies import VERBS
from .orgs import CLAUSE_WORDS, lexicon, org_word_at, title_at
from .places import place_index
from .roles import NAMED_NOUNS
from .textutil import MIDDLE_NAMES, Token, fold, load_json, normalize_tones, same_line
from .units_rules import ethnic_groups


@cache
def _written_surnames() -> frozenset[str]:
    return frozenset(load_json("lexicon.json")["surnames"])


def surname_first(tokens: list[Token], j: int, text: str) -> bool:
    """"Đoàn Minh Huấn", "Hội Văn Tâm": a surname that is also a body's word opens a name of three words
    followed by no fourth, or of four closed by a separator ("Đoàn Ngọc Minh Châu, …")."""
    if tokens[j].low not in lexicon().surnames or tokens[j].text not in _written_surnames():
        return False  # "Dòng Mến Thánh Giá" folds as "Đồng …" but is a religious order
    run = 1  # the capitals from j on one line, up to five
    while run < 5 and j + run < len(tokens) and tokens[j + run].is_word and tokens[j + run].is_cap:
        if not same_line(text, tokens[j + run - 1], tokens[j + run]):
            break
        run += 1
    if not (run == 3 or run == 4 and (j + 4 >= len(tokens) or tokens[j + 4].text in (",", "(", ";", "."))):
        return False
    return not any(title_at(tokens, k, lower_ok=False) or org_word_at(tokens, k) for k in range(j + 1, j + run))


def surname_before_middle(tokens: list[Token], end: int) -> bool:
    """The title's last word is a surname that a middle name and a capital follow ("… Đoàn | Văn Năm"): no name opens
    with "Văn" or "Thị", so the word is the name's."""
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in MIDDLE_NAMES
        and tokens[end].is_cap
        and tokens[end + 1].is_cap
        and tokens[end - 1].is_cap
        and tokens[end - 1].low in lexicon().surnames
    )


def a_people(tokens: list[Token], j: int, run: int) -> bool:
    """The run of capitals at j is the whole name of one of the country's peoples ("hội viên Xơ Đăng", "đoàn viên Ê
    Đê"): no person's name; a name after it is ("Mông Văn Sằn", "Thái Hiệp Thanh" open with a family name)."""
    hit = ethnic_groups().match(tokens, j)
    # after "người" a people's name opens no person's, whatever follows it ("Hội tương tế người Hoa Triều Châu")
    # … and after a place's kind it opens the place's ("người có uy tín thôn Lô Lô Chải")
    return hit is not None and (hit[0] == run or j > 0 and (tokens[j - 1].lower == "người" or tokens[j - 1].low in NAMED_NOUNS))


def body_word_ends_name(tokens: list[Token], k: int, run: int, text: str) -> bool:
    """"Đại tá Vũ Xuân Trường, Chủ tịch …", "… Tỉnh ủy Lê Quang Trường chủ trì": a body's word of one syllable
    ("Trường", "Hội", "Đoàn") closed by a separator or followed by a verb after two words of a name names no body (a
    body has a name or a description after its word); it ends the name."""
    after = k + 1
    if run == 1 and tokens[k - 1].low in lexicon().surnames and after < len(tokens) and tokens[after].text == ",":
        run = 2  # "Ksor Ban, UVBTV Huyện ủy": after a family name, a body's word closed by a comma is the given name
    return (
        run >= 2
        and not title_at(tokens, k, lower_ok=False)
        and org_word_at(tokens, k) == 1
        and tokens[k].text[1:].islower()
        and _closed(tokens, k, text)
    )


def middle_then_body(tokens: list[Token], j: int, run: int, text: str) -> bool:
    """"anh Lê Văn Phòng, …": after a family name, a middle name and a last word that read as a body ("Văn phòng"),
    closed by a separator or a verb, are the name's."""
    k = j + run
    return (
        run == 1
        and tokens[k].lower in MIDDLE_NAMES
        and tokens[j].low in lexicon().surnames
        and org_word_at(tokens, k) == 2
        and tokens[k + 1].is_cap
        and _closed(tokens, k + 1, text)
    )


def given_after_surname(tokens: list[Token], j: int, run: int, text: str) -> bool:
    """"đồng chí Lê Trường Sơn, Phó Bí thư …", "ông Trần Hội Nam phát biểu": after a family name, a body's word of
    one syllable and one more capital, closed by a separator or a verb, are the given names (a family name opens no
    body's name)."""
    k = j + run
    return (
        run == 1
        and tokens[j].low in lexicon().surnames
        and k + 1 < len(tokens)
        and tokens[k].text[1:].islower()
        and not title_at(tokens, k, lower_ok=False)
        and tokens[k + 1].is_word
        and tokens[k + 1].is_cap
        and tokens[k + 1].text[1:].islower()
        and same_line(text, tokens[k], tokens[k + 1])
        and _closed(tokens, k + 1, text)
    )


def _closed(tokens: list[Token], k: int, text: str) -> bool:
    """The word at k ends a clause's name: a separator, the line's end or a lower-case verb or clause word follow it."""
    after = k + 1
    return (
        after >= len(tokens)
        or tokens[after].text in (",", "(", "-", "–", ")", ";", ".")
        or not same_line(text, tokens[k], tokens[after])
        or tokens[after].is_word
        and not tokens[after].is_cap
        and (tokens[after].lower in VERBS or tokens[after].lower in CLAUSE_WORDS)
    )


# A Vietnamese syllable ends in a vowel or in c, ch, m, n, ng, nh, p, t, and has one run of vowels; a word of four
# letters or more that ends otherwise ("Ismail", "Yusuf", "Abdul"), has two runs of vowels ("Mariam", "Aminah") or
# holds f, j, w, z is a foreign name, not a Vietnamese word.
_FINAL = re.compile(r"[^aeiouy]*$")
_VOWELS = re.compile(r"[aeiouy]+")
_VIET_FINALS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])


def foreign_given_name(word: str) -> bool:
    """A one-word name after an honorific that is no Vietnamese word ("ông Ismail", "bà Mariam")."""
    letters = fold(word).lower()
    if len(letters) < 4 or not letters.isalpha() or not word[0].isupper() or word.isupper():
        return False
    final = _FINAL.search(letters)
    return (
        bool(final and final.group() not in _VIET_FINALS)
        or len(_VOWELS.findall(letters)) > 1
        or any(c in letters for c in "fjwz")
    )


# "lễ vía Bà Thiên Hậu", "miếu Bà Chúa Xứ", "núi Bà Đen": after these words an honorific names a deity, a shrine or a
# venerated figure of the past, not a person of the page (faiths.json "worship_words")
_WORSHIP = frozenset(fold(w).lower() for w in load_json("faiths.json")["worship_words"])


# words whose second syllable is a worship word and that say nothing of worship ("sai đối tượng" ending a headline
# the reflow joined to a caption's "Ông Lê Văn Sang, …")
_NOT_WORSHIP = frozenset(
    fold(w) for w in ("đối tượng", "hiện tượng", "ấn tượng", "biểu tượng", "hình tượng", "khí tượng", "trừu tượng",
                      "gia đình", "triều đình", "bưu điện", "thủy điện", "chính phủ", "sửa chùa")
)  # fmt: skip


def worshipped(tokens: list[Token], i: int) -> bool:
    """The honorific at i is a deity's or a shrine's ("lễ vía Bà Thiên Hậu"): capitalised, after a worship word."""
    if not (i and tokens[i].is_cap and fold(tokens[i - 1].text).lower() in _WORSHIP):
        return False
    return i < 2 or f"{tokens[i - 2].low} {tokens[i - 1].low}" not in _NOT_WORSHIP


def called(tokens: list[Token], i: int) -> bool:
    """The honorific at i opens a by-name in quotes after "gọi là" ("quen gọi là “ông Chánh Lành”"), or a cult's name
    in quotes after "đạo" ("tà đạo “Bà Cô Dợ”")."""
    if i < 2 or tokens[i - 1].text not in ('"', "“"):
        return False
    return tokens[i - 2].lower == "đạo" or i >= 3 and tokens[i - 2].lower == "là" and tokens[i - 3].lower == "gọi"


def clause_after(tok: Token) -> bool:
    """A lower-case word that names no place or level: the clause after a name ("Lương Văn Đoàn giữ chức …")."""
    return tok.is_word and not tok.is_cap and tok.low not in NAMED_NOUNS and tok.low not in ("thanh", "cap")


# "Ama Hoan (Y Bhiông Êban)": a teknonym (father, mother of) with the person's own name in brackets after it
_TEKNONYM_BRACKET = r"\s*\((?P<own>(?:[A-ZĐÀ-Ỹ][\w'’]*\s){1,3}[A-ZĐÀ-Ỹ][\w'’]*)\)"
_TEKNONYMS = ("Ama ", "Ami ", "Amí ")


def own_names(people: list[dict], text: str) -> list[dict]:
    """A person known by a teknonym takes the own name written in brackets after it (5 labels of 5 over the blind sets);
    a name with no post that the page also writes after a settlement's word is that settlement's ("người dân Cu Vơ"
    where the page has "bản Cu Vơ")."""
    for person in people:
        if person["name"].startswith(_TEKNONYMS) and (m := re.search(re.escape(person["name"]) + _TEKNONYM_BRACKET, text)):
            person["name"] = m.group("own")
    return [p for p in people if not _settlement(p, text)]


def _settlement(person: dict, text: str) -> bool:
    generic = all(t.lower() in _RESIDENTS for t in person["titles"])  # "người dân Cu Vơ": no post, the people of a place
    return generic and bool(re.search(_SETTLED + re.escape(person["name"]) + r"(?!\w)", text))


_RESIDENTS = frozenset(["người dân", "bà con", "nhân dân", "đồng bào"])


# the settlements' words of the lexicon's place types ("bản", "thôn", "buôn" …), and a school's site ("điểm trường")
_SETTLED = "(?i)(?<!\\w)(?:{})\\s+".format(
    "|".join([*(k for k, level in load_json("lexicon.json")["place_types"].items() if level is None and k.islower()), "điểm trường"])
)


def after_school(tokens: list[Token], i: int) -> bool:
    """A school's or an institute's kind right before i ("ở Trường Chính trị Tôn Đức Thắng"): the name is its own."""
    return any(tokens[k].text in ("Trường", "Viện", "Học") and all(t.is_word for t in tokens[k:i]) for k in range(max(0, i - 3), i))


def place_named(words: list[Token]) -> bool:
    """The words name a division as it is spelled ("Hà Nội" is a city, not a Ms Hà; "Nguyễn Văn Thanh" is no "xã
    Nguyễn Văn Thảnh"); text written without diacritics matches any."""
    written = normalize_tones(" ".join(t.lower for t in words))
    plain = all(t.low == t.lower for t in words)
    found = place_index().by_key.get(tuple(t.low for t in words), ())
    if len(words) > 2 and lexicon().org.match(words, 0) == (1, words[0].text) and any(
        p.level == "province" and normalize_tones(p.name.lower()) == normalize_tones(" ".join(t.lower for t in words[1:]))
        for p in place_index().by_key.get(tuple(t.low for t in words[1:]), ())
    ):
        return True  # "Báo Cà Mau": a newspaper named by its province ("Báo" is also a family name of the Tày)
    return any(plain or normalize_tones(p.name.lower()) == written for p in found)
