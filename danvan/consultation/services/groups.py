"""Groups of similar comments: kept fresh on every save (`_common`), corrected by staff (the full regrouping:
`full_regroup`).

A save adds the comment's features to the best group of its piece (grouping.best_group), or starts one; a full
regrouping (grouping.partition) clusters the piece's comments afresh (average linkage), so the groups the order
of saving had split are merged; once the worker has embedded every comment of the piece (`embedding`), it mixes
their vectors with the words (`mixing`), which joins paraphrases that share no word.
Staff corrections lock what they touch: a moved comment (`group_locked`) and a merged, split or named group
(`staff_edited`) stay as staff left them through later saves and full regroupings.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from danvan.consultation.models import Comment, CommentGroup
from danvan.consultation.services._common import _check, _label, _lock_piece, _refresh
from danvan.core.audit import record_event, service


def _current(group: CommentGroup) -> CommentGroup:
    """The group as it is now, once its piece is taken: a regrouping that ran meanwhile may have deleted it."""
    found = CommentGroup.objects.select_related("consultation").filter(pk=group.pk).first()
    if found is None:
        raise ValidationError({"group": ["Nhóm này vừa được nhóm lại nên không còn nữa; tải lại trang rồi làm lại."]})
    return found


@service
def move_comment(actor, comment: Comment, *, group: CommentGroup) -> Comment:
    """Move a comment to another group of the same piece; the move survives later regroupings."""
    _check(actor, comment.consultation)
    _lock_piece(comment.current_piece_id)
    group = _current(group)
    if group.consultation_id != comment.consultation_id or group.piece_id != comment.current_piece_id:
        raise ValidationError({"group": ["Chỉ chuyển được sang một nhóm của cùng phần dự thảo."]})
    comment.refresh_from_db(fields=["group"])
    old = comment.group
    comment.group, comment.group_locked = group, True
    comment.save(update_fields=["group", "group_locked", "updated_at"])
    group.staff_edited = True
    group.save(update_fields=["staff_edited"])
    _refresh([g for g in (old, group) if g is not None and g.pk])
    record_event(actor, "consultation.comment.move", comment, before={"group": old.pk if old else None},
                 after={"group": group.pk})
    return comment


@service
def merge_groups(actor, groups: list[CommentGroup]) -> CommentGroup:
    """Merge groups of one piece into the first; their comments stay together from then on."""
    if len(groups) < 2:
        raise ValidationError({"groups": ["Chọn ít nhất hai nhóm để gộp."]})
    _check(actor, groups[0].consultation)
    _lock_piece(groups[0].piece_id)
    target, rest = _current(groups[0]), [_current(g) for g in groups[1:]]
    if any(g.consultation_id != target.consultation_id or g.piece_id != target.piece_id for g in rest):
        raise ValidationError({"groups": ["Chỉ gộp được các nhóm của cùng một phần dự thảo."]})
    ids = sorted({g.pk for g in rest} - {target.pk})
    Comment.objects.filter(group_id__in=ids).update(group=target, group_locked=True)
    Comment.objects.filter(group=target).update(group_locked=True)
    CommentGroup.objects.filter(pk__in=ids).delete()
    target.staff_edited = True
    _refresh([target])
    record_event(actor, "consultation.group.merge", target, after={"merged": ids, "size": target.size},
                 scope_path=target.consultation.line_path)
    return target


@service
def split_group(actor, group: CommentGroup, *, comments: list[Comment], label: str = "") -> CommentGroup:
    """Take some comments out of a group into a new group of their own."""
    _check(actor, group.consultation)
    _lock_piece(group.piece_id)
    group = _current(group)
    now_in = dict(Comment.objects.filter(pk__in=[c.pk for c in comments]).values_list("pk", "group_id"))
    if not comments or any(now_in.get(c.pk) != group.pk for c in comments):
        raise ValidationError({"comments": ["Chọn các ý kiến thuộc nhóm này để tách."]})
    new = CommentGroup.objects.create(consultation_id=group.consultation_id, piece_id=group.piece_id,
                                      label=_label(label), label_manual=bool(label.strip()), staff_edited=True)
    Comment.objects.filter(pk__in=[c.pk for c in comments]).update(group=new, group_locked=True)
    Comment.objects.filter(group=group).update(group_locked=True)
    group.staff_edited = True
    _refresh([group, new])
    record_event(actor, "consultation.group.split", group, after={"new_group": new.pk,
                                                                   "comments": [c.pk for c in comments]},
                 scope_path=group.consultation.line_path)
    return new


@service
def name_group(actor, group: CommentGroup, *, label: str) -> CommentGroup:
    """Give a group the name staff chose ("Đề nghị bổ sung …"); an empty name returns to the automatic one."""
    _check(actor, group.consultation)
    label = " ".join((label or "").split())
    if len(label) > 500:
        raise ValidationError({"label": ["Tên nhóm dài quá 500 ký tự."]})
    _lock_piece(group.piece_id)
    group = _current(group)
    before = group.label
    group.label_manual = bool(label)
    group.staff_edited = group.staff_edited or bool(label)
    group.label = label or group.label
    group.save(update_fields=["label", "label_manual", "staff_edited", "updated_at"])
    if not label:
        _refresh([group])
    if label:
        Comment.objects.filter(group=group).update(group_locked=True)
    record_event(actor, "consultation.group.name", group, before={"label": before}, after={"label": group.label},
                 scope_path=group.consultation.line_path)
    return group


@service
def record_vector_backfill(actor, *, consultation_id: int | None, embedded: int) -> None:
    """Audit a backfill of the comments' vectors (`danvan embed_comments`, a repair run by hand, as `danvan
    reindex` is): who ran it, for which consultation, how many comments it embedded. The vectors themselves are
    derived data that `embedding.embed_pending` writes, as the worker does after every save."""
    record_event(actor, "consultation.vectors.backfill", object_type="consultation.vectors",
                 object_repr="Véc-tơ ngữ nghĩa của ý kiến góp ý",
                 after={"consultation": consultation_id, "embedded": embedded})
