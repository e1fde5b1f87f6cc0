"""The groups' bookkeeping shared by the consultation's service modules (private: every public function of a
services module is a @service): a save placing its comment in the best group of its piece (`comments`), a group's
size, centroid and label recomputed from its members, the right to correct a piece's groups and the piece's row
taken first (staff corrections in `groups`, the full regrouping in `full_regroup`).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.utils import timezone

from danvan.consultation import grouping, rules
from danvan.consultation.models import Comment, CommentGroup, Consultation, Piece

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
