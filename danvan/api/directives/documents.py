"""/api/v1/directives: record a document, read a citation, the list, one document with its chain."""

from datetime import date
from typing import Annotated

from ninja import Field, File, Query, Router, Schema, Status, UploadedFile

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.directives.models import Directive
from danvan.directives.parsing import parse_citation, parse_document, read_upload
from danvan.directives.selectors import directives as selectors
from danvan.directives.services import directives as services
from danvan.org.selectors import get_unit

router = Router(tags=["Chỉ đạo"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


class DirectiveIn(Schema):
    unit: Id
    external_issuer: str = ""
    type: str
    number: str
    symbol: str = ""
    issued_on: date
    subject: str
    implements: Id | None = None


class ImplementationOut(Schema):
    unit: int
    directive: int


class DirectiveOut(Schema):
    id: int
    unit: int
    unit_name: str
    external_issuer: str
    issuer: str
    type: str
    number: str
    symbol: str
    reference: str
    issued_on: date
    subject: str
    implements: int | None
    status: str
    replaced_by: int | None
    file: str
    version: int
    implementations: list[ImplementationOut] | None = None
    missing_units: list[int] | None = None


class DirectivePage(Schema):
    count: int
    items: list[DirectiveOut]


def directive_out(d: Directive) -> dict:
    return {"id": d.pk, "unit": d.unit_id, "unit_name": d.unit.name, "external_issuer": d.external_issuer,
            "issuer": d.issuer_name, "type": d.type, "number": d.number, "symbol": d.symbol,
            "reference": d.reference, "issued_on": d.issued_on, "subject": d.subject,
            "implements": d.implements_id, "status": d.status, "replaced_by": d.replaced_by_id,
            "file": d.file.url if d.file else "", "version": d.version}


def _detail(request, directive_id: int) -> dict:
    directive = selectors.get_directive(request.auth, directive_id)
    chain = selectors.chain(request.auth, directive)
    return {**directive_out(directive),
            "implementations": [{"unit": d.unit_id, "directive": d.pk} for d in chain.implementations],
            "missing_units": [u.pk for u in chain.missing]}


@router.post("", response={201: DirectiveOut, **ERRORS}, summary="Ghi nhận văn bản chỉ đạo")
def create_directive(request: AuthedRequest, payload: DirectiveIn):
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    implements = selectors.get_directive(request.auth, payload.implements) if payload.implements else None
    directive = services.record_directive(
        request.auth, unit=unit, external_issuer=payload.external_issuer, type=payload.type, number=payload.number,
        symbol=payload.symbol, issued_on=payload.issued_on, subject=payload.subject, implements=implements)
    return Status(201, _detail(request, directive.pk))


class ParseIn(Schema):
    text: Annotated[str, Field(max_length=100_000)]


class ParseOut(Schema):
    found: bool
    type: str | None = None
    number: str | None = None
    symbol: str | None = None
    issued_on: date | None = None
    subject: str | None = None
    issuer: str | None = None
    external_issuer: str | None = None
    implements: int | None = None
    implements_reference: str | None = None


def _proposed(request, fields: dict) -> dict:
    if not fields["found"]:
        return {"found": False}
    implemented = selectors.find_by_citation(request.auth, fields.get("implements_reference"))
    return {**{k: v for k, v in fields.items() if k != "text"}, "implements": implemented.pk if implemented else None}


@router.post("/parse", response={200: ParseOut, **ERRORS}, summary="Đọc trích dẫn văn bản (đề xuất các trường)")
def parse(request: AuthedRequest, payload: ParseIn):
    return _proposed(request, parse_citation(payload.text))


@router.post("/parse-file", response={200: ParseOut, **ERRORS},
             summary="Đọc tệp văn bản (.docx, .pdf): số, ký hiệu, ngày, trích yếu ở đầu văn bản (đề xuất các trường)")
def parse_file(request: AuthedRequest, file: File[UploadedFile]):
    return _proposed(request, parse_document(read_upload(file)))


class DirectiveFilters(Schema):
    unit: Id | None = None
    type: str | None = None
    year: Annotated[int, Field(ge=1900, le=2999)] | None = None
    q: Annotated[str, Field(max_length=200)] = ""
    implements: Id | None = None
    limit: int = 50
    offset: Offset = 0


@router.get("", response={200: DirectivePage, **ERRORS}, summary="Danh sách văn bản chỉ đạo")
def list_directives(request: AuthedRequest, filters: Query[DirectiveFilters]):
    unit = get_unit(request.auth, filters.unit) if filters.unit is not None else None
    qs = selectors.directive_list(request.auth, unit=unit, type=filters.type, year=filters.year, q=filters.q,
                                  implements=filters.implements)
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [directive_out(d) for d in rows]}


@router.get("/{int:directive_id}", response={200: DirectiveOut, **ERRORS},
            summary="Một văn bản, các văn bản thực hiện nó và các đơn vị chưa ban hành")
def get_directive(request: AuthedRequest, directive_id: Id):
    return _detail(request, directive_id)


class DirectivePatch(Schema):
    """The fields to correct; `version` is the one last read (a stale one answers 409). `implements: null`
    removes the link."""

    version: int
    external_issuer: str | None = None
    type: str | None = None
    number: str | None = None
    symbol: str | None = None
    issued_on: date | None = None
    subject: str | None = None
    implements: Id | None = None


@router.patch("/{int:directive_id}", response={200: DirectiveOut, **ERRORS}, summary="Sửa văn bản (kèm version)")
def patch_directive(request: AuthedRequest, directive_id: Id, payload: DirectivePatch):
    directive = selectors.get_directive(request.auth, directive_id, Action.REPORT)
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if k != "version"}
    for name in ("external_issuer", "type", "number", "symbol", "issued_on", "subject"):
        if name in changes and changes[name] is None:
            changes.pop(name)
    if "implements" in changes:
        changes["implements"] = (selectors.get_directive(request.auth, changes["implements"])
                                 if changes["implements"] else None)
    services.update_directive(request.auth, directive, version=payload.version, **changes)
    return _detail(request, directive_id)
