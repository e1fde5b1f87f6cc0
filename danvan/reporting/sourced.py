"""Indicators fed by records (DESIGN): a draft is pre-filled from the sources apps register
(core.registry.indicator_sources); a reporter who changes a sourced value gives a reason.

`reporting` never imports the apps that keep the records: they register a source from their ready().
"""

from decimal import Decimal

from django.core.exceptions import ValidationError

from danvan.core import registry
from danvan.reporting.models import Submission, SubmissionValue


def prefill(submission: Submission, given: dict) -> None:
    """Store the sourced value of each of the form's indicators that has a source and no value given."""
    if not len(registry.indicator_sources):  # no source registered: no query
        return
    for fi in submission.form.form_indicators.select_related("indicator"):
        code = fi.indicator.code
        source = registry.indicator_sources.get(code)
        if source is None or given.get(code) not in (None, ""):
            continue
        found = source.compute(submission.unit, submission.period_start, submission.period_end)
        SubmissionValue.objects.unscoped().update_or_create(
            submission=submission, indicator=fi.indicator,
            defaults={"value": found.value, "sourced_value": found.value, "override_reason": ""})


def check_overrides(submission: Submission, cleaned: dict, reasons: dict) -> dict:
    """The reason of each changed sourced value ({indicator code: reason}); a missing one is refused, before any write."""
    if not len(registry.indicator_sources):  # nothing is sourced where no app registers a source: no query
        return {}
    sourced = {v.indicator_id: v for v in submission.values.filter(sourced_value__isnull=False)}
    out, errors = {}, {}
    for fi, value in cleaned.items():
        row = sourced.get(fi.indicator_id)
        if row is None:
            continue
        code = fi.indicator.code
        reason = " ".join(str(reasons.get(code) or "").split())[:2000]
        if Decimal(value) != row.sourced_value and not reason:
            errors[code] = [f"{fi.indicator.name} ({code}): giá trị lấy từ dữ liệu là {row.sourced_value.normalize():f}; "
                            "muốn sửa, vui lòng nêu lý do."]
        out[fi.indicator_id] = reason if Decimal(value) != row.sourced_value else ""
    if errors:
        raise ValidationError(errors)
    return out


def override_reasons(submission: Submission) -> dict[str, str]:
    """{indicator code: reason} of the sourced values the reporter changed."""
    if not len(registry.indicator_sources):
        return {}
    return dict(submission.values.exclude(override_reason="").values_list("indicator__code", "override_reason"))
