"""The full regrouping of a piece: asked by staff ("Nhóm lại"), by the API, or done by the worker once the piece's
comments have their vectors of meaning (`regrouping`).

It clusters the piece's free comments afresh (`grouping.partition`: average linkage, mixing the words with the
comments' e5 vectors when every visible comment has one), keeps staff-edited groups and locked comments as they
are, and gives a new group the id of the former group holding most of its comments, so that a group the
regrouping leaves as it was keeps its id (the page staff have open, and links to a group, still point to it). It
takes the piece's row first: a save in progress on the piece finishes before, later saves and another regrouping
of the piece wait until it commits. It records on the piece when it ran, whether it mixed meaning and the highest
comment id it read (`Piece.grouped_*`), which the group page shows and the worker's rule reads.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from django.utils import timezone

from danvan.consultation import grouping, mixing, rules, selectors
from danvan.consultation.models import Comment, CommentGroup, CommentVector, Consultation, Piece
from danvan.consultation.services._common import _check, _label, _lock_piece, _refresh
from danvan.core.audit import mark_unchanged, record_event, service


def _meaning(visible: list[Comment], free: list[Comment], fixed: list[int]):
    """The free comments' e5 vectors centred on the piece's (one row each) and the sums of those of each kept
    group's members, to mix with the words (`grouping.partition`); (None, None) unless every visible comment of
    the piece has its vector (the worker has not embedded them all yet: the piece groups by words alone)."""
    if not visible:
        return None, None
    stored = dict(CommentVector.objects.filter(comment__consultation_id=visible[0].consultation_id,
                                               comment__current_piece_id=visible[0].current_piece_id,
                                               comment__hidden=False).values_list("comment_id", "data"))
    if any(c.pk not in stored for c in visible):
        return None, None
    rows = mixing.centred(np.stack([mixing.from_bytes(stored[c.pk]) for c in visible]))
    row_of = {c.pk: i for i, c in enumerate(visible)}
    index_of = {pk: i for i, pk in enumerate(fixed)}
    fixed_dense = np.zeros((len(fixed), rows.shape[1]), dtype=np.float32)
    for c in visible:
        if c.group_locked and c.group_id in index_of:
            fixed_dense[index_of[c.group_id]] += rows[row_of[c.pk]]
    dense = rows[[row_of[c.pk] for c in free]] if free else rows[:0]
    return dense, fixed_dense


def _reused(clusters: list[list[int]], former: dict[int, int]) -> list[int | None]:
    """For each new cluster (its comment ids), the former group (`former`: comment id → group id) whose id it
    keeps: the one holding most of its comments, each former group to one cluster, larger overlaps first."""
    overlaps = []
    for index, ids in enumerate(clusters):
        for group_id, n in Counter(former[pk] for pk in ids if pk in former).items():
            overlaps.append((n, -index, group_id))
    reuse: list[int | None] = [None] * len(clusters)
    taken: set[int] = set()
    for _n, index, group_id in sorted(overlaps, reverse=True):
        if reuse[-index] is None and group_id not in taken:
            reuse[-index] = group_id
            taken.add(group_id)
    return reuse


def _regroup(consultation: Consultation, piece: Piece | None) -> dict:
    """Regroup the piece (its row already taken); what it did: groups, free comments, whether it mixed meaning."""
    kept = {g.pk: g for g in CommentGroup.objects.filter(consultation=consultation, piece=piece) if g.staff_edited}
    visible = list(Comment.objects.filter(consultation=consultation, current_piece=piece, hidden=False)
                   .order_by("id").only("id", "text", "stance", "group_locked", "group", "consultation", "current_piece"))
    free = [c for c in visible if not c.group_locked]
    fixed = list(kept)
    dense, fixed_dense = _meaning(visible, free, fixed)
    df = None  # the whole draft's comments are weighed without a piece's word counts
    if piece is not None:
        df = grouping.document_frequencies(c.said() for c in visible)
        Piece.objects.filter(pk=piece.pk).update(term_counts=grouping.trim_frequencies(df), grouped_at=timezone.now(),
                                                 grouped_by_meaning=dense is not None,
                                                 grouped_upto=visible[-1].pk if visible else 0)
    former = {c.pk: c.group_id for c in free if c.group_id is not None and c.group_id not in kept}
    Comment.objects.filter(consultation=consultation, current_piece=piece, group_locked=False).update(group=None)
    _refresh(list(kept.values()))
    vectors = [grouping.features(comment.said(), df, marks=dense is not None) for comment in free]
    assigned = grouping.partition(vectors, fixed=[kept[pk].centroid for pk in fixed],
                                  fixed_sizes=[kept[pk].size for pk in fixed], dense=dense, fixed_dense=fixed_dense)
    members: list[list[int]] = [[] for _ in range(max([len(fixed) - 1, *assigned]) + 1)]
    labels: list[str] = ["" for _ in members[len(fixed):]]
    for comment, index in zip(free, assigned, strict=True):
        members[index].append(comment.pk)
        if index >= len(fixed) and not labels[index - len(fixed)]:
            labels[index - len(fixed)] = comment.said()
    reuse = _reused(members[len(fixed):], former)
    CommentGroup.objects.filter(consultation=consultation, piece=piece, staff_edited=False).exclude(
        pk__in=[pk for pk in reuse if pk is not None]).delete()
    new_rows = [CommentGroup(consultation=consultation, piece=piece, label=_label(text))
                for text, pk in zip(labels, reuse, strict=True) if pk is None]
    CommentGroup.objects.bulk_create(new_rows)
    new_ids = iter(g.pk for g in new_rows)
    targets = [*fixed, *(pk if pk is not None else next(new_ids) for pk in reuse)]
    for i, group_id in enumerate(targets):
        Comment.objects.filter(pk__in=members[i]).update(group_id=group_id)
    _refresh(list(CommentGroup.objects.filter(pk__in=targets)))
    return {"piece": piece.pk if piece else None, "groups": len(targets), "comments": len(free),
            "meaning": dense is not None}


@service
def regroup_piece(actor, consultation: Consultation, piece: Piece | None) -> int:
    """Regroup a piece's comments from scratch, keeping every staff correction; returns the groups' count."""
    _check(actor, consultation)
    if piece is not None:
        _lock_piece(piece.pk)
    done = _regroup(consultation, piece)
    record_event(actor, "consultation.piece.regroup", consultation, after=done)
    return done["groups"]


@service
def regroup_by_meaning(piece_id: int) -> bool:
    """The worker's regrouping of a piece whose visible comments all have their vectors, when it is due
    (`rules.worker_regroup_due`, checked again under the piece's lock: a user may have regrouped it meanwhile, or a
    comment come); a system action (no actor), audited as the daily reminders are. Returns whether it regrouped."""
    _lock_piece(piece_id)
    piece = Piece.objects.unscoped().select_related("consultation").filter(pk=piece_id).first()
    state = selectors.grouping_states([piece_id]).get(piece_id)
    if piece is None or state is None or not rules.worker_regroups(state):
        mark_unchanged()
        return False
    done = _regroup(piece.consultation, piece)
    record_event(None, "consultation.piece.regroup_meaning", piece.consultation,
                 after={**done, "since": state.since, "was_by_meaning": state.by_meaning})
    return True
