"""Checking submitted values and sections against the form, before anything is written."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from danvan.core.text import format_number
from danvan.reporting.choices import ValueType

MAX_SECTION_CHARS = 100_000


def _number(raw) -> Decimal:
    if isinstance(raw, bool):
        raise InvalidOperation
    if isinstance(raw, str):
        # Accept "74.000" and "33,5" as people type them.
        text = raw.strip().replace(" ", "")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif text.count(".") > 1 or (text.count(".") == 1 and len(text.split(".")[1]) == 3):
            text = text.replace(".", "")
        raw = text
    value = Decimal(str(raw))
    if not value.is_finite():
        raise InvalidOperation
    return value


def clean_values(form_indicators, values: dict, *, require_all: bool = False) -> dict:
    """{indicator code: raw} → {FormIndicator: Decimal}; every error names its indicator, in Vietnamese."""
    by_code = {fi.indicator.code: fi for fi in form_indicators}
    errors: dict[str, list[str]] = {}
    cleaned = {}
    if not isinstance(values, dict):
        raise ValidationError({"values": ["Số liệu phải là một bảng mã chỉ tiêu → giá trị."]})
    for code, raw in values.items():
        fi = by_code.get(str(code))
        if fi is None:
            errors.setdefault(str(code)[:40], []).append(f"Chỉ tiêu “{str(code)[:40]}” không có trong biểu mẫu.")
            continue
        ind = fi.indicator
        if raw is None or raw == "":
            continue
        try:
            value = _number(raw)
        except (InvalidOperation, ValueError, TypeError):
            errors.setdefault(ind.code, []).append(f"{ind.name} ({ind.code}): “{str(raw)[:30]}” không phải là số.")
            continue
        if ind.value_type in (ValueType.INTEGER, ValueType.MONEY) and value != value.to_integral_value():
            errors.setdefault(ind.code, []).append(f"{ind.name} ({ind.code}) phải là số nguyên.")
            continue
        if abs(value) >= Decimal("1e16"):
            errors.setdefault(ind.code, []).append(f"{ind.name} ({ind.code}): giá trị quá lớn.")
            continue
        if ind.min_value is not None and value < ind.min_value:
            errors.setdefault(ind.code, []).append(
                f"{ind.name} ({ind.code}) không được nhỏ hơn {format_number(ind.min_value)}.")
        elif ind.max_value is not None and value > ind.max_value:
            errors.setdefault(ind.code, []).append(
                f"{ind.name} ({ind.code}) không được lớn hơn {format_number(ind.max_value)}.")
        else:
            cleaned[fi] = value.quantize(Decimal("0.0001"))
    if require_all:
        for fi in by_code.values():
            if fi.required and fi not in cleaned:
                errors.setdefault(fi.indicator.code, []).append(f"{fi.indicator.name} ({fi.indicator.code}) là bắt buộc.")
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_sections(form_sections, sections: dict) -> dict:
    by_code = {s.code: s for s in form_sections}
    if not isinstance(sections, dict):
        raise ValidationError({"sections": ["Phần thuyết minh phải là một bảng mã mục → nội dung."]})
    errors, cleaned = {}, {}
    for code, text in sections.items():
        section = by_code.get(str(code))
        if section is None:
            errors[str(code)[:20]] = [f"Mục “{str(code)[:20]}” không có trong biểu mẫu."]
        elif text is not None and not isinstance(text, str):
            errors[section.code] = [f"Mục “{section.title}” phải là văn bản."]
        elif text and len(text) > MAX_SECTION_CHARS:
            errors[section.code] = [f"Mục “{section.title}” quá dài (tối đa {MAX_SECTION_CHARS:,} ký tự)."]
        else:
            cleaned[section.code] = (text or "").replace("\x00", "")
    if errors:
        raise ValidationError(errors)
    return cleaned


def check_form(form, values: dict) -> None:
    """The form's cross-field checks (FormCheck rows, data) on {indicator code: Decimal}: a check whose two
    values are both present and wrong is a ValidationError on its left indicator, in Vietnamese."""
    errors: dict[str, list[str]] = {}
    for check in form.checks.select_related("left", "right"):
        left, right = values.get(check.left.code), values.get(check.right.code)
        if left is not None and right is not None and left > right:
            errors.setdefault(check.left.code, []).append(
                f"{check.left.name} ({check.left.code}): {check.message} "
                f"({format_number(left)} > {format_number(right)})")
    if errors:
        raise ValidationError(errors)
