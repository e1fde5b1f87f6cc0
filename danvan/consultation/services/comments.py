"""Comments: entered one by one (staff, meetings, the portal), submitted as a batch by a unit (or an .xlsx
file), moderated (hidden with a reason, never counted) and marked notable for the synthesis. Every write of new
comments has the worker embed them once it commits (`embedding.queue_embedding`)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef

from danvan.consultation import rules
from danvan.consultation.checks import CommentInput, check_input
from danvan.consultation.choices import Channel
from danvan.consultation.embedding import queue_embedding
from danvan.consultation.models import Comment, CommenterGroup, CommentGroup, Consultation, Piece
from danvan.consultation.services._common import _assign, _refresh, _save_grouped
from danvan.core.audit import record_event, service, snapshot
from danvan.core.text import fold


def _state(c: Comment) -> dict:
    return snapshot(c, ["consultation", "piece", "stance", "text", "commenter_name", "commenter_group", "area",
                        "contact", "channel", "anonymous", "unit", "hidden", "hidden_reason", "notable", "group"])


def _catalogue() -> dict[str, CommenterGroup]:
    """The active commenter groups by code (a read helper for the checks)."""
    return {g.code: g for g in CommenterGroup.objects.filter(is_active=True)}


def _pieces_of(consultation: Consultation) -> dict[int, Piece]:
    """Every piece of every version of the consultation, by id (a read helper for the checks)."""
    later = Piece.objects.filter(previous=OuterRef("pk"))
    return {p.pk: p for p in Piece.objects.filter(consultation=consultation).only("id", "consultation_id")
            .annotate(has_next=Exists(later))}


def _piece_of(consultation: Consultation, piece) -> dict[int, Piece]:
    """The one piece a comment names, if it is the consultation's (a save checks one piece, not thousands), with
    its word frequencies (the save weighs the comment's words by them: no second read)."""
    piece_id = getattr(piece, "pk", piece)
    if not isinstance(piece_id, int):
        return {}
    later = Piece.objects.filter(previous=OuterRef("pk"))
    return {p.pk: p for p in Piece.objects.filter(consultation=consultation, pk=piece_id)
            .only("id", "consultation_id", "term_counts").annotate(has_next=Exists(later))}


def _group_of(code) -> dict[str, CommenterGroup]:
    """The commenter group a comment names; the whole catalogue when it is unknown (the error lists it)."""
    found = {g.code: g for g in CommenterGroup.objects.filter(is_active=True, code=str(code or "")[:100])}
    return found or _catalogue()


def _current(piece: Piece | None) -> int | None:
    """The piece of the latest version a piece maps onto (comments on an old version follow the text)."""
    if piece is None:
        return None
    if getattr(piece, "has_next", None) is False:  # a piece of the latest version (the usual case): no query
        return piece.pk
    node = piece
    for _ in range(1000):
        nxt = Piece.objects.filter(previous=node).only("id").first()
        if nxt is None:
            return node.pk
        node = nxt
    return node.pk


def _write(actor, consultation: Consultation, unit, cleaned: dict) -> Comment:
    comment = Comment(unit=unit, line_path=unit.line_path, consultation=consultation,
                      current_piece_id=_current(cleaned["piece"]), text_folded=fold(cleaned["text"]),
                      created_by=actor if getattr(actor, "pk", None) else None, **cleaned)
    piece = cleaned["piece"]
    loaded = piece is not None and piece.pk == comment.current_piece_id and "term_counts" in piece.__dict__
    _save_grouped(comment, frequencies=dict(piece.term_counts) if loaded else None)
    return comment


def _check_collect(actor, consultation: Consultation, unit) -> None:
    if not rules.may_collect(actor, consultation, unit):
        raise PermissionDenied("Bạn không có quyền nhập ý kiến góp ý cho tổ chức này.")
    rules.CONSULTATION.target(consultation.status, "comment")


@service
def add_comment(actor, consultation: Consultation, data: CommentInput, *, unit=None) -> Comment:
    """Save one comment (collected by `unit`, the issuer by default) and place it in its group.

    The public portal calls it as `add_comment(None, consultation, CommentInput(..., channel="portal"))`: no
    actor (the system), the issuer as collecting unit; refused (ValidationError on "channel") unless the
    consultation's audience is public, and (409) unless it is open."""
    unit = unit or consultation.unit
    _check_collect(actor, consultation, unit)
    cleaned, errors = check_input(consultation, data, pieces=_piece_of(consultation, data.piece) if data.piece else {},
                                  groups=_group_of(data.group))
    if cleaned["channel"] == Channel.PORTAL and not rules.accepts_portal(consultation):
        errors.setdefault("channel", []).append("Đợt lấy ý kiến này không nhận góp ý qua cổng thông tin.")
    if errors:
        raise ValidationError(errors)
    comment = _write(actor, consultation, unit, cleaned)
    queue_embedding(consultation.pk)
    record_event(actor, "consultation.comment.add", comment, after=_state(comment))
    return comment


@service
def submit_comments(actor, consultation: Consultation, items: list[CommentInput], *, unit) -> list[Comment]:
    """A unit's batch: every comment is checked first; any error refuses the whole batch (ValidationError
    whose keys are "<row>.<field>")."""
    _check_collect(actor, consultation, unit)
    if not items:
        raise ValidationError({"comments": ["Chưa có ý kiến nào."]})
    pieces, groups = _pieces_of(consultation), _catalogue()
    errors: dict = {}
    cleaned_rows = []
    for i, data in enumerate(items, start=1):
        cleaned, row_errors = check_input(consultation, data, pieces=pieces, groups=groups)
        for name, messages in row_errors.items():
            errors[f"{i}.{name}"] = [f"Ý kiến {i}: {m}" for m in messages]
        cleaned_rows.append(cleaned)
    if errors:
        raise ValidationError(errors)
    comments = [_write(actor, consultation, unit, cleaned) for cleaned in cleaned_rows]
    queue_embedding(consultation.pk)
    record_event(actor, "consultation.comment.submit_batch", consultation,
                 after={"unit": unit.pk, "comments": len(comments)})
    return comments


@service
def hide_comment(actor, comment: Comment, *, reason: str) -> Comment:
    """Hide a comment (moderation): it stays, marked, in exports, and is never counted."""
    if not rules.may_manage(actor, comment.consultation):
        raise PermissionDenied("Bạn không có quyền kiểm duyệt ý kiến của dự thảo này.")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": ["Cần ghi lý do ẩn ý kiến."]})
    if len(reason) > 500:
        raise ValidationError({"reason": ["Lý do dài quá 500 ký tự."]})
    before = _state(comment)
    comment.hidden, comment.hidden_reason = True, reason
    comment.save(update_fields=["hidden", "hidden_reason", "updated_at"])
    if comment.group_id:
        _refresh([CommentGroup.objects.get(pk=comment.group_id)])
        comment.refresh_from_db()
    record_event(actor, "consultation.comment.hide", comment, before=before, after=_state(comment))
    return comment


@service
def unhide_comment(actor, comment: Comment) -> Comment:
    """Show a hidden comment again; it rejoins the grouping."""
    if not rules.may_manage(actor, comment.consultation):
        raise PermissionDenied("Bạn không có quyền kiểm duyệt ý kiến của dự thảo này.")
    comment.refresh_from_db()
    before = _state(comment)
    comment.hidden, comment.hidden_reason = False, ""
    comment.save(update_fields=["hidden", "hidden_reason", "updated_at"])
    group = CommentGroup.objects.filter(pk=comment.group_id).first() if comment.group_id else None
    if group is not None:
        _refresh([group])
    else:
        _assign(comment)
    record_event(actor, "consultation.comment.unhide", comment, before=before, after=_state(comment))
    return comment


@service
def mark_notable(actor, comment: Comment, *, notable: bool = True) -> Comment:
    """Choose (or unchoose) a comment to quote in the synthesis as a notable individual opinion."""
    if not rules.may_manage(actor, comment.consultation):
        raise PermissionDenied("Bạn không có quyền chọn ý kiến tiêu biểu của dự thảo này.")
    if notable and comment.hidden:
        raise ValidationError({"notable": ["Ý kiến đã ẩn không thể chọn làm ý kiến tiêu biểu."]})
    comment.notable = bool(notable)
    comment.save(update_fields=["notable", "updated_at"])
    record_event(actor, "consultation.comment.notable", comment, after={"notable": comment.notable})
    return comment
