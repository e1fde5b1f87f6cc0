"""The vocabulary of organisation names and job titles (lexicon.json) and the word tests every reader shares:
an organisation word or a title head at a position, the words that end a clause. Below `orgs` and `bodies`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .textutil import PhraseIndex, Token, fold, load_json, normalize_tones

_ROMAN = re.compile(r"^[IVXLC]+$")


# faiths named by words that are also a person's or a place's ("Hòa Hảo" is a town, "Cao" a family name)
AMBIGUOUS_FAITHS = frozenset([("hòa", "hảo"), ("cao", "đài"), ("tin", "lành"), ("bà", "la", "môn")])


@dataclass
class Lexicon:
    titles: PhraseIndex
    title_abbr: dict[str, str]
    org: PhraseIndex
    abbr: dict[str, str]
    place_words: PhraseIndex
    honorifics: PhraseIndex
    surnames: set[str]
    not_names: set[tuple[str, ...]]
    not_name_lengths: tuple[int, ...]
    canon: PhraseIndex


@cache
def lexicon() -> Lexicon:
    lex = load_json("lexicon.json")
    faiths = load_json("faiths.json")  # every faith's clergy ranks, faiths' names and state agencies
    clergy = [word for kind in ("ranks", "posts") for words in faiths[kind].values() for word in words]
    lex["title_heads"] = [*lex["title_heads"], *clergy, *faiths["agency_posts"]]
    # a faith named by words that are also a person's or a place's ("Cao Đài", "Hòa Hảo") is read by orgs.named_part
    faith_words = [f for f in faiths["faiths"] if tuple(normalize_tones(f).lower().replace("-", " ").split()) not in AMBIGUOUS_FAITHS]
    lex["org_words"] = list(dict.fromkeys([*lex["org_words"], *faith_words, *faiths["bodies"], *faiths["agencies"]]))
    lex["org_words"] += _abbreviated(lex["org_words"], lex["abbreviations"])
    lex["honorifics"] = list(dict.fromkeys([*lex["honorifics"], *lex["group_honorifics"]]))
    # the head of every kind of hamlet is a title: "Trưởng thôn", "Trưởng bon", "Phó Trưởng khu phố"
    hamlets = [kind for kind, level in lex["place_types"].items() if level is None and kind.islower()]
    heads = [*lex["title_heads"], *(f"{vice}Trưởng {kind}" for kind in hamlets for vice in ("", "Phó "))]
    lex["title_heads"] = list(dict.fromkeys(heads))
    canon_phrases = {p: p for p in lex["title_heads"] + lex["org_words"]}
    canon_phrases.update({p: p for p in lex["place_types"]})
    # Exact lower-case words (with diacritics): "Đảng" is no name, "Đàng" (a Chăm surname) is.
    not_names = {tuple(normalize_tones(n).lower().split()) for n in lex["not_names"]}
    return Lexicon(
        titles=PhraseIndex({p: p for p in lex["title_heads"]}),
        title_abbr=lex["title_abbreviations"],
        org=PhraseIndex({p: p for p in lex["org_words"]}),
        abbr=lex["abbreviations"],
        place_words=PhraseIndex({**{p: p for p in lex["place_types"]}, **{p: p for p in lex["place_orgs"]}}),
        honorifics=PhraseIndex({p: p for p in lex["honorifics"]}),
        surnames={fold(s.split()[0]) for s in lex["surnames"]},
        not_names=not_names,
        not_name_lengths=tuple(sorted({len(n) for n in not_names})),
        canon=PhraseIndex(canon_phrases),
    )


def _abbreviated(words: list[str], abbreviations: dict[str, str]) -> list[str]:
    """Bodies written with an abbreviation of three words or more inside their name: "Tổng LĐLĐ Việt Nam" for "Tổng
    Liên đoàn Lao động Việt Nam" (an abbreviation of two words, "VN", "TT", would read too much as a body)."""
    have = set(words)
    out: dict[str, None] = {}
    for short, long in abbreviations.items():
        if len(long.split()) < 3:
            continue
        for word in words:
            padded = f" {word} "
            if f" {long} " in padded and word != long:
                form = padded.replace(f" {long} ", f" {short} ").strip()
                if form not in have:
                    out[form] = None
    return list(out)


def _cap_ok(canonical: str, tokens: list[Token], i: int) -> bool:
    """A vocabulary word written with a capital ('Ban') must be capitalised in the text too ('ban hành' is not)."""
    return not canonical[0].isupper() or tokens[i].text[0].isupper()


def org_word_at(tokens: list[Token], i: int) -> int:
    """Length of an organisation word or abbreviation at i (0 if none)."""
    lx = lexicon()
    if i >= len(tokens):
        return 0
    tok = tokens[i]
    if tok.text in lx.abbr or tok.text.isupper() and tok.text in ("UBND", "HĐND", "MTTQ"):
        return 1
    if tok.lower not in lx.org.by_first:
        return 0
    hit = lx.org.match(tokens, i)
    if hit and _cap_ok(hit[1], tokens, i):  # type: ignore[arg-type]
        n, canonical = hit
        words = str(canonical).split()
        # "Hội Đồng đội" is the Hội named "Đồng đội", not a "Hội đồng"
        if (
            n == 2 == len(words)
            and words[1][0].islower()
            and tokens[i + 1].is_cap
            and i + 2 < len(tokens)
            and tokens[i + 2].is_word
            and not tokens[i + 2].is_cap
            and lx.org.match(tokens[i : i + 1], 0)
        ):
            return 1
        return n
    return 0


# a body's committee written as its member's post before the body's name
MEMBER_OF = frozenset(["BTV", "BCH"])


def title_at(tokens: list[Token], i: int, *, lower_ok: bool) -> int:
    """Length of a job-title head at i ('Phó Bí thư', 'UVBTV', 'nguyên Chủ tịch')."""
    lx = lexicon()
    if i >= len(tokens):
        return 0
    n0 = 0
    if tokens[i].low == "nguyen" and i + 1 < len(tokens) and tokens[i].text in ("nguyên", "Nguyên"):
        n0 = 1
    j = i + n0
    if j >= len(tokens):
        return 0
    if tokens[j].text in lx.title_abbr:
        return n0 + 1
    if tokens[j].text in _TWO_WORD_FIRSTS and j + 1 < len(tokens) and f"{tokens[j].text} {tokens[j + 1].text}" in lx.title_abbr:
        return n0 + 2  # "UV BTV Tỉnh ủy": an abbreviation written in two words
    if tokens[j].text in MEMBER_OF and j + 1 < len(tokens) and tokens[j + 1].is_cap and org_word_at(tokens, j + 1):
        return n0 + 1  # "BTV Tỉnh đoàn", "BCH Hội Nông dân xã": a member of the body's committee
    if tokens[j].lower not in lx.titles.by_first:
        return 0
    if tokens[j].text in _BAN_HEADS and (head := _head_before_ban(tokens, j)) and tokens[j + head].text in _BAN_ABBR:
        return n0 + head  # "Trưởng BDV Tỉnh ủy", "Phó Trưởng BTGDV Huyện ủy": the head, then the Ban's abbreviation
    hit = lx.titles.match(tokens, j)
    if hit and (lower_ok or tokens[j].text[0].isupper()):
        if hit[1] == "Nguyên":
            return 0
        return n0 + hit[0]
    if tokens[j].text in _BAN_HEADS and (head := _head_before_ban(tokens, j)) and tokens[j + head].text.istitle():
        # "Trưởng Hội đồng Chức sắc …", "Phó Trưởng Tiểu ban …": the head of a body the lexicon has no title for
        return n0 + head if org_word_at(tokens, j + head) else 0
    return 0


_BAN_HEADS = frozenset(["Trưởng", "Phó"])
# the first words of the title abbreviations written in two words ("UV BTV")
_TWO_WORD_FIRSTS = frozenset(k.split()[0] for k in load_json("lexicon.json")["title_abbreviations"] if " " in k)
# the abbreviations of a Ban ("BDV": Ban Dân vận), which a head may open: "Trưởng BDV Tỉnh ủy"
_BAN_ABBR = {k: v for k, v in load_json("lexicon.json")["abbreviations"].items() if v.startswith("Ban ")}


def _head_before_ban(tokens: list[Token], j: int) -> int:
    """Length of "Trưởng" or "Phó Trưởng" at j, capitalised, with a word after it (0 if not)."""
    n = 2 if tokens[j].text == "Phó" and j + 1 < len(tokens) and tokens[j + 1].text == "Trưởng" else int(tokens[j].text == "Trưởng")
    return n if n and j + n < len(tokens) else 0


# Function words that end a clause: a name, a role or a body never runs on past them ("… của", "… được").
CLAUSE_WORDS = frozenset([
    "và", "của", "cho", "tại", "ở", "trong", "về", "để", "được", "đã", "đang", "sẽ", "là", "có", "với", "từ",
    "đến", "theo", "như", "thì", "mà", "bằng", "này", "đó", "phát", "nêu", "bày", "nói", "cảm",
])
# conjunctions that open a reason, a time or a condition after a name, a post or an issuer: never a body's word nor a
# role's ("… của Chủ tịch UBND huyện X vì có thành tích", "bầu làm chi hội trưởng khi cả buôn còn …")
CONJUNCTIONS = frozenset(["vì", "do", "nhằm", "khi", "nên", "nhưng", "nếu"])

# Titles of the clergy (folded): a name after one need not open with a family name, and in a list it opens the next
# name as a rank does ("…: Hòa thượng A, Linh mục B")
CLERGY = frozenset(
    ["hoa thuong", "thuong toa", "dai duc", "ni su", "su co", "linh muc", "muc su", "giao huu", "le sanh", "ca su",
     "imam", "hakim", "achar", "phoi su", "chanh phoi su", "dau su", "lao su", "nu tu", "ong ca"]
) | frozenset(fold(rank).lower() for ranks in load_json("faiths.json")["ranks"].values() for rank in ranks)  # fmt: skip


@cache
def faith_names() -> frozenset[str]:
    """The names of faiths and of their bodies (faiths.json), in lower case: "cao đài", "hồi giáo", "giáo phận"."""
    faiths = load_json("faiths.json")
    return frozenset(" ".join(normalize_tones(f).lower().split()) for f in [*faiths["faiths"], *faiths["bodies"]])


def normalize_title(title: str) -> str:
    """Expand abbreviations and unify spelling: 'UVBTV Tỉnh ủy' → 'Ủy viên Ban Thường vụ Tỉnh ủy'."""
    lx = lexicon()
    out = title.replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace("TG&DV", "TGDV")
    out = re.sub(r"\bMTTQ\s+Việt Nam\b", "MTTQVN", out)
    out = re.sub(r"\bUV BTV\b", "UVBTV", out)  # the abbreviation also written in two words

    def expand(m: re.Match[str]) -> str:
        word = m.group()
        return lx.title_abbr.get(word) or lx.abbr.get(word) or word

    out = re.sub(r"[\wĐđ]+", expand, out)
    return re.sub(r"\s+", " ", out).strip()
