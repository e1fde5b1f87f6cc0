"""Checking a filled Excel template, before anything is written.

`parse_upload` never raises on a bad file: every problem comes back as an error with its row, its
column letter and a Vietnamese reason, and the caller imports nothing unless there are none.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from danvan.core.permissions import Action
from danvan.core.text import format_number
from danvan.core.uploads import upload_limits
from danvan.documents.limits import LimitExceeded, check_size, check_zip
from danvan.org.models import Unit
from danvan.reporting import selectors
from danvan.reporting.choices import Status
from danvan.reporting.excel.template import (
    CODE_ROW,
    DATA_SHEET,
    FIRST_DATA_ROW,
    FIRST_VALUE_COLUMN,
    MAGIC,
    MAX_CELL_CHARS,
    MAX_ROWS,
    META_SHEET,
    NAME_COLUMN,
    UNIT_COLUMN,
    ProgressCallback,
    form_indicators,
)
from danvan.reporting.periods import Period, PeriodError, parse_period
from danvan.reporting.validation import clean_values


@dataclass
class FileProblem(Exception):
    message: str


def upload_error(row: int | None, column: int | None, message: str, indicator: str | None = None) -> dict:
    return {"row": row, "column": get_column_letter(column) if column else None, "indicator": indicator,
            "message": message}


def _open(file_bytes: bytes):
    """The workbook, read-only with the values Excel computed; FileProblem when it is not a sane .xlsx."""
    if not isinstance(file_bytes, bytes | bytearray):
        raise FileProblem("Không đọc được tệp tải lên.")
    limits = upload_limits()  # the one set of upload limits (settings UPLOAD_*)
    try:
        check_size(len(file_bytes), limits)
        if not file_bytes:
            raise FileProblem("Tệp rỗng.")
        if not zipfile.is_zipfile(io.BytesIO(file_bytes)):
            raise FileProblem("Tệp không phải là tệp Excel .xlsx (nếu là tệp .xls, hãy mở bằng Excel và lưu lại "
                              "dạng .xlsx).")
        check_zip(file_bytes, limits)
    except LimitExceeded as exc:
        raise FileProblem(exc.message) from exc
    try:
        return load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True)
    except FileProblem:
        raise
    except Exception as exc:  # openpyxl raises anything on a corrupt file: KeyError, ValueError, zip errors…
        raise FileProblem("Tệp .xlsx bị hỏng hoặc không đúng định dạng, không đọc được.") from exc


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
        raise FileProblem("Tệp không phải mẫu Excel tải từ hệ thống (thiếu thông tin biểu mẫu). "
                       "Vui lòng tải mẫu mới và nhập lại.")
    if meta.get("form") != form.code:
        raise FileProblem(f"Tệp là mẫu của biểu mẫu “{meta.get('form', '')[:40]}”, không phải {form.code}.")
    if meta.get("version") != str(form.version):
        raise FileProblem(f"Mẫu đã cũ (phiên bản {meta.get('version', '')[:10]}); biểu mẫu {form.code} hiện là "
                       f"phiên bản {form.version}. Vui lòng tải mẫu mới.")
    if period_code is not None and meta.get("period") != period_code:
        raise FileProblem(f"Tệp là mẫu của kỳ “{meta.get('period', '')[:10]}”, không phải kỳ {period_code}.")


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


def check_period(form, period_code: str | None) -> Period:
    try:
        period = parse_period(str(period_code))
    except PeriodError as exc:
        raise FileProblem(str(exc)) from exc
    if period.type != form.period_type:
        raise FileProblem(f"Biểu mẫu {form.code} báo cáo theo {form.get_period_type_display().lower()}, "
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
    except FileProblem as problem:
        return [], [upload_error(None, None, problem.message)]
    except Exception:  # a file we did not foresee: refuse it rather than answer 500
        return [], [upload_error(None, None, "Tệp .xlsx bị hỏng hoặc không đúng định dạng, không đọc được.")]


def _header(ws, codes: dict) -> tuple[dict[int, str], list[dict]]:
    """{column: indicator code} from the code row; unknown or repeated codes are errors."""
    errors, columns, seen = [], {}, {}
    rows = list(ws.iter_rows(min_row=CODE_ROW, max_row=CODE_ROW, max_col=FIRST_VALUE_COLUMN + len(codes) + 20,
                             values_only=True))
    cells = rows[0] if rows else ()
    if not cells or _text(cells[0]) != "UNIT":
        raise FileProblem(f"Trang “{ws.title}” không đúng mẫu: dòng {CODE_ROW} phải chứa mã các chỉ tiêu. "
                       "Vui lòng tải mẫu mới.")
    for col, value in enumerate(cells[FIRST_VALUE_COLUMN - 1:], start=FIRST_VALUE_COLUMN):
        code = _text(value)[:40]
        if not code:
            continue
        if code not in codes:
            errors.append(upload_error(CODE_ROW, col, f"Chỉ tiêu “{code}” không có trong biểu mẫu.", code))
        elif code in seen:
            errors.append(upload_error(CODE_ROW, col, f"Chỉ tiêu {code} lặp lại (đã có ở cột "
                                                 f"{get_column_letter(seen[code])}).", code))
        else:
            columns[col], seen[code] = code, col
    return columns, errors


def _parse(file_bytes, form, user, period_code, progress):
    if not form.is_active:
        raise FileProblem(f"Biểu mẫu {form.code} đã ngừng sử dụng.")
    wb = _open(file_bytes)
    try:
        meta = _meta(wb)
        _check_meta(meta, form, period_code)
        period = check_period(form, meta.get("period"))
        sheet = meta.get("sheet") or DATA_SHEET
        if sheet not in wb.sheetnames:
            raise FileProblem(f"Không thấy trang “{sheet[:40]}” trong tệp.")
        ws = wb[sheet]
        limits = upload_limits()
        if isinstance(ws.max_column, int) and ws.max_column > limits.excel_columns:
            raise FileProblem(f"Bảng tính có quá nhiều cột: tối đa {limits.excel_columns:,} cột.".replace(",", "."))
        fis = form_indicators(form)
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
                raise FileProblem(f"Tệp có quá nhiều dòng số liệu: tối đa {limits.excel_rows:,}.".replace(",", "."))
            if (len(raw_rows) + 1) * last_col > limits.excel_cells:
                raise FileProblem(f"Bảng tính có quá nhiều ô: tối đa {limits.excel_cells:,} ô.".replace(",", "."))
            unit_id = _unit_id(unit_cell)
            if unit_id is None:
                errors.append(upload_error(n, UNIT_COLUMN, f"Mã tổ chức “{_text(unit_cell)[:30]}” không hợp lệ."
                                     if _text(unit_cell) else "Thiếu mã tổ chức."))
            elif unit_id in seen_units:
                errors.append(upload_error(n, UNIT_COLUMN, f"Tổ chức mã {unit_id} đã có ở dòng {seen_units[unit_id]}."))
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
        errors.append(upload_error(n, col_of.get(code), f"Báo cáo của {unit.name} kỳ {period.code} {label}, không sửa "
                             f"được: {ind.name} {shown}.", code))
    return errors


def _check_rows(raw_rows, codes, form, period: Period, user, errors: list[dict]) -> list[dict]:
    ids = [unit_id for _, unit_id, *_ in raw_rows if unit_id is not None]
    reportable = {u.pk: u for u in Unit.objects.for_user(user, Action.REPORT).filter(pk__in=ids)}
    visible = dict(Unit.objects.for_user(user, Action.VIEW).filter(pk__in=set(ids) - set(reportable))
                   .values_list("pk", "name"))
    statuses, saved = selectors.locked_values(form, period, reportable)
    fis = list(codes.values())
    rows = []
    for n, unit_id, _cell, raw, col_of in raw_rows:
        unit = reportable.get(unit_id) if unit_id is not None else None
        if unit_id is not None and unit is None:
            message = (f"Bạn không có quyền báo cáo cho {visible[unit_id]} (mã {unit_id})." if unit_id in visible
                       else f"Không có tổ chức mã {unit_id} trong phạm vi của bạn.")
            errors.append(upload_error(n, UNIT_COLUMN, message))
        elif unit is not None and not (unit.is_open_on(period.end) or unit.is_open_on(period.start)):
            errors.append(upload_error(n, UNIT_COLUMN, f"{unit.name} không hoạt động trong kỳ {period.code}."))
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
                    errors.append(upload_error(n, col_of.get(code), message, code))
            continue
        if unit is not None:
            rows.append({"row": n, "unit": unit.pk, "period": period.code,
                         "values": {fi.indicator.code: value for fi, value in cleaned.items()}})
    return rows
