"""Reads of the citizen pages: public consultations and their pieces, the communes a recommendation may go
to, the moderation queue of a staff member, and the status of a recommendation.

Anonymous visibility is declared on the models (consultation.models: scope_published — public drafts once
opened); every consultation read here starts from `for_user(VISITOR, VIEW)` and adds `audience=public`, so a
signed-in member of staff sees on the portal exactly what a citizen sees (staff pages stay within their scope). Comments are never listed: the public
synthesis shows counts and the notable comments of a synthesised draft, visible ones only, with the name only
when the commenter did not ask for anonymity, never a contact.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, QuerySet, Subquery
from django.http import Http404

from danvan.consultation import selectors as consultation_selectors
from danvan.consultation.choices import Audience, Status
from danvan.consultation.models import Comment, Consultation, DraftVersion, Piece
from danvan.core.permissions import Action, get_for_user_or_404
from danvan.org.bloc import DANG_UY
from danvan.org.choices import Era, Level
from danvan.org.models import Area, Unit
from danvan.petitions import selectors as petition_selectors
from danvan.portal.models import ModerationItem, ModerationStatus

# The portal reads public content as a visitor, whoever asks (core/permissions.py).
VISITOR = AnonymousUser()


def public_consultations(user, *, status: tuple[str, ...] = (Status.OPEN,)) -> QuerySet[Consultation]:
    return (Consultation.objects.for_user(VISITOR, Action.VIEW).filter(audience=Audience.PUBLIC, status__in=status)
            .select_related("unit").order_by("closes_on", "id"))


def get_public_consultation(user, consultation_id) -> Consultation:
    return get_for_user_or_404(
        Consultation.objects.filter(audience=Audience.PUBLIC, status__in=(Status.OPEN, Status.CLOSED,
                                                                          Status.SYNTHESISED)).select_related("unit"),
        VISITOR, Action.VIEW, pk=consultation_id)


def pieces(consultation: Consultation) -> list[Piece]:
    """The pieces of the latest version, in reading order."""
    return consultation_selectors.version_pieces(consultation_selectors.latest_version(consultation))


def piece_and_neighbours(consultation: Consultation, piece_id) -> tuple[Piece, list[Piece], Piece | None,
                                                                        Piece | None]:
    """A piece of the latest version, the pieces under it, and the previous and next pieces at its level."""
    every = pieces(consultation)
    try:
        piece_id = int(piece_id)
    except (TypeError, ValueError):
        raise Http404 from None
    index = next((i for i, p in enumerate(every) if p.pk == piece_id), None)
    if index is None:
        raise Http404
    piece = every[index]
    under = []
    for p in every[index + 1:]:
        if p.level <= piece.level:
            break
        under.append(p)
    before = [p for p in every[:index] if p.level <= piece.level]
    after = every[index + 1 + len(under):]
    return piece, under, (before[-1] if before else None), (after[0] if after else None)


def comment_target(consultation: Consultation, piece_id) -> Piece:
    """The piece of the latest version a comment form names (its page and its POST): one query of the fields the
    form shows, not the whole draft; 404 when the piece is not one of the latest version's."""
    try:
        piece_id = int(piece_id)
    except (TypeError, ValueError):
        raise Http404 from None
    latest = (DraftVersion.objects.unscoped().filter(consultation=consultation).order_by("-number")
              .values("id")[:1])
    piece = (Piece.objects.unscoped().filter(pk=piece_id, consultation=consultation, version=Subquery(latest))
             .only("id", "consultation_id", "label", "title").first())
    if piece is None:
        raise Http404
    return piece


def public_results(consultation: Consultation, piece: Piece | None = None) -> dict | None:
    """Counts by stance and the notable comments of a synthesised public draft (None before its synthesis).

    Hidden comments never count or show; an anonymous commenter shows as "Người góp ý ẩn danh"."""
    if consultation.status != Status.SYNTHESISED:
        return None
    # The consultation was reached through get_public_consultation: its visible comments are public figures.
    visible = Comment.objects.unscoped().filter(consultation=consultation, hidden=False)
    if piece is not None:
        visible = visible.filter(current_piece=piece)
    counts = {"agree": 0, "disagree": 0, "other": 0}
    for stance, n in visible.values_list("stance").annotate(n=Count("id")).order_by():
        counts[stance] = n
    notable = [{"text": c.text, "stance": c.get_stance_display(), "group": c.commenter_group.name,
                "commenter": "Người góp ý ẩn danh" if c.anonymous else (c.commenter_name or "Người góp ý"),
                "area": "" if c.anonymous else c.area}
               for c in visible.filter(notable=True).select_related("commenter_group").order_by("id")[:50]]
    return {"counts": counts, "total": sum(counts.values()), "notable": notable,
            "proposal": piece.proposal if piece is not None else ""}


def commenter_groups():
    return consultation_selectors.commenter_groups()


# --- where a recommendation goes ---


def provinces() -> list[Area]:
    """Every current province (reference data: public)."""
    return list(Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.PROVINCE, is_active=True)
                .order_by("name").only("id", "code", "name"))


def communes(province_code: str) -> list[Area]:
    province = Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.PROVINCE, code=str(province_code)[:20]).first()
    if province is None:
        return []
    return list(Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.COMMUNE, parent=province, is_active=True)
                .order_by("name").only("id", "code", "name", "parent_id"))


def commune(code: str) -> Area | None:
    return Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.COMMUNE, code=str(code or "")[:20],
                                          is_active=True).select_related("parent").first()


def receiving_unit(commune_area: Area) -> Unit | None:
    """The unit that receives a citizen's recommendation for a commune: its Party committee (the head of the
    commune's mass-mobilisation bloc), else any open unit of the commune."""
    units = Unit.objects.unscoped().filter(area=commune_area, closed_on__isnull=True).select_related("kind")
    return units.filter(kind__code=DANG_UY).first() or units.order_by("id").first()


# --- status lookup ---


def lookup(code: str, phone_last4: str) -> dict | None:
    """The public status of a recommendation, from its code and the last four digits of the phone; None (the
    caller's one 404) when either is wrong. A held recommendation answers "awaiting review", a hidden one None."""
    found = petition_selectors.public_status(code, phone_last4)
    if found is not None:
        return found
    code = (code or "").strip().upper()[:16]
    if len(phone_last4 or "") != 4 or not phone_last4.isdigit() or not code:
        return None
    item = ModerationItem.objects.unscoped().filter(code=code, kind="petition").first()
    if item is None or not str(item.payload.get("phone_digits", "")).endswith(phone_last4):
        return None
    if item.status == ModerationStatus.RELEASED and item.result_code:
        return petition_selectors.public_status(item.result_code, phone_last4)
    if item.status == ModerationStatus.HELD:
        return {"code": item.code, "status": "held", "status_label": "Đang chờ cán bộ kiểm duyệt", "kind": "",
                "received_on": item.created_at.date(), "steps": []}
    return None


# --- the moderation queue (staff) ---


def moderation_queue(user, *, status: str = ModerationStatus.HELD, kind: str = "") -> QuerySet[ModerationItem]:
    qs = ModerationItem.objects.for_user(user, Action.REPORT).select_related("unit")
    if status in ModerationStatus.values:
        qs = qs.filter(status=status)
    if kind:
        qs = qs.filter(kind=kind)
    return qs.order_by("-created_at", "-id")


def get_moderation_item(user, item_id) -> ModerationItem:
    return get_for_user_or_404(ModerationItem.objects.select_related("unit"), user, Action.REPORT, pk=item_id)
