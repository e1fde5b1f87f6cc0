"""Render a table (a roll-up of indicators, a list) as an .xlsx workbook with openpyxl.

Number formats use Excel's locale-neutral codes ("#,##0"): Excel and LibreOffice show them with the
reader's separators, "1.234.567" and "1.234,5" on a Vietnamese system.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

__all__ = ["FORMATS", "render_table_xlsx"]

FONT_NAME = "Times New Roman"
FORMATS = {"integer": "#,##0", "decimal": "#,##0.00", "date": "DD/MM/YYYY"}
TITLE_SIZE, BODY_SIZE = 14, 12
MIN_WIDTH, MAX_WIDTH = 6, 60
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _default_format(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, Decimal) and value == value.to_integral_value()):
        return FORMATS["integer"]
    if isinstance(value, float | Decimal):
        return FORMATS["decimal"]
    if isinstance(value, date | datetime):
        return FORMATS["date"]
    return None


def render_table_xlsx(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    number_formats: Mapping[int, str] | None = None,
    sheet_name: str = "Bảng",
) -> bytes:
    """The table as the bytes of an .xlsx file.

    Row 1 holds the title (merged across the columns), row 2 the bold header (frozen), then the rows.
    `number_formats` maps a 0-based column index to an Excel format code; otherwise integers get
    "#,##0", other numbers "#,##0.00" and dates "DD/MM/YYYY".
    """
    formats = dict(number_formats or {})
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _SHEET_NAME_FORBIDDEN.sub("-", sheet_name)[:31] or "Sheet1"
    columns = max([len(header)] + [len(row) for row in rows])

    sheet.cell(row=1, column=1, value=title).font = Font(name=FONT_NAME, size=TITLE_SIZE, bold=True)
    sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if columns > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.row_dimensions[1].height = 2 * TITLE_SIZE

    for c, text in enumerate(header, start=1):
        cell = sheet.cell(row=2, column=c, value=text)
        cell.font = Font(name=FONT_NAME, size=BODY_SIZE, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill, cell.border = _HEADER_FILL, _BORDER

    widths = [len(str(text)) for text in header] + [0] * (columns - len(header))
    for r, values in enumerate(rows, start=3):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell.font = Font(name=FONT_NAME, size=BODY_SIZE)
            cell.border = _BORDER
            number_format = formats.get(c - 1) or _default_format(value)
            if number_format:
                cell.number_format = number_format
            widths[c - 1] = max(widths[c - 1], len(_shown(value)))

    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "2:2"

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _shown(value: object) -> str:
    """Roughly what the cell shows, to size its column."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return f"{value:,.2f}" if not isinstance(value, int) else f"{value:,}"
    if isinstance(value, date):
        return "00/00/0000"
    return str(value)
