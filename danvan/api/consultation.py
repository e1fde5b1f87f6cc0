"""Consultation routes (/api/v1/consultations...): drafts split into pieces, versions, comments, groups, synthesis.

Every read goes through consultation.selectors (scoped); every write through consultation.services. A refused
transition answers 409 with the reason; a service's ValidationError answers 400 with a Vietnamese detail.
"""

from datetime import date
from typing import Literal

from django.http import HttpResponse
from ninja import File, Form, Query, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset
from danvan.api.schemas import ErrorOut
from danvan.consultation import selectors, services, synthesis
from danvan.consultation.checks import CommentInput
from danvan.consultation.models import Comment, Consultation, Piece
from danvan.core.permissions import Action
from danvan.core.uploads import read_uploaded
from danvan.org.selectors import get_unit

consultations = Router(tags=["Góp ý dự thảo"])
comment_router = Router(tags=["Góp ý dự thảo"])
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
StanceLit = Literal["agree", "disagree", "other"]
ChannelLit = Literal["unit", "meeting", "staff", "portal"]


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


@consultations.post("", response={201: ConsultationOut, **ERRORS}, summary="Tạo đợt lấy ý kiến và tải lên dự thảo")
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


@consultations.get("", response={200: ConsultationPage, **ERRORS}, summary="Danh sách đợt lấy ý kiến")
def list_consultations(request: AuthedRequest, q: str = "", limit: int = 50, offset: Offset = 0):
    count, rows = paginate(selectors.consultations(request.auth, q=q[:200]), limit, offset)
    return {"count": count, "items": [{"id": c.pk, "title": c.title, "status": c.status, "unit": c.unit_id,
                                       "opens_on": c.opens_on, "closes_on": c.closes_on} for c in rows]}


@consultations.get("/{consultation_id}", response={200: ConsultationOut, **ERRORS}, summary="Một đợt lấy ý kiến")
def get_consultation(request: AuthedRequest, consultation_id: Id):
    return _consultation_out(selectors.get_consultation(request.auth, consultation_id))


@consultations.post("/{consultation_id}/versions", response={201: VersionOut, **ERRORS},
             summary="Tải lên phiên bản mới của dự thảo (đối chiếu với phiên bản trước, chuyển ý kiến sang)")
def upload_version(request: AuthedRequest, consultation_id: Id, file: File[UploadedFile]):
    c = selectors.get_consultation(request.auth, consultation_id)
    version = services.upload_version(request.auth, c, file_bytes=read_uploaded(file), filename=file.name or "")
    return Status(201, {"id": version.pk, "consultation": c.pk, "version": version.number,
                 "pieces": _pieces(selectors.version_pieces(version))})


def _transition(request, consultation_id: int, event: str) -> dict:
    c = selectors.get_consultation(request.auth, consultation_id)
    return _consultation_out(services.transition_consultation(request.auth, c, event))


@consultations.post("/{consultation_id}/open", response={200: ConsultationOut, **ERRORS}, summary="Mở lấy ý kiến")
def open_consultation(request: AuthedRequest, consultation_id: Id):
    return _transition(request, consultation_id, "open")


@consultations.post("/{consultation_id}/close", response={200: ConsultationOut, **ERRORS}, summary="Kết thúc lấy ý kiến")
def close_consultation(request: AuthedRequest, consultation_id: Id):
    return _transition(request, consultation_id, "close")


class CommenterIn(Schema):
    name: str = ""
    group: str = "khac"
    area: str = ""
    contact: str = ""


class CommentIn(Schema):
    piece: Id | None = None
    stance: StanceLit
    text: str = ""
    commenter: CommenterIn = CommenterIn()
    channel: ChannelLit = "staff"
    anonymous: bool = False
    unit: Id | None = None  # the collecting unit; the issuing unit when absent


class CommentOut(Schema):
    id: int
    group: int | None
    piece: int | None
    current_piece: int | None
    stance: str
    text: str
    commenter: dict
    channel: str
    unit: int
    anonymous: bool
    hidden: bool
    hidden_reason: str
    notable: bool
    created_at: str


def comment_out(c: Comment) -> dict:
    return {"id": c.pk, "group": c.group_id, "piece": c.piece_id, "current_piece": c.current_piece_id,
            "stance": c.stance, "text": c.text,
            "commenter": {"name": c.commenter_name, "group": c.commenter_group.code, "area": c.area},
            "channel": c.channel, "unit": c.unit_id, "anonymous": c.anonymous, "hidden": c.hidden,
            "hidden_reason": c.hidden_reason, "notable": c.notable, "created_at": c.created_at.isoformat()}


@consultations.post("/{consultation_id}/comments", response={201: CommentOut, **ERRORS},
             summary="Gửi một ý kiến góp ý (được xếp nhóm ngay khi lưu)")
def add_comment(request: AuthedRequest, consultation_id: Id, payload: CommentIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    unit = get_unit(request.auth, payload.unit, Action.REPORT) if payload.unit else None
    data = CommentInput(stance=payload.stance, text=payload.text, piece=payload.piece, name=payload.commenter.name,
                        group=payload.commenter.group, area=payload.commenter.area,
                        contact=payload.commenter.contact, channel=payload.channel, anonymous=payload.anonymous)
    comment = services.add_comment(request.auth, c, data, unit=unit)
    return Status(201, comment_out(selectors.get_comment(request.auth, comment.pk)))


class CommentFilters(Schema):
    piece: Id | None = None
    stance: StanceLit | None = None
    group: Id | None = None
    q: str = ""
    limit: int = 50
    offset: Offset = 0


class CommentPage(Schema):
    count: int
    items: list[CommentOut]


@consultations.get("/{consultation_id}/comments", response={200: CommentPage, **ERRORS}, summary="Danh sách ý kiến")
def list_comments(request: AuthedRequest, consultation_id: Id, filters: Query[CommentFilters]):
    c = selectors.get_consultation(request.auth, consultation_id)
    qs = selectors.comments(request.auth, c, piece=filters.piece, stance=filters.stance or "", group=filters.group,
                            q=filters.q[:200])
    count, rows = paginate(qs, filters.limit, filters.offset)
    return {"count": count, "items": [comment_out(x) for x in rows]}


class GroupOut(Schema):
    id: int
    piece: int | None
    size: int
    label: str
    representative: str
    stance_counts: dict[str, int]
    comments: list[int]


class GroupList(Schema):
    items: list[GroupOut]


@consultations.get("/{consultation_id}/groups", response={200: GroupList, **ERRORS},
            summary="Các nhóm ý kiến tương tự (theo phần dự thảo)")
def list_groups(request: AuthedRequest, consultation_id: Id, piece: Id | None = None):
    c = selectors.get_consultation(request.auth, consultation_id)
    return {"items": selectors.groups(request.auth, c, piece=piece)}


class MergeIn(Schema):
    groups: list[Id]


@consultations.post("/{consultation_id}/groups/merge", response={200: GroupOut, **ERRORS}, summary="Gộp các nhóm ý kiến")
def merge_groups(request: AuthedRequest, consultation_id: Id, payload: MergeIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    if len(payload.groups) > 1000:
        raise HttpError(400, "Gộp tối đa 1.000 nhóm một lần.")
    groups = [selectors.get_group(request.auth, gid) for gid in dict.fromkeys(payload.groups)]
    if any(g.consultation_id != c.pk for g in groups):
        raise HttpError(404, "Không tìm thấy.")
    target = services.merge_groups(request.auth, groups)
    return _group_out(request, c, target.pk)


def _group_out(request, c: Consultation, group_id: int) -> dict:
    for row in selectors.groups(request.auth, c):
        if row["id"] == group_id:
            return row
    raise HttpError(404, "Không tìm thấy.")


@consultations.get("/{consultation_id}/synthesis", response={200: dict, **ERRORS},
            summary="Tổng hợp ý kiến (json), báo cáo .docx hoặc danh sách .xlsx",
            openapi_extra={"responses": {200: {"description": "JSON, .docx hoặc .xlsx",
                                               "content": {"application/json": {}, DOCX: {}, XLSX: {}}}}})
def get_synthesis(request: AuthedRequest, consultation_id: Id, format: Literal["json", "docx", "xlsx"] = "json"):
    c = selectors.get_consultation(request.auth, consultation_id)
    if format == "json":
        return selectors.synthesis(request.auth, c)
    filename, content = (synthesis.synthesis_docx if format == "docx" else synthesis.comments_xlsx)(request.auth, c)
    response = HttpResponse(content, content_type=DOCX if format == "docx" else XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class MoveIn(Schema):
    group: Id


@comment_router.post("/{comment_id}/move", response={200: CommentOut, **ERRORS},
                     summary="Chuyển ý kiến sang nhóm khác (giữ nguyên khi nhóm lại)")
def move_comment(request: AuthedRequest, comment_id: Id, payload: MoveIn):
    comment = selectors.get_comment(request.auth, comment_id)
    group = selectors.get_group(request.auth, payload.group)
    services.move_comment(request.auth, comment, group=group)
    return comment_out(selectors.get_comment(request.auth, comment_id))


class HideIn(Schema):
    reason: str


@comment_router.post("/{comment_id}/hide", response={200: CommentOut, **ERRORS},
                     summary="Ẩn ý kiến (kiểm duyệt, có lý do)")
def hide_comment(request: AuthedRequest, comment_id: Id, payload: HideIn):
    comment = selectors.get_comment(request.auth, comment_id)
    services.hide_comment(request.auth, comment, reason=payload.reason)
    return comment_out(selectors.get_comment(request.auth, comment_id))


# One mount line in api.ROUTERS: /consultations... and /comments/{id}/...
router = Router()
router.add_router("/consultations", consultations)
router.add_router("/comments", comment_router)
