"""Incidents: creation, timeline events through the state machine, escalation by the rules."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from danvan.core.audit import check_version, record_event, service
from danvan.core.notifications import notify
from danvan.core.permissions import Action
from danvan.core.timeline import append_event
from danvan.situation import escalation, rules
from danvan.situation.areas import check_area_of_province, commune_and_province
from danvan.situation.choices import EventKind, IncidentState, Severity
from danvan.situation.models import Incident, IncidentArea, IncidentEvent, SituationNote


def _state(incident: Incident) -> dict:
    return {"state": incident.state, "severity": incident.severity, "people_count": incident.people_count,
            "escalated_to": incident.escalated_to_id, "version": incident.version}


def _check_numbers(errors: dict, severity, people_count) -> None:
    if severity is not None and severity not in Severity.values:
        errors["severity"] = ["Mức độ phải là 1, 2 hoặc 3."]
    if people_count is not None and (not isinstance(people_count, int) or not 0 <= people_count <= 10_000_000):
        errors["people_count"] = ["Số người liên quan phải là số không âm."]


def _escalate(actor, incident: Incident, *, rule=None, text: str = "", today: date) -> bool:
    """Send the incident to the nearest unit above with a reviewer: an `escalate` event naming the rule (or
    the person who asked), a notification to that unit's reviewers. False when no unit above has one."""
    start = incident.escalated_to or incident.unit
    target, reviewers = escalation.reviewers_unit_above(start)
    if target is None:
        return False
    before = _state(incident)
    incident.escalated_to = target
    incident.version += 1
    incident.save(update_fields=["escalated_to", "version", "updated_at"])
    reason = f"Theo quy tắc “{rule.name}”" if rule else "Theo đề nghị của người theo dõi"
    append_event("incident", incident, IncidentEvent, kind=EventKind.ESCALATE, actor=actor,
                 happened_on=today, text=text or f"{reason}: báo cáo lên {target.name}.",
                 rule=rule.code if rule else None, rule_name=rule.name if rule else None, unit=target.pk,
                 unit_name=target.name)
    record_event(actor, "situation.incident.escalate", incident, before=before,
                 after={**_state(incident), "rule": rule.code if rule else None})
    url = reverse("situation:incident_detail", args=[incident.pk])
    notify(reviewers, f"Vụ việc “{incident.title[:200]}” được báo cáo lên {target.name} ({reason.lower()}).", url)
    return True


def _apply_rules(actor, incident: Incident, today: date) -> bool:
    """Escalate once, when a rule first matches (a later manual `escalate` event goes a level higher)."""
    if incident.escalated_to_id is not None or incident.state == IncidentState.CLOSED:
        return False
    rule = escalation.first_match(incident, today=today)
    return rule is not None and _escalate(actor, incident, rule=rule, today=today)


@service
def create_incident(actor, *, unit, areas, title: str, started_on, severity: int = 1, people_count: int = 0,
                    description: str = "", topics=None, notes=(), today: date | None = None) -> Incident:
    """Open an incident (state `emerging`); escalation rules are checked at once."""
    if actor is not None and not rules.may_record(actor, unit):
        raise PermissionDenied("Bạn không có quyền ghi vụ việc cho tổ chức này.")
    today = today or timezone.localdate()
    title = " ".join((title or "").split())
    errors: dict[str, list[str]] = {}
    if not title:
        errors["title"] = ["Vui lòng nhập tên vụ việc."]
    if not areas:
        errors["areas"] = ["Vui lòng chọn ít nhất một địa bàn."]
    if not isinstance(started_on, date) or started_on > today:
        errors["started_on"] = ["Ngày phát sinh phải là một ngày không sau hôm nay."]
    _check_numbers(errors, severity, people_count)
    if errors:
        raise ValidationError(errors)
    chosen = rules.clean_topics(topics)
    placed = []
    for area in dict.fromkeys(areas):
        check_area_of_province(area, unit)
        placed.append((area, commune_and_province(area)[0]))
    note_ids = sorted({int(n.pk if hasattr(n, "pk") else n) for n in notes or ()})
    visible = SituationNote.objects.for_user(actor, Action.VIEW) if actor is not None else SituationNote.objects.unscoped()
    found = list(visible.filter(pk__in=note_ids).values_list("pk", flat=True))
    if len(found) != len(note_ids):
        raise ValidationError({"notes": ["Có tin không tồn tại hoặc bạn không được xem."]})
    incident = Incident.objects.create(
        unit=unit, line_path=unit.line_path, title=title[:300], description=(description or "").strip(),
        topics=chosen, severity=severity, people_count=people_count, started_on=started_on,
        created_by=actor if getattr(actor, "pk", None) else None)
    IncidentArea.objects.bulk_create([
        IncidentArea(incident=incident, area=area, commune=commune, started_on=started_on, line_path=unit.line_path)
        for area, commune in placed])
    incident.notes.set(found)
    record_event(actor, "situation.incident.create", incident, after={
        **_state(incident), "title": incident.title, "areas": [a.pk for a, _ in placed], "topics": chosen,
        "notes": found, "started_on": started_on})
    _apply_rules(actor, incident, today)
    return incident


@service
def add_incident_event(actor, incident: Incident, *, kind: str, text: str = "", happened_on=None,
                       severity: int | None = None, people_count: int | None = None, version: int | None = None,
                       today: date | None = None) -> Incident:
    """Append an event; the state follows the lifecycle table (a refused transition is a 409, nothing written)."""
    incident = Incident.objects.select_for_update(of=("self",)).select_related("unit", "escalated_to").get(
        pk=incident.pk)
    if actor is not None and not rules.may_record(actor, incident.unit):
        raise PermissionDenied("Bạn không có quyền cập nhật vụ việc này.")
    if version is not None:
        check_version(incident, version)
    today = today or timezone.localdate()
    happened_on = happened_on or today
    errors: dict[str, list[str]] = {}
    if kind not in EventKind.values:
        errors["kind"] = ["Loại diễn biến không hợp lệ."]
    if not isinstance(happened_on, date) or happened_on > today or happened_on < incident.started_on:
        errors["happened_on"] = ["Ngày diễn biến phải từ ngày phát sinh đến hôm nay."]
    if not (text or "").strip() and kind in (EventKind.UPDATE, EventKind.ACTION):
        errors["text"] = ["Vui lòng ghi nội dung diễn biến."]
    _check_numbers(errors, severity, people_count)
    if errors:
        raise ValidationError(errors)
    to = rules.INCIDENT.target(incident.state, kind)  # TransitionRefused (409) before any write
    if kind == EventKind.ESCALATE:
        if not _escalate(actor, incident, text=(text or "").strip(), today=happened_on):
            raise ValidationError("Không có đơn vị cấp trên nào có người duyệt để báo cáo lên.")
        return incident
    before = _state(incident)
    incident.state = to
    if severity is not None:
        incident.severity = severity
    if people_count is not None:
        incident.people_count = people_count
    incident.closed_on = happened_on if to == IncidentState.CLOSED else None
    incident.version += 1
    incident.save(update_fields=["state", "severity", "people_count", "closed_on", "version", "updated_at"])
    append_event("incident", incident, IncidentEvent, kind=kind, actor=actor, happened_on=happened_on,
                 text=(text or "").strip(), severity=severity, people_count=people_count,
                 state=to if to != before["state"] else None)
    record_event(actor, "situation.incident.event", incident, before=before, after={**_state(incident), "kind": kind})
    _apply_rules(actor, incident, today)
    return incident


@service
def escalate_overdue(actor=None, *, today: date | None = None) -> int:
    """Apply the rules to every open, not yet escalated incident (the "open longer than N days" rule needs a
    clock): run by `danvan situation_escalate` from cron, or at will. Returns how many were escalated."""
    today = today or timezone.localdate()
    count = 0
    for incident in (Incident.objects.unscoped().filter(escalated_to__isnull=True)
                     .exclude(state=IncidentState.CLOSED).select_related("unit")):
        count += _apply_rules(actor, incident, today)
    record_event(actor, "situation.incident.escalate_overdue", None, object_type="situation.incident",
                 after={"escalated": count, "day": today})
    return count
