"""/api/v1/receptions: citizen reception sessions."""

from datetime import date
from typing import Literal

from ninja import Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Count, Id, Offset
from danvan.api.petitions.schemas import ERRORS
from danvan.core.permissions import Action
from danvan.org.selectors import get_unit
from danvan.petitions import selectors, services

router = Router()


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
