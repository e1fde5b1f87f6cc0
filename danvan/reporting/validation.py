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
            errors.setdefault(ind.code, []).append(f"{ind.name}: “{str(raw)[:30]}” không phải là số.")
            continue
        if ind.value_type in (ValueType.INTEGER, ValueType.MONEY) and value != value.to_integral_value():
            errors.setdefault(ind.code, []).append(f"{ind.name} phải là số nguyên.")
            continue
        if abs(value) >= Decimal("1e16"):
            errors.setdefault(ind.code, []).append(f"{ind.name}: giá trị quá lớn.")
            continue
        if ind.min_value is not None and value < ind.min_value:
            errors.setdefault(ind.code, []).append(
                f"{ind.name} không được nhỏ hơn {format_number(ind.min_value)}.")
        elif ind.max_value is not None and value > ind.max_value:
            errors.setdefault(ind.code, []).append(
                f"{ind.name} không được lớn hơn {format_number(ind.max_value)}.")
        else:
            cleaned[fi] = value.quantize(Decimal("0.0001"))
    if require_all:
        for fi in by_code.values():
            if fi.required and fi not in cleaned:
                errors.setdefault(fi.indicator.code, []).append(f"{fi.indicator.name} là bắt buộc.")
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
    """The form's hard cross-field checks (FormCheck rows of severity ERROR) on {indicator code: Decimal}: a
    check whose two values are both present and wrong is a ValidationError on its left indicator, in Vietnamese."""
    errors: dict[str, list[str]] = {}
    for check in form.checks.filter(severity="error").select_related("left", "right"):
        left, right = values.get(check.left.code), values.get(check.right.code)
        if left is not None and right is not None and left > right:
            errors.setdefault(check.left.code, []).append(
                f"{check.left.name}: {check.message} "
                f"({format_number(left)} > {format_number(right)})")
    if errors:
        raise ValidationError(errors)


# --- soft checks: "are you sure?" (issue 13 item 11) ---

HISTORY_REPORTS = 12  # the unit's earlier reports a value is compared with (the newest ones)
MIN_HISTORY = 2  # fewer earlier figures than this say nothing about what is usual for the unit


class NeedsConfirmation(ValidationError):
    """Submitting met soft checks: the reporter confirms past them (the page's "Vẫn nộp", the API's
    `confirm_warnings=true`) or corrects the figures. `warnings` is {indicator code: [message]}."""

    def __init__(self, warnings: dict[str, list[str]]):
        self.warnings = warnings
        super().__init__({code: [f"Cần kiểm tra lại: {m}" for m in msgs] for code, msgs in warnings.items()})


def soft_warnings(submission, values: dict) -> dict[str, list[str]]:
    """{indicator code: [Vietnamese message]} of the soft checks `values` ({code: Decimal}) of `submission`
    meet: the form's WARNING cross-field checks, and a value above its indicator's `history_factor` × the
    highest this unit reported for it in its last HISTORY_REPORTS submitted or approved reports of the form
    (with at least MIN_HISTORY of them). Two queries, whatever the number of indicators."""
    from danvan.reporting.choices import Status
    from danvan.reporting.models import Submission, SubmissionValue

    warnings: dict[str, list[str]] = {}
    form = submission.form
    for check in form.checks.filter(severity="warning").select_related("left", "right"):
        left, right = values.get(check.left.code), values.get(check.right.code)
        if left is not None and right is not None and left > right:
            warnings.setdefault(check.left.code, []).append(
                f"{check.left.name}: {check.message} ({format_number(left)} > {format_number(right)})")
    factors = {fi.indicator.code: (fi.indicator, fi.history_factor)
               for fi in form.form_indicators.select_related("indicator")
               if fi.history_factor is not None and values.get(fi.indicator.code) is not None}
    if not factors:
        return warnings
    earlier = list(Submission.objects.unscoped()
                   .filter(form=form, unit_id=submission.unit_id,
                           status__in=[Status.SUBMITTED, Status.APPROVED])
                   .exclude(pk=submission.pk).order_by("-period").values_list("pk", flat=True)[:HISTORY_REPORTS])
    history: dict[str, list[Decimal]] = {}
    for code, value in (SubmissionValue.objects.unscoped()
                        .filter(submission_id__in=earlier, indicator__code__in=list(factors))
                        .values_list("indicator__code", "value")):
        history.setdefault(code, []).append(value)
    for code, (indicator, factor) in factors.items():
        seen = history.get(code, [])
        highest = max(seen, default=Decimal(0))
        if len(seen) >= MIN_HISTORY and highest > 0 and values[code] > factor * highest:
            warnings.setdefault(code, []).append(
                f"{indicator.name} = {format_number(values[code])}, cao hơn {format_number(factor)} lần mức cao "
                f"nhất đơn vị đã báo cáo trong {len(earlier)} kỳ gần đây ({format_number(highest)}). "
                "Số liệu có đúng không?")
    return warnings
