"""Activities: the scoped list, one activity, the month calendar, grassroots-democracy compliance, the
indicator sources (TH_LOP, TH_LUOT, DT_CUOC, GS_CUOC, PB_HN) and the iCalendar feed's owner."""

from __future__ import annotations

import calendar as month_calendar
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from django.db.models import Count, Q, Sum, Window
from django.http import Http404
from django.urls import reverse

from danvan.core.permissions import PATH_END, Action, get_for_user_or_404
from danvan.core.registry import SourcedRecord, SourcedValue
from danvan.core.text import fold
from danvan.directives.choices import COMMUNITY_MEETING, DIALOGUE, SOCIAL_CRITICISM, SUPERVISION, TRAINING
from danvan.directives.models import Activity, ActivityKind, CalendarFeed, Commitment
from danvan.org.choices import Level
from danvan.org.models import Area, Unit

RECORDS_SHOWN = 20


def kinds():
    return ActivityKind.objects.filter(is_active=True)


def kind_names() -> dict[str, str]:
    return dict(ActivityKind.objects.values_list("code", "name"))


def activity_list(user, *, unit: Unit | None = None, kind: str | None = None, since: date | None = None,
                  until: date | None = None, q: str = ""):
    qs = Activity.objects.for_user(user, Action.VIEW)
    if unit is not None:
        qs = qs.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    if kind:
        qs = qs.filter(kind=kind)
    if since:
        qs = qs.filter(ends_on__gte=since)
    if until:
        qs = qs.filter(starts_on__lte=until)
    if q.strip():
        qs = qs.filter(title_folded__contains=fold(q))
    return qs.select_related("unit", "area").order_by("-starts_on", "-id")


def get_activity(user, activity_id, action: str = Action.VIEW) -> Activity:
    qs = Activity.objects.select_related("unit", "area", "directive", "task").prefetch_related("commitments")
    return get_for_user_or_404(qs, user, action, pk=activity_id)


def evidence_choices(user, task, limit: int = 100):
    """Activities that may evidence a task's progress: those serving it and the recent ones of its unit and lead
    units, among those the user sees (one query)."""
    units = [task.unit_id, *(u.pk for u in task.lead_units.all())]
    return (Activity.objects.for_user(user).filter(Q(task=task) | Q(unit_id__in=units))
            .only("pk", "title", "starts_on").order_by("-starts_on", "-id")[:limit])


def get_commitment(user, commitment_id, action: str = Action.VIEW) -> Commitment:
    return get_for_user_or_404(Commitment.objects.select_related("activity", "activity__unit"), user, action,
                               pk=commitment_id)


def month_grid(user, *, year: int, month: int, unit: Unit | None = None) -> list[list[dict]]:
    """The month as weeks of days (Monday first), each day with the visible activities running on it."""
    first, last = date(year, month, 1), date(year, month, month_calendar.monthrange(year, month)[1])
    activities = list(activity_list(user, unit=unit, since=first, until=last).order_by("starts_on", "id")[:1000])
    weeks = []
    for week in month_calendar.Calendar().monthdatescalendar(year, month):
        weeks.append([{"day": d, "in_month": d.month == month,
                       "activities": [a for a in activities if a.starts_on <= d <= a.ends_on]} for d in week])
    return weeks


NATION = SimpleNamespace(era="current", path="/", name="Toàn quốc")  # every current area lies under "/"


# --- grassroots democracy (Law 10/2022/QH15, art. 32 and 33) -------------------------------------------


def compliance(user, *, area, year: int) -> dict:
    """Communes under `area` whose year has no dialogue, hamlets with no year-end community meeting, among the
    activities the user may see. Two queries over activities (distinct area paths), two over areas."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    # No ordering: the model's default one would put starts_on and id into the SELECT DISTINCT, which then reads
    # and sorts every row instead of the distinct paths of the covering index (kind, area_path, starts_on).
    visible = Activity.objects.for_user(user).filter(area_path__gte=area.path, area_path__lt=area.path + PATH_END,
                                                     starts_on__gte=start, starts_on__lte=end).order_by()
    dialogue_paths = set(visible.filter(kind=DIALOGUE).values_list("area_path", flat=True).distinct())
    meeting_paths = set(visible.filter(kind=COMMUNITY_MEETING).values_list("area_path", flat=True).distinct())
    under = {"era": area.era, "path__gte": area.path, "path__lt": area.path + PATH_END, "is_active": True}
    communes = list(Area.objects.filter(level=Level.COMMUNE, **under).order_by("code").values_list("code", "path"))
    hamlets = list(Area.objects.filter(level=Level.HAMLET, **under).order_by("path").values_list("pk", "path"))

    held = _with_ancestors(dialogue_paths)  # a dialogue anywhere in a commune's subtree counts for the commune
    return {"communes_without_dialogue": [code for code, path in communes if path not in held],
            "hamlets_without_meeting": [pk for pk, path in hamlets if path not in meeting_paths]}


def _with_ancestors(paths) -> set[str]:
    """The paths and every path above them ("/37/14500/" gives "/37/" too): one set lookup per commune."""
    found: set[str] = set()
    for path in paths:
        parts = path.strip("/").split("/")
        found.update("/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1))
    return found


# --- indicator sources (registered in registrations.py) ------------------------------------------------


def _own(unit: Unit, kind: str, start: date, end: date):
    return Activity.objects.unscoped().filter(unit=unit, kind=kind, starts_on__gte=start, starts_on__lte=end)


def _sourced(qs, *, people: bool = False) -> SourcedValue:
    """The count (or, with `people`, the participants) and the first records, in one query: the totals are
    window aggregates over the whole window's rows, carried on each of the first RECORDS_SHOWN rows."""
    annotations = {"n": Window(Count("pk"))}
    if people:
        annotations["people"] = Window(Sum("participants"))
    rows = list(qs.annotate(**annotations).order_by("starts_on", "pk")
                .values_list("pk", "title", *annotations)[:RECORDS_SHOWN])
    total = rows[0][2] if rows else 0
    value = (rows[0][3] or 0) if people and rows else total if not people else 0
    records = tuple(SourcedRecord(label=t, url=reverse("directives:activity_detail", args=[pk]))
                    for pk, t, *_ in rows)
    return SourcedValue(value=Decimal(value), records=records, more=max(0, total - len(records)))


def count_source(kind: str):
    def compute(unit: Unit, start: date, end: date) -> SourcedValue:
        return _sourced(_own(unit, kind, start, end))

    compute.__doc__ = f"The unit's own activities of kind {kind} started in the period."
    return compute


def training_participants(unit: Unit, start: date, end: date) -> SourcedValue:
    """TH_LUOT: participants of the unit's own trainings started in the period."""
    return _sourced(_own(unit, TRAINING, start, end), people=True)


SOURCES = {"TH_LOP": count_source(TRAINING), "TH_LUOT": training_participants, "DT_CUOC": count_source(DIALOGUE),
           "GS_CUOC": count_source(SUPERVISION), "PB_HN": count_source(SOCIAL_CRITICISM)}


# --- the iCalendar feed --------------------------------------------------------------------------------


def feed_owner(token: str):
    """The user of a live feed address, or 404 (unknown or revoked: the same answer)."""
    feed = CalendarFeed.objects.unscoped().select_related("user").filter(token=str(token)[:64],
                                                                          revoked_at__isnull=True).first()
    if feed is None or not feed.user.is_active:
        raise Http404
    return feed.user


def current_feed(user) -> CalendarFeed | None:
    return CalendarFeed.objects.unscoped().filter(user=user, revoked_at__isnull=True).order_by("-pk").first()


def feed_activities(user, *, since: date, limit: int = 2000):
    return list(activity_list(user, since=since).select_related(None).select_related("unit", "area")
                .order_by("-starts_on", "-id")[:limit])


def open_commitments(user, *, unit: Unit | None = None, limit: int = 200):
    qs = Commitment.objects.for_user(user).filter(state="open").select_related("activity", "activity__unit")
    if unit is not None:
        qs = qs.filter(activity__line_path__gte=unit.line_path, activity__line_path__lt=unit.line_path + PATH_END)
    return list(qs.order_by("deadline", "id")[:limit])




def area_names(result: dict) -> dict:
    """Names of the communes (by code) and hamlets (by id) a compliance result lists."""
    communes = dict(Area.objects.filter(era="current", level=Level.COMMUNE,
                                        code__in=result["communes_without_dialogue"][:2000]).values_list("code", "name"))
    hamlets = dict(Area.objects.filter(pk__in=result["hamlets_without_meeting"][:2000]).values_list("pk", "name"))
    return {"communes": communes, "hamlets": hamlets}
