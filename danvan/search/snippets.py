"""Snippets: a short window of a document's text around the matched words, with the words marked.

The text is folded one character at a time so a position in the folded text is the same position in the text
as written ("Gia Viễn" and "gia vien" line up), then every word that starts with a query word is wrapped in
<mark>. Everything else is HTML-escaped: the snippet is safe to insert as HTML.
"""

import functools
import re
from html import escape

from danvan.core.text import fold

WIDTH = 200
_WORD = re.compile(r"[0-9a-z]+")


class _FoldTable(dict):
    """`str.translate`'s table: each character to the first character of its folding (a space for white space and
    for what folds to nothing), filled on first sight up to `MOST` characters: one output character per input
    character."""

    MOST = 8192

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold(ch) if not ch.isspace() else " "
        value = folded[0] if folded else " "
        if len(self) < self.MOST:
            self[code] = value
        return value


_FOLD = _FoldTable()


@functools.lru_cache(maxsize=256)
def _marked(terms: tuple[str, ...]) -> re.Pattern:
    """The words (`_WORD`, whole) that start with one of `terms`, as one compiled pattern per query: a word starts
    where no letter or digit precedes, and the look-ahead asks for a term there (a term of other characters could
    never start a word: left out)."""
    kept = sorted({re.escape(t) for t in terms if _WORD.fullmatch(t) or not t})
    if not kept:
        return re.compile(r"(?!)")  # marks nothing
    return re.compile(r"(?<![0-9a-z])(?=" + "|".join(kept) + r")[0-9a-z]+")


def _fold_chars(text: str) -> str:
    # One output character per input character (fold may drop a combining mark or map to ""): same positions.
    return text.translate(_FOLD)


def snippet(text: str, terms: list[str], width: int = WIDTH) -> str:
    """An escaped excerpt of `text` of about `width` characters around the first match, words marked."""
    if not text:
        return ""
    folded = _fold_chars(text)
    spans = [m.span() for m in _marked(tuple(terms)).finditer(folded)]
    phrase = " ".join(terms)
    at = folded.find(phrase) if len(terms) > 1 else -1
    first = at if at >= 0 else (spans[0][0] if spans else 0)
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    parts, cursor = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        parts.append(escape(text[cursor:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    parts.append(escape(text[cursor:end]))
    return ("…" if start else "") + "".join(parts).replace("\n", " ") + ("…" if end < len(text) else "")
