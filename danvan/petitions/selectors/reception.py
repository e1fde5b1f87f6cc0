"""Reads of reception sessions and the compliance view (which units' heads held no session this month)."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q

from danvan.core.permissions import PATH_END, Action, get_for_user_or_404
from danvan.org.models import Unit
from danvan.petitions.models import ReceptionRule, ReceptionSession


def receptions(user, *, unit: Unit | None = None, since: date | None = None, until: date | None = None):
    qs = ReceptionSession.objects.for_user(user, Action.VIEW)
    if unit is not None:
        qs = qs.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    if since is not None:
        qs = qs.filter(held_on__gte=since)
    if until is not None:
        qs = qs.filter(held_on__lte=until)
    return qs.select_related("unit").annotate(petitions_count=Count("petitions")).order_by("-held_on", "-id")


def get_reception(user, reception_id, action: str = Action.VIEW) -> ReceptionSession:
    return get_for_user_or_404(ReceptionSession.objects.select_related("unit"), user, action, pk=reception_id)


def compliance(user, *, start: date, end: date, unit: Unit | None = None, limit: int = 500) -> dict:
    """The units in scope whose kind has a reception rule, with their sessions in the month, those short of it
    first: {"rows": [{"unit", "required", "held", "ok"}], "missing": n}."""
    rules = {r.unit_kind_id: r for r in ReceptionRule.objects.unscoped().select_related("unit_kind")}
    if not rules:
        return {"rows": [], "missing": 0}
    units = Unit.objects.for_user(user, Action.VIEW).filter(kind_id__in=list(rules), closed_on__isnull=True)
    if unit is not None:
        units = units.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    held = Count("reception_sessions", filter=Q(reception_sessions__held_on__gte=start,
                                               reception_sessions__held_on__lte=end))
    rows = []
    for u in units.annotate(held=held).select_related("area").order_by("line_path")[:limit]:
        required = rules[u.kind_id].sessions_per_month
        rows.append({"unit": u, "required": required, "held": u.held, "ok": u.held >= required,
                     "host_position": rules[u.kind_id].host_position})
    rows.sort(key=lambda r: (r["ok"], r["unit"].line_path))
    return {"rows": rows, "missing": sum(1 for r in rows if not r["ok"])}
