"""Reads of the consultation app, all scoped: a consultation through its issuing line, a comment through the
line of the unit that collected it (a province's staff see every comment of their communes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from danvan.consultation.models import (
    Comment,
    CommenterGroup,
    CommentGroup,
    Consultation,
    DraftVersion,
    ImportJob,
    Piece,
)
from danvan.core.importjobs import job_or_404, jobs_of
from danvan.core.permissions import Action, get_for_user_or_404
from danvan.core.text import fold


def consultations(user, *, q: str = "", status: str = "") -> QuerySet[Consultation]:
    qs = Consultation.objects.for_user(user, Action.VIEW).select_related("unit")
    if status:
        qs = qs.filter(status=status)
    if q:
        qs = qs.filter(title__icontains=q)
    return qs


def get_consultation(user, consultation_id: int, action: str = Action.VIEW) -> Consultation:
    return get_for_user_or_404(Consultation.objects.select_related("unit"), user, action, pk=consultation_id)


def latest_version(consultation: Consultation) -> DraftVersion | None:
    return DraftVersion.objects.unscoped().filter(consultation=consultation).order_by("-number").first()


def version_pieces(version: DraftVersion | None) -> list[Piece]:
    if version is None:
        return []
    return list(Piece.objects.unscoped().filter(version=version).order_by("order"))


def get_piece(consultation: Consultation, piece_id: int) -> Piece:
    """A piece of a consultation the caller already holds (reached through get_consultation, so in scope)."""
    piece = Piece.objects.unscoped().filter(consultation=consultation, pk=piece_id).first()
    if piece is None:
        raise Http404
    return piece


def comments(user, consultation: Consultation, *, piece: int | None = None, stance: str = "", group: int | None = None,
             q: str = "", include_hidden: bool = True) -> QuerySet[Comment]:
    qs = (Comment.objects.for_user(user, Action.VIEW).filter(consultation=consultation)
          .select_related("commenter_group", "unit").order_by("id"))
    if piece is not None:
        qs = qs.filter(current_piece_id=piece)
    if stance:
        qs = qs.filter(stance=stance)
    if group is not None:
        qs = qs.filter(group_id=group)
    if q:
        qs = qs.filter(text_folded__contains=fold(q))
    if not include_hidden:
        qs = qs.filter(hidden=False)
    return qs


def import_context(consultation: Consultation) -> tuple[dict, dict, dict]:
    """What checking an imported sheet needs: the latest version's piece ids by code (and folded code), every
    piece of the consultation by id, the active commenter groups by code."""
    latest = (Piece.objects.unscoped().filter(consultation=consultation).order_by("-version__number")
              .values_list("version_id", flat=True).first())
    codes: dict[str, int] = {}
    for pk, code in Piece.objects.unscoped().filter(version_id=latest).values_list("id", "code"):
        codes[code] = pk
        codes[fold(code)] = pk
    later = Piece.objects.unscoped().filter(previous=OuterRef("pk"))
    pieces = {p.pk: p for p in Piece.objects.unscoped().filter(consultation=consultation)
              .only("id", "consultation_id").annotate(has_next=Exists(later))}
    groups = {g.code: g for g in CommenterGroup.objects.unscoped().filter(is_active=True)}
    return codes, pieces, groups


def import_jobs(user, consultation: Consultation) -> QuerySet[ImportJob]:
    """The user's own .xlsx imports of comments into this consultation, newest first."""
    return jobs_of(ImportJob, user, consultation=consultation).select_related("unit")


def get_import_job(user, consultation: Consultation, job_id: int) -> ImportJob:
    return job_or_404(import_jobs(user, consultation), job_id)


def get_comment(user, comment_id: int, action: str = Action.VIEW) -> Comment:
    return get_for_user_or_404(Comment.objects.select_related("consultation", "group"), user, action, pk=comment_id)


def groups(user, consultation: Consultation, *, piece: int | None = None) -> list[dict]:
    """The groups (largest first) with their stance counts and member ids; hidden comments never counted."""
    qs = CommentGroup.objects.for_user(user, Action.VIEW).filter(consultation=consultation, size__gt=0)
    if piece is not None:
        qs = qs.filter(piece_id=piece)
    qs = qs.select_related("representative").defer("centroid", "representative__text_folded").annotate(
        agree=Count("comments", filter=Q(comments__hidden=False, comments__stance="agree")),
        disagree=Count("comments", filter=Q(comments__hidden=False, comments__stance="disagree")),
        other=Count("comments", filter=Q(comments__hidden=False, comments__stance="other")),
    ).order_by("-size", "id")
    rows = list(qs)
    members: dict[int, list[int]] = {}
    for cid, gid in (Comment.objects.for_user(user, Action.VIEW)
                     .filter(group_id__in=[g.pk for g in rows], hidden=False).values_list("id", "group_id")
                     .order_by("id")):
        members.setdefault(gid, []).append(cid)
    return [{"id": g.pk, "piece": g.piece_id, "size": g.size, "label": g.label,
             "representative": g.representative.text if g.representative else "",
             "representative_id": g.representative_id, "label_manual": g.label_manual,
             "stance_counts": {"agree": g.agree, "disagree": g.disagree, "other": g.other},
             "comments": members.get(g.pk, [])} for g in rows]


def get_group(user, group_id: int, action: str = Action.VIEW) -> CommentGroup:
    return get_for_user_or_404(CommentGroup.objects.select_related("consultation"), user, action, pk=group_id)


def commenter_groups() -> list[CommenterGroup]:
    return list(CommenterGroup.objects.unscoped().filter(is_active=True))


def synthesis(user, consultation: Consultation, *, top_groups: int = 20) -> dict:
    """Per piece: the count by stance and by commenter group, the largest groups with a representative
    comment, the notable comments and the staff's proposal; read fresh from the rows (hidden never count)."""
    scoped = Comment.objects.for_user(user, Action.VIEW).filter(consultation=consultation)
    visible = scoped.filter(hidden=False)
    # One scan of the comments gives the counts by piece, stance and commenter group, and the hidden count.
    by_stance: dict = {}
    by_group: dict = {}
    codes = dict(CommenterGroup.objects.unscoped().values_list("id", "code"))  # no join in the aggregate
    hidden = 0
    for piece_id, stance, group_id, is_hidden, n in (
            scoped.values_list("current_piece_id", "stance", "commenter_group_id", "hidden")
            .annotate(n=Count("id")).order_by()):
        if is_hidden:
            hidden += n
            continue
        stances = by_stance.setdefault(piece_id, {"agree": 0, "disagree": 0, "other": 0})
        stances[stance] = stances.get(stance, 0) + n
        code = codes.get(group_id, str(group_id))
        by_group.setdefault(piece_id, {})[code] = by_group.get(piece_id, {}).get(code, 0) + n
    groups_by_piece: dict = {}
    for g in (CommentGroup.objects.for_user(user, Action.VIEW).filter(consultation=consultation, size__gt=0)
              .select_related("representative").defer("centroid", "representative__text_folded")
              .order_by("piece_id", "-size", "id")):
        rows = groups_by_piece.setdefault(g.piece_id, [])
        if len(rows) < top_groups:
            rows.append({"id": g.pk, "label": g.label, "size": g.size,
                         "representative": g.representative.text if g.representative else ""})
    notable: dict = {}
    for c in visible.filter(notable=True).select_related("commenter_group"):
        notable.setdefault(c.current_piece_id, []).append({
            "id": c.pk, "text": c.text, "stance": c.stance,
            "commenter": "Ẩn danh" if c.anonymous else c.commenter_name, "group": c.commenter_group.name,
            "area": c.area})
    units = visible.values("unit_id").distinct().count()
    totals = {"comments": sum(sum(x.values()) for x in by_stance.values()), "units": units}
    pieces = version_pieces(latest_version(consultation))
    known = {p.pk for p in pieces}
    extra_ids = [pid for pid in by_stance if pid is not None and pid not in known]
    extra = list(Piece.objects.unscoped().filter(pk__in=extra_ids).order_by("version__number", "order"))
    names = {g.code: g.name for g in commenter_groups()}
    out_pieces = []
    for piece in [None, *pieces, *extra]:
        pid = piece.pk if piece else None
        stances = by_stance.get(pid, {"agree": 0, "disagree": 0, "other": 0})
        out_pieces.append({
            "piece": pid, "code": piece.code if piece else "Toàn văn dự thảo",
            "title": piece.title if piece else "", "level": piece.level if piece else 0,
            "removed": piece is not None and pid not in known,
            "count": sum(stances.values()), "stance_counts": stances,
            "commenter_groups": {code: n for code, n in sorted(by_group.get(pid, {}).items())},
            "groups": groups_by_piece.get(pid, []), "notable": notable.get(pid, []),
            "proposal": piece.proposal if piece else "",
        })
    stance_total = {s: sum(p["stance_counts"][s] for p in out_pieces) for s in ("agree", "disagree", "other")}
    return {
        "consultation": {"id": consultation.pk, "title": consultation.title, "unit": consultation.unit.name,
                         "status": consultation.status, "opens_on": consultation.opens_on.isoformat(),
                         "closes_on": consultation.closes_on.isoformat()},
        "totals": {"comments": totals["comments"], "units": totals["units"], "hidden": hidden,
                   "stance_counts": stance_total},
        "commenter_group_names": names,
        "pieces": out_pieces,
    }


def export_rows(user, consultation: Consultation) -> list[list]:
    """Every comment with every field and its group, hidden ones marked (the .xlsx export)."""
    rows = []
    qs = (Comment.objects.for_user(user, Action.VIEW).filter(consultation=consultation)
          .select_related("commenter_group", "unit", "current_piece", "piece__version", "group").order_by("id"))
    for c in qs.iterator(chunk_size=2000):
        rows.append([
            c.pk, c.current_piece.code if c.current_piece else "Toàn văn dự thảo",
            c.piece.version.number if c.piece else "", c.get_stance_display(), c.text, c.commenter_name,
            c.commenter_group.name, c.area, c.contact, c.get_channel_display(), c.unit.name,
            "Có" if c.anonymous else "", c.group_id or "", c.group.label if c.group else "",
            "Có" if c.notable else "", f"ĐÃ ẨN: {c.hidden_reason}" if c.hidden else "Hiển thị",
            c.created_at.date() if c.created_at else ""])
    return rows


@dataclass(frozen=True)
class GroupingState:
    """Where a piece's grouping stands: its last full regrouping (when, with meaning or not), its visible
    comments, how many still wait for their vector, how many were placed by words alone since."""

    piece: int
    status: str  # the consultation's
    grouped_at: datetime | None
    by_meaning: bool
    visible: int
    waiting: int
    since: int

    @property
    def note(self) -> str:
        """What the group page says of it, in a line ("Nhóm theo nghĩa lúc 14:05 05/12/2026 · …")."""
        when = f" lúc {timezone.localtime(self.grouped_at):%H:%M %d/%m/%Y}" if self.grouped_at else ""
        parts = [f"Nhóm theo nghĩa{when}" if self.by_meaning else f"Nhóm theo từ ngữ{when or ' khi lưu'}"]
        if self.since and self.grouped_at:
            parts.append(f"{self.since} ý kiến mới xếp theo từ ngữ")
        if self.waiting:
            parts.append(f"Đang chờ tính véc-tơ: {self.waiting} ý kiến")
        return " · ".join(parts)


def grouping_states(piece_ids) -> dict[int, GroupingState]:
    """The grouping state of each piece named (one query; an internal read, the worker's)."""
    return _grouping_states(Piece.objects.unscoped().filter(pk__in=list(piece_ids)))


def grouping_state(consultation: Consultation, piece_id: int | None) -> GroupingState | None:
    """The grouping state of a piece of a consultation the caller already holds (None: no such piece, or the
    whole draft, whose comments only staff regroup)."""
    if piece_id is None:
        return None
    return _grouping_states(Piece.objects.unscoped().filter(pk=piece_id, consultation=consultation)).get(piece_id)


def _grouping_states(pieces: QuerySet[Piece]) -> dict[int, GroupingState]:
    visible = Q(comments__hidden=False)
    rows = (pieces.order_by()
            .values("pk", "consultation__status", "grouped_at", "grouped_by_meaning")
            .annotate(visible=Count("comments", filter=visible),
                      waiting=Count("comments", filter=visible & Q(comments__vector__isnull=True)),
                      since=Count("comments", filter=visible & Q(comments__id__gt=F("grouped_upto")))))
    return {r["pk"]: GroupingState(piece=r["pk"], status=r["consultation__status"], grouped_at=r["grouped_at"],
                                   by_meaning=r["grouped_by_meaning"], visible=r["visible"], waiting=r["waiting"],
                                   since=r["since"]) for r in rows}


def task_waiting(task_path: str, *args) -> bool:
    """Whether a run of the task with these arguments is queued and not started yet (an internal read of the
    task queue: `embedding` queues one run at a time per consultation)."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(status="READY", task_path=task_path,
                                       args_kwargs={"args": list(args), "kwargs": {}}).exists()
