"""/api/v1/tasks: set a key task, report progress, the list with derived progress and lateness, proposals."""

from datetime import date
from typing import Annotated, Literal

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.directives.parsing import propose_tasks
from danvan.directives.selectors import directives as directive_selectors
from danvan.directives.selectors import tasks as selectors
from danvan.directives.services import tasks as services
from danvan.org.selectors import get_unit
from danvan.reporting.selectors import parse_period_or_400

router = Router(tags=["Chỉ đạo"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
StatusLit = Literal["not_started", "in_progress", "done", "late"]
MAX_UNITS = 200


class TaskIn(Schema):
    unit: Id
    period: Annotated[str, Field(max_length=20)]
    title: str
    description: str = ""
    deadline: date
    lead_units: Annotated[list[Id], Field(max_length=MAX_UNITS)]
    support_units: Annotated[list[Id], Field(max_length=MAX_UNITS)] = []
    parent: Id | None = None
    directive: Id | None = None


class TaskOut(Schema):
    id: int
    unit: int
    unit_name: str
    period: str
    title: str
    description: str
    deadline: date
    lead_units: list[int]
    support_units: list[int]
    parent: int | None
    directive: int | None
    status: str
    progress: int
    late: bool
    reported_on: date | None
    version: int


class TaskPage(Schema):
    count: int
    items: list[TaskOut]


def task_out(row: selectors.TaskRow) -> dict:
    t, p = row.task, row.progress
    return {"id": t.pk, "unit": t.unit_id, "unit_name": t.unit.name, "period": t.period, "title": t.title,
            "description": t.description, "deadline": t.deadline,
            "lead_units": [u.pk for u in t.lead_units.all()], "support_units": [u.pk for u in t.support_units.all()],
            "parent": t.parent_id, "directive": t.directive_id, "status": p.shown, "progress": p.percent,
            "late": p.late, "reported_on": t.reported_on, "version": t.version}


def _one(request, task_id: int) -> dict:
    task, progress, _children = selectors.task_detail(request.auth, task_id)
    return task_out(selectors.TaskRow(task, progress))


def _units(request, ids) -> list:
    return [get_unit(request.auth, pk) for pk in dict.fromkeys(ids)]


@router.post("", response={201: TaskOut, **ERRORS}, summary="Giao nhiệm vụ trọng tâm")
def create_task(request: AuthedRequest, payload: TaskIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    parent = selectors.get_task(request.auth, payload.parent) if payload.parent else None
    directive = directive_selectors.get_directive(request.auth, payload.directive) if payload.directive else None
    task = services.create_task(request.auth, unit=unit, period=payload.period, title=payload.title,
                                description=payload.description, deadline=payload.deadline,
                                lead_units=_units(request, payload.lead_units),
                                support_units=_units(request, payload.support_units), parent=parent,
                                directive=directive)
    return 201, _one(request, task.pk)


class ProgressIn(Schema):
    status: StatusLit
    percent: Annotated[int, Field(ge=0, le=100)]
    note: str = ""
    reported_on: date


@router.post("/{int:task_id}/progress", response={201: TaskOut, **ERRORS}, summary="Báo cáo tiến độ nhiệm vụ")
def report_progress(request: AuthedRequest, task_id: Id, payload: ProgressIn):
    task = selectors.get_task(request.auth, task_id)
    services.report_progress(request.auth, task, status=payload.status, percent=payload.percent, note=payload.note,
                             reported_on=payload.reported_on)
    return 201, _one(request, task_id)


class TaskFilters(Schema):
    unit: Id | None = None
    period: Annotated[str, Field(max_length=20)] | None = None
    status: StatusLit | None = None
    late: bool | None = None
    q: Annotated[str, Field(max_length=200)] = ""
    limit: int = 50
    offset: Offset = 0


@router.get("", response={200: TaskPage, **ERRORS}, summary="Danh sách nhiệm vụ với tiến độ, chậm tiến độ")
def list_tasks(request: AuthedRequest, filters: Query[TaskFilters]):
    if not 1 <= filters.limit <= 500:
        raise HttpError(400, "limit phải từ 1 đến 500.")
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    period = parse_period_or_400(filters.period).code if filters.period else None
    rows = selectors.task_rows(request.auth, unit=unit, period=period, status=filters.status, late=filters.late,
                               q=filters.q)
    return {"count": len(rows), "items": [task_out(r) for r in rows[filters.offset:filters.offset + filters.limit]]}


class ProposeIn(Schema):
    text: Annotated[str, Field(max_length=100_000)]


class ProposeOut(Schema):
    tasks: list[str]


@router.post("/propose", response={200: ProposeOut, **ERRORS}, summary="Đề xuất nhiệm vụ từ kết luận hội nghị")
def propose(request: AuthedRequest, payload: ProposeIn):
    return {"tasks": propose_tasks(payload.text)}
