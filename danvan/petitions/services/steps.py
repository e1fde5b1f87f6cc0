"""The steps of a petition's lifecycle. Each takes the row's lock, checks the lifecycle table (a refused step is
a 409 with the reason, before anything is written), validates, writes, appends to the timeline and audits."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from danvan.accounts.selectors import active_members
from danvan.core.audit import ConflictError, record_event, service, snapshot
from danvan.core.notifications import notify
from danvan.petitions import deadlines, rules, selectors
from danvan.petitions.choices import EventKind, Kind, Status, Step
from danvan.petitions.models import Petition, Petitioner
from danvan.petitions.services import tally
from danvan.petitions.services._common import _day, _event, _raise, _text
from danvan.petitions.services.files import _move_files
from danvan.petitions.services.petitions import AUDITED, _new_code

STEP_FIELDS = [*AUDITED, "accepted_on", "extensions", "rejected_on", "forwarded_on", "forwarded_to_body",
               "answered_on", "answered_late", "decision_number", "decision_date", "closed_on"]


def _begin(actor, petition: Petition, event: str) -> tuple[Petition, dict, str]:
    """Lock the row, check the right and the lifecycle; the row, its state before and the state after."""
    locked = Petition.objects.select_for_update(of=("self",)).select_related("unit").get(pk=petition.pk)
    if not rules.may_act(actor, locked):
        raise PermissionDenied("Bạn không có quyền xử lý đơn này.")
    target = rules.PETITION.target(locked.status, event)
    tally._track(locked)
    return locked, snapshot(locked, STEP_FIELDS), target


def _finish(petition: Petition, target: str) -> dict:
    """Move to the target state and save; the state after, for the audit event."""
    petition.status = target
    petition.version += 1
    petition.save()
    tally._settle(petition)
    return snapshot(petition, STEP_FIELDS)


def _calendar(day):
    return selectors.calendar_from(day)


@service
def accept_petition(actor, petition: Petition, *, accepted_on, complex_: bool | None = None, note: str = "",
                    resolution_days: int | None = None) -> Petition:
    """Accept (thụ lý): the resolution deadline counts from the day of acceptance. `resolution_days` sets one
    for a kind the law gives no general deadline (recommendations, reflections: set per subject)."""
    p, before, target = _begin(actor, petition, "accept")
    errors: dict = {}
    day = _day(errors, "accepted_on", accepted_on, not_before=p.received_on, before_label="ngày nhận đơn")
    note = _text(errors, "note", note)
    if resolution_days is not None and not 1 <= int(resolution_days) <= 365:
        errors.setdefault("resolution_days", []).append("Số ngày giải quyết từ 1 đến 365.")
    _raise(errors)
    if complex_ is not None:
        p.complex = bool(complex_)
    rule = selectors.deadline_rule(p.kind, Step.RESOLUTION)
    due = deadlines.due_date(rule, day, remote=p.remote_area, complex_=p.complex, calendar=_calendar(day))
    if due is None and resolution_days:
        due = day + timedelta(days=int(resolution_days))
    p.accepted_on, p.resolution_due, p.due_on = day, due, due
    _event(p, EventKind.ACCEPTED, actor, text=note, happened_on=day, resolution_due=due and due.isoformat(),
           late=day > p.acceptance_due or None)
    record_event(actor, "petitions.petition.accept", p, before=before, after=_finish(p, target))
    return p


@service
def reject_petition(actor, petition: Petition, *, reason: str, rejected_on=None) -> Petition:
    """Do not accept (không thụ lý), with the legal reason."""
    p, before, target = _begin(actor, petition, "reject")
    errors: dict = {}
    reason = _text(errors, "reason", reason, required=True)
    day = _day(errors, "rejected_on", rejected_on or timezone.localdate(), not_before=p.received_on,
               before_label="ngày nhận đơn")
    _raise(errors)
    p.reject_reason, p.rejected_on, p.due_on = reason, day, None
    _event(p, EventKind.REJECTED, actor, text=reason, happened_on=day)
    record_event(actor, "petitions.petition.reject", p, before=before, after=_finish(p, target))
    return p


@service
def forward_petition(actor, petition: Petition, *, to_unit=None, to_body: str = "", note: str = "",
                     forwarded_on=None) -> Petition:
    """Forward to a unit of the system (which then owns the petition and has a new acceptance deadline) or to an
    outside body by name (the unit keeps it and follows up until the answer comes back)."""
    p, before, target = _begin(actor, petition, "forward")
    errors: dict = {}
    to_body = _text(errors, "to_body", to_body, limit=300)
    note = _text(errors, "note", note)
    day = _day(errors, "forwarded_on", forwarded_on or timezone.localdate(), not_before=p.received_on,
               before_label="ngày nhận đơn")
    if (to_unit is None) == (not to_body):
        errors.setdefault("to_unit", []).append("Chọn một đơn vị trong hệ thống hoặc ghi tên một cơ quan ngoài.")
    if to_unit is not None and (to_unit.pk == p.unit_id or to_unit.closed_on is not None):
        errors.setdefault("to_unit", []).append("Đơn vị nhận phải là một đơn vị khác, đang hoạt động.")
    _raise(errors)
    p.forwarded_on = day
    if to_unit is not None:
        rule = selectors.deadline_rule(p.kind, Step.ACCEPTANCE)
        due = deadlines.due_date(rule, day, remote=p.remote_area, complex_=p.complex, calendar=_calendar(day))
        p.unit, p.line_path, p.forwarded_to_body, p.acceptance_due, p.due_on = to_unit, to_unit.line_path, "", due, due
        _event(p, EventKind.FORWARDED, actor, text=note, happened_on=day, to_unit=to_unit.pk,
               to_unit_name=to_unit.name)
        _notify_unit(to_unit, f"Đơn {p.code} được chuyển đến {to_unit.name}: {p.subject}", p)
        _move_files(p)
    else:
        rule = selectors.deadline_rule(p.kind, Step.RESOLUTION)
        p.forwarded_to_body = to_body
        p.due_on = deadlines.due_date(rule, day, remote=p.remote_area, complex_=p.complex, calendar=_calendar(day))
        _event(p, EventKind.FORWARDED, actor, text=note, happened_on=day, to_body=to_body)
    record_event(actor, "petitions.petition.forward", p, before=before, after=_finish(p, target))
    return p


@service
def extend_petition(actor, petition: Petition, *, reason: str) -> Petition:
    """Extend the resolution deadline (denunciations: at most the rule's number of times, its days each)."""
    p, before, target = _begin(actor, petition, "extend")
    rule = selectors.deadline_rule(p.kind, Step.RESOLUTION)
    refusal = rules.may_extend(p, rule.max_extensions if rule else 0)
    if refusal:
        raise ConflictError(refusal)
    errors: dict = {}
    reason = _text(errors, "reason", reason, required=True)
    _raise(errors)
    p.extensions += 1
    p.resolution_due = deadlines.extended(p.resolution_due or timezone.localdate(), rule)
    p.due_on = p.resolution_due
    _event(p, EventKind.EXTENDED, actor, text=reason, extension=p.extensions,
           resolution_due=p.resolution_due.isoformat())
    record_event(actor, "petitions.petition.extend", p, before=before, after=_finish(p, target))
    return p


@service
def answer_petition(actor, petition: Petition, *, answered_on, result: str, document: str = "",
                    decision_number: str = "", decision_date=None) -> Petition:
    """Record the answer (result, decision number and date). Answered after its deadline, it stays marked late."""
    p, before, target = _begin(actor, petition, "answer")
    errors: dict = {}
    day = _day(errors, "answered_on", answered_on, not_before=p.accepted_on or p.received_on,
               before_label="ngày thụ lý" if p.accepted_on else "ngày nhận đơn")
    result = _text(errors, "result", result, required=True)
    document = _text(errors, "document", document, limit=300)
    decision_number = _text(errors, "decision_number", decision_number, limit=60)
    decided = _day(errors, "decision_date", decision_date) if decision_date else None
    _raise(errors)
    deadline = p.due_on
    p.answered_on, p.result, p.decision_number, p.decision_date = day, result, decision_number, decided
    p.answered_late = deadline is not None and day > deadline
    p.answer_days = (day - p.received_on).days
    p.due_on = None
    _event(p, EventKind.ANSWERED, actor, text=result, happened_on=day, document=document or None,
           decision_number=decision_number or None, late=p.answered_late or None)
    record_event(actor, "petitions.petition.answer", p, before=before, after=_finish(p, target))
    return p


@service
def close_petition(actor, petition: Petition, *, note: str = "") -> Petition:
    """Close (kết thúc) an answered or rejected petition. Notes may still be added afterwards."""
    p, before, target = _begin(actor, petition, "close")
    errors: dict = {}
    note = _text(errors, "note", note)
    _raise(errors)
    p.closed_on, p.due_on = timezone.localdate(), None
    _event(p, EventKind.CLOSED, actor, text=note)
    record_event(actor, "petitions.petition.close", p, before=before, after=_finish(p, target))
    return p


def _appeal_target(actor, p: Petition, errors: dict, to_unit, to_body: str):
    """Where the second instance goes: the unit named, or else the superior of the unit that answered the
    first (Law on Complaints 2011, art. 7: the head of the directly superior body), or an outside body."""
    if to_unit is not None and to_body:
        errors.setdefault("to_unit", []).append("Chọn một đơn vị trong hệ thống hoặc ghi tên một cơ quan ngoài.")
        return None
    if to_body:
        return None
    target = to_unit if to_unit is not None else selectors.superior_of(p.unit)
    if target is None:
        errors.setdefault("to_unit", []).append(
            f"{p.unit.name} không có cấp trên trong hệ thống: chọn đơn vị giải quyết lần hai hoặc ghi tên cơ quan.")
    elif target.pk == p.unit_id or target.closed_on is not None:
        errors.setdefault("to_unit", []).append("Đơn vị giải quyết lần hai phải là một đơn vị khác, đang hoạt động.")
    return target


@service
def appeal_petition(actor, petition: Petition, *, received_on, to_unit=None, to_body: str = "",
                    note: str = "") -> Petition:
    """A second-instance complaint against the answer of a first-instance one: a new petition linked to it
    (returned), owned by the body that settles the second instance — the superior of the unit that answered
    (the default), another unit of the system named, or an outside body by name, which the first unit then
    follows up as a forwarded petition. The first one becomes "appealed". Filed against an answer, or — accepted
    and unanswered — once the resolution deadline passed (refused before it: 409); the events say which
    (`grounds: "no_answer"`). Filed after the legal window (30 days from the answer or from the deadline that
    passed, 45 in remote areas; data) it is still received, marked as filed late."""
    locked = Petition.objects.select_for_update(of=("self",)).select_related("unit").get(pk=petition.pk)
    errors: dict = {}
    to_body = _text(errors, "to_body", to_body, limit=300)
    note = _text(errors, "note", note)
    target_unit = _appeal_target(actor, locked, errors, to_unit, to_body)
    # Staff of the first unit record it, and so do those who receive for the unit that settles it (the
    # superior's staff, with whom the citizen files it); reviewers above may act on any petition below.
    if not (rules.may_act(actor, locked) or (target_unit is not None and rules.may_receive(actor, target_unit))):
        raise PermissionDenied("Bạn không có quyền xử lý đơn này.")
    p, before = locked, snapshot(locked, STEP_FIELDS)
    tally._track(p)
    target = rules.PETITION.target(p.status, "appeal")
    if p.kind != Kind.COMPLAINT:
        raise ConflictError(rules.may_appeal(p, None))
    day = _day(errors, "received_on", received_on, not_before=p.answered_on, before_label="ngày trả lời")
    _raise(errors)
    refusal = rules.may_appeal(p, day)
    if refusal:
        raise ConflictError(refusal)
    # The window runs from the first-instance decision, or from the deadline that passed without one.
    unanswered = p.status != Status.ANSWERED
    grounds = {"grounds": "no_answer", "first_deadline": p.resolution_due.isoformat()} if unanswered else {}
    window = deadlines.due_date(selectors.deadline_rule(Kind.COMPLAINT_SECOND, Step.FILING),
                                p.resolution_due if unanswered else (p.answered_on or day),
                                remote=p.remote_area, complex_=False, calendar=_calendar(day))
    filed_late = window is not None and day > window
    owner = target_unit or p.unit
    acceptance = selectors.deadline_rule(Kind.COMPLAINT_SECOND, Step.ACCEPTANCE)
    due = deadlines.due_date(acceptance, day, remote=p.remote_area, complex_=p.complex, calendar=_calendar(day))
    second = Petition(unit=owner, line_path=owner.line_path, received_by=owner, code=_new_code(),
                      kind=Kind.COMPLAINT_SECOND, channel=p.channel, area=p.area, area_path=p.area_path,
                      received_on=day, people_count=p.people_count, subject=f"Khiếu nại lần hai: {p.subject}"[:300],
                      content=p.content, content_folded=p.content_folded, topics=p.topics, topic=p.topic,
                      remote_area=p.remote_area, complex=p.complex, acceptance_due=due, due_on=due,
                      first_instance=p, created_by=actor if getattr(actor, "pk", None) else None)
    if to_body:  # settled outside the system: the first unit follows it up until the answer comes back
        resolution = selectors.deadline_rule(Kind.COMPLAINT_SECOND, Step.RESOLUTION)
        second.status, second.forwarded_on, second.forwarded_to_body = Status.FORWARDED, day, to_body
        second.due_on = deadlines.due_date(resolution, day, remote=p.remote_area, complex_=p.complex,
                                           calendar=_calendar(day))
    while selectors.code_taken(second.code):
        second.code = _new_code()
    second.save()
    tally._settle(second)
    Petitioner.objects.bulk_create([Petitioner(petition=second, name=x.name, address=x.address, phone=x.phone,
                                               id_number=x.id_number, phone_key=x.phone_key)
                                    for x in Petitioner.objects.filter(petition=p)])
    where = {"to_body": to_body} if to_body else {"to_unit": owner.pk, "to_unit_name": owner.name}
    _event(second, EventKind.RECEIVED, actor, text=note, happened_on=day, first_instance=p.pk,
           filed_late=filed_late or None, filing_due=window and window.isoformat(), **grounds)
    if to_body:
        _event(second, EventKind.FORWARDED, actor, happened_on=day, to_body=to_body)
    _event(p, EventKind.APPEALED, actor, text=note, happened_on=day, second_instance=second.pk, code=second.code,
           filed_late=filed_late or None, **where, **grounds)
    if unanswered:  # it no longer waits for this unit's answer; the second instance carries the case
        p.due_on = None
    if target_unit is not None and target_unit.pk != p.unit_id:
        _notify_unit(target_unit, f"Khiếu nại lần hai {second.code} chuyển đến {target_unit.name}: {p.subject}",
                     second)
    record_event(actor, "petitions.petition.create", second, after=snapshot(second, AUDITED))
    record_event(actor, "petitions.petition.appeal", p, before=before, after=_finish(p, target))
    return second


@service
def add_petition_note(actor, petition: Petition, *, text: str, document: str = "") -> Petition:
    """A note on the timeline, in any state; after the answer it reaches the owning unit's staff."""
    p, before, _ = _begin(actor, petition, "note")
    errors: dict = {}
    text = _text(errors, "text", text, required=True)
    document = _text(errors, "document", document, limit=300)
    _raise(errors)
    _event(p, EventKind.NOTE, actor, text=text, document=document or None)
    if p.status in rules.SETTLED or p.status == Status.REJECTED:
        _notify_unit(p.unit, f"Cập nhật mới cho đơn {p.code} (đã {p.get_status_display().lower()})", p)
    record_event(actor, "petitions.petition.note", p, after={"text": text[:300]})
    return p


def _notify_unit(unit, message: str, petition: Petition) -> None:
    users = {user for _, _, user in active_members([unit.pk], rules.STEP_ROLES)}
    if users:
        notify(sorted(users, key=lambda u: u.pk), message[:500], petition.get_absolute_url())
