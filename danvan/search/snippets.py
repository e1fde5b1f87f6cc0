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


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = fold(ch) if not ch.isspace() else " "
    return folded[0] if folded else " "


def _fold_chars(text: str) -> str:
    # One output character per input character (fold may drop a combining mark or map to ""): same positions.
    return "".join(map(_fold_char, text))


def snippet(text: str, terms: list[str], width: int = WIDTH) -> str:
    """An escaped excerpt of `text` of about `width` characters around the first match, words marked."""
    if not text:
        return ""
    folded = _fold_chars(text)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(folded) if any(m.group().startswith(t) for t in terms)]
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
