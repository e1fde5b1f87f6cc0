"""The comment sheet: its template and the reading of a filled one into CommentInputs with per-cell errors
(the same error shape as the report import: row, column letter, message), nothing written here."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from danvan.consultation.checks import CommentInput, check_input
from danvan.consultation.choices import Channel, Stance
from danvan.core.text import fold
from danvan.core.uploads import upload_limits
from danvan.documents.limits import LimitExceeded, check_sheet, check_size, check_zip
from danvan.documents.xlsx import render_table_xlsx

HEADER = ["Phần dự thảo (mã, để trống: toàn văn)", "Ý kiến (tán thành / không tán thành / ý kiến khác)",
          "Nội dung", "Người góp ý", "Nhóm người góp ý (mã)", "Địa bàn", "Liên hệ",
          "Kênh (unit / meeting / staff / portal)", "Ẩn danh (có / không)"]
FIRST_ROW = 3  # row 1: title, row 2: header (documents.xlsx layout)
FIELDS = ["piece", "stance", "text", "name", "group", "area", "contact", "channel", "anonymous"]
STANCE_WORDS = {fold(str(label)): value for value, label in Stance.choices} | {v: v for v in Stance.values} | {
    "y kien khac": Stance.OTHER, "khac": Stance.OTHER, "dong y": Stance.AGREE, "khong dong y": Stance.DISAGREE}
YES = {"co", "x", "yes", "true", "1"}


def template(title: str, piece_codes: list[str]) -> bytes:
    rows = [[code, "tán thành", "", "", "khac", "", "", Channel.UNIT, "không"] for code in piece_codes[:3]]
    return render_table_xlsx(f"Mẫu nhập ý kiến góp ý dự thảo {title}", HEADER, rows, sheet_name="Ý kiến")


def error(row: int | None, column: int | None, message: str) -> dict:
    return {"row": row, "column": get_column_letter(column) if column else None, "indicator": None,
            "message": message}


def count_rows(file_bytes: bytes) -> int:
    """Rows of a filled sheet with anything in them, cheaply; 0 when unreadable (the check reports it)."""
    try:
        check_size(len(file_bytes), upload_limits())
        check_zip(file_bytes, upload_limits())
        workbook = load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True)
        count = 0
        for values in workbook.worksheets[0].iter_rows(min_row=FIRST_ROW, max_col=len(FIELDS), values_only=True):
            count += any(v not in (None, "") for v in values)
        workbook.close()
        return count
    except Exception:  # a broken file: the full check says what is wrong with it
        return 0


def check_rows(consultation, file_bytes: bytes, context: tuple[dict, dict, dict], *,
                progress=None) -> tuple[list[dict], list[dict]]:
    """Every row of a filled sheet checked as one comment: (cleaned rows, per-cell errors); nothing written.
    `context` is `selectors.import_context(consultation)`; `progress(done, total)` is called as rows are checked."""
    piece_ids, pieces, groups = context
    items, errors = read_sheet(file_bytes, piece_ids=piece_ids)
    columns = {name: i for i, name in enumerate(FIELDS, start=1)}
    reported = {e["row"] for e in errors}
    cleaned_rows = []
    for done, (row, data) in enumerate(items, start=1):
        cleaned, row_errors = check_input(consultation, data, pieces=pieces, groups=groups)
        for name, messages in row_errors.items():
            if name in ("stance", "piece") and row in reported:
                continue  # already reported by the sheet reader
            errors.extend(error(row, columns.get(name), m) for m in messages)
        cleaned_rows.append(cleaned)
        if progress is not None and done % 200 == 0:
            progress(done, len(items))
    return cleaned_rows, errors


def read_sheet(file_bytes: bytes, *, piece_ids: dict[str, int]) -> tuple[list[tuple[int, CommentInput]], list[dict]]:
    """The comments of a filled sheet with their row numbers, and the problems found (row, column, message)."""
    limits = upload_limits()
    try:
        check_size(len(file_bytes), limits)
        check_zip(file_bytes, limits)
        workbook = load_workbook(io.BytesIO(file_bytes), read_only=True, data_only=True)
    except LimitExceeded as exc:
        return [], [error(None, None, exc.message)]
    except Exception:  # openpyxl raises many kinds of errors on a broken file
        return [], [error(None, None, "Không đọc được tệp Excel (.xlsx); vui lòng dùng mẫu tải về.")]
    sheet = workbook.worksheets[0]
    try:
        check_sheet(sheet.max_row or 0, sheet.max_column or 0, limits)
    except LimitExceeded as exc:
        return [], [error(None, None, exc.message)]
    items: list[tuple[int, CommentInput]] = []
    errors: list[dict] = []
    for r, values in enumerate(sheet.iter_rows(min_row=FIRST_ROW, max_col=len(FIELDS), values_only=True),
                               start=FIRST_ROW):
        cells = ["" if v is None else str(v).strip() for v in values] + [""] * (len(FIELDS) - len(values))
        if not any(cells):
            continue
        raw = dict(zip(FIELDS, cells, strict=True))
        piece = None
        if raw["piece"]:
            piece = piece_ids.get(raw["piece"]) or piece_ids.get(fold(raw["piece"]))
            if piece is None:
                errors.append(error(r, 1, f"Không có phần dự thảo mã “{raw['piece']}”."))
        stance = STANCE_WORDS.get(fold(raw["stance"]))
        if stance is None:
            errors.append(error(r, 2, f"Ý kiến “{raw['stance']}” không hợp lệ (tán thành / không tán thành / "
                                      "ý kiến khác)."))
        items.append((r, CommentInput(stance=stance or "", text=raw["text"], piece=piece, name=raw["name"],
                                      group=raw["group"] or "khac", area=raw["area"], contact=raw["contact"],
                                      channel=raw["channel"] or Channel.UNIT,
                                      anonymous=fold(raw["anonymous"]) in YES)))
    workbook.close()
    if not items and not errors:
        errors.append(error(None, None, "Tệp không có ý kiến nào."))
    return items, errors
