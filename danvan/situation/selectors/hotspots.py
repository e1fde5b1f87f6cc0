"""Hotspots: places (communes) with incidents in at least three of the last twelve months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max
from django.db.models.functions import TruncMonth
from django.utils import timezone

from danvan.core.permissions import Action
from danvan.org.models import Area, Unit
from danvan.situation.models import IncidentArea
from danvan.situation.selectors.notes import _under

MIN_MONTHS = 3
MONTHS = 12


@dataclass
class Hotspot:
    commune: Area
    months: int  # months of the last twelve in which an incident started there
    incidents: int
    last_started: date


def first_of_window(today: date) -> date:
    """The first day of the month eleven months before `today`'s: twelve calendar months, this one included."""
    month = today.year * 12 + today.month - 1 - (MONTHS - 1)
    return date(month // 12, month % 12 + 1, 1)


def hotspots(user, *, today: date | None = None, unit: Unit | None = None) -> list[Hotspot]:
    """Communes by recurrence (most months first), one GROUP BY over the incidents' places."""
    today = today or timezone.localdate()
    rows = IncidentArea.objects.for_user(user, Action.VIEW).filter(started_on__gte=first_of_window(today),
                                                                   started_on__lte=today)
    if unit is not None:
        rows = rows.filter(_under("line_path", unit))
    counted: dict[int, list] = {}
    for g in (rows.values("commune_id").annotate(months=Count(TruncMonth("started_on"), distinct=True),
                                                 incidents=Count("incident_id", distinct=True),
                                                 last=Max("started_on")).order_by()):
        if g["months"] >= MIN_MONTHS:
            counted[g["commune_id"]] = [g["months"], g["incidents"], g["last"]]
    if not counted:
        return []
    communes = Area.objects.select_related("parent").in_bulk(list(counted))
    out = [Hotspot(communes[c], m, n, last) for c, (m, n, last) in counted.items()]
    return sorted(out, key=lambda h: (-h.months, -h.incidents, h.commune.name))
