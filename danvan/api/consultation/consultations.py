"""Consultations and their versions: create with the first draft, list, read, upload a new version, the
lifecycle (open, close, synthesise) and the staff's proposal on a piece."""

from datetime import date
from typing import Literal

from ninja import File, Form, Router, Schema, Status, UploadedFile

from danvan.api.auth import AuthedRequest
from danvan.api.consultation.common import ERRORS
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset
from danvan.consultation import selectors, services
from danvan.consultation.models import Consultation, Piece
from danvan.core.permissions import Action
from danvan.core.uploads import read_uploaded
from danvan.org.selectors import get_unit

router = Router(tags=["Góp ý dự thảo"])


class PieceOut(Schema):
    id: int
    code: str
    title: str
    level: int
    order: int
    parent: int | None
    previous: int | None = None
    changed: bool = True


class ConsultationOut(Schema):
    id: int
    title: str
    unit: int
    audience: str
    opens_on: date
    closes_on: date
    status: str
    version: int
    pieces: list[PieceOut]


class VersionOut(Schema):
    id: int
    consultation: int
    version: int
    pieces: list[PieceOut]


def _pieces(pieces: list[Piece]) -> list[dict]:
    return [{"id": p.pk, "code": p.code, "title": p.title, "level": p.level, "order": p.order, "parent": p.parent_id,
             "previous": p.previous_id, "changed": p.changed} for p in pieces]


def _consultation_out(c: Consultation) -> dict:
    version = selectors.latest_version(c)
    return {"id": c.pk, "title": c.title, "unit": c.unit_id, "audience": c.audience, "opens_on": c.opens_on,
            "closes_on": c.closes_on, "status": c.status, "version": version.number if version else 0,
            "pieces": _pieces(selectors.version_pieces(version))}


@router.post("", response={201: ConsultationOut, **ERRORS}, summary="Tạo đợt lấy ý kiến và tải lên dự thảo")
def create_consultation(request: AuthedRequest, file: File[UploadedFile], title: Form[str], unit: Form[Id],
                        opens_on: Form[date], closes_on: Form[date],
                        audience: Form[Literal["internal", "public"]] = "internal"):
    owner = get_unit(request.auth, unit, Action.REPORT)
    data = read_uploaded(file)
    c = services.create_consultation(request.auth, unit=owner, title=title, audience=audience, opens_on=opens_on,
                                     closes_on=closes_on, file_bytes=data, filename=file.name or "")
    return Status(201, _consultation_out(c))


class ConsultationPage(Schema):
    count: int
    items: list[dict]


@router.get("", response={200: ConsultationPage, **ERRORS}, summary="Danh sách đợt lấy ý kiến")
def list_consultations(request: AuthedRequest, q: str = "", limit: int = 50, offset: Offset = 0):
    count, rows = paginate(selectors.consultations(request.auth, q=q[:200]), limit, offset)
    return {"count": count, "items": [{"id": c.pk, "title": c.title, "status": c.status, "unit": c.unit_id,
                                       "opens_on": c.opens_on, "closes_on": c.closes_on} for c in rows]}


@router.get("/{consultation_id}", response={200: ConsultationOut, **ERRORS}, summary="Một đợt lấy ý kiến")
def get_consultation(request: AuthedRequest, consultation_id: Id):
    return _consultation_out(selectors.get_consultation(request.auth, consultation_id))


@router.post("/{consultation_id}/versions", response={201: VersionOut, **ERRORS},
             summary="Tải lên phiên bản mới của dự thảo (đối chiếu với phiên bản trước, chuyển ý kiến sang)")
def upload_version(request: AuthedRequest, consultation_id: Id, file: File[UploadedFile]):
    c = selectors.get_consultation(request.auth, consultation_id)
    version = services.upload_version(request.auth, c, file_bytes=read_uploaded(file), filename=file.name or "")
    return Status(201, {"id": version.pk, "consultation": c.pk, "version": version.number,
                 "pieces": _pieces(selectors.version_pieces(version))})


def _transition(request, consultation_id: int, event: str) -> dict:
    c = selectors.get_consultation(request.auth, consultation_id)
    return _consultation_out(services.transition_consultation(request.auth, c, event))


@router.post("/{consultation_id}/open", response={200: ConsultationOut, **ERRORS}, summary="Mở lấy ý kiến")
def open_consultation(request: AuthedRequest, consultation_id: Id):
    return _transition(request, consultation_id, "open")


@router.post("/{consultation_id}/close", response={200: ConsultationOut, **ERRORS}, summary="Kết thúc lấy ý kiến")
def close_consultation(request: AuthedRequest, consultation_id: Id):
    return _transition(request, consultation_id, "close")


@router.post("/{consultation_id}/synthesise", response={200: ConsultationOut, **ERRORS},
             summary="Đánh dấu đã hoàn thành tổng hợp (sau khi kết thúc lấy ý kiến)")
def synthesise_consultation(request: AuthedRequest, consultation_id: Id):
    return _transition(request, consultation_id, "synthesise")


class ProposalIn(Schema):
    proposal: str


class ProposalOut(Schema):
    piece: int
    proposal: str


@router.post("/{consultation_id}/pieces/{piece_id}/proposal", response={200: ProposalOut, **ERRORS},
             summary="Ghi đề xuất tiếp thu cho một phần dự thảo")
def piece_proposal(request: AuthedRequest, consultation_id: Id, piece_id: Id, payload: ProposalIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    piece = services.update_proposal(request.auth, selectors.get_piece(c, piece_id), proposal=payload.proposal)
    return {"piece": piece.pk, "proposal": piece.proposal}


