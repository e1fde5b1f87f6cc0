"""Organisation routes: the territory (areas and their lineage) and the organisations (units)."""

from typing import Literal

from ninja import Query, Router, Schema

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Offset
from danvan.api.schemas import ErrorOut
from danvan.org import selectors as org
from danvan.org.models import Area, Unit

router = Router()
ERRORS = {400: ErrorOut, 401: ErrorOut, 404: ErrorOut}


class AreaOut(Schema):
    era: str
    code: str
    name: str
    division_type: str
    level: str
    parent_code: str | None


class AreaRef(Schema):
    era: str
    code: str
    name: str
    level: str


class LineageRef(AreaRef):
    partial: bool


class AreaDetailOut(AreaOut):
    predecessors: list[LineageRef]
    successors: list[LineageRef]


class AreaPage(Schema):
    count: int
    items: list[AreaOut]


class UnitOut(Schema):
    id: int
    name: str
    kind: str
    symbol: str
    area_code: str
    parent_id: int | None


class UnitDetailOut(UnitOut):
    kind_name: str
    area_era: str
    area_name: str
    opened_on: str | None
    closed_on: str | None
    version: int


class UnitPage(Schema):
    count: int
    items: list[UnitOut]


def area_out(area: Area) -> dict:
    return {"era": area.era, "code": area.code, "name": area.name, "division_type": area.division_type,
            "level": area.level, "parent_code": area.parent.code if area.parent is not None else None}


class AreaFilters(Schema):
    era: Literal["current", "legacy"] = "current"
    level: Literal["country", "province", "district", "commune", "hamlet"] | None = None
    parent: str | None = None
    q: str = ""
    limit: int = 50
    offset: Offset = 0


@router.get("/areas", response={200: AreaPage, **ERRORS}, tags=["Địa bàn"], summary="Danh sách địa bàn")
def areas(request: AuthedRequest, filters: Query[AreaFilters]):
    qs = org.area_list(request.auth, era=filters.era, level=filters.level, parent_code=filters.parent, q=filters.q)
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [area_out(a) for a in rows]}


@router.get("/areas/{era}/{code}", response={200: AreaDetailOut, **ERRORS}, tags=["Địa bàn"],
         summary="Một địa bàn và quan hệ kế thừa")
def area_detail(request: AuthedRequest, era: Literal["current", "legacy"], code: str):
    area = org.get_area(request.auth, era, code)
    predecessors, successors = org.area_lineage(area)

    def ref(a: Area, partial: bool) -> dict:
        return {"era": a.era, "code": a.code, "name": a.name, "level": a.level, "partial": partial}

    return {**area_out(area), "predecessors": [ref(a, p) for a, p in predecessors],
            "successors": [ref(a, p) for a, p in successors]}


def unit_out(unit: Unit) -> dict:
    return {"id": unit.pk, "name": unit.name, "kind": unit.kind.code, "symbol": unit.symbol,
            "area_code": unit.area.code, "parent_id": unit.parent_id}


class UnitFilters(Schema):
    area: str | None = None
    kind: str | None = None
    q: str = ""
    limit: int = 50
    offset: Offset = 0


@router.get("/units", response={200: UnitPage, **ERRORS}, tags=["Tổ chức"], summary="Danh sách tổ chức trong phạm vi")
def units(request: AuthedRequest, filters: Query[UnitFilters]):
    qs = org.unit_list(request.auth, area_code=filters.area, kind=filters.kind, q=filters.q)
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [unit_out(u) for u in rows]}


@router.get("/units/{unit_id}", response={200: UnitDetailOut, **ERRORS}, tags=["Tổ chức"], summary="Một tổ chức")
def unit_detail(request: AuthedRequest, unit_id: int):
    unit = org.get_unit(request.auth, unit_id)
    return {**unit_out(unit), "kind_name": unit.kind.name, "area_era": unit.area.era, "area_name": unit.area.name,
            "opened_on": unit.opened_on.isoformat() if unit.opened_on else None,
            "closed_on": unit.closed_on.isoformat() if unit.closed_on else None, "version": unit.version}

