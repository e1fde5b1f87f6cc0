"""Dân vận khéo routes (/api/v1/models...): models and exemplars, their lifecycle, statistics.

Every read goes through movement.selectors (scoped); every write through movement.services. A transition the
lifecycle refuses answers 409 with the reason (core.statemachine.TransitionRefused is a ConflictError).
"""

from datetime import date
from typing import Annotated, Literal

from ninja import Field, Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.api.stats import stats_out, stats_target
from danvan.core.permissions import Action
from danvan.movement import selectors, services
from danvan.movement.models import MovementModel
from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit

router = Router(tags=["Dân vận khéo"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
KindLit = Literal["model", "exemplar_collective", "exemplar_individual"]
StatusLit = Literal["registered", "launched", "evaluated", "recognised", "stopped"]


class Registration(Schema):
    situation: str = ""
    goals: str = ""
    content: str = ""
    target_group: str = ""
    participants: str = ""
    resources: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    outputs: str = ""
    sustainability: str = ""


class ModelIn(Schema):
    unit: Id
    kind: KindLit = "model"
    name: str
    field: str
    areas: list[str]
    registered_on: date
    registration: Registration = Registration()


class ModelPatch(Schema):
    version: int
    kind: KindLit | None = None
    name: str | None = None
    field: str | None = None
    areas: list[str] | None = None
    registered_on: date | None = None
    registration: dict[str, str | date | None] | None = None


class EvaluationOut(Schema):
    id: int
    period: str
    scores: dict[str, float]
    effective: bool
    evidence: str
    evaluated_on: date
    evaluator: str


class RecognitionOut(Schema):
    id: int
    decision_number: str
    decision_date: date
    issuer: str
    level: str
    form: str


class ModelOut(Schema):
    id: int
    unit: int
    unit_name: str
    kind: str
    name: str
    field: str
    areas: list[str]
    registered_on: date
    status: str
    version: int
    registration: Registration
    launched_on: date | None
    commitments: str
    stopped_on: date | None
    stop_reason: str
    origin: int | None
    is_public: bool
    evaluations: list[EvaluationOut] | None = None
    recognitions: list[RecognitionOut] | None = None


class ModelPage(Schema):
    count: int
    items: list[ModelOut]


def model_out(m: MovementModel, *, full: bool = True) -> dict:
    out = {
        "id": m.pk, "unit": m.unit_id, "unit_name": m.unit.name, "kind": m.kind, "name": m.name,
        "field": m.field.code, "areas": [a.code for a in m.areas.all()], "registered_on": m.registered_on,
        "status": m.status, "version": m.version,
        "registration": {name: getattr(m, name) for name in services.REGISTRATION},
        "launched_on": m.launched_on, "commitments": m.commitments, "stopped_on": m.stopped_on,
        "stop_reason": m.stop_reason, "origin": m.origin_id, "is_public": m.is_public,
    }
    if full:
        out["evaluations"] = [{"id": e.pk, "period": e.period, "scores": e.scores, "effective": e.effective,
                               "evidence": e.evidence, "evaluated_on": e.evaluated_on, "evaluator": e.evaluator_name}
                              for e in m.evaluations.all()]
        out["recognitions"] = [{"id": r.pk, "decision_number": r.decision_number, "decision_date": r.decision_date,
                                "issuer": r.issuer, "level": r.level, "form": r.form} for r in m.recognitions.all()]
    return out


def _detail(request, model_id: int) -> dict:
    return model_out(selectors.model_detail(request.auth, model_id))


@router.post("", response={201: ModelOut, **ERRORS}, summary="Đăng ký mô hình, điển hình")
def create_model(request: AuthedRequest, payload: ModelIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    model = services.register_model(request.auth, unit=unit, kind=payload.kind, name=payload.name,
                                    field=payload.field, areas=payload.areas, registered_on=payload.registered_on,
                                    registration=payload.registration.dict())
    return 201, _detail(request, model.pk)


class ModelFilters(Schema):
    unit: Id | None = None
    area: str | None = None
    field: str | None = None
    kind: KindLit | None = None
    status: StatusLit | None = None
    year: Annotated[int, Field(ge=1900, le=2999)] | None = None  # a date lookup outside this range would fail
    q: str = ""
    limit: int = 50
    offset: Offset = 0


@router.get("", response={200: ModelPage, **ERRORS}, summary="Danh sách mô hình, điển hình")
def list_models(request: AuthedRequest, filters: Query[ModelFilters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    area = get_area(request.auth, Era.CURRENT, filters.area) if filters.area else None
    qs = selectors.model_list(request.auth, unit=unit, area=area, field=filters.field, kind=filters.kind,
                              status=filters.status, year=filters.year, q=filters.q)
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [model_out(m, full=False) for m in rows]}


class StatsQuery(Schema):
    unit: Id | None = None
    area: str | None = None
    period: str | None = None


class StatsOut(Schema):
    period: str
    start: date
    end: date
    total: int
    new: int
    effective: int
    recognised: int
    replicated: int
    by_field: dict[str, int]
    by_level: dict[str, int]
    by_organisation_kind: dict[str, int]


@router.get("/stats", response={200: StatsOut, **ERRORS}, summary="Thống kê mô hình theo tổ chức hoặc địa bàn, kỳ")
def stats(request: AuthedRequest, q: Query[StatsQuery]):
    period, unit, area = stats_target(request.auth, unit=q.unit, area=q.area, period=q.period)
    return stats_out(period, selectors.statistics(request.auth, start=period.start, end=period.end, unit=unit,
                                                  area=area))


@router.get("/{int:model_id}", response={200: ModelOut, **ERRORS}, summary="Một mô hình")
def get_model(request: AuthedRequest, model_id: Id):
    return _detail(request, model_id)


@router.patch("/{int:model_id}", response={200: ModelOut, **ERRORS}, summary="Sửa mô hình (kèm version)")
def patch_model(request: AuthedRequest, model_id: Id, payload: ModelPatch):
    model = selectors.get_model(request.auth, model_id, Action.REPORT)
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items()
               if k not in ("version", "registration", "areas") and v is not None}
    changes.update(payload.registration or {})
    services.update_model(request.auth, model, version=payload.version, areas=payload.areas, **changes)
    return _detail(request, model_id)


class LaunchIn(Schema):
    launched_on: date
    commitments: str = ""


@router.post("/{int:model_id}/launch", response={200: ModelOut, **ERRORS}, summary="Triển khai")
def launch(request: AuthedRequest, model_id: Id, payload: LaunchIn):
    services.launch_model(request.auth, selectors.get_model(request.auth, model_id, Action.REPORT),
                          launched_on=payload.launched_on, commitments=payload.commitments)
    return _detail(request, model_id)


class EvaluationIn(Schema):
    period: str
    scores: dict[str, float] = {}
    effective: bool
    evidence: str = ""
    evaluated_on: date


@router.post("/{int:model_id}/evaluations", response={201: ModelOut, **ERRORS}, summary="Đánh giá")
def evaluate(request: AuthedRequest, model_id: Id, payload: EvaluationIn):
    services.evaluate_model(request.auth, selectors.get_model(request.auth, model_id, Action.REVIEW),
                            period=payload.period, scores=payload.scores, effective=payload.effective,
                            evidence=payload.evidence, evaluated_on=payload.evaluated_on)
    return 201, _detail(request, model_id)


class RecognitionIn(Schema):
    decision_number: str
    decision_date: date
    issuer: str
    level: Literal["central", "province", "commune"]
    form: str


@router.post("/{int:model_id}/recognitions", response={201: ModelOut, **ERRORS}, summary="Khen thưởng, công nhận")
def recognise(request: AuthedRequest, model_id: Id, payload: RecognitionIn):
    services.recognise_model(request.auth, selectors.get_model(request.auth, model_id, Action.REVIEW),
                             **payload.dict())
    return 201, _detail(request, model_id)


class ReplicationIn(Schema):
    unit: Id
    areas: list[str]
    registered_on: date
    name: str = ""


@router.post("/{int:model_id}/replications", response={201: ModelOut, **ERRORS}, summary="Nhân rộng")
def replicate(request: AuthedRequest, model_id: Id, payload: ReplicationIn):
    origin = selectors.get_model(request.auth, model_id)
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    replica = services.replicate_model(request.auth, origin, unit=unit, areas=payload.areas,
                                       registered_on=payload.registered_on, name=payload.name)
    return 201, _detail(request, replica.pk)


class StopIn(Schema):
    reason: str
    stopped_on: date | None = None


@router.post("/{int:model_id}/stop", response={200: ModelOut, **ERRORS}, summary="Dừng (kèm lý do)")
def stop(request: AuthedRequest, model_id: Id, payload: StopIn):
    services.stop_model(request.auth, selectors.get_model(request.auth, model_id, Action.REPORT),
                        reason=payload.reason, stopped_on=payload.stopped_on)
    return _detail(request, model_id)


class PublicIn(Schema):
    public: bool
    version: int | None = None


@router.post("/{int:model_id}/public", response={200: ModelOut, **ERRORS},
             summary="Công khai hoặc thôi công khai trên cổng thông tin (cấp trên của đơn vị)")
def set_public(request: AuthedRequest, model_id: Id, payload: PublicIn):
    services.set_model_public(request.auth, selectors.get_model(request.auth, model_id, Action.REVIEW),
                              payload.public, version=payload.version)
    return _detail(request, model_id)
