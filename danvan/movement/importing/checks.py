"""Checking a filled template before anything is written.

`parse_upload` never raises on a bad file: every problem comes back as {"row", "column" (letter), "message"}
(reporting's error shape) and the caller imports nothing unless there are none. Area names are matched
without diacritics or case to the current communes of the unit's province, then to legacy names, which
the lineage maps to their current successor; duplicates (same name and a shared area) are refused,
within the file and against the models already registered in the unit's scope.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime

from danvan.core.permissions import Action
from danvan.core.text import fold
from danvan.movement.choices import Kind
from danvan.movement.importing.template import (
    COLUMNS,
    DATA_SHEET,
    FIRST_DATA_ROW,
    MAGIC,
    MAX_ROWS,
    META_SHEET,
    VERSION,
)
from danvan.movement.models import Field, MovementModel
from danvan.movement.services import MAX_TEXT
from danvan.org.choices import Era, Level
from danvan.org.models import Area, AreaLineage
from danvan.reporting.excel.checks import FileProblem, upload_error
from danvan.reporting.excel.checks import _open as open_workbook

Progress = Callable[[int, int], None]
MAX_ERRORS = 1_000
_DAY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS, start=1)}


def _error(row: int | None, key: str | None, message: str) -> dict:
    error = upload_error(row, COLUMN_INDEX[key] if key else None, message)
    error.pop("indicator", None)
    return error


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _day(value) -> date | str:
    """A date, or the Vietnamese reason it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    match = _DAY.match(text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(text)
    except ValueError:
        return f"“{text[:40]}” không phải ngày hợp lệ (dd/mm/yyyy)."


def province_of(unit) -> Area:
    area = unit.area
    if area.level in (Level.PROVINCE, Level.COUNTRY):
        return area
    return next((a for a in area.ancestors() if a.level == Level.PROVINCE), area)


class AreaMatcher:
    """Names (folded, with or without "xã"/"phường"…) → current areas of one province, legacy names through
    the lineage. `match(name)` gives (areas, None) or ([], the reason)."""

    def __init__(self, user, province: Area):
        self.current: dict[str, list[Area]] = {}
        self.legacy: dict[str, list[Area]] = {}
        areas = (Area.objects.for_user(user).subtree(province)
                 .filter(level__in=(Level.PROVINCE, Level.COMMUNE), is_active=True))
        for area in areas:
            self._add(self.current, area, area)
        links = (AreaLineage.objects.for_user(user)
                 .filter(successor__era=Era.CURRENT, successor__path__startswith=province.path)
                 .select_related("predecessor", "successor"))
        for link in links:
            self._add(self.legacy, link.predecessor, link.successor)
        self.by_code = {a.code: a for group in self.current.values() for a in group}

    @staticmethod
    def _add(index: dict, named: Area, target: Area) -> None:
        keys = {fold(named.name)}
        prefix = fold(named.division_type or "")
        if prefix and fold(named.name).startswith(prefix + " "):
            keys.add(fold(named.name)[len(prefix) + 1:])
        for key in keys:
            group = index.setdefault(key, [])
            if target not in group:
                group.append(target)

    def match(self, name: str) -> tuple[list[Area], str | None]:
        if name in self.by_code:
            return [self.by_code[name]], None
        key = fold(name)
        for index, legacy in ((self.current, False), (self.legacy, True)):
            found = index.get(key)
            if not found:
                continue
            if len(found) > 1:
                names = ", ".join(f"{a.name} (mã {a.code})" for a in found[:5])
                reason = "tên cũ ứng với nhiều địa bàn hiện nay" if legacy else "trùng tên nhiều địa bàn"
                return [], f"Địa bàn “{name}”: {reason}: {names}; hãy ghi tên hoặc mã địa bàn hiện nay."
            return found, None
        return [], f"Không tìm thấy địa bàn “{name}” (xã, phường hiện nay hoặc tên cũ) trong tỉnh."


def _meta(wb) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames:
        return {}
    rows = wb[META_SHEET].iter_rows(min_row=1, max_row=10, max_col=2, values_only=True)
    return {str(r[0])[:20]: _text(r[1])[:40] for r in rows if r and r[0] is not None and len(r) > 1}


def _lookup(label: str, choices: Mapping[str, object]):
    return choices.get(fold(label))


def parse_upload(file_bytes: bytes, unit, user, *, progress: Progress | None = None) -> tuple[list[dict], list[dict]]:
    """(rows, errors) of a filled template for `unit`. A row: {"row", "name", "kind", "field" (Field),
    "areas" [Area], "registered_on", "registration" {...}}. Import the rows only if there are no errors."""
    try:
        wb = open_workbook(file_bytes)
    except FileProblem as problem:
        return [], [_error(None, None, problem.message)]
    try:
        meta = _meta(wb)
        if meta.get("magic") != MAGIC or DATA_SHEET not in wb.sheetnames:
            return [], [_error(None, None, "Tệp không phải mẫu nhập mô hình tải từ hệ thống. Vui lòng tải mẫu "
                                           "và nhập lại.")]
        if meta.get("version") != VERSION:
            return [], [_error(None, None, "Mẫu đã cũ; vui lòng tải mẫu mới.")]
        if meta.get("unit") != str(unit.pk):
            return [], [_error(None, None, f"Tệp là mẫu của một tổ chức khác, không phải {unit.name}.")]
        raw = []
        for number, values in enumerate(wb[DATA_SHEET].iter_rows(min_row=FIRST_DATA_ROW, max_col=len(COLUMNS),
                                                                  values_only=True), start=FIRST_DATA_ROW):
            if all(_text(v) == "" for v in values):
                continue
            raw.append((number, list(values) + [None] * (len(COLUMNS) - len(values))))
            if len(raw) > MAX_ROWS:
                return [], [_error(None, None, f"Tệp có quá {MAX_ROWS:,} dòng; hãy chia nhỏ.".replace(",", "."))]
    finally:
        wb.close()
    if not raw:
        return [], [_error(None, None, "Tệp chưa có dòng mô hình nào.")]
    return _check_rows(raw, unit, user, progress)


def _check_rows(raw, unit, user, progress: Progress | None) -> tuple[list[dict], list[dict]]:
    kinds = {fold(str(label)): value for value, label in Kind.choices} | {v: v for v in Kind.values}
    fields = {}
    for f in Field.objects.for_user(user).filter(is_active=True):
        fields[fold(f.name)] = fields[fold(f.code)] = f
    matcher = AreaMatcher(user, province_of(unit))
    rows: list[dict] = []
    errors: list[dict] = []
    today = date.today()
    seen: dict[tuple[str, int], int] = {}
    for done, (number, values) in enumerate(raw, start=1):
        cells = {c.key: values[i] for i, c in enumerate(COLUMNS)}
        row_errors: list[dict] = []
        row: dict = {"row": number, "registration": {}}
        for column in COLUMNS:
            value, key = cells[column.key], column.key
            text = _text(value)
            if column.required and not text:
                row_errors.append(_error(number, key, f"{column.label}: không được để trống."))
                continue
            if column.kind == "kind":
                row["kind"] = _lookup(text, kinds)
                if row["kind"] is None:
                    row_errors.append(_error(number, key, f"Loại “{text[:40]}” không có (chọn: "
                                                          f"{', '.join(str(x) for x in Kind.labels)})."))
            elif column.kind == "field":
                row["field"] = _lookup(text, fields)
                if row["field"] is None:
                    row_errors.append(_error(number, key, f"Lĩnh vực “{text[:60]}” không có trong danh mục."))
            elif column.kind == "areas":
                row["areas"] = []
                for name in [p.strip() for p in text.split(";") if p.strip()]:
                    found, reason = matcher.match(name)
                    if reason:
                        row_errors.append(_error(number, key, reason))
                    row["areas"] += [a for a in found if a not in row["areas"]]
            elif column.kind == "date":
                if not text:
                    row["registration"][key] = None
                    continue
                day = _day(value)
                if isinstance(day, str):
                    row_errors.append(_error(number, key, day))
                elif key == "registered_on" and day > today:
                    row_errors.append(_error(number, key, "Ngày đăng ký không được ở tương lai."))
                elif key == "registered_on":
                    row["registered_on"] = day
                else:
                    row["registration"][key] = day
            else:
                limit = 300 if key == "name" else MAX_TEXT
                if len(text) > limit:
                    row_errors.append(_error(number, key, f"Dài quá {limit} ký tự."))
                elif key == "name":
                    row["name"] = text
                else:
                    row["registration"][key] = text
        starts, ends = row["registration"].get("starts_on"), row["registration"].get("ends_on")
        if starts and ends and ends < starts:
            row_errors.append(_error(number, "ends_on", "Thời gian kết thúc trước thời gian bắt đầu."))
        if not row_errors:
            for area in row["areas"]:
                first = seen.setdefault((fold(row["name"]), area.pk), number)
                if first != number:
                    row_errors.append(_error(number, "name", f"Trùng với dòng {first} (cùng tên, cùng địa bàn "
                                                             f"{area.name})."))
                    break
        errors += row_errors
        if not row_errors:
            rows.append(row)
        if len(errors) >= MAX_ERRORS:
            errors.append(_error(None, None, f"Dừng kiểm tra sau {MAX_ERRORS} lỗi."))
            return [], errors
        if progress and done % 200 == 0:
            progress(done, len(raw))
    errors += _existing_duplicates(rows, unit, user)
    return (rows if not errors else []), errors


def _existing_duplicates(rows: list[dict], unit, user) -> list[dict]:
    """Rows naming a model already registered in the unit's scope (same name, a shared area)."""
    names = {fold(r["name"]) for r in rows}
    if not names:
        return []
    existing: dict[tuple[str, int], tuple[int, str]] = {}
    found = (MovementModel.objects.for_user(user, Action.VIEW)
             .filter(line_path__startswith=unit.line_path, name_folded__in=names)
             .values_list("pk", "name", "name_folded", "areas"))
    for pk, name, name_folded, area_id in found:
        existing[(name_folded, area_id)] = (pk, name)
    errors = []
    for row in rows:
        for area in row["areas"]:
            hit = existing.get((fold(row["name"]), area.pk))
            if hit is not None:
                errors.append(_error(row["row"], "name", f"Trùng với mô hình đã có “{hit[1]}” (số {hit[0]}) "
                                                         f"tại {area.name}."))
                break
    return errors
