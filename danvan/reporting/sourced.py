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
            errors[code] = [f"{fi.indicator.name}: giá trị lấy từ dữ liệu là {row.sourced_value.normalize():f}; "
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


def app_name(source: registry.IndicatorSource) -> str:
    """The name of the app that keeps a source's records, as people read it ("Dân vận khéo")."""
    from django.apps import apps

    try:
        return str(apps.get_app_config(source.app).verbose_name) if source.app else "ứng dụng khác"
    except LookupError:
        return source.app


def shown_sources(submission: Submission) -> dict[str, dict]:
    """{indicator code: what the report page shows of a sourced value}: the value taken from records, the app,
    the records behind it (recomputed: links, not a stored copy) and the reporter's reason when changed."""
    if not len(registry.indicator_sources):
        return {}
    out = {}
    for row in submission.values.filter(sourced_value__isnull=False).select_related("indicator"):
        code = row.indicator.code
        source = registry.indicator_sources.get(code)
        found = source.compute(submission.unit, submission.period_start, submission.period_end) if source else None
        out[code] = {"sourced_value": row.sourced_value, "override_reason": row.override_reason,
                     "app": app_name(source) if source else "", "records": found.records if found else (),
                     "more": found.more if found else 0}
    return out


def recompute(submission: Submission) -> dict[str, str]:
    """Re-read every sourced indicator of the form for the report's unit and period; {code: new value} changed.

    A value the reporter kept as taken follows the records; one the reporter changed (with a reason) is kept,
    only the value from the records beside it is updated. An indicator with a source and no value is filled.
    """
    if not len(registry.indicator_sources):
        return {}
    rows = {v.indicator_id: v for v in submission.values.all()}
    changed = {}
    for fi in submission.form.form_indicators.select_related("indicator"):
        source = registry.indicator_sources.get(fi.indicator.code)
        row = rows.get(fi.indicator_id)
        if source is None or (row is not None and row.sourced_value is None):
            continue  # not sourced, or typed by the reporter from the start
        found = source.compute(submission.unit, submission.period_start, submission.period_end).value
        if row is None:
            SubmissionValue.objects.unscoped().create(submission=submission, indicator=fi.indicator,
                                                      value=found, sourced_value=found)
        elif row.sourced_value != found:
            row.value = row.value if row.override_reason else found
            row.sourced_value = found
            row.save(update_fields=["value", "sourced_value"])
        else:
            continue
        changed[fi.indicator.code] = f"{found.normalize():f}"
    return changed


def has_sources(form) -> bool:
    """Whether any of the form's indicators is fed by a registered source (no query when none is registered)."""
    if not len(registry.indicator_sources):
        return False
    return any(registry.indicator_sources.get(code) for code in
               form.form_indicators.values_list("indicator__code", flat=True))
