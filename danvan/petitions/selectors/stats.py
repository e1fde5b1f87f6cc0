"""Statistics of petitions for a unit subtree or an area and a period, and the indicator sources DON_NHAN and
DON_XONG. A duplicate (`duplicate_of` set) is never counted twice: it is left out of every figure.

Each figure is one aggregate over the scoped, filtered table (conditional counts in one statement), plus one
GROUP BY per breakdown; the indexes lead with `line_path` and the day columns.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Avg, Count, Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from danvan.core.permissions import PATH_END, Action, scope_for, subtree_q
from danvan.core.registry import SourcedRecord, SourcedValue
from danvan.org.models import Area, Unit
from danvan.petitions.choices import Channel, Kind
from danvan.petitions.models import Petition, PetitionTally, PetitionTallyRoot

RECORDS_SHOWN = 20


def _visible(user, unit: Unit | None, area: Area | None) -> Q | None:
    """The filter of the petitions a user may see under `unit` / in `area`, duplicates left out (None: nothing
    is visible)."""
    q = _where(user, unit, area)
    return None if q is None else q & Q(duplicate_of__isnull=True)


def _where(user, unit: Unit | None, area: Area | None) -> Q | None:
    """Scope, unit subtree and area on `line_path` / `area_path`: the petitions' and the counters' filter."""
    scope = scope_for(user, Action.VIEW)
    if scope.is_empty:
        return None
    q = Q()
    if not scope.everything:
        q &= subtree_q("line_path", scope.prefixes)
    if unit is not None:
        q &= Q(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    if area is not None:
        q &= Q(area_path__gte=area.path, area_path__lt=area.path + PATH_END)
    return q


def _between(name: str, start: date, end: date) -> Q:
    return Q(**{f"{name}__gte": start, f"{name}__lte": end})


def whole_half_months(start: date, end: date) -> bool:
    """Whether [start, end] is made of whole half-months (1st–14th, 15th–end): every reporting period, whether
    its windows run from the 15th (the default) or the 1st."""
    return start.day in (1, 15) and (end + timedelta(days=1)).day in (1, 15) and start <= end


def _depth(path: str) -> int:
    return len([part for part in path.split("/") if part])


def _roll_up_answers(user, unit: Unit | None, area: Area | None) -> bool:
    """Whether the roll-up per root and province (`PetitionTallyRoot`) gives the same sums as the unit rows: the
    scope, the unit and the area each name whole roots of the reporting line (or everything) and whole provinces
    (or the country) — the nation's and a province's statistics, whatever the number of units."""
    scope = scope_for(user, Action.VIEW)
    lines = ([] if scope.everything else list(scope.prefixes)) + ([unit.line_path] if unit is not None else [])
    return all(_depth(line) <= 1 for line in lines) and (area is None or _depth(area.path) <= PetitionTallyRoot.AREA_DEPTH)


def overdue_count(where: Q, today: date) -> int:
    """The petitions past their step's deadline, duplicates left out, counted on the `(line_path, due_on,
    duplicate_of)` partial index alone. `duplicate_of` is tested through COALESCE on purpose: asked for as
    `duplicate_of IS NULL`, SQLite walks that foreign key's own index over every petition of the table."""
    return (Petition.objects.unscoped().filter(where, due_on__lt=today)
            .annotate(original=Coalesce("duplicate_of_id", 0)).filter(original=0).count())


def statistics(user, *, unit: Unit | None = None, area: Area | None = None, start: date, end: date,
               today: date | None = None) -> dict:
    """The figures of `statistics_from_petitions`; for a period of whole half-months (every reporting period the
    pages and the API take) summed from the counters the services keep (`PetitionTally`) — two statements on at
    most a row per unit, area, topic and half-month, whatever the number of petitions; on their roll-up per root
    and province for the nation or a whole province, a few thousand rows — plus "overdue now" counted on the
    petitions' index (`overdue_count`)."""
    where = _where(user, unit, area)
    if where is None or not whole_half_months(start, end):
        return statistics_from_petitions(user, unit=unit, area=area, start=start, end=end, today=today)
    today = today or timezone.localdate()
    # `where` is the user's scope, as for_user applies it, on the counters' own line_path / area_path: the same
    # filter holds on the roll-up rows when every line and area it names is a root or a province or above.
    counters = PetitionTallyRoot if _roll_up_answers(user, unit, area) else PetitionTally
    tallies = counters.objects.unscoped().filter(where, half_month__gte=start, half_month__lte=end)
    totals = tallies.aggregate(**{name: Sum(name) for name in PetitionTally.COUNTERS})
    totals = {name: n or 0 for name, n in totals.items()}
    figures = {name: totals[name] for name in ("received", "accepted", "rejected", "forwarded", "answered",
                                               "answered_on_time")}
    figures["answered_late"] = figures["answered"] - figures["answered_on_time"]
    figures["overdue"] = overdue_count(where, today)
    figures["average_days"] = round(totals["answer_days"] / totals["answered"], 1) if totals["answered"] else None
    for name, prefix in (("by_kind", "k_"), ("by_channel", "c_")):
        found = [(key[len(prefix):], n) for key, n in totals.items() if key.startswith(prefix) and n]
        figures[name] = dict(sorted(found, key=lambda item: (-item[1], item[0])))
    figures["by_topic"] = {topic: n for topic, n in tallies.values_list("topic").annotate(n=Sum("received"))
                           .order_by("-n", "topic") if n}
    return figures


def statistics_from_petitions(user, *, unit: Unit | None = None, area: Area | None = None, start: date, end: date,
                              today: date | None = None) -> dict:
    """received, accepted, rejected, forwarded, answered, answered_on_time, overdue (now), average days to answer
    (in the period), and the received ones by kind, topic and channel.

    Two statements: one pass over the visible rows with a conditional count per figure, kind and channel (the
    kinds and channels are fixed lists), and one GROUP BY topic over the period's received rows (it was five).
    At the nation's scale this is still a scan of every petition: see docs/performance.md for the next lever."""
    today = today or timezone.localdate()
    visible = _visible(user, unit, area)
    empty = {"received": 0, "accepted": 0, "rejected": 0, "forwarded": 0, "answered": 0, "answered_on_time": 0,
             "answered_late": 0, "overdue": 0, "average_days": None, "by_kind": {}, "by_topic": {}, "by_channel": {}}
    if visible is None:
        return empty
    rows = Petition.objects.unscoped().filter(visible)  # `visible` is the user's scope, as for_user applies it
    received = _between("received_on", start, end)
    answered = _between("answered_on", start, end)
    counts = {
        "received": Count("pk", filter=received),
        "accepted": Count("pk", filter=_between("accepted_on", start, end)),
        "rejected": Count("pk", filter=_between("rejected_on", start, end)),
        "forwarded": Count("pk", filter=_between("forwarded_on", start, end)),
        "answered": Count("pk", filter=answered),
        "answered_on_time": Count("pk", filter=answered & Q(answered_late=False)),
        "average_days": Avg("answer_days", filter=answered),
        "overdue": Count("pk", filter=Q(due_on__lt=today)),
    }
    counts.update({f"kind:{code}": Count("pk", filter=received & Q(kind=code)) for code in Kind.values})
    counts.update({f"channel:{code}": Count("pk", filter=received & Q(channel=code)) for code in Channel.values})
    totals = rows.aggregate(**counts)
    figures = {key: totals[key] for key in ("received", "accepted", "rejected", "forwarded", "answered",
                                            "answered_on_time", "overdue")}
    figures["answered_late"] = figures["answered"] - figures["answered_on_time"]
    average = totals["average_days"]
    figures["average_days"] = None if average is None else round(float(average), 1)
    for name, prefix in (("by_kind", "kind:"), ("by_channel", "channel:")):
        found = [(key[len(prefix):], n) for key, n in totals.items() if key.startswith(prefix) and n]
        figures[name] = dict(sorted(found, key=lambda item: (-item[1], item[0])))
    figures["by_topic"] = dict(rows.filter(received).values_list("topic").annotate(n=Count("pk"))
                               .order_by("-n", "topic"))
    return figures


def late_petitions(user, *, unit: Unit | None = None, area: Area | None = None, start: date, end: date, limit=50):
    """The petitions answered late in the period (the statistics page lists them)."""
    visible = _visible(user, unit, area)
    if visible is None:
        return Petition.objects.none()
    return (Petition.objects.unscoped().filter(visible, _between("answered_on", start, end), answered_late=True)
            .select_related("unit").order_by("-answered_on", "-id")[:limit])


def _sourced(qs) -> SourcedValue:
    count = qs.count()
    shown = list(qs.order_by("received_on", "pk")[:RECORDS_SHOWN])
    records = tuple(SourcedRecord(label=f"{p.code} — {p.subject}",
                                  url=reverse("petitions:petition_detail", args=[p.pk])) for p in shown)
    return SourcedValue(value=Decimal(count), records=records, more=max(0, count - len(records)))


def petitions_received(unit: Unit, start: date, end: date) -> SourcedValue:
    """DON_NHAN: the petitions the unit received in the period (duplicates counted once)."""
    return _sourced(Petition.objects.unscoped().filter(received_by=unit, duplicate_of__isnull=True,
                                                       received_on__gte=start, received_on__lte=end))


def petitions_settled(unit: Unit, start: date, end: date) -> SourcedValue:
    """DON_XONG: the unit's petitions settled (answered) in the period."""
    return _sourced(Petition.objects.unscoped().filter(unit=unit, duplicate_of__isnull=True,
                                                       answered_on__gte=start, answered_on__lte=end))


