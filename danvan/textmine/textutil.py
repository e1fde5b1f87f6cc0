"""Text helpers shared by the extractors: length-preserving folding, tokens, capitalisation."""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
# The middle names that mark a run of capitals as a Vietnamese person's name ("Lò Văn Pâng", "Đinh Thị Mây").
MIDDLE_NAMES = frozenset({"văn", "thị"})


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table[ord("Ð")] = "d"
    # Every other code point of the common planes maps to itself: str.translate is several times
    # faster when a lookup never misses (a miss raises and clears a LookupError inside CPython).
    for cp in range(_FULL_RANGE):
        table.setdefault(cp, cp)
    return table


_FULL_RANGE = 0x3000  # Latin, Vietnamese, punctuation, symbols; rarer characters are looked up and kept


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case and strip diacritics (đ→d) without changing the length of an NFC string."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


# "(?<![qQ])([oOuU])" written with the look-behind after the vowel: the search jumps to o/u.
_OLD_TONES = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def _move_tone(m: re.Match[str]) -> str:
    base, toned = m.group(1), m.group(2)
    decomposed = unicodedata.normalize("NFD", toned)
    return unicodedata.normalize("NFC", base + decomposed[1:]) + decomposed[0]


def normalize_tones(text: str) -> str:
    """Old-style tone placement to the style of the divisions data: 'hoà' → 'hòa', 'Uỷ' → 'Ủy'."""
    return _OLD_TONES.sub(_move_tone, text)


def normalize(text: str) -> str:
    """NFC, unified line ends and spaces, one tone-placement style; invisible characters dropped."""
    text = normalize_tones(unicodedata.normalize("NFC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2007\u202f\u2009\u3000\t]", " ", text)
    text = re.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"[ ]{2,}", " ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


_LIST_MARK = re.compile(r"^(?:[IVXLC]+[.\-/)]|\d+(?:\.\d+)*[.)\-/]|[a-zđ][).]|[-+*•–])\s")
_END_PUNCT = tuple('.:;!?"”)…')
# a photo credit of up to five words ("Ảnh: Ban Dân vận Tỉnh ủy") ends a caption's line; a name may open with
# initials ("Ảnh: T.HÙNG", "Ảnh: N.T.Hà")
_CREDIT_WORD = r"(?:[^\W\d_]{1,2}\.)*[^\s.:;!?]+"
CREDIT_END = re.compile(rf"\b(?:Ảnh|Ảnh minh họa|Video)\s*:\s*{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,4}}\s*\)?$")


def reflow(text: str) -> str:
    """Join lines broken in the middle of a sentence (text copied from web pages or PDFs)."""
    from .dates import date_line  # dates imports this module

    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and line and out[-1] and line[0].isalnum():
            # a date line is never glued to the headline or breadcrumb around it
            if len(line) <= 80 and date_line(line) or len(out[-1]) <= 80 and date_line(out[-1]):
                out.append(line)
                continue
            prev = out[-1]
            if " | " in prev or " | " in line:
                out.append(line)  # a table's row is a line of its own ("Nhà Đại đoàn kết khởi công | 14 căn | 212 căn")
                continue
            if CREDIT_END.search(prev) or len(line) <= 200 and CREDIT_END.search(line):
                # a caption's photo credit ends its line ("… Ảnh: Minh Khôi"), and the caption is a line of its
                # own: never glued to the headline above it
                out.append(line)
                continue
            starts_lower = line[0].islower() or line[0].isdigit() and not _LIST_MARK.match(line)
            long_open = len(prev) >= 50 and not prev.endswith(_END_PUNCT) and not _LIST_MARK.match(line)
            if (starts_lower and not prev.endswith(_END_PUNCT) and not prev.isupper()) or (
                long_open and not line.isupper()
            ):
                out[-1] = prev + " " + line
                continue
        out.append(line)
    return "\n".join(out)


_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# a hyphen between two lower-case letters joins one word ("ki-ốt", "Bà-la-môn"); spaced dashes, numbers and symbols
# ("5-7", "01-KL/TW") stay apart; "&" between capitals joins one abbreviation ("TK&VV", "PC&CC")
WORD_RE = re.compile(rf"\w+(?:['’‘]\w+|(?<=[{_LOWER}])-(?=[{_LOWER}])\w+|(?<=[A-ZĐ])&(?=[A-ZĐ])\w+)*|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str  # folded form
    lower: str  # lower-case, diacritics kept
    # read hundreds of thousands of times per second by the extractors: set once by tokenize, not computed per read
    is_word: bool  # the first character is a letter or a digit
    is_cap: bool  # the first character is a capital


def tokenize(text: str, folded: str | None = None) -> list[Token]:
    folded = fold(text) if folded is None else folded
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        return [
            Token(
                m.group(), m.start(), m.end(), folded[m.start() : m.end()], m.group().lower(),
                text[m.start()].isalnum(), text[m.start()].isupper(),
            )
            for m in WORD_RE.finditer(text)
        ]
    spans = [m.span() for m in WORD_RE.finditer(text)]
    return [
        Token(text[s:e], s, e, folded[s:e], lowered[s:e], text[s].isalnum(), text[s].isupper()) for s, e in spans
    ]


def scan_positions(tokens: list[Token], words: frozenset[str] | set[str] = frozenset()) -> list[int]:
    """Where a scan can find something: capitalised tokens and these lower-case words, then len(tokens)."""
    out = [k for k, t in enumerate(tokens) if t.is_cap or t.lower in words]
    out.append(len(tokens))
    return out


def next_position(positions: list[int], i: int) -> int:
    """The first position at or after i (i itself when none is left)."""
    k = bisect_left(positions, i)
    return positions[k] if k < len(positions) else i


@cache
def load_json(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


_NO_VALUE = object()  # a trie node no phrase ends at


class PhraseIndex:
    """Longest-match lookup of multi-word phrases over tokens (folded, or lower-case when strict)."""

    def __init__(self, phrases: dict[str, object] | list[str], strict: bool = True):
        items = phrases.items() if isinstance(phrases, dict) else ((p, p) for p in phrases)
        self.strict = strict
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        # a trie of the phrases' words: node = (the next words' nodes, the value of the phrase ending here); the
        # longest phrase is the deepest node with a value on the tokens' path, one dict lookup per word
        self._trie: dict[str, tuple[dict, list]] = {}
        for phrase, value in items:
            key = tuple(self._key(t) for t in tokenize(normalize_tones(phrase)))
            if key:
                self.by_first.setdefault(key[0], []).append((key, value))
                children = self._trie
                for word in key:
                    node = children.setdefault(word, ({}, [_NO_VALUE]))
                    children = node[0]
                if node[1][0] is _NO_VALUE:  # the same phrase twice: the first value is kept
                    node[1][0] = value
        for lst in self.by_first.values():
            lst.sort(key=lambda kv: -len(kv[0]))

    def match(self, tokens: list[Token], i: int) -> tuple[int, object] | None:
        """Length in tokens and value of the longest phrase starting at tokens[i]."""
        size = len(tokens)
        if i >= size:
            return None
        strict = self.strict
        node = self._trie.get(tokens[i].lower if strict else tokens[i].low)
        best = None
        n = 1
        while node is not None:
            children, end = node
            if end[0] is not _NO_VALUE:
                best = (n, end[0])
            if not children or i + n >= size:
                break
            tok = tokens[i + n]
            node = children.get(tok.lower if strict else tok.low)
            n += 1
        return best

    def _key(self, tok: Token) -> str:
        return tok.lower if self.strict else tok.low


def sentence_case_caps(text: str, canon: PhraseIndex | None = None) -> str:
    """'PHÓ BÍ THƯ' → 'Phó Bí thư' using canonical phrases; other words get only an initial capital."""
    tokens = tokenize(text)
    parts: list[str] = []
    i = 0
    last_end = 0
    while i < len(tokens):
        tok = tokens[i]
        hit = canon.match(tokens, i) if canon else None
        gap = text[last_end : tok.start]
        if hit and isinstance(hit[1], str):
            n, value = hit
            parts.append(gap + value)
            last_end = tokens[i + n - 1].end
            i += n
            continue
        word = tok.text
        if word.isupper() and len(word) > 1 and not _is_abbrev(word):
            word = word[0] + word[1:].lower()
        parts.append(gap + word)
        last_end = tok.end
        i += 1
    return "".join(parts) + text[last_end:]


def _is_abbrev(word: str) -> bool:
    return word in load_json("lexicon.json")["abbreviations"]


def is_caps_line(line: str) -> bool:
    """At least three letters, all of them capitals (stops at the first small letter)."""
    letters = 0
    for c in line:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 3


def same_line(text: str, a: Token, b: Token) -> bool:
    """Whether token b stands on token a's line of text (no line break between them)."""
    return "\n" not in text[a.end : b.start]


def continues_line(tokens: list[Token], i: int, text: str | None) -> bool:
    """Whether token i stands on the line of the token before it (always, with no text to look at or at the start)."""
    return text is None or i == 0 or "\n" not in text[tokens[i - 1].end : tokens[i].start]


def run_closed(tokens: list[Token], k: int, text: str | None) -> bool:
    """A run of words that ends before k is closed there: a separator, the text's or the line's end."""
    return k >= len(tokens) or tokens[k].text in (",", ";", ".", ")") or not continues_line(tokens, k, text)
