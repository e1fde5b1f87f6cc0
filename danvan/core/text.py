"""Vietnamese text helpers: folding for search, numbers and dates the Vietnamese way."""

import unicodedata

from danvan.documents.formats import format_date, format_figure, format_number, plain_number

__all__ = ["fold", "format_date", "format_figure", "format_number", "plain_number"]

_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ→d, so "Đắk Lắk" and "dak lak" compare equal."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())
