"""Petition and citizen-reception routes (/api/v1/petitions..., /api/v1/receptions).

Every read goes through petitions.selectors (scoped); every write through petitions.services. A step the
lifecycle refuses answers 409 with the reason. A denouncer's identity never leaves through the API. The status
lookup is the one route without login: rate-limited, the same 404 for a wrong code or phone, nothing personal.
"""

import hashlib
from datetime import date
from typing import Literal

from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import File, Form, Query, Router, Schema, UploadedFile
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Count, Id, Offset, PositiveInt
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit
from danvan.petitions import rules, selectors, services
from danvan.petitions.models import Petition
from danvan.reporting.selectors import parse_period_or_400

router = Router(tags=["Đơn thư, tiếp công dân"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
KindLit = Literal["complaint", "complaint_second", "denunciation", "recommendation", "reflection"]
ChannelLit = Literal["reception", "mail", "portal", "forwarded", "phone", "email"]
StatusLit = Literal["received", "accepted", "rejected", "forwarded", "extended", "answered", "closed", "appealed"]
LOOKUPS_PER_10_MINUTES = 20
NOT_FOUND = "Không tìm thấy đơn với mã và số điện thoại này."


class PetitionerIn(Schema):
    name: str
    address: str = ""
    phone: str = ""
    id_number: str = ""


class PetitionIn(Schema):
    kind: KindLit
    unit: Id
    received_on: date
    channel: ChannelLit
    area: str
    petitioners: list[PetitionerIn]
    people_count: PositiveInt | None = None
    subject: str
    content: str
    remote_area: bool | None = None
    complex: bool = False
    reception: Id | None = None


class PetitionerOut(Schema):
    name: str
    address: str
    phone: str
    id_number: str


class EventOut(Schema):
    kind: str
    label: str
    on: date
    text: str
    actor: str
    data: dict


class FileOut(Schema):
    id: int
    filename: str
    title: str
    kind: str
    size: int
    url: str


class PetitionOut(Schema):
    id: int
    code: str
    kind: str
    status: str
    unit: int
    unit_name: str
    received_by: int
    channel: str
    area: str
    received_on: date
    people_count: int
    petitioners: list[PetitionerOut]
    identity_withheld: bool
    subject: str
    content: str
    topics: list[str]
    remote_area: bool
    complex: bool
    deadlines: dict[str, date | None]
    due_on: date | None
    days_left: int | None
    overdue: bool
    late: bool
    extensions: int
    forwarded_to_body: str
    reject_reason: str
    answered_on: date | None
    result: str
    decision_number: str
    decision_date: date | None
    duplicate_of: int | None
    first_instance: int | None
    allowed: list[str]
    version: int
    timeline: list[EventOut] | None = None
    attachments: list[FileOut] | None = None


class PetitionPage(Schema):
    count: int
    items: list[PetitionOut]


def _withheld(person) -> dict:
    return {"name": selectors.WITHHELD, "address": "", "phone": "", "id_number": ""}


def petition_out(user, p: Petition, *, timeline: bool = False, people=None) -> dict:
    """The petition as the API shows it; a denouncer's identity is always withheld here."""
    today = timezone.localdate()
    confidential = rules.is_confidential(p)
    people = list(p.petitioners.all()) if people is None else people
    out = {
        "id": p.pk, "code": p.code, "kind": p.kind, "status": p.status, "unit": p.unit_id, "unit_name": p.unit.name,
        "received_by": p.received_by_id, "channel": p.channel, "area": p.area.code, "received_on": p.received_on,
        "people_count": p.people_count, "identity_withheld": confidential,
        "petitioners": [_withheld(x) if confidential else
                        {"name": x.name, "address": x.address, "phone": x.phone, "id_number": x.id_number}
                        for x in people],
        "subject": p.subject, "content": p.content, "topics": list(p.topics or []), "remote_area": p.remote_area,
        "complex": p.complex, "deadlines": {"acceptance": p.acceptance_due, "resolution": p.resolution_due},
        "due_on": p.due_on, "days_left": None if p.due_on is None else (p.due_on - today).days,
        "overdue": p.due_on is not None and p.due_on < today, "late": p.answered_late, "extensions": p.extensions,
        "forwarded_to_body": p.forwarded_to_body, "reject_reason": p.reject_reason, "answered_on": p.answered_on,
        "result": p.result, "decision_number": p.decision_number, "decision_date": p.decision_date,
        "duplicate_of": p.duplicate_of_id, "first_instance": p.first_instance_id,
        "allowed": selectors.allowed_steps(user, p), "version": p.version,
    }
    if timeline:
        out["timeline"] = [{"kind": e.kind, "label": e.get_kind_display(), "on": e.happened_on, "text": e.text,
                            "actor": e.actor_name, "data": e.data} for e in p.timeline.all()]
        # A denunciation's files may carry the denouncer's identity: never through the API, like the identity.
        files = [] if confidential else selectors.petition_files(user, p)
        out["attachments"] = [{"id": a.pk, "filename": a.filename, "title": a.title, "kind": a.kind, "size": a.size,
                               "url": reverse("petitions:petition_file", args=[a.pk])} for a in files]
    return out


def _fresh(request, petition: Petition, status: int = 200):
    """The petition after a step; read again in scope when still visible (a forward may move it away)."""
    try:
        p = selectors.petition_detail(request.auth, petition.pk)
    except Http404:  # forwarded out of the actor's scope: what the step returned, without the timeline
        return status, petition_out(request.auth, petition)
    return status, petition_out(request.auth, p, timeline=True)


class Filters(Schema):
    unit: Id | None = None
    area: str | None = None
    kind: KindLit | None = None
    status: StatusLit | None = None
    overdue: bool = False
    topic: str | None = None
    q: str = ""
    limit: int = 50
    offset: Offset = 0


@router.get("/petitions", response={200: PetitionPage, **ERRORS}, summary="Danh sách đơn thư")
def list_petitions(request: AuthedRequest, filters: Query[Filters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    area = get_area(request.auth, Era.CURRENT, filters.area) if filters.area else None
    qs = selectors.petition_list(request.auth, unit=unit, area=area, kind=filters.kind or "",
                                 status=filters.status or "", overdue=filters.overdue, topic=filters.topic or "",
                                 q=filters.q[:200]).select_related("area").prefetch_related("petitioners")
    count, items = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [petition_out(request.auth, p) for p in items]}


@router.post("/petitions", response={201: PetitionOut, **ERRORS}, summary="Tiếp nhận đơn thư")
def create_petition(request: AuthedRequest, payload: PetitionIn):
    unit = get_unit(request.auth, payload.unit, Action.VIEW)
    reception = selectors.get_reception(request.auth, payload.reception) if payload.reception else None
    petition = services.create_petition(
        request.auth, unit=unit, kind=payload.kind, received_on=payload.received_on, channel=payload.channel,
        area=payload.area, petitioners=[p.dict() for p in payload.petitioners], people_count=payload.people_count,
        subject=payload.subject, content=payload.content, remote_area=payload.remote_area, complex_=payload.complex,
        reception=reception)
    return _fresh(request, petition, 201)


class StatsQuery(Schema):
    unit: Id | None = None
    area: str | None = None
    period: str | None = None


class StatsOut(Schema):
    period: str
    start: date
    end: date
    received: int
    accepted: int
    rejected: int
    forwarded: int
    answered: int
    answered_on_time: int
    answered_late: int
    overdue: int
    average_days: float | None
    by_kind: dict[str, int]
    by_topic: dict[str, int]
    by_channel: dict[str, int]


@router.get("/petitions/stats", response={200: StatsOut, **ERRORS}, summary="Thống kê đơn thư theo tổ chức hoặc địa bàn, kỳ")
def stats(request: AuthedRequest, q: Query[StatsQuery]):
    if q.unit is not None and q.area:
        raise HttpError(400, "Chỉ dùng một trong hai tham số unit hoặc area.")
    period = parse_period_or_400(q.period or str(timezone.localdate().year))
    unit = get_unit(request.auth, q.unit) if q.unit is not None else None
    area = get_area(request.auth, Era.CURRENT, q.area) if q.area else None
    figures = selectors.statistics(request.auth, start=period.start, end=period.end, unit=unit, area=area)
    return {"period": period.code, "start": period.start, "end": period.end, **figures}


class StepOut(Schema):
    kind: str
    label: str
    on: date


class StatusOut(Schema):
    code: str
    status: str
    status_label: str
    kind: str
    received_on: date
    steps: list[StepOut]


@router.get("/petitions/status/{code}", auth=None, response={200: StatusOut, 404: ErrorOut, 429: ErrorOut},
            summary="Tra cứu tình trạng đơn (công khai, không cần đăng nhập)")
def public_status(request, code: str, phone_last4: str = ""):
    client = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:32]
    if services.count_status_lookup(None, client=client) > LOOKUPS_PER_10_MINUTES:
        raise HttpError(429, "Tra cứu quá nhiều lần; vui lòng thử lại sau 10 phút.")
    found = selectors.public_status(code, phone_last4)
    if found is None:
        raise HttpError(404, NOT_FOUND)
    return found


@router.get("/petitions/{petition_id}", response={200: PetitionOut, **ERRORS}, summary="Một đơn thư, với diễn biến")
def get_petition(request: AuthedRequest, petition_id: Id):
    return petition_out(request.auth, selectors.petition_detail(request.auth, petition_id), timeline=True)


class AcceptIn(Schema):
    accepted_on: date
    complex: bool | None = None
    note: str = ""
    resolution_days: PositiveInt | None = None


class RejectIn(Schema):
    reason: str
    rejected_on: date | None = None


class ForwardIn(Schema):
    to_unit: Id | None = None
    to_body: str = ""
    note: str = ""
    forwarded_on: date | None = None


class ReasonIn(Schema):
    reason: str


class AnswerIn(Schema):
    answered_on: date
    result: str
    document: str = ""
    decision_number: str = ""
    decision_date: date | None = None


class CloseIn(Schema):
    note: str = ""


class AppealIn(Schema):
    received_on: date
    to_unit: Id | None = None
    to_body: str = ""
    note: str = ""


class NoteIn(Schema):
    text: str
    document: str = ""


def _target(request, petition_id: int) -> Petition:
    return selectors.get_petition(request.auth, petition_id, Action.VIEW)


@router.post("/petitions/{petition_id}/accept", response={200: PetitionOut, **ERRORS}, summary="Thụ lý")
def accept(request: AuthedRequest, petition_id: Id, payload: AcceptIn):
    p = services.accept_petition(request.auth, _target(request, petition_id), accepted_on=payload.accepted_on,
                                 complex_=payload.complex, note=payload.note, resolution_days=payload.resolution_days)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/reject", response={200: PetitionOut, **ERRORS}, summary="Không thụ lý")
def reject(request: AuthedRequest, petition_id: Id, payload: RejectIn):
    p = services.reject_petition(request.auth, _target(request, petition_id), reason=payload.reason,
                                 rejected_on=payload.rejected_on)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/forward", response={200: PetitionOut, **ERRORS}, summary="Chuyển đơn")
def forward(request: AuthedRequest, petition_id: Id, payload: ForwardIn):
    petition = _target(request, petition_id)
    to_unit = None
    if payload.to_unit is not None:
        to_unit = selectors.forward_target(payload.to_unit)
        if to_unit is None:
            raise HttpError(400, "Không có đơn vị nhận này (hoặc đơn vị đã giải thể).")
    p = services.forward_petition(request.auth, petition, to_unit=to_unit, to_body=payload.to_body,
                                  note=payload.note, forwarded_on=payload.forwarded_on)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/extend", response={200: PetitionOut, **ERRORS}, summary="Gia hạn giải quyết")
def extend(request: AuthedRequest, petition_id: Id, payload: ReasonIn):
    return _fresh(request, services.extend_petition(request.auth, _target(request, petition_id),
                                                    reason=payload.reason))


@router.post("/petitions/{petition_id}/answer", response={200: PetitionOut, **ERRORS}, summary="Trả lời, giải quyết")
def answer(request: AuthedRequest, petition_id: Id, payload: AnswerIn):
    p = services.answer_petition(request.auth, _target(request, petition_id), answered_on=payload.answered_on,
                                 result=payload.result, document=payload.document,
                                 decision_number=payload.decision_number, decision_date=payload.decision_date)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/close", response={200: PetitionOut, **ERRORS}, summary="Kết thúc")
def close(request: AuthedRequest, petition_id: Id, payload: CloseIn | None = None):
    p = services.close_petition(request.auth, _target(request, petition_id), note=payload.note if payload else "")
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/appeal", response={201: PetitionOut, **ERRORS},
             summary="Khiếu nại lần hai (tạo đơn mới gắn với đơn lần đầu, do cấp trên giải quyết)")
def appeal(request: AuthedRequest, petition_id: Id, payload: AppealIn):
    to_unit = None
    if payload.to_unit is not None:
        to_unit = selectors.forward_target(payload.to_unit)
        if to_unit is None:
            raise HttpError(400, "Không có đơn vị giải quyết lần hai này (hoặc đơn vị đã giải thể).")
    second = services.appeal_petition(request.auth, _target(request, petition_id), received_on=payload.received_on,
                                      to_unit=to_unit, to_body=payload.to_body, note=payload.note)
    return _fresh(request, second, 201)


@router.post("/petitions/{petition_id}/attachments", response={201: PetitionOut, **ERRORS},
             summary="Đính kèm tệp vào đơn (multipart: file, title)")
def attach(request: AuthedRequest, petition_id: Id, file: File[UploadedFile], title: Form[str] = ""):
    petition = _target(request, petition_id)
    services.attach_petition_file(request.auth, petition, file, title=title)
    return _fresh(request, petition, 201)


@router.post("/petitions/{petition_id}/events", response={201: PetitionOut, **ERRORS},
             summary="Ghi chú vào diễn biến (cả sau khi đã kết thúc)")
def add_event(request: AuthedRequest, petition_id: Id, payload: NoteIn):
    p = services.add_petition_note(request.auth, _target(request, petition_id), text=payload.text,
                                   document=payload.document)
    return _fresh(request, p, 201)


class ReceptionIn(Schema):
    unit: Id
    held_on: date
    host_name: str
    host_position: str
    kind: Literal["regular", "ad_hoc"] = "regular"
    citizens_count: Count = 0
    note: str = ""


class ReceptionOut(Schema):
    id: int
    unit: int
    unit_name: str
    held_on: date
    host_name: str
    host_position: str
    kind: str
    citizens_count: int
    petitions_count: int


class ReceptionPage(Schema):
    count: int
    items: list[ReceptionOut]


def reception_out(r, petitions_count: int | None = None) -> dict:
    return {"id": r.pk, "unit": r.unit_id, "unit_name": r.unit.name, "held_on": r.held_on, "host_name": r.host_name,
            "host_position": r.host_position, "kind": r.kind, "citizens_count": r.citizens_count,
            "petitions_count": getattr(r, "petitions_count", petitions_count or 0)}


@router.post("/receptions", response={201: ReceptionOut, **ERRORS}, summary="Ghi buổi tiếp công dân")
def create_reception(request: AuthedRequest, payload: ReceptionIn):
    unit = get_unit(request.auth, payload.unit, Action.VIEW)
    session = services.record_reception(request.auth, unit=unit, held_on=payload.held_on,
                                        host_name=payload.host_name, host_position=payload.host_position,
                                        kind=payload.kind, citizens_count=payload.citizens_count, note=payload.note)
    return 201, reception_out(session, 0)


class ReceptionFilters(Schema):
    unit: Id | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 50
    offset: Offset = 0


@router.get("/receptions", response={200: ReceptionPage, **ERRORS}, summary="Các buổi tiếp công dân")
def list_receptions(request: AuthedRequest, filters: Query[ReceptionFilters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    qs = selectors.receptions(request.auth, unit=unit, since=filters.since, until=filters.until)
    count, items = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [reception_out(r) for r in items]}
