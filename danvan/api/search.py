"""Search and the leaders' desk (/api/v1/search, /api/v1/desk): reads only, through search.selectors (scoped)."""

from datetime import date
from decimal import Decimal
from typing import Annotated

from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.org.choices import Era
from danvan.org.selectors import get_area
from danvan.search import selectors
from danvan.search.desk import desk

router = Router(tags=["Tìm kiếm, bàn làm việc"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
MAX_LIMIT = 100


class SearchQuery(Schema):
    q: Annotated[str, Field(max_length=selectors.MAX_QUERY)] = ""
    types: Annotated[str, Field(max_length=500)] = ""  # comma-separated source keys: "situation.incident,movement.model"
    area: Annotated[str, Field(max_length=20)] | None = None  # an area code of the current era
    since: date | None = None
    until: date | None = None
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = 20
    offset: Offset = 0


class HitOut(Schema):
    type: str
    id: int | str
    title: str
    snippet: str  # HTML-escaped text with the matched words in <mark>…</mark>
    url: str
    unit: str
    area: str
    date: date | None
    score: float


class FacetOut(Schema):
    type: str
    label: str
    count: int


class SearchOut(Schema):
    count: int  # exact up to 1,000; past it 1000 with "capped": true ("more than 1,000")
    capped: bool
    facets: list[FacetOut]  # matches per type, most first (exact unless capped)
    items: list[HitOut]


@router.get("/search", response={200: SearchOut, **ERRORS}, summary="Tìm kiếm trong toàn hệ thống")
def search(request: AuthedRequest, params: Query[SearchQuery]):
    types = [t.strip() for t in params.types.split(",") if t.strip()] or None
    area = get_area(request.auth, Era.CURRENT, params.area) if params.area else None
    results = selectors.search(request.auth, params.q, types=types, area=area, since=params.since,
                               until=params.until, limit=params.limit, offset=params.offset)
    items = [{"type": h.type, "id": int(h.id) if h.id.isdigit() else h.id, "title": h.title, "snippet": h.snippet,
              "url": h.url, "unit": h.unit, "area": h.area, "date": h.date, "score": h.score} for h in results.items]
    facets = [{"type": f.type, "label": f.label, "count": f.count} for f in results.facets]
    return {"count": results.count, "capped": results.capped, "facets": facets, "items": items}


class DeskQuery(Schema):
    unit: Id | None = None


class FigureOut(Schema):
    label: str
    value: int | float | str
    url: str
    alert: bool


class TileOut(Schema):
    key: str
    title: str
    figures: list[FigureOut]


class UnitRef(Schema):
    id: int
    name: str


class DeskOut(Schema):
    unit: UnitRef
    date: date
    tiles: list[TileOut]


def _value(value):
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


@router.get("/desk", response={200: DeskOut, **ERRORS}, summary="Bàn làm việc của lãnh đạo: số liệu cần chú ý")
def desk_figures(request: AuthedRequest, params: Query[DeskQuery]):
    unit = selectors.desk_unit(request.auth, params.unit)
    if unit is None:
        raise HttpError(400, "Hãy chọn tổ chức (tham số unit).")
    today = timezone.localdate()
    tiles = [{"key": t.key, "title": t.title,
              "figures": [{"label": str(f.label), "value": _value(f.value), "url": f.url, "alert": f.alert}
                          for f in t.figures]} for t in desk(request.auth, unit, today)]
    return {"unit": {"id": unit.pk, "name": unit.name}, "date": today, "tiles": tiles}
