"""/api/v1/activities: record an activity, the list, grassroots-democracy compliance."""

from datetime import date
from typing import Annotated

from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Count, Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.directives.models import Activity
from danvan.directives.selectors import activities as selectors
from danvan.directives.selectors import directives as directive_selectors
from danvan.directives.selectors import tasks as task_selectors
from danvan.directives.services import activities as services
from danvan.org.selectors import get_unit

router = Router(tags=["Chỉ đạo"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class CommitmentIn(Schema):
    text: str
    deadline: date
    responsible: str = ""


class ActivityIn(Schema):
    unit: Id
    kind: Annotated[str, Field(max_length=40)]
    title: str
    starts_on: date
    ends_on: date | None = None
    area: Annotated[str, Field(max_length=20)] = ""
    participants: Count = 0
    participant_groups: dict[Annotated[str, Field(max_length=100)], Count] = {}
    content: str = ""
    outcome: str = ""
    details: dict[str, str] = {}
    directive: Id | None = None
    task: Id | None = None
    commitments: Annotated[list[CommitmentIn], Field(max_length=100)] = []


class CommitmentOut(Schema):
    id: int
    text: str
    responsible: str
    deadline: date
    state: str


class ActivityOut(Schema):
    id: int
    unit: int
    unit_name: str
    kind: str
    title: str
    starts_on: date
    ends_on: date
    area: str
    participants: int
    participant_groups: dict[str, int]
    content: str
    outcome: str
    details: dict[str, str]
    directive: int | None
    task: int | None
    version: int
    commitments: list[CommitmentOut] | None = None


class ActivityPage(Schema):
    count: int
    items: list[ActivityOut]


def activity_out(a: Activity, *, full: bool = False) -> dict:
    out = {"id": a.pk, "unit": a.unit_id, "unit_name": a.unit.name, "kind": a.kind, "title": a.title,
           "starts_on": a.starts_on, "ends_on": a.ends_on, "area": a.area.code, "participants": a.participants,
           "participant_groups": a.participant_groups, "content": a.content, "outcome": a.outcome,
           "details": a.details, "directive": a.directive_id, "task": a.task_id, "version": a.version}
    if full:
        out["commitments"] = [{"id": c.pk, "text": c.text, "responsible": c.responsible, "deadline": c.deadline,
                               "state": c.state} for c in a.commitments.all()]
    return out


@router.post("", response={201: ActivityOut, **ERRORS}, summary="Ghi nhận hoạt động")
def create_activity(request: AuthedRequest, payload: ActivityIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    directive = directive_selectors.get_directive(request.auth, payload.directive) if payload.directive else None
    task = task_selectors.get_task(request.auth, payload.task) if payload.task else None
    activity = services.record_activity(
        request.auth, unit=unit, kind=payload.kind, title=payload.title, starts_on=payload.starts_on,
        ends_on=payload.ends_on, area=payload.area, participants=payload.participants,
        participant_groups=payload.participant_groups, content=payload.content, outcome=payload.outcome,
        details=payload.details, directive=directive, task=task,
        commitments=[c.dict() for c in payload.commitments])
    return Status(201, activity_out(selectors.get_activity(request.auth, activity.pk), full=True))


class ActivityFilters(Schema):
    unit: Id | None = None
    kind: Annotated[str, Field(max_length=40)] | None = None
    since: date | None = None
    until: date | None = None
    q: Annotated[str, Field(max_length=200)] = ""
    limit: int = 50
    offset: Offset = 0


@router.get("", response={200: ActivityPage, **ERRORS}, summary="Danh sách hoạt động")
def list_activities(request: AuthedRequest, filters: Query[ActivityFilters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    qs = selectors.activity_list(request.auth, unit=unit, kind=filters.kind, since=filters.since,
                                 until=filters.until, q=filters.q)
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [activity_out(a) for a in rows]}


class ComplianceQuery(Schema):
    unit: Id | None = None
    year: Annotated[int, Field(ge=2000, le=2999)] | None = None


class ComplianceOut(Schema):
    communes_without_dialogue: list[str]
    hamlets_without_meeting: list[int]


@router.get("/compliance", response={200: ComplianceOut, **ERRORS},
            summary="Dân chủ ở cơ sở: xã chưa đối thoại, thôn chưa họp cuối năm")
def compliance(request: AuthedRequest, q: Query[ComplianceQuery]):
    year = q.year or timezone.localdate().year
    area: object
    if q.unit is not None:
        area = get_unit(request.auth, q.unit).area
    elif request.auth.is_superuser:
        area = selectors.NATION
    else:
        raise HttpError(400, "Chọn tổ chức (tham số unit).")
    return selectors.compliance(request.auth, area=area, year=year)


@router.get("/{int:activity_id}", response={200: ActivityOut, **ERRORS}, summary="Một hoạt động và các cam kết")
def get_activity(request: AuthedRequest, activity_id: Id):
    return activity_out(selectors.get_activity(request.auth, activity_id), full=True)


class ActivityPatch(Schema):
    """The fields to correct (not the unit); `version` is the one last read (a stale one answers 409).
    `directive: null` / `task: null` remove the link."""

    version: int
    kind: Annotated[str, Field(max_length=40)] | None = None
    title: str | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    area: Annotated[str, Field(max_length=20)] | None = None
    participants: Count | None = None
    participant_groups: dict[Annotated[str, Field(max_length=100)], Count] | None = None
    content: str | None = None
    outcome: str | None = None
    details: dict[str, str] | None = None
    directive: Id | None = None
    task: Id | None = None


@router.patch("/{int:activity_id}", response={200: ActivityOut, **ERRORS}, summary="Sửa hoạt động (kèm version)")
def patch_activity(request: AuthedRequest, activity_id: Id, payload: ActivityPatch):
    activity = selectors.get_activity(request.auth, activity_id, Action.REPORT)
    changes = payload.dict(exclude_unset=True)
    changes.pop("version")
    links = {k: changes.pop(k) for k in ("directive", "task") if k in changes}
    changes = {k: v for k, v in changes.items() if v is not None}
    if "directive" in links:
        changes["directive"] = (directive_selectors.get_directive(request.auth, links["directive"])
                                if links["directive"] else None)
    if "task" in links:
        changes["task"] = task_selectors.get_task(request.auth, links["task"]) if links["task"] else None
    services.update_activity(request.auth, activity, version=payload.version, **changes)
    return activity_out(selectors.get_activity(request.auth, activity_id), full=True)
