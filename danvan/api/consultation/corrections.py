"""Staff corrections and imports: merge, split, name and regroup groups; move, hide, unhide and mark comments
(/api/v1/comments/{id}/...); the .xlsx import of comments and its background job."""

from typing import Literal

from ninja import File, Form, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.consultation.comments import GroupOut
from danvan.api.consultation.common import ERRORS, CommentOut, comment_out
from danvan.api.params import Id
from danvan.api.schemas import ErrorOut
from danvan.consultation import imports, selectors, services
from danvan.consultation.models import Consultation
from danvan.core.permissions import Action
from danvan.core.uploads import read_uploaded
from danvan.org.selectors import get_unit

router = Router(tags=["Góp ý dự thảo"])
comment_router = Router(tags=["Góp ý dự thảo"])


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


@router.post("/{consultation_id}/imports",
             response={201: ImportOut, 202: ImportOut, 400: ImportOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut,
                       409: ErrorOut},
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


@router.get("/{consultation_id}/imports/{job_id}", response={200: ImportOut, **ERRORS},
            summary="Tiến độ và kết quả một lượt nhập Excel nền (của chính người tải lên)")
def import_job(request: AuthedRequest, consultation_id: Id, job_id: Id):
    c = selectors.get_consultation(request.auth, consultation_id)
    return _job_out(selectors.get_import_job(request.auth, c, job_id))


class MergeIn(Schema):
    groups: list[Id]


@router.post("/{consultation_id}/groups/merge", response={200: GroupOut, **ERRORS}, summary="Gộp các nhóm ý kiến")
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


@router.post("/{consultation_id}/groups/{group_id}/split", response={201: GroupOut, **ERRORS},
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


@router.post("/{consultation_id}/groups/{group_id}/name", response={200: GroupOut, **ERRORS},
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


@router.post("/{consultation_id}/groups/regroup", response={200: RegroupOut, **ERRORS},
             summary="Nhóm lại toàn bộ ý kiến của một phần (giữ các chỉnh sửa của cán bộ)")
def regroup_piece(request: AuthedRequest, consultation_id: Id, payload: RegroupIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    piece = selectors.get_piece(c, payload.piece) if payload.piece else None
    return {"piece": piece.pk if piece else None, "groups": services.regroup_piece(request.auth, c, piece)}


class MoveIn(Schema):
    group: Id


@comment_router.post("/{comment_id}/move", response={200: CommentOut, **ERRORS},
                     summary="Chuyển ý kiến sang nhóm khác (giữ nguyên khi nhóm lại)")
def move_comment(request: AuthedRequest, comment_id: Id, payload: MoveIn):
    comment = selectors.get_comment(request.auth, comment_id)
    group = selectors.get_group(request.auth, payload.group)
    services.move_comment(request.auth, comment, group=group)
    return comment_out(selectors.get_comment(request.auth, comment_id))


def _after(request, comment_id: int, act) -> dict:
    """Run a service on a comment the user may see; answer the comment as it now is."""
    act(selectors.get_comment(request.auth, comment_id))
    return comment_out(selectors.get_comment(request.auth, comment_id))


class HideIn(Schema):
    reason: str


@comment_router.post("/{comment_id}/hide", response={200: CommentOut, **ERRORS},
                     summary="Ẩn ý kiến (kiểm duyệt, có lý do)")
def hide_comment(request: AuthedRequest, comment_id: Id, payload: HideIn):
    return _after(request, comment_id, lambda c: services.hide_comment(request.auth, c, reason=payload.reason))


@comment_router.post("/{comment_id}/unhide", response={200: CommentOut, **ERRORS},
                     summary="Hiện lại ý kiến đã ẩn (được tính và xếp nhóm trở lại)")
def unhide_comment(request: AuthedRequest, comment_id: Id):
    return _after(request, comment_id, lambda c: services.unhide_comment(request.auth, c))


class NotableIn(Schema):
    notable: bool = True


@comment_router.post("/{comment_id}/notable", response={200: CommentOut, **ERRORS},
                     summary="Chọn (hoặc bỏ chọn) ý kiến tiêu biểu cho báo cáo tổng hợp")
def mark_notable(request: AuthedRequest, comment_id: Id, payload: NotableIn):
    return _after(request, comment_id, lambda c: services.mark_notable(request.auth, c, notable=payload.notable))


