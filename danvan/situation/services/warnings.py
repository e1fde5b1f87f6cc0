"""Dismissing an early warning, with the reason (audited)."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.core.audit import record_event, service
from danvan.situation import counters, rules
from danvan.situation.models import WarningDismissal


@service
def dismiss_warning(actor, *, unit, topic: str, area, window_end: date | None = None, reason: str,
                    today: date | None = None) -> WarningDismissal:
    """A reviewer of `unit` judges the rise of `topic` in `area` no cause for concern: hidden for its window."""
    if actor is not None and not rules.may_review(actor, unit.line_path):
        raise PermissionDenied("Chỉ người duyệt mới bỏ qua được cảnh báo.")
    reason = (reason or "").strip()
    errors: dict[str, list[str]] = {}
    if not reason:
        errors["reason"] = ["Vui lòng ghi lý do bỏ qua cảnh báo."]
    if topic not in rules.topic_labels():
        errors["topic"] = ["Chủ đề không có trong danh mục."]
    if area.era != unit.area.era or not area.path.startswith(unit.area.path):
        errors["area"] = [f"Địa bàn “{area.name}” không thuộc địa bàn của {unit.name}."]
    if errors:
        raise ValidationError(errors)
    dismissal = WarningDismissal.objects.create(
        unit=unit, line_path=unit.line_path, topic=topic, area=area,
        window_end=window_end or today or timezone.localdate(), reason=reason[:2000],
        dismissed_by=actor if getattr(actor, "pk", None) else None)
    record_event(actor, "situation.warning.dismiss", dismissal, after={
        "topic": topic, "area": area.pk, "window_end": dismissal.window_end, "reason": dismissal.reason})
    return dismissal


@service
def rebuild_warning_counters(actor) -> int:
    """The per-(province, topic, day) counters again from the notes' topic rows (the repair after data written
    outside the services: a bulk load, a benchmark); audited with the number of counters. Returns that number."""
    count = counters.rebuild()
    record_event(actor, "situation.counters.rebuild", after={"counters": count},
                 object_type="situation.provincetopicday", object_repr="Bộ đếm cảnh báo sớm")
    return count
