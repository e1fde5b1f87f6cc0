"""Groups of similar comments: kept fresh on every save, corrected by staff (the full regrouping: `full_regroup`).

A save adds the comment's features to the best group of its piece (grouping.best_group), or starts one; a full
regrouping (grouping.partition) clusters the piece's comments afresh (average linkage), so the groups the order
of saving had split are merged; once the worker has embedded every comment of the piece (`embedding`), it mixes
their vectors with the words (`mixing`), which joins paraphrases that share no word.
Staff corrections lock what they touch: a moved comment (`group_locked`) and a merged, split or named group
(`staff_edited`) stay as staff left them through later saves and full regroupings.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.utils import timezone

from danvan.consultation import grouping, rules
from danvan.consultation.models import Comment, CommentGroup, Consultation, Piece
from danvan.core.audit import record_event, service

LABEL_CHARS = 200


def _label(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _frequencies(piece_id: int | None) -> dict[str, int] | None:
    """The piece's document frequencies (None for comments on the whole draft: their words weigh alike)."""
    if piece_id is None:
        return None
    found = list(Piece.objects.filter(pk=piece_id).order_by().values_list("term_counts", flat=True)[:1])
    return dict(found[0] or {}) if found else {}


def _best_group_id(comment: Comment, *, count: bool = True, frequencies: dict[str, int] | None = None
                   ) -> tuple[dict[str, float], int | None, tuple | None]:
    """The comment's features (weighed by its piece's word frequencies, which it is counted in first; read here
    unless the caller has them), the best existing group of its piece (None: it starts one) and that group as
    read (centroid, updated_at, representative id)."""
    piece_id = comment.current_piece_id
    df = (frequencies if frequencies is not None else _frequencies(piece_id)) if piece_id is not None else None
    if df is not None and piece_id is not None and count:
        grouping.count_terms(df, comment.said())
        if len(df) > 2 * grouping.DF_TERMS:
            df = grouping.trim_frequencies(df)
        Piece.objects.filter(pk=piece_id).update(term_counts=df)
    vec = grouping.features(comment.said(), df)
    rows = {gid: (centroid, updated, rep) for gid, centroid, updated, rep in CommentGroup.objects.filter(
        consultation_id=comment.consultation_id, piece=comment.current_piece_id).values_list(
        "id", "centroid", "updated_at", "representative_id")}
    best, _score = grouping.best_group(vec, ((gid, row[0]) for gid, row in rows.items()))
    return vec, best, rows.get(best) if best is not None else None


def _join(group: CommentGroup, comment: Comment, vec: dict[str, float]) -> None:
    group.centroid = grouping.add(group.centroid, vec)
    group.size += 1
    fields = ["centroid", "size", "updated_at"]
    if group.representative_id is None:
        group.representative = comment
        fields.append("representative")
    group.save(update_fields=fields)


def _start_group(comment: Comment, vec: dict[str, float]) -> CommentGroup:
    group = CommentGroup.objects.create(consultation_id=comment.consultation_id, piece_id=comment.current_piece_id,
                                        label=_label(comment.text), size=1, centroid=grouping.trim(vec),
                                        representative=comment)
    comment.group = group
    Comment.objects.filter(pk=comment.pk).update(group=group)
    return group


def _save_grouped(comment: Comment, *, frequencies: dict[str, int] | None = None) -> None:
    """Insert a new visible comment already in its group (a save: the piece's word frequencies updated, the
    candidates, the group's update, the insert — or the insert and a new group).

    The group is updated only if nobody changed it since the candidates were read (its `updated_at`): one UPDATE
    instead of a locking read and a write; when somebody did, the group is locked and read again."""
    vec, best, seen = _best_group_id(comment, frequencies=frequencies)
    if best is None:
        comment.save()
        _start_group(comment, vec)
        return
    if seen is not None and seen[2] is not None and CommentGroup.objects.filter(pk=best, updated_at=seen[1]).update(
            centroid=grouping.add(seen[0], vec), size=F("size") + 1, updated_at=timezone.now()):
        comment.group_id = best
        comment.save()
        return
    group = CommentGroup.objects.select_for_update().get(pk=best)
    comment.group = group
    comment.save()
    _join(group, comment, vec)


def _assign(comment: Comment) -> CommentGroup:
    """Put a saved, visible comment (already counted in its piece's frequencies) into the best group of its
    piece, or a new one."""
    vec, best, _seen = _best_group_id(comment, count=False)
    if best is None:
        return _start_group(comment, vec)
    group = CommentGroup.objects.select_for_update().get(pk=best)
    _join(group, comment, vec)
    comment.group = group
    Comment.objects.filter(pk=comment.pk).update(group=group)
    return group


def _refresh(groups) -> None:
    """Recompute size, centroid, representative and automatic label of each group from its visible members;
    delete groups left empty (unless staff named them)."""
    frequencies: dict[int | None, dict[str, int] | None] = {}
    for group in groups:
        if group.piece_id not in frequencies:
            frequencies[group.piece_id] = _frequencies(group.piece_id)
        members = list(Comment.objects.filter(group=group, hidden=False).order_by("id").only("id", "text", "stance"))
        if not members and not group.label_manual:
            Comment.objects.filter(group=group).update(group=None)
            group.delete()
            continue
        centroid: dict[str, float] = {}
        vectors = []
        for m in members:
            vec = grouping.features(m.said(), frequencies[group.piece_id])
            vectors.append(vec)
            for k, v in vec.items():
                centroid[k] = centroid.get(k, 0.0) + v
        group.size = len(members)
        group.centroid = grouping.trim(centroid)
        if members:
            best = max(range(len(members)), key=lambda i: grouping.cosine(vectors[i], centroid))
            group.representative = members[best]
            if not group.label_manual:
                group.label = _label(members[best].said())
        else:
            group.representative = None
        group.save()


def _check(actor, consultation: Consultation) -> None:
    if not rules.may_manage(actor, consultation):
        raise PermissionDenied("Bạn không có quyền sửa nhóm ý kiến của dự thảo này.")


def _lock_piece(piece_id: int | None) -> None:
    """Take the piece's row (PostgreSQL; SQLite runs one writer at a time): a save takes it first (its word counts),
    a full regrouping and a staff correction too, so none of them reads the piece's groups while another rewrites
    them (a comment moved by staff during a regrouping would be put back where the regrouping placed it)."""
    if piece_id is not None:
        list(Piece.objects.select_for_update().filter(pk=piece_id).values_list("pk", flat=True))


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
