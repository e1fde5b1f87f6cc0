"""Situation routes (/api/v1/situation/...): notes, incidents and their timeline, warnings, the monthly draft.

Scoped through danvan.situation.selectors; the confidential source goes through rules.source_for, so a
reader who may not read it gets "withheld".
"""

from datetime import date
from typing import Literal

from ninja import Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Count, Id, Offset, PositiveInt
from danvan.api.reporting.submissions import SubmissionOut, submission_out
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.org.selectors import get_unit
from danvan.reporting import selectors as reporting_selectors
from danvan.situation import rules, selectors, services
from danvan.situation.areas import area_ref, resolve_area

router = Router(tags=["Nắm tình hình nhân dân"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
MoodIn = Literal["positive", "neutral", "worried", "angry"]
SourceIn = Literal["collaborator", "staff", "meeting", "press", "social", "reception", "other"]


class NoteIn(Schema):
    unit: Id
    area: str | None = None
    observed_on: date
    text: str
    topics: list[str] | None = None
    mood: MoodIn
    people_count: Count | None = None
    source_kind: SourceIn
    verified: bool = False
    confidential_source: str | None = None


class NoteOut(Schema):
    id: int
    unit: int
    area: str
    observed_on: date
    text: str
    topics: list[str]
    topics_suggested: bool
    area_suggested: bool
    mood: str
    people_count: int | None
    source_kind: str
    verified: bool
    confidential_source: str | None


class NotePage(Schema):
    count: int
    items: list[NoteOut]


def note_out(user, note) -> dict:
    return {"id": note.pk, "unit": note.unit_id, "area": area_ref(note.area), "observed_on": note.observed_on,
            "text": note.text, "topics": note.topics, "topics_suggested": note.topics_suggested,
            "area_suggested": note.area_suggested, "mood": note.mood, "people_count": note.people_count,
            "source_kind": note.source_kind, "verified": note.verified,
            "confidential_source": rules.source_for(user, note)}


@router.post("/notes", response={201: NoteOut, **ERRORS}, summary="Ghi tin tình hình nhân dân")
def create_note(request: AuthedRequest, payload: NoteIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    area = resolve_area(payload.area) if payload.area else None
    note = services.record_note(
        request.auth, unit=unit, area=area, observed_on=payload.observed_on, text=payload.text,
        topics=payload.topics, mood=payload.mood, people_count=payload.people_count,
        source_kind=payload.source_kind, verified=payload.verified,
        confidential_source=payload.confidential_source or "")
    return 201, note_out(request.auth, selectors.get_note(request.auth, note.pk))


class NoteFilters(Schema):
    unit: Id | None = None
    area: str | None = None
    topic: str | None = None
    mood: MoodIn | None = None
    since: date | None = None
    until: date | None = None
    q: str = ""
    limit: int = 50
    offset: Offset = 0


@router.get("/notes", response={200: NotePage, **ERRORS}, summary="Danh sách tin")
def list_notes(request: AuthedRequest, filters: Query[NoteFilters]):
    qs = selectors.note_list(
        request.auth, unit=get_unit(request.auth, filters.unit) if filters.unit else None,
        area=resolve_area(filters.area) if filters.area else None, topic=filters.topic, mood=filters.mood,
        since=filters.since, until=filters.until, q=filters.q)
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [note_out(request.auth, n) for n in rows]}


@router.get("/notes/{int:note_id}", response={200: NoteOut, **ERRORS}, summary="Một tin")
def get_note(request: AuthedRequest, note_id: Id):
    return note_out(request.auth, selectors.get_note(request.auth, note_id))


class IncidentIn(Schema):
    unit: Id
    areas: list[str]
    title: str
    description: str = ""
    topics: list[str] = []
    severity: PositiveInt = 1
    people_count: Count = 0
    started_on: date
    notes: list[Id] = []


class EventIn(Schema):
    kind: Literal["update", "action", "escalate", "stabilise", "close", "reopen"]
    text: str = ""
    happened_on: date | None = None
    severity: PositiveInt | None = None
    people_count: Count | None = None


class EventOut(Schema):
    kind: str
    text: str
    happened_on: date
    actor: str
    data: dict


class IncidentOut(Schema):
    id: int
    unit: int
    title: str
    description: str
    areas: list[str]
    topics: list[str]
    severity: int
    people_count: int
    started_on: date
    state: str
    closed_on: date | None
    escalated_to: int | None
    version: int
    notes: list[int]
    timeline: list[EventOut] | None = None


class IncidentPage(Schema):
    count: int
    items: list[IncidentOut]


def incident_out(incident, *, timeline: bool = False) -> dict:
    out = {"id": incident.pk, "unit": incident.unit_id, "title": incident.title, "description": incident.description,
           "areas": [area_ref(r.area) for r in incident.area_rows.all()], "topics": incident.topics,
           "severity": incident.severity, "people_count": incident.people_count, "started_on": incident.started_on,
           "state": incident.state, "closed_on": incident.closed_on, "escalated_to": incident.escalated_to_id,
           "version": incident.version, "notes": sorted(n.pk for n in incident.notes.all())}
    if timeline:
        out["timeline"] = [{"kind": e.kind, "text": e.text, "happened_on": e.happened_on, "actor": e.actor_name,
                            "data": e.data} for e in incident.timeline.all()]
    return out


@router.post("/incidents", response={201: IncidentOut, **ERRORS}, summary="Ghi vụ việc phức tạp")
def create_incident(request: AuthedRequest, payload: IncidentIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    incident = services.create_incident(
        request.auth, unit=unit, areas=[resolve_area(a) for a in payload.areas], title=payload.title,
        description=payload.description, topics=payload.topics, severity=payload.severity,
        people_count=payload.people_count, started_on=payload.started_on, notes=payload.notes)
    return 201, incident_out(selectors.get_incident(request.auth, incident.pk), timeline=True)


@router.post("/incidents/{int:incident_id}/events", response={201: IncidentOut, **ERRORS},
             summary="Ghi diễn biến vụ việc (chuyển trạng thái theo quy trình)")
def add_event(request: AuthedRequest, incident_id: Id, payload: EventIn):
    incident = selectors.get_incident(request.auth, incident_id, Action.REPORT)
    services.add_incident_event(request.auth, incident, kind=payload.kind, text=payload.text,
                                happened_on=payload.happened_on, severity=payload.severity,
                                people_count=payload.people_count)
    return 201, incident_out(selectors.get_incident(request.auth, incident_id), timeline=True)


class IncidentFilters(Schema):
    state: Literal["emerging", "handling", "stabilised", "closed"] | None = None
    severity: Literal[1, 2, 3] | None = None
    area: str | None = None
    unit: Id | None = None
    topic: str | None = None
    escalated: bool | None = None
    limit: int = 50
    offset: Offset = 0


@router.get("/incidents", response={200: IncidentPage, **ERRORS}, summary="Danh sách vụ việc")
def list_incidents(request: AuthedRequest, filters: Query[IncidentFilters]):
    qs = selectors.incident_list(
        request.auth, state=filters.state, severity=filters.severity,
        area=resolve_area(filters.area) if filters.area else None,
        unit=get_unit(request.auth, filters.unit) if filters.unit else None, topic=filters.topic,
        escalated=filters.escalated).prefetch_related("notes")
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [incident_out(i) for i in rows]}


@router.get("/incidents/{int:incident_id}", response={200: IncidentOut, **ERRORS}, summary="Một vụ việc và diễn biến")
def get_incident(request: AuthedRequest, incident_id: Id):
    return incident_out(selectors.get_incident(request.auth, incident_id), timeline=True)


class WarningOut(Schema):
    topic: str
    area: str
    level: str
    count: int
    baseline: float
    ratio: float | None
    window_start: date
    window_end: date
    notes: list[int]


class WarningList(Schema):
    items: list[WarningOut]


class WarningFilters(Schema):
    unit: Id | None = None
    area: str | None = None
    since: date | None = None


@router.get("/warnings", response={200: WarningList, **ERRORS}, summary="Cảnh báo sớm (tính ngay từ các tin)")
def list_warnings(request: AuthedRequest, filters: Query[WarningFilters]):
    found = selectors.compute_warnings(
        request.auth, unit=get_unit(request.auth, filters.unit) if filters.unit else None,
        area=resolve_area(filters.area) if filters.area else None, since=filters.since)
    return {"items": [{"topic": w.topic, "area": area_ref(w.area), "level": w.level, "count": w.count,
                       "baseline": w.baseline, "ratio": w.ratio, "window_start": w.window_start,
                       "window_end": w.window_end, "notes": w.notes} for w in found]}


class DismissIn(Schema):
    unit: Id
    topic: str
    area: str
    reason: str
    window_end: date | None = None


class DismissOut(Schema):
    id: int
    topic: str
    area: str
    window_end: date
    reason: str


@router.post("/warnings/dismissals", response={201: DismissOut, **ERRORS}, summary="Bỏ qua một cảnh báo (kèm lý do)")
def dismiss(request: AuthedRequest, payload: DismissIn):
    unit = get_unit(request.auth, payload.unit, Action.REVIEW)
    d = services.dismiss_warning(request.auth, unit=unit, topic=payload.topic, area=resolve_area(payload.area),
                                 window_end=payload.window_end, reason=payload.reason)
    return 201, {"id": d.pk, "topic": d.topic, "area": area_ref(d.area), "window_end": d.window_end,
                 "reason": d.reason}


class DraftIn(Schema):
    unit: Id
    period: str


@router.post("/reports/draft", response={200: SubmissionOut, **ERRORS},
             summary="Soạn (hoặc soạn lại) báo cáo tình hình nhân dân tháng BC-TTND-THANG")
def draft_report(request: AuthedRequest, payload: DraftIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    submission = services.draft_situation_report(request.auth, unit=unit, period=payload.period)
    return submission_out(reporting_selectors.get_submission(request.auth, submission.pk))
