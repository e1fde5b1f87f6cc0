"""The Excel template of a report form: what a unit downloads to fill in.

A template has a data sheet (title, header of indicator names and codes, one row per unit), a
"Hướng dẫn" sheet, and a very hidden "meta" sheet naming the form, its version and the period, so an
upload is checked against what was downloaded (`checks`). The data sheet is protected: only value cells
are editable, so columns cannot be inserted or moved by accident.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from danvan.core.text import format_number
from danvan.org.models import Unit
from danvan.reporting.choices import Status, ValueType
from danvan.reporting.periods import Period
from danvan.reporting.rules import MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS, is_editable

MAX_BYTES = MAX_UPLOAD_BYTES
MAX_ROWS = MAX_UPLOAD_ROWS
ASYNC_ROWS = 200  # uploads with more data rows than this run as a background task
# A zip bomb stays small on disk: refuse what would expand beyond this.
MAX_CELL_CHARS = 200

DATA_SHEET = "Số liệu"
HELP_SHEET = "Hướng dẫn"
META_SHEET = "meta"
MAGIC = "danvan-excel-template"
TEMPLATE_VERSION = "1"
HEADER_ROW, CODE_ROW, FIRST_DATA_ROW = 3, 4, 5
UNIT_COLUMN, NAME_COLUMN, FIRST_VALUE_COLUMN = 1, 2, 3

FONT = "Times New Roman"
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
_CLOSED_FILL = PatternFill("solid", fgColor="FDE7E5")
_UNLOCKED = Protection(locked=False)

ProgressCallback = Callable[[int, int], None]


def template_filename(form, period: Period) -> str:
    return f"{form.code}_{period.code}.xlsx"


def form_indicators(form) -> list:
    return list(form.form_indicators.select_related("indicator").order_by("order", "indicator__code"))


def _validation(ind) -> DataValidation:
    whole = ind.value_type in (ValueType.INTEGER, ValueType.MONEY)
    low = ind.min_value if ind.min_value is not None else Decimal("-999999999999999")
    high = ind.max_value if ind.max_value is not None else Decimal("999999999999999")
    kind = "số nguyên" if whole else "số"
    dv = DataValidation(type="whole" if whole else "decimal", operator="between",
                        formula1=format(low.normalize(), "f"), formula2=format(high.normalize(), "f"),
                        allow_blank=True, showErrorMessage=True, errorTitle="Giá trị không hợp lệ",
                        error=f"{ind.name}: nhập {kind} từ {format_number(low)} đến {format_number(high)}.")
    dv.promptTitle, dv.prompt = ind.code, f"{ind.name} ({ind.unit_of_measure})"[:250]
    return dv


def build_template(form, period: Period, units: Iterable[Unit], *, values: dict | None = None) -> bytes:
    """The .xlsx template of `form` for `period`, one row per unit (prefilled with `values` from
    `selectors.existing_values`; rows of reports already submitted or approved are locked)."""
    fis = form_indicators(form)
    values = values or {}
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    last_col = FIRST_VALUE_COLUMN + len(fis) - 1 if fis else NAME_COLUMN

    ws.cell(row=1, column=1, value=f"{form.name} — {period.label_vi}").font = Font(name=FONT, size=14, bold=True)
    ws.cell(row=2, column=1, value=f"Biểu mẫu {form.code} (phiên bản {form.version}), kỳ {period.code}. "
            "Chỉ nhập số vào các ô trắng; xem trang “Hướng dẫn”.").font = Font(name=FONT, size=11, italic=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(last_col, 2))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=max(last_col, 2))

    headers = [("Mã tổ chức", "UNIT"), ("Tên tổ chức", "")] + [
        (f"{fi.indicator.name} ({fi.indicator.unit_of_measure})", fi.indicator.code) for fi in fis]
    for col, (title, code) in enumerate(headers, start=1):
        head = ws.cell(row=HEADER_ROW, column=col, value=title)
        head.font, head.fill, head.border = Font(name=FONT, bold=True), _HEADER_FILL, _BORDER
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        code_cell = ws.cell(row=CODE_ROW, column=col, value=code or None)
        code_cell.font, code_cell.fill, code_cell.border = Font(name=FONT, size=9, color="666666"), _HEADER_FILL, _BORDER
        code_cell.alignment = Alignment(horizontal="center")
    ws.row_dimensions[HEADER_ROW].height = 60

    validations = [_validation(fi.indicator) for fi in fis]
    row = FIRST_DATA_ROW - 1
    for row, unit in enumerate(units, start=FIRST_DATA_ROW):
        status, current = values.get(unit.pk, (None, {}))
        editable = status is None or is_editable(status)
        name = unit.name if editable else f"{unit.name} — {Status(status).label} (không sửa được)"
        for col, value in ((UNIT_COLUMN, unit.pk), (NAME_COLUMN, name)):
            cell = ws.cell(row=row, column=col, value=value)
            cell.font, cell.fill, cell.border = Font(name=FONT), _LOCKED_FILL if editable else _CLOSED_FILL, _BORDER
        for offset, fi in enumerate(fis):
            value = current.get(fi.indicator.code)
            if value is not None:
                value = int(value) if value == value.to_integral_value() else float(value)
            cell = ws.cell(row=row, column=FIRST_VALUE_COLUMN + offset, value=value)
            cell.font, cell.border = Font(name=FONT), _BORDER
            cell.number_format = "#,##0" if fi.indicator.value_type != ValueType.DECIMAL else "#,##0.####"
            if editable:
                cell.protection = _UNLOCKED
            else:
                cell.fill = _CLOSED_FILL
    if row >= FIRST_DATA_ROW:
        for offset, dv in enumerate(validations):
            letter = get_column_letter(FIRST_VALUE_COLUMN + offset)
            dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{row}")
            ws.add_data_validation(dv)

    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 45
    for offset in range(len(fis)):
        ws.column_dimensions[get_column_letter(FIRST_VALUE_COLUMN + offset)].width = 16
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=FIRST_VALUE_COLUMN)
    # Protected without a password: it prevents accidents (moving columns), not a determined user;
    # the upload is checked cell by cell anyway.
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    _help_sheet(wb.create_sheet(HELP_SHEET), form, period, fis)
    meta = wb.create_sheet(META_SHEET)
    for r, (key, value) in enumerate([("magic", MAGIC), ("template", TEMPLATE_VERSION), ("form", form.code),
                                      ("version", form.version), ("period", period.code),
                                      ("sheet", DATA_SHEET)], start=1):
        meta.cell(row=r, column=1, value=key)
        meta.cell(row=r, column=2, value=value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    wb.active = 0

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _help_sheet(ws, form, period: Period, fis) -> None:
    lines = [
        f"Hướng dẫn nhập số liệu biểu mẫu {form.code} — {form.name}, {period.label_vi}",
        "",
        "1. Mỗi dòng của trang “Số liệu” là một tổ chức. Không sửa cột “Mã tổ chức”, không thêm, xóa hay đổi "
        "thứ tự các cột.",
        "2. Chỉ nhập vào các ô trắng. Số nguyên không có phần thập phân; số thập phân dùng dấu phẩy hoặc dấu "
        "chấm theo cài đặt của máy.",
        "3. Ô để trống: giữ nguyên số liệu đã có (không xóa). Dòng để trống hoàn toàn được bỏ qua.",
        "4. Dòng tô hồng là báo cáo đã nộp hoặc đã duyệt: không sửa được bằng tệp này. Để nguyên thì dòng được "
        "bỏ qua khi tải lên; sửa số trong dòng đó thì tệp bị từ chối.",
        "5. Có thể dùng công thức; hệ thống lấy giá trị Excel đã tính. Nên lưu tệp bằng Excel hoặc LibreOffice.",
        "6. Tải tệp lên ở mục Báo cáo › Excel, chọn đúng biểu mẫu và kỳ. Nếu có ô sai, hệ thống liệt kê từng ô "
        "(dòng, cột, lý do) và không lưu gì; sửa rồi tải lên lại.",
        f"7. Giới hạn: tệp tối đa {MAX_BYTES // (1024 * 1024)} MB, {MAX_ROWS:,} dòng số liệu.".replace(",", "."),
        "",
        "Chỉ tiêu:",
    ]
    for r, text in enumerate(lines, start=1):
        ws.cell(row=r, column=1, value=text).font = Font(name=FONT, size=14 if r == 1 else 12, bold=r == 1)
    r = len(lines) + 1
    for col, title in enumerate(["Mã", "Tên chỉ tiêu", "Đơn vị tính", "Kiểu", "Nhỏ nhất", "Lớn nhất", "Bắt buộc"], 1):
        cell = ws.cell(row=r, column=col, value=title)
        cell.font, cell.fill, cell.border = Font(name=FONT, bold=True), _HEADER_FILL, _BORDER
    for fi in fis:
        r += 1
        ind = fi.indicator
        row = [ind.code, ind.name, ind.unit_of_measure, ind.get_value_type_display(),
               format_number(ind.min_value) if ind.min_value is not None else "",
               format_number(ind.max_value) if ind.max_value is not None else "", "có" if fi.required else ""]
        for col, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=col, value=str(value))
            cell.font, cell.border = Font(name=FONT), _BORDER
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 50
    for letter in "CDEFG":
        ws.column_dimensions[letter].width = 14
