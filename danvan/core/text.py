"""Vietnamese text helpers: folding for search, numbers and dates the Vietnamese way."""

import unicodedata

from danvan.documents.formats import format_date, format_figure, format_number, plain_number

__all__ = ["fold", "format_date", "format_figure", "format_number", "plain_number"]
_CACHED_BELOW = 0x3000  # Latin, Vietnamese and the combining marks; rarer characters are looked up each time


class _Marks(dict):
    """A `str.translate` table that maps đ/Đ to d, deletes the combining marks (category Mn) and keeps every
    other character, filled as characters are met: folding runs in C instead of a Python loop over each
    character, and no character misses the table (a miss costs an exception each; the search index and the
    Excel imports fold long texts)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = "" if unicodedata.category(char) == "Mn" else char
        if code < _CACHED_BELOW:  # the table stays small whatever the text
            self[code] = value
        return value


_MARKS = _Marks({ord("đ"): "d", ord("Đ"): "d"})  # neither decomposes, so mapping them after NFD is the same


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ→d, so "Đắk Lắk" and "dak lak" compare equal."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFD", text).translate(_MARKS).lower().split())
