"""The .xlsx template a unit downloads to list its models: one row per model, the columns below.

A very hidden "meta" sheet names the template and the unit it was made for, so an upload is checked
against what was downloaded. Kind and field cells offer a drop-down of their Vietnamese names.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from danvan.movement.choices import Kind

MAGIC = "danvan-movement-template"
VERSION = "1"
DATA_SHEET = "Mô hình"
HELP_SHEET = "Hướng dẫn"
META_SHEET = "meta"
LISTS_SHEET = "danh_muc"
HEADER_ROW, FIRST_DATA_ROW = 3, 4
MAX_ROWS = 20_000
ASYNC_ROWS = 200  # more data rows than this: imported in the background, with a progress bar
FONT = "Times New Roman"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    required: bool = False
    kind: str = "text"  # text | date | kind | field | areas
    width: int = 24


COLUMNS = [
    Column("name", "Tên mô hình, điển hình", True, width=40),
    Column("kind", "Loại", True, "kind", 20),
    Column("field", "Lĩnh vực", True, "field", 30),
    Column("areas", "Địa bàn (xã, phường; nhiều địa bàn cách nhau bằng dấu ;)", True, "areas", 36),
    Column("registered_on", "Ngày đăng ký (dd/mm/yyyy)", True, "date", 16),
    Column("situation", "Thực trạng, sự cần thiết"),
    Column("goals", "Mục tiêu, tiêu chí"),
    Column("content", "Nội dung, cách làm"),
    Column("target_group", "Đối tượng"),
    Column("participants", "Lực lượng thực hiện, vai trò"),
    Column("resources", "Nguồn lực"),
    Column("starts_on", "Thời gian bắt đầu (dd/mm/yyyy)", kind="date", width=16),
    Column("ends_on", "Thời gian kết thúc (dd/mm/yyyy)", kind="date", width=16),
    Column("outputs", "Kết quả dự kiến"),
    Column("sustainability", "Khả năng duy trì, nhân rộng"),
]


def template_filename(unit) -> str:
    return f"mau-nhap-mo-hinh-{unit.pk}.xlsx"


def build_template(unit, fields) -> bytes:
    """The empty template for `unit`; `fields` are the active Field rows (their names fill the drop-down)."""
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    ws["A1"] = f"DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” — {unit.name}"
    ws["A1"].font = Font(name=FONT, bold=True, size=13)
    ws["A2"] = "Cột có dấu (*) là bắt buộc. Mỗi dòng một mô hình; không chèn, xóa hay đổi thứ tự cột."
    ws["A2"].font = Font(name=FONT, italic=True)
    fill = PatternFill("solid", fgColor="D9D9D9")
    for index, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=index, value=column.label + (" (*)" if column.required else ""))
        cell.font, cell.fill = Font(name=FONT, bold=True), fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=2)

    lists = wb.create_sheet(LISTS_SHEET)
    kinds = [str(label) for label in Kind.labels]
    field_names = [f.name for f in fields]
    for i, label in enumerate(kinds, start=1):
        lists.cell(row=i, column=1, value=label)
    for i, name in enumerate(field_names, start=1):
        lists.cell(row=i, column=2, value=name)
    lists.sheet_state = "hidden"
    last = FIRST_DATA_ROW + 5000
    for key, col_letter, count in (("kind", "A", len(kinds)), ("field", "B", len(field_names))):
        index = next(i for i, c in enumerate(COLUMNS, start=1) if c.key == key)
        dv = DataValidation(type="list", formula1=f"={LISTS_SHEET}!${col_letter}$1:${col_letter}${max(count, 1)}",
                            allow_blank=True, showErrorMessage=True, errorTitle="Giá trị không hợp lệ",
                            error="Chọn một giá trị trong danh sách.")
        ws.add_data_validation(dv)
        letter = get_column_letter(index)
        dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")

    help_ws = wb.create_sheet(HELP_SHEET)
    lines = [
        "Hướng dẫn nhập danh sách mô hình, điển hình",
        f"Tổ chức đăng ký: {unit.name}. Mọi dòng được đăng ký cho tổ chức này.",
        "Loại: " + "; ".join(kinds) + ".",
        "Lĩnh vực: " + "; ".join(field_names) + ".",
        "Địa bàn: tên xã, phường hiện nay hoặc tên cũ trước sắp xếp (hệ thống tự đối chiếu); không phân biệt "
        "dấu, chữ hoa. Nhiều địa bàn cách nhau bằng dấu chấm phẩy (;).",
        "Ngày: dd/mm/yyyy (ví dụ 15/03/2025) hoặc ô kiểu ngày của Excel.",
        "Tệp được kiểm tra toàn bộ trước khi nhập: nếu có ô sai, hệ thống chỉ rõ dòng, cột, lý do và không nhập "
        "dòng nào. Mô hình trùng tên và địa bàn với mô hình đã có (hoặc với dòng khác trong tệp) bị báo trùng.",
    ]
    for i, text in enumerate(lines, start=1):
        help_ws.cell(row=i, column=1, value=text).font = Font(name=FONT, bold=(i == 1))
    help_ws.column_dimensions["A"].width = 120

    meta = wb.create_sheet(META_SHEET)
    for i, (key, value) in enumerate((("magic", MAGIC), ("version", VERSION), ("unit", str(unit.pk))), start=1):
        meta.cell(row=i, column=1, value=key)
        meta.cell(row=i, column=2, value=value)
    meta.sheet_state = "veryHidden"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
