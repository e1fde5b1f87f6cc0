"""Vietnamese text helpers: folding for search, numbers and dates the Vietnamese way."""

import unicodedata
from datetime import date
from decimal import Decimal

_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ→d, so "Đắk Lắk" and "dak lak" compare equal."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())


def format_number(value: int | float | Decimal, decimals: int = 0) -> str:
    """74000 → "74.000"; 33.5 with decimals=1 → "33,5" (Vietnamese separators)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_figure(value, *, max_decimals: int | None = None, empty: str = "") -> str:
    """A figure the Vietnamese way with the decimals it has (at most `max_decimals`, rounded):
    74000 → "74.000", 1.50 → "1,5", None → `empty`. What the UI shows and what a reporter types back."""
    if value is None:
        return empty
    value = Decimal(str(value))
    if max_decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-max_decimals))
    value = value.normalize()
    return format_number(value, max(0, -value.as_tuple().exponent))


def plain_number(value: Decimal | float | int | str | None) -> int | float | None:
    """A figure as a JSON number: Decimal("12.0000") → 12, "2.5" → 2.5, None → None (API answers)."""
    if value is None:
        return None
    value = Decimal(str(value))
    return int(value) if value == value.to_integral_value() else float(value)


def format_date(value: date) -> str:
    """05/01/2026 style, as written in Vietnamese documents."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"
