"""/api/v1/petitions: receive a petition, the scoped list and one petition with its timeline, the statistics."""

from datetime import date
from typing import Annotated

from ninja import Field, Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset, PositiveInt
from danvan.api.petitions.schemas import (
    ERRORS,
    ChannelLit,
    KindLit,
    PetitionOut,
    PetitionPage,
    StatusLit,
    _fresh,
    petition_out,
)
from danvan.api.stats import stats_out, stats_target
from danvan.core.permissions import Action
from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit
from danvan.petitions import selectors, services

router = Router()


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


class Filters(Schema):
    unit: Id | None = None
    area: str | None = None
    kind: KindLit | None = None
    status: StatusLit | None = None
    overdue: bool = False
    due: Annotated[int, Field(ge=1, le=366)] | None = None  # deadline within this many days from today
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
                                 q=filters.q[:200], due_within=filters.due).select_related("area").prefetch_related("petitioners")
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
    period, unit, area = stats_target(request.auth, unit=q.unit, area=q.area, period=q.period)
    return stats_out(period, selectors.statistics(request.auth, start=period.start, end=period.end, unit=unit,
                                                  area=area))


@router.get("/petitions/{petition_id}", response={200: PetitionOut, **ERRORS}, summary="Một đơn thư, với diễn biến")
def get_petition(request: AuthedRequest, petition_id: Id):
    return petition_out(request.auth, selectors.petition_detail(request.auth, petition_id), timeline=True)
