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
from danvan.consultation import imports, selectors, services, synthesis
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
MAX_BATCH = 1000


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


@consultations.post("/{consultation_id}/synthesise", response={200: ConsultationOut, **ERRORS},
                    summary="Đánh dấu đã hoàn thành tổng hợp (sau khi kết thúc lấy ý kiến)")
def synthesise_consultation(request: AuthedRequest, consultation_id: Id):
    return _transition(request, consultation_id, "synthesise")


class ProposalIn(Schema):
    proposal: str


class ProposalOut(Schema):
    piece: int
    proposal: str


@consultations.post("/{consultation_id}/pieces/{piece_id}/proposal", response={200: ProposalOut, **ERRORS},
                    summary="Ghi đề xuất tiếp thu cho một phần dự thảo")
def piece_proposal(request: AuthedRequest, consultation_id: Id, piece_id: Id, payload: ProposalIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    piece = services.update_proposal(request.auth, selectors.get_piece(c, piece_id), proposal=payload.proposal)
    return {"piece": piece.pk, "proposal": piece.proposal}


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
    comment = services.add_comment(request.auth, c, _input(payload), unit=unit)
    return Status(201, comment_out(selectors.get_comment(request.auth, comment.pk)))


def _input(item: "CommentIn") -> CommentInput:
    return CommentInput(stance=item.stance, text=item.text, piece=item.piece, name=item.commenter.name,
                        group=item.commenter.group, area=item.commenter.area, contact=item.commenter.contact,
                        channel=item.channel, anonymous=item.anonymous)


class BatchIn(Schema):
    unit: Id
    comments: list[CommentIn]


class BatchOut(Schema):
    items: list[CommentOut]


@consultations.post("/{consultation_id}/comments/batch", response={201: BatchOut, **ERRORS},
                    summary="Một đơn vị gửi các ý kiến đã thu thập theo lô (tất cả hoặc không ý kiến nào)")
def submit_comments(request: AuthedRequest, consultation_id: Id, payload: BatchIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    if len(payload.comments) > MAX_BATCH:
        raise HttpError(400, f"Mỗi lô tối đa {MAX_BATCH} ý kiến; tệp lớn hơn hãy nhập bằng Excel.")
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    saved = services.submit_comments(request.auth, c, [_input(x) for x in payload.comments], unit=unit)
    rows = {x.pk: x for x in selectors.comments(request.auth, c).filter(pk__in=[x.pk for x in saved])}
    return Status(201, {"items": [comment_out(rows[x.pk]) for x in saved]})


class ImportCellError(Schema):
    row: int | None
    column: str | None
    message: str


class ImportOut(Schema):
    status: Literal["done", "failed", "queued", "running"]
    created: int = 0
    errors: list[ImportCellError] = []
    job: int | None = None
    progress: int = 100
    total_rows: int = 0


@consultations.post("/{consultation_id}/imports", response={201: ImportOut, 202: ImportOut, 400: ImportOut,
                                                            401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
                    summary="Nhập ý kiến từ tệp Excel theo mẫu (tệp lớn nhập nền: 202 và mã lượt nhập)")
def import_comments(request: AuthedRequest, consultation_id: Id, file: File[UploadedFile], unit: Form[Id | None] = None):
    c = selectors.get_consultation(request.auth, consultation_id)
    collector = get_unit(request.auth, unit, Action.REPORT) if unit else c.unit
    outcome = imports.upload(request.auth, c, unit=collector, file_bytes=read_uploaded(file), filename=file.name or "")
    if outcome.job is not None:
        return Status(202, _job_out(outcome.job))
    if outcome.errors:
        return Status(400, {"status": "failed", "errors": outcome.errors})
    return Status(201, {"status": "done", "created": outcome.created or 0})


def _job_out(job) -> dict:
    return {"status": job.status, "created": job.result.get("created", 0), "errors": job.errors, "job": job.pk,
            "progress": job.progress, "total_rows": job.total_rows}


@consultations.get("/{consultation_id}/imports/{job_id}", response={200: ImportOut, **ERRORS},
                   summary="Tiến độ và kết quả một lượt nhập Excel nền (của chính người tải lên)")
def import_job(request: AuthedRequest, consultation_id: Id, job_id: Id):
    c = selectors.get_consultation(request.auth, consultation_id)
    return _job_out(selectors.get_import_job(request.auth, c, job_id))


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
    group = selectors.get_group(request.auth, group_id)
    for row in selectors.groups(request.auth, c, piece=group.piece_id):
        if row["id"] == group_id:
            return row
    raise HttpError(404, "Không tìm thấy.")


def _group_of(request, c: Consultation, group_id: int):
    group = selectors.get_group(request.auth, group_id)
    if group.consultation_id != c.pk:
        raise HttpError(404, "Không tìm thấy.")
    return group


class SplitIn(Schema):
    comments: list[Id]
    label: str = ""


@consultations.post("/{consultation_id}/groups/{group_id}/split", response={201: GroupOut, **ERRORS},
                    summary="Tách một số ý kiến ra khỏi nhóm thành nhóm mới (giữ nguyên khi nhóm lại)")
def split_group(request: AuthedRequest, consultation_id: Id, group_id: Id, payload: SplitIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    group = _group_of(request, c, group_id)
    if len(payload.comments) > 10000:
        raise HttpError(400, "Tách tối đa 10.000 ý kiến một lần.")
    comments = [selectors.get_comment(request.auth, cid) for cid in dict.fromkeys(payload.comments)]
    new = services.split_group(request.auth, group, comments=comments, label=payload.label)
    return Status(201, _group_out(request, c, new.pk))


class NameIn(Schema):
    label: str


@consultations.post("/{consultation_id}/groups/{group_id}/name", response={200: GroupOut, **ERRORS},
                    summary="Đặt tên nhóm ý kiến (tên trống: trở lại tên tự động)")
def name_group(request: AuthedRequest, consultation_id: Id, group_id: Id, payload: NameIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    group = services.name_group(request.auth, _group_of(request, c, group_id), label=payload.label)
    return _group_out(request, c, group.pk)


class RegroupIn(Schema):
    piece: Id | None = None


class RegroupOut(Schema):
    piece: int | None
    groups: int


@consultations.post("/{consultation_id}/groups/regroup", response={200: RegroupOut, **ERRORS},
                    summary="Nhóm lại toàn bộ ý kiến của một phần (giữ các chỉnh sửa của cán bộ)")
def regroup_piece(request: AuthedRequest, consultation_id: Id, payload: RegroupIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    piece = selectors.get_piece(c, payload.piece) if payload.piece else None
    return {"piece": piece.pk if piece else None, "groups": services.regroup_piece(request.auth, c, piece)}


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


@comment_router.post("/{comment_id}/unhide", response={200: CommentOut, **ERRORS},
                     summary="Hiện lại ý kiến đã ẩn (được tính và xếp nhóm trở lại)")
def unhide_comment(request: AuthedRequest, comment_id: Id):
    comment = selectors.get_comment(request.auth, comment_id)
    services.unhide_comment(request.auth, comment)
    return comment_out(selectors.get_comment(request.auth, comment_id))


class NotableIn(Schema):
    notable: bool = True


@comment_router.post("/{comment_id}/notable", response={200: CommentOut, **ERRORS},
                     summary="Chọn (hoặc bỏ chọn) ý kiến tiêu biểu cho báo cáo tổng hợp")
def mark_notable(request: AuthedRequest, comment_id: Id, payload: NotableIn):
    comment = selectors.get_comment(request.auth, comment_id)
    services.mark_notable(request.auth, comment, notable=payload.notable)
    return comment_out(selectors.get_comment(request.auth, comment_id))


# One mount line in api.ROUTERS: /consultations... and /comments/{id}/...
router = Router()
router.add_router("/consultations", consultations)
router.add_router("/comments", comment_router)
