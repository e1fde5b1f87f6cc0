"""The .xlsx table, opened again with openpyxl."""

import io
from datetime import date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from danvan.documents.xlsx import render_table_xlsx

HEADER = ["TT", "Đơn vị", "Suất quà", "Tỷ lệ (%)", "Ngày nộp"]
ROWS = [
    [1, "Xã Gia Viễn", 1234567, 12.5, date(2026, 1, 15)],
    [2, "Phường Hoa Lư", Decimal("980"), None, None],
]


def _sheet(**kwargs):
    content = render_table_xlsx("Tổng hợp suất quà tháng 01 năm 2026", HEADER, ROWS, **kwargs)
    return load_workbook(io.BytesIO(content)).active


def test_title_row_is_merged_and_bold():
    sheet = _sheet()
    assert sheet["A1"].value == "Tổng hợp suất quà tháng 01 năm 2026"
    assert sheet["A1"].font.bold and sheet["A1"].font.size == 14
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A1:E1"]


def test_header_is_bold_and_frozen():
    sheet = _sheet()
    assert [c.value for c in sheet[2]] == HEADER
    assert all(c.font.bold for c in sheet[2])
    assert sheet.freeze_panes == "A3"
    assert sheet["A2"].font.name == "Times New Roman"


def test_values_keep_their_types_with_thousands_formats():
    sheet = _sheet()
    assert [c.value for c in sheet[3]][:4] == [1, "Xã Gia Viễn", 1234567, 12.5]
    assert sheet["E3"].value == datetime(2026, 1, 15)
    assert (sheet["C3"].number_format, sheet["D3"].number_format) == ("#,##0", "#,##0.00")
    assert sheet["E3"].number_format == "DD/MM/YYYY"
    assert sheet["C4"].value == 980 and sheet["C4"].number_format == "#,##0"
    assert sheet["B3"].number_format == "General"


def test_number_formats_can_be_given_per_column():
    sheet = _sheet(number_formats={3: "0.0"})
    assert sheet["D3"].number_format == "0.0"
    assert sheet["C3"].number_format == "#,##0"


def test_columns_are_wide_enough_for_their_content():
    sheet = _sheet()
    assert sheet.column_dimensions["B"].width >= len("Phường Hoa Lư")
    assert sheet.column_dimensions["C"].width >= len("1,234,567")
    assert sheet.column_dimensions["A"].width >= 6


def test_sheet_name_is_made_valid():
    content = render_table_xlsx("T", ["a"], [[1]], sheet_name="Quý I/2026: tổng hợp [tỉnh] rất dài quá mức")
    title = load_workbook(io.BytesIO(content)).active.title
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\")
