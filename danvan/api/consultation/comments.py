"""Comments and their groups: one comment (grouped as it is saved), a unit's batch, the comment list with its
filters, and the groups of similar comments of a piece."""

from datetime import datetime

from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.consultation.common import (
    ERRORS,
    CommentIn,
    CommentOut,
    StanceLit,
    comment_input,
    comment_out,
)
from danvan.api.pagination import paginate
from danvan.api.params import Id, Offset
from danvan.consultation import selectors, services
from danvan.core.permissions import Action
from danvan.org.selectors import get_unit

router = Router(tags=["Góp ý dự thảo"])
MAX_BATCH = 1000


@router.post("/{consultation_id}/comments", response={201: CommentOut, **ERRORS},
             summary="Gửi một ý kiến góp ý (được xếp nhóm ngay khi lưu)")
def add_comment(request: AuthedRequest, consultation_id: Id, payload: CommentIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    unit = get_unit(request.auth, payload.unit, Action.REPORT) if payload.unit else None
    comment = services.add_comment(request.auth, c, comment_input(payload), unit=unit)
    return Status(201, comment_out(selectors.get_comment(request.auth, comment.pk)))


class BatchIn(Schema):
    unit: Id
    comments: list[CommentIn]


class BatchOut(Schema):
    items: list[CommentOut]


@router.post("/{consultation_id}/comments/batch", response={201: BatchOut, **ERRORS},
             summary="Một đơn vị gửi các ý kiến đã thu thập theo lô (tất cả hoặc không ý kiến nào)")
def submit_comments(request: AuthedRequest, consultation_id: Id, payload: BatchIn):
    c = selectors.get_consultation(request.auth, consultation_id)
    if len(payload.comments) > MAX_BATCH:
        raise HttpError(400, f"Mỗi lô tối đa {MAX_BATCH} ý kiến; tệp lớn hơn hãy nhập bằng Excel.")
    unit = get_unit(request.auth, payload.unit, Action.REPORT)
    saved = services.submit_comments(request.auth, c, [comment_input(x) for x in payload.comments], unit=unit)
    rows = {x.pk: x for x in selectors.comments(request.auth, c).filter(pk__in=[x.pk for x in saved])}
    return Status(201, {"items": [comment_out(rows[x.pk]) for x in saved]})


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


@router.get("/{consultation_id}/comments", response={200: CommentPage, **ERRORS}, summary="Danh sách ý kiến")
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


class GroupingOut(Schema):
    """Where the piece's grouping stands: its last full regrouping (when; whether it used the comments' meaning)
    and the comments placed by words alone since, or still waiting for their vector of meaning."""

    piece: int
    regrouped_at: datetime | None
    by_meaning: bool
    comments: int
    waiting: int
    since: int
    note: str


class GroupList(Schema):
    items: list[GroupOut]
    grouping: GroupingOut | None = None  # with `piece` only


@router.get("/{consultation_id}/groups", response={200: GroupList, **ERRORS},
            summary="Các nhóm ý kiến tương tự (theo phần dự thảo)")
def list_groups(request: AuthedRequest, consultation_id: Id, piece: Id | None = None):
    c = selectors.get_consultation(request.auth, consultation_id)
    state = selectors.grouping_state(c, piece)
    grouping = None if state is None else {
        "piece": state.piece, "regrouped_at": state.grouped_at, "by_meaning": state.by_meaning,
        "comments": state.visible, "waiting": state.waiting, "since": state.since, "note": state.note}
    return {"items": selectors.groups(request.auth, c, piece=piece), "grouping": grouping}


