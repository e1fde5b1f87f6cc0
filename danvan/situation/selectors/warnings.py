"""Early warnings, computed fresh from the notes at every read (no nightly job).

A warning is a rise of notes on one topic in one area (a commune, or a whole province): in the last 7 days
at least `min_count` notes and at least `ratio` times the weekly average of the 12 weeks before. One
GROUP BY over `NoteTopic` (covering indexes on line and day) gives every commune's counts in the 13 weeks of
the reader's subtree, provinces being the sums of their communes. For a national reader the GROUP BY covers
the 7 days only: the (topic, area) pairs with `min_count` notes there, the only ones that can fire, get their
12 weeks from a second GROUP BY (communes) and the `ProvinceTopicDay` counters (provinces). A last query lists
the notes behind the warnings that fire.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count, Max, Q, Sum
from django.utils import timezone

from danvan.core.permissions import Action, scope_for
from danvan.org.models import Area, Unit
from danvan.situation.models import NoteTopic, ProvinceTopicDay, WarningDismissal
from danvan.situation.selectors.notes import _area_q, _under

WINDOW_DAYS = 7
BASELINE_WEEKS = 12


def thresholds() -> tuple[int, float]:
    """(min_count, ratio): 3 and 3 unless settings.SITUATION_WARNING_MIN_COUNT / _RATIO say otherwise."""
    return (int(getattr(settings, "SITUATION_WARNING_MIN_COUNT", 3)),
            float(getattr(settings, "SITUATION_WARNING_RATIO", 3)))


@dataclass
class Warning:
    topic: str
    area_id: int
    level: str  # "commune" | "province"
    count: int
    baseline: float  # notes per week over the previous 12 weeks
    window_start: date
    window_end: date
    notes: list[int] = field(default_factory=list)
    last_day: date | None = None
    area: Area | None = None

    @property
    def ratio(self) -> float | None:
        return round(self.count / self.baseline, 2) if self.baseline else None


def fires(count: int, baseline: float, *, min_count: int, ratio: float) -> bool:
    """The threshold itself: at least `min_count` notes and at least `ratio` × the weekly baseline."""
    return count >= min_count and count >= ratio * baseline


def compute_warnings(user, *, unit: Unit | None = None, area: Area | None = None, since: date | None = None,
                     today: date | None = None, include_dismissed: bool = False) -> list[Warning]:
    """The warnings a reviewer sees: over the notes under their review scope (and `unit`, `area` when given),
    strongest rise first. `since`: only warnings with a note observed on or after that day (what is new)."""
    today = today or timezone.localdate()
    window_start = today - timedelta(days=WINDOW_DAYS - 1)
    base_start = window_start - timedelta(weeks=BASELINE_WEEKS)
    min_count, ratio = thresholds()
    rows = NoteTopic.objects.for_user(user, Action.REVIEW).filter(observed_on__gte=base_start, observed_on__lte=today)
    if unit is not None:
        rows = rows.filter(_under("line_path", unit))
    if area is not None:
        rows = rows.filter(_area_q(area) if area.level != "hamlet" else Q(commune=area.parent_id))
    recent = Q(observed_on__gte=window_start)
    if _national(user) and unit is None and (area is None or area.level == "province"):
        # Only a (topic, area) with `min_count` notes in the window can fire: the 12 weeks before are counted
        # for those alone, the provinces' from the counters (every line, every note).
        communes, provinces = _counts(rows.filter(recent), recent)
        communes, provinces = _at_least(communes, min_count), _at_least(provinces, min_count)
        _add_baselines(rows.filter(observed_on__lt=window_start), communes, "commune_id")
        _add_counted_baselines(provinces, base_start, window_start)
    else:  # a reader's own subtree: its 13 weeks in one pass
        communes, provinces = _counts(rows, recent)
    if area is not None and area.level != "province":
        provinces = {}  # a commune's own view: the province's sum is not its warning
    found: list[Warning] = []
    for level, table in (("commune", communes), ("province", provinces)):
        for (topic, area_id), (count, base, last) in table.items():
            baseline = base / BASELINE_WEEKS
            if fires(count, baseline, min_count=min_count, ratio=ratio) and (since is None or last >= since):
                found.append(Warning(topic, area_id, level, count, round(baseline, 2), window_start, today,
                                     last_day=last))
    if not include_dismissed:
        found = _without_dismissed(user, found, window_start)
    _attach_notes(rows.filter(recent), found)
    areas = Area.objects.in_bulk({w.area_id for w in found})
    for w in found:
        w.area = areas.get(w.area_id)
    found.sort(key=lambda w: (-(w.ratio or w.count), -w.count, w.topic, w.area_id))
    return found


def _counts(rows, recent: Q) -> tuple[dict, dict]:
    """{(topic, commune): [window count, 12 weeks' count, last day]} and the same per province."""
    communes: dict[tuple[str, int], list] = {}
    provinces: dict[tuple[str, int], list] = {}
    for g in (rows.values("topic", "commune_id", "province_id")
              .annotate(n=Count("id", filter=recent), total=Count("id"), last=Max("observed_on")).order_by()):
        communes[(g["topic"], g["commune_id"])] = [g["n"], g["total"] - g["n"], g["last"]]
        p = provinces.setdefault((g["topic"], g["province_id"]), [0, 0, g["last"]])
        p[0] += g["n"]
        p[1] += g["total"] - g["n"]
        p[2] = max(p[2], g["last"])
    return communes, provinces


def _at_least(table: dict[tuple[str, int], list], min_count: int) -> dict[tuple[str, int], list]:
    """The pairs that can fire: `min_count` notes in the window (at least one, whatever the settings)."""
    return {k: v for k, v in table.items() if v[0] >= max(min_count, 1)}


def _add_baselines(base_rows, table: dict[tuple[str, int], list], area_field: str) -> None:
    """The 12 weeks' counts of the candidates in `table` (keyed (topic, area id)), in place."""
    if not table:
        return
    wanted = base_rows.filter(**{f"{area_field}__in": {a for _, a in table}, "topic__in": {t for t, _ in table}})
    for topic, area_id, n in wanted.values_list("topic", area_field).annotate(n=Count("id")).order_by():
        if (topic, area_id) in table:
            table[(topic, area_id)][1] = n


def _national(user) -> bool:
    return bool(getattr(user, "is_superuser", False)) or scope_for(user, Action.REVIEW).everything


def _add_counted_baselines(provinces: dict[tuple[str, int], list], start: date, end: date) -> None:
    """The provinces' 12 weeks from `ProvinceTopicDay` (a few thousand counters, not every topic row)."""
    if not provinces:
        return
    counters = ProvinceTopicDay.objects.unscoped().filter(
        day__gte=start, day__lt=end, province_id__in={a for _, a in provinces}, topic__in={t for t, _ in provinces})
    for topic, area_id, n in counters.values_list("topic", "province_id").annotate(n=Sum("count")).order_by():
        if (topic, area_id) in provinces:
            provinces[(topic, area_id)][1] = n


def _without_dismissed(user, found: list[Warning], window_start: date) -> list[Warning]:
    """A dismissal hides its (topic, area) while its window overlaps the current one (for 7 days)."""
    if not found:
        return found
    hidden = set(WarningDismissal.objects.for_user(user, Action.VIEW).filter(window_end__gte=window_start)
                 .values_list("topic", "area_id"))
    return [w for w in found if (w.topic, w.area_id) not in hidden]


def _attach_notes(recent_rows, found: list[Warning]) -> None:
    if not found:
        return
    by_key = {(w.topic, w.level, w.area_id): w for w in found}
    topics = {w.topic for w in found}
    areas = Q(commune_id__in={w.area_id for w in found if w.level == "commune"}) | Q(
        province_id__in={w.area_id for w in found if w.level == "province"})
    for topic, note_id, commune_id, province_id in (recent_rows.filter(areas, topic__in=topics)
                                                    .values_list("topic", "note_id", "commune_id", "province_id")
                                                    .order_by("-observed_on", "-note_id")):
        for key in ((topic, "commune", commune_id), (topic, "province", province_id)):
            if key in by_key:
                by_key[key].notes.append(note_id)
