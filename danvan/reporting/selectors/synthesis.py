"""Reads of the synthesised report's pages and API: drafts, and the units a user may compile for."""

from danvan.core.permissions import Action, get_for_user_or_404
from danvan.org.models import Unit
from danvan.reporting.models import SynthesisDraft
from danvan.reporting.periods import Period
from danvan.reporting.rules import may_compile

# What a draft is read with: the renderers use the unit's kind and area (and its parent) and query nothing.
DRAFT_LOADS = ("form", "unit__kind", "unit__area__parent")


def get_draft(user, draft_id, action: str = Action.VIEW) -> SynthesisDraft:
    return get_for_user_or_404(SynthesisDraft.objects.select_related(*DRAFT_LOADS), user, action, pk=draft_id)


def draft_for(user, form, unit, period: Period) -> SynthesisDraft | None:
    return (SynthesisDraft.objects.for_user(user).select_related(*DRAFT_LOADS)
            .filter(form=form, unit=unit, period=period.code).first())


def can_compile(user, unit) -> bool:
    return may_compile(user, unit)


def recent_drafts(user, limit: int = 20):
    return (SynthesisDraft.objects.for_user(user).select_related("form", "unit")
            .order_by("-updated_at")[:limit])


def compilable_units(user, limit: int = 2000):
    """Units the user may compile for (report rights, which every reviewer has) with units reporting to them."""
    return list(Unit.objects.for_user(user, Action.REPORT).filter(children__isnull=False, closed_on__isnull=True)
                .distinct().select_related("area").order_by("line_path")[:limit])
