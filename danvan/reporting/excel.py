"""Excel templates of a report form and the checking of a filled one, before anything is written.

A template has a data sheet (title, header of indicator names and codes, one row per unit), a
"Hướng dẫn" sheet, and a very hidden "meta" sheet naming the form, its version and the period, so an
upload is checked against what was downloaded. The data sheet is protected: only value cells are
editable, so columns cannot be inserted or moved by accident.

`parse_upload` never raises on a bad file: every problem comes back as an error with its row, its
column letter and a Vietnamese reason, and the caller imports nothing unless there are none.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from danvan.core.permissions import Action
from danvan.core.text import format_number
from danvan.core.uploads import upload_limits
from danvan.documents.limits import LimitExceeded, check_size, check_zip
from danvan.org.models import Unit
from danvan.reporting.choices import Status, ValueType
from danvan.reporting.models import ImportJob, Submission, SubmissionValue
from danvan.reporting.periods import Period, PeriodError, parse_period
from danvan.reporting.validation import clean_values

__all__ = [
    "ASYNC_ROWS", "MAX_BYTES", "MAX_ROWS", "UploadOutcome", "build_template", "count_rows", "existing_values",
    "get_import_job", "import_jobs_of", "parse_upload", "template_download", "template_filename", "upload",
]

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 5_000
ASYNC_ROWS = 200  # uploads with more data rows than this run as a background task
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
EDITABLE = (Status.DRAFT, Status.RETURNED)  # a report in another status is locked: a file cannot change it


def template_filename(form, period: Period) -> str:
    return f"{form.code}_{period.code}.xlsx"


def _form_indicators(form) -> list:
    return list(form.form_indicators.select_related("indicator").order_by("order", "indicator__code"))


def existing_values(form, period: Period, units: Iterable[Unit]) -> dict[int, tuple[str, dict[str, Decimal]]]:
    """{unit id: (status, {code: value})} of the units' reports for this form and period (one query each)."""
    ids = [u.pk for u in units]
    subs = {s.pk: (s.unit_id, s.status) for s in
            Submission.objects.filter(form=form, period=period.code, unit_id__in=ids).only("pk", "unit_id", "status")}
    out: dict[int, tuple[str, dict[str, Decimal]]] = {unit_id: (status, {}) for unit_id, status in subs.values()}
    for sub_id, code, value in SubmissionValue.objects.filter(submission_id__in=subs).values_list(
            "submission_id", "indicator__code", "value"):
        out[subs[sub_id][0]][1][code] = value
    return out


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
    `existing_values`; rows of reports already submitted or approved are locked)."""
    fis = _form_indicators(form)
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
        editable = status is None or status in EDITABLE
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


# ---------------------------------------------------------------------------------------------------------
# Reading a filled template


@dataclass
class _Problem(Exception):
    message: str


def _error(row: int | None, column: int | None, message: str, indicator: str | None = None) -> dict:
    return {"row": row, "column": get_column_letter(column) if column else None, "indicator": indicator,
            "message": message}


def _open(file_bytes: bytes):
    """The workbook, read-only with the values Excel computed; _Problem when it is not a sane .xlsx."""
    if not isinstance(file_bytes, bytes | bytearray):
        raise _Problem("Không đọc được tệp tải lên.")
    limits = upload_limits()  # the one set of upload limits (settings UPLOAD_*)
    try:
        check_size(len(file_bytes), limits)
        if not file_bytes:
            raise _Problem("Tệp rỗng.")
        if not zipfile.is_zipfile(io.BytesIO(file_bytes)):
            raise _Problem("Tệp không phải là tệp Excel .xlsx (nếu là tệp .xls, hãy mở bằng Excel và lưu lại "
                           "dạng .xlsx).")
        check_zip(file_bytes, limits)
    except LimitExceeded as exc:
        raise _Problem(exc.message) from exc
    try:
        return load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True)
    except _Problem:
        raise
    except Exception as exc:  # openpyxl raises anything on a corrupt file: KeyError, ValueError, zip errors…
        raise _Problem("Tệp .xlsx bị hỏng hoặc không đúng định dạng, không đọc được.") from exc


def _meta(wb) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames:
        return {}
    meta = {}
    for row in wb[META_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if row and row[0] is not None:
            meta[str(row[0])[:40]] = "" if len(row) < 2 or row[1] is None else str(row[1])[:100]
    return meta


def _check_meta(meta: dict, form, period_code: str | None) -> None:
    if meta.get("magic") != MAGIC:
        raise _Problem("Tệp không phải mẫu Excel tải từ hệ thống (thiếu thông tin biểu mẫu). "
                       "Vui lòng tải mẫu mới và nhập lại.")
    if meta.get("form") != form.code:
        raise _Problem(f"Tệp là mẫu của biểu mẫu “{meta.get('form', '')[:40]}”, không phải {form.code}.")
    if meta.get("version") != str(form.version):
        raise _Problem(f"Mẫu đã cũ (phiên bản {meta.get('version', '')[:10]}); biểu mẫu {form.code} hiện là "
                       f"phiên bản {form.version}. Vui lòng tải mẫu mới.")
    if period_code is not None and meta.get("period") != period_code:
        raise _Problem(f"Tệp là mẫu của kỳ “{meta.get('period', '')[:10]}”, không phải kỳ {period_code}.")


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _unit_id(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value < 2**62 else None
    if isinstance(value, float) and value.is_integer() and 0 < value < 2**53:
        return int(value)
    text = _text(value)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 18 else None


def count_rows(file_bytes: bytes) -> int:
    """Data rows of a template (those with a unit id), cheaply; 0 when the file is unreadable."""
    try:
        wb = _open(file_bytes)
        meta = _meta(wb)
        ws = wb[meta.get("sheet") or DATA_SHEET]
        count = 0
        for (value,) in ws.iter_rows(min_row=FIRST_DATA_ROW, max_col=UNIT_COLUMN, values_only=True):
            count += value is not None
            if count > MAX_ROWS:
                break
        wb.close()
        return count
    except Exception:  # anything unreadable is reported by parse_upload, synchronously
        return 0


def _period(form, period_code: str | None) -> Period:
    try:
        period = parse_period(str(period_code))
    except PeriodError as exc:
        raise _Problem(str(exc)) from exc
    if period.type != form.period_type:
        raise _Problem(f"Biểu mẫu {form.code} báo cáo theo {form.get_period_type_display().lower()}, "
                       f"không nhận kỳ {period.code}.")
    return period


def parse_upload(file_bytes: bytes, form, user, *, period: str | None = None,
                 progress: ProgressCallback | None = None) -> tuple[list[dict], list[dict]]:
    """Check a filled template of `form` (for `period` when given, else the period the file names).

    Returns (rows, errors). A row is {"row": n, "unit": id, "period": code, "values": {code: Decimal}};
    an error is {"row", "column" (letter), "indicator", "message"}. Import the rows only if there are
    no errors. Never raises on a bad file.
    """
    try:
        return _parse(file_bytes, form, user, period, progress)
    except _Problem as problem:
        return [], [_error(None, None, problem.message)]
    except Exception:  # a file we did not foresee: refuse it rather than answer 500
        return [], [_error(None, None, "Tệp .xlsx bị hỏng hoặc không đúng định dạng, không đọc được.")]


def _header(ws, codes: dict) -> tuple[dict[int, str], list[dict]]:
    """{column: indicator code} from the code row; unknown or repeated codes are errors."""
    errors, columns, seen = [], {}, {}
    rows = list(ws.iter_rows(min_row=CODE_ROW, max_row=CODE_ROW, max_col=FIRST_VALUE_COLUMN + len(codes) + 20,
                             values_only=True))
    cells = rows[0] if rows else ()
    if not cells or _text(cells[0]) != "UNIT":
        raise _Problem(f"Trang “{ws.title}” không đúng mẫu: dòng {CODE_ROW} phải chứa mã các chỉ tiêu. "
                       "Vui lòng tải mẫu mới.")
    for col, value in enumerate(cells[FIRST_VALUE_COLUMN - 1:], start=FIRST_VALUE_COLUMN):
        code = _text(value)[:40]
        if not code:
            continue
        if code not in codes:
            errors.append(_error(CODE_ROW, col, f"Chỉ tiêu “{code}” không có trong biểu mẫu.", code))
        elif code in seen:
            errors.append(_error(CODE_ROW, col, f"Chỉ tiêu {code} lặp lại (đã có ở cột "
                                                 f"{get_column_letter(seen[code])}).", code))
        else:
            columns[col], seen[code] = code, col
    return columns, errors


def _parse(file_bytes, form, user, period_code, progress):
    if not form.is_active:
        raise _Problem(f"Biểu mẫu {form.code} đã ngừng sử dụng.")
    wb = _open(file_bytes)
    try:
        meta = _meta(wb)
        _check_meta(meta, form, period_code)
        period = _period(form, meta.get("period"))
        sheet = meta.get("sheet") or DATA_SHEET
        if sheet not in wb.sheetnames:
            raise _Problem(f"Không thấy trang “{sheet[:40]}” trong tệp.")
        ws = wb[sheet]
        limits = upload_limits()
        if isinstance(ws.max_column, int) and ws.max_column > limits.excel_columns:
            raise _Problem(f"Bảng tính có quá nhiều cột: tối đa {limits.excel_columns:,} cột.".replace(",", "."))
        fis = _form_indicators(form)
        codes = {fi.indicator.code: fi for fi in fis}
        columns, errors = _header(ws, codes)
        last_col = max(columns, default=NAME_COLUMN)
        total = ws.max_row - FIRST_DATA_ROW + 1 if isinstance(ws.max_row, int) else 0

        raw_rows: list[tuple[int, int | None, object, dict[str, object], dict[str, int]]] = []
        seen_units: dict[int, int] = {}
        for n, cells in enumerate(ws.iter_rows(min_row=FIRST_DATA_ROW, max_col=last_col, values_only=True),
                                  start=FIRST_DATA_ROW):
            if progress and n % 250 == 0:
                progress(n - FIRST_DATA_ROW, max(total, n - FIRST_DATA_ROW))
            raw = {columns[c]: cells[c - 1] for c in columns if c - 1 < len(cells)}
            raw = {code: v for code, v in raw.items() if _text(v) != ""}
            unit_cell = cells[UNIT_COLUMN - 1] if cells else None
            if not raw:
                continue  # an empty row, or a unit left blank: nothing to import
            if len(raw_rows) >= limits.excel_rows:
                raise _Problem(f"Tệp có quá nhiều dòng số liệu: tối đa {limits.excel_rows:,}.".replace(",", "."))
            if (len(raw_rows) + 1) * last_col > limits.excel_cells:
                raise _Problem(f"Bảng tính có quá nhiều ô: tối đa {limits.excel_cells:,} ô.".replace(",", "."))
            unit_id = _unit_id(unit_cell)
            if unit_id is None:
                errors.append(_error(n, UNIT_COLUMN, f"Mã tổ chức “{_text(unit_cell)[:30]}” không hợp lệ."
                                     if _text(unit_cell) else "Thiếu mã tổ chức."))
            elif unit_id in seen_units:
                errors.append(_error(n, UNIT_COLUMN, f"Tổ chức mã {unit_id} đã có ở dòng {seen_units[unit_id]}."))
                unit_id = None
            else:
                seen_units[unit_id] = n
            raw_rows.append((n, unit_id, unit_cell, raw, {code: col for col, code in columns.items()}))
        if progress:
            progress(total, total)
    finally:
        wb.close()
    rows = _check_rows(raw_rows, codes, form, period, user, errors)
    errors.sort(key=lambda e: (e["row"] or 0, e["column"] or ""))
    return (rows if not errors else []), errors


def _locked_values(form, period: Period, reportable: dict) -> tuple[dict[int, str], dict[int, dict]]:
    """({unit id: status} of the reports already there, {unit id: {code: value}} of those not editable)."""
    subs = {pk: (unit_id, status) for unit_id, status, pk in Submission.objects.filter(
        form=form, period=period.code, unit_id__in=reportable).values_list("unit_id", "status", "pk")}
    statuses = {unit_id: status for unit_id, status in subs.values()}
    locked = {pk: unit_id for pk, (unit_id, status) in subs.items() if status not in EDITABLE}
    saved: dict[int, dict] = {unit_id: {} for unit_id in locked.values()}
    if locked:
        for sub_id, code, value in SubmissionValue.objects.filter(submission_id__in=locked).values_list(
                "submission_id", "indicator__code", "value"):
            saved[locked[sub_id]][code] = value
    return statuses, saved


def _same_value(fi, raw, saved: Decimal | None) -> bool:
    """Whether a cell repeats the saved value (as the template prefilled it, or typed the same)."""
    if saved is None:
        return False
    if isinstance(raw, float) and raw == float(saved):
        return True  # the template writes decimals as floats: compare as Excel stores them
    try:
        cleaned = clean_values([fi], {fi.indicator.code: raw})
    except ValidationError:
        return False
    return cleaned.get(fi) == saved


def _shown(value: Decimal) -> str:
    """A saved value as typed: 74000 → "74.000", 1.5 → "1,5"."""
    return format_number(value, max(0, -value.normalize().as_tuple().exponent))


def _check_locked_row(n: int, unit, status: str, raw: dict, saved: dict, codes: dict, col_of: dict,
                      period: Period) -> list[dict]:
    """Errors for each cell of a submitted/approved report's row that differs from what it holds."""
    label = str(Status(status).label).lower()
    errors = []
    for code, value in raw.items():
        current = saved.get(code)
        if _same_value(codes[code], value, current):
            continue
        ind = codes[code].indicator
        shown = f"đang là {_shown(current)}" if current is not None else "đang để trống"
        errors.append(_error(n, col_of.get(code), f"Báo cáo của {unit.name} kỳ {period.code} {label}, không sửa "
                             f"được: {ind.name} ({code}) {shown}.", code))
    return errors


def _check_rows(raw_rows, codes, form, period: Period, user, errors: list[dict]) -> list[dict]:
    ids = [unit_id for _, unit_id, *_ in raw_rows if unit_id is not None]
    reportable = {u.pk: u for u in Unit.objects.for_user(user, Action.REPORT).filter(pk__in=ids)}
    visible = dict(Unit.objects.for_user(user, Action.VIEW).filter(pk__in=set(ids) - set(reportable))
                   .values_list("pk", "name"))
    statuses, saved = _locked_values(form, period, reportable)
    fis = list(codes.values())
    rows = []
    for n, unit_id, _cell, raw, col_of in raw_rows:
        unit = reportable.get(unit_id) if unit_id is not None else None
        if unit_id is not None and unit is None:
            message = (f"Bạn không có quyền báo cáo cho {visible[unit_id]} (mã {unit_id})." if unit_id in visible
                       else f"Không có tổ chức mã {unit_id} trong phạm vi của bạn.")
            errors.append(_error(n, UNIT_COLUMN, message))
        elif unit is not None and not (unit.is_open_on(period.end) or unit.is_open_on(period.start)):
            errors.append(_error(n, UNIT_COLUMN, f"{unit.name} không hoạt động trong kỳ {period.code}."))
            unit = None
        values = {code: (v[:MAX_CELL_CHARS] if isinstance(v, str) else v) for code, v in raw.items()}
        if unit is not None and unit.pk in saved:
            # A submitted or approved report's row, prefilled by the template: skipped when it repeats what
            # the report holds (nothing to write), an error on each cell that would change it.
            locked_errors = _check_locked_row(n, unit, statuses[unit.pk], values, saved[unit.pk], codes, col_of,
                                              period)
            errors.extend(locked_errors)
            if not locked_errors:
                rows.append({"row": n, "unit": unit.pk, "period": period.code, "locked": True,
                             "values": {code: saved[unit.pk][code] for code in raw}})
            continue
        try:
            cleaned = clean_values(fis, values)
        except ValidationError as exc:
            for code, messages in exc.message_dict.items():
                for message in messages:
                    errors.append(_error(n, col_of.get(code), message, code))
            continue
        if unit is not None:
            rows.append({"row": n, "unit": unit.pk, "period": period.code,
                         "values": {fi.indicator.code: value for fi, value in cleaned.items()}})
    return rows


# ---------------------------------------------------------------------------------------------------------
# Scoped reads of import jobs: a user sees only their own.


def import_jobs_of(user, kind: str = ImportJob.Kind.EXCEL):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ImportJob.objects.none()
    return (ImportJob.objects.filter(user=user, kind=kind).select_related("form").defer("file")
            .order_by("-created_at"))


def get_import_job(user, job_id, kind: str = ImportJob.Kind.EXCEL) -> ImportJob:
    from django.http import Http404

    try:
        return import_jobs_of(user, kind).get(pk=int(job_id))
    except (ImportJob.DoesNotExist, ValueError, TypeError, OverflowError) as exc:
        raise Http404 from exc


# ---------------------------------------------------------------------------------------------------------
# What the page and the API do with a request (shared, so both behave the same)


def template_download(user, *, form_code: str, period_code: str, unit_id, all_below: bool = False
                      ) -> tuple[str, bytes]:
    """(filename, bytes) of the template for one unit in the user's REPORT scope, or every unit below it
    that must report the form. Out of scope: Http404; bad period or too many units: ValidationError."""
    from danvan.org.selectors import get_unit
    from danvan.reporting.selectors import expected_units, get_form

    form = get_form(user, form_code)
    try:
        period = _period(form, period_code)
    except _Problem as problem:
        raise ValidationError({"period": [problem.message]}) from None
    unit = get_unit(user, unit_id, Action.REPORT)
    if all_below:
        units = list(expected_units(form, period, under=unit).filter(
            pk__in=Unit.objects.for_user(user, Action.REPORT).values("pk")).order_by("line_path")[:MAX_ROWS + 1])
        if len(units) > MAX_ROWS:
            raise ValidationError(f"Quá nhiều tổ chức (trên {MAX_ROWS:,}); hãy chọn một tổ chức cấp dưới."
                                  .replace(",", "."))
        if not units:
            units = [unit]
    else:
        units = [unit]
    content = build_template(form, period, units, values=existing_values(form, period, units))
    return template_filename(form, period), content


@dataclass
class UploadOutcome:
    result: dict | None = None  # the counts of a finished import
    errors: list[dict] | None = None  # nothing was saved
    job: ImportJob | None = None  # a large file, imported in the background


def upload(user, *, form_code: str, period_code: str, file_bytes: bytes, filename: str = "") -> UploadOutcome:
    """Check and import an upload: at most ASYNC_ROWS rows at once, larger files as a background job."""
    from danvan.reporting.selectors import get_form
    from danvan.reporting.services.excel import import_values, queue_import

    form = get_form(user, form_code)
    try:
        period = _period(form, period_code)
    except _Problem as problem:
        return UploadOutcome(errors=[_error(None, None, problem.message)])
    sane = isinstance(file_bytes, bytes | bytearray) and len(file_bytes) <= upload_limits().max_bytes
    count = count_rows(file_bytes) if sane else 0
    if count > ASYNC_ROWS:
        job = queue_import(user, form=form, period=period.code, file_bytes=file_bytes, filename=filename,
                           total_rows=min(count, MAX_ROWS))
        return UploadOutcome(job=job)
    rows, errors = parse_upload(file_bytes, form, user, period=period.code)
    if errors:
        return UploadOutcome(errors=errors)
    try:
        return UploadOutcome(result=import_values(user, form=form, period=period.code, rows=rows))
    except ValidationError as exc:
        return UploadOutcome(errors=[_error(None, None, m) for m in exc.messages])
    except PermissionDenied as exc:
        return UploadOutcome(errors=[_error(None, None, str(exc) or "Không được phép.")])
