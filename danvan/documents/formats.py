"""Numbers and dates written the Vietnamese way (74.000; 33,5; 05/01/2026).

A plain library like the rest of `documents`, so the .docx and .xlsx renderers use it without importing
`core` (which sits below them in DESIGN's map); `core.text` re-exports it for the apps.
"""

from datetime import date
from decimal import Decimal


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
