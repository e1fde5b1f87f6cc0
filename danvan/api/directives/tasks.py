"""/api/v1/tasks: set a key task, report progress, the list with derived progress and lateness, proposals."""

from datetime import date
from typing import Annotated, Literal

from ninja import Field, File, Query, Router, Schema, Status, UploadedFile

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.directives.parsing import propose_tasks, read_upload
from danvan.directives.selectors import activities as activity_selectors
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
    return Status(201, _one(request, task.pk))


class ProgressIn(Schema):
    status: StatusLit
    percent: Annotated[int, Field(ge=0, le=100)]
    note: str = ""
    reported_on: date
    evidence_directive: Id | None = None  # a document the reporter may read
    evidence_activity: Id | None = None  # an activity the reporter may see


@router.post("/{int:task_id}/progress", response={201: TaskOut, **ERRORS}, summary="Báo cáo tiến độ nhiệm vụ")
def report_progress(request: AuthedRequest, task_id: Id, payload: ProgressIn):
    task = selectors.get_task(request.auth, task_id)
    directive = (directive_selectors.get_directive(request.auth, payload.evidence_directive)
                 if payload.evidence_directive else None)
    activity = (activity_selectors.get_activity(request.auth, payload.evidence_activity)
                if payload.evidence_activity else None)
    services.report_progress(request.auth, task, status=payload.status, percent=payload.percent, note=payload.note,
                             reported_on=payload.reported_on, evidence_directive=directive,
                             evidence_activity=activity)
    return Status(201, _one(request, task_id))


class VersionIn(Schema):
    version: int


@router.post("/{int:task_id}/progress/withdraw", response={200: TaskOut, **ERRORS},
             summary="Rút báo cáo tiến độ gần nhất (nhập nhầm; kèm version)")
def withdraw_progress(request: AuthedRequest, task_id: Id, payload: VersionIn):
    services.withdraw_progress(request.auth, selectors.get_task(request.auth, task_id), version=payload.version)
    return _one(request, task_id)


class EvidenceOut(Schema):
    kind: Literal["directive", "activity"]
    id: int
    label: str
    url: str


class ReportOut(Schema):
    id: int
    status: str
    percent: int
    note: str
    reported_on: date
    evidence: EvidenceOut | None


class TaskDetailOut(TaskOut):
    reports: list[ReportOut]
    children: list[int]


def _evidence(p) -> dict | None:
    if p.evidence_directive_id:
        d = p.evidence_directive
        return {"kind": "directive", "id": d.pk, "label": str(d), "url": d.get_absolute_url()}
    if p.evidence_activity_id:
        a = p.evidence_activity
        return {"kind": "activity", "id": a.pk, "label": a.title, "url": a.get_absolute_url()}
    return None


@router.get("/{int:task_id}", response={200: TaskDetailOut, **ERRORS},
            summary="Một nhiệm vụ: tiến độ, các báo cáo (kèm minh chứng), nhiệm vụ con")
def get_task(request: AuthedRequest, task_id: Id):
    task, progress, children = selectors.task_detail(request.auth, task_id)
    reports = [{"id": p.pk, "status": p.status, "percent": p.percent, "note": p.note, "reported_on": p.reported_on,
                "evidence": _evidence(p)} for p in selectors.visible_reports(request.auth, task)]
    return {**task_out(selectors.TaskRow(task, progress)), "reports": reports,
            "children": [r.task.pk for r in children]}


class TaskPatch(Schema):
    """The fields to correct (not the unit, period or parent); `version` is the one last read (a stale one
    answers 409). `directive: null` removes the link."""

    version: int
    title: str | None = None
    description: str | None = None
    deadline: date | None = None
    lead_units: Annotated[list[Id], Field(max_length=MAX_UNITS)] | None = None
    support_units: Annotated[list[Id], Field(max_length=MAX_UNITS)] | None = None
    directive: Id | None = None


@router.patch("/{int:task_id}", response={200: TaskOut, **ERRORS}, summary="Sửa nhiệm vụ (kèm version)")
def patch_task(request: AuthedRequest, task_id: Id, payload: TaskPatch):
    task = selectors.get_task(request.auth, task_id, Action.REPORT)
    changes = payload.dict(exclude_unset=True)
    changes.pop("version")
    link = {"directive": changes.pop("directive")} if "directive" in changes else {}
    changes = {k: v for k, v in changes.items() if v is not None}
    for name in ("lead_units", "support_units"):
        if name in changes:
            changes[name] = _units(request, changes[name])
    if link:
        changes["directive"] = (directive_selectors.get_directive(request.auth, link["directive"])
                                if link["directive"] else None)
    services.update_task(request.auth, task, version=payload.version, **changes)
    return _one(request, task_id)


class TaskFilters(Schema):
    unit: Id | None = None
    period: Annotated[str, Field(max_length=20)] | None = None
    status: StatusLit | None = None
    late: bool | None = None
    due: Annotated[int, Field(ge=1, le=366)] | None = None  # still open, due within this many days
    q: Annotated[str, Field(max_length=200)] = ""
    limit: int = 50
    offset: Offset = 0


@router.get("", response={200: TaskPage, **ERRORS}, summary="Danh sách nhiệm vụ với tiến độ, chậm tiến độ")
def list_tasks(request: AuthedRequest, filters: Query[TaskFilters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    period = parse_period_or_400(filters.period).code if filters.period else None
    qs = selectors.task_queryset(request.auth, unit=unit, period=period, status=filters.status, late=filters.late,
                                 q=filters.q, due_within=filters.due).order_by("deadline", "id")
    count, page = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [task_out(r) for r in selectors.rows_of(page)]}


class ProposeIn(Schema):
    text: Annotated[str, Field(max_length=100_000)]


class ProposeOut(Schema):
    tasks: list[str]


@router.post("/propose", response={200: ProposeOut, **ERRORS}, summary="Đề xuất nhiệm vụ từ kết luận hội nghị")
def propose(request: AuthedRequest, payload: ProposeIn):
    return {"tasks": propose_tasks(payload.text)}


@router.post("/propose-file", response={200: ProposeOut, **ERRORS},
             summary="Đề xuất nhiệm vụ từ tệp báo cáo, kết luận (.docx, .pdf, .txt)")
def propose_file(request: AuthedRequest, file: File[UploadedFile]):
    return {"tasks": propose_tasks(read_upload(file))}
