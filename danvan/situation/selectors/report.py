"""The figures and the narrative material of a unit's monthly situation report, read from the records.

Reads the unit's subtree through `unscoped()` filtered by the unit's line: the drafting service has already
checked that its caller may report for the unit, and the report shows no confidential source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count

from danvan.org.models import Unit
from danvan.situation.choices import EventKind, Mood
from danvan.situation.models import Incident, IncidentEvent, NoteTopic, SituationNote
from danvan.situation.rules import OPEN_STATES
from danvan.situation.selectors.notes import _under


@dataclass
class ReportFigures:
    notes: int = 0
    by_topic: dict[str, int] = field(default_factory=dict)
    by_mood: dict[str, int] = field(default_factory=dict)
    incidents_new: int = 0
    incidents_ongoing: int = 0
    incidents_settled: int = 0
    people_new: int = 0
    people_ongoing: int = 0
    people_settled: int = 0
    warnings: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


# What the narrative reads of a note (`narrative.note_line` and the grouping): a province's month is
# thousands of notes, so nothing else is loaded (no `area`, no confidential source, no folded text).
NARRATIVE_FIELDS = ("id", "observed_on", "text", "topics", "source_kind", "mood", "commune__name")


def month_notes(unit: Unit, start: date, end: date):
    return (SituationNote.objects.unscoped().filter(_under("line_path", unit), observed_on__gte=start,
                                                    observed_on__lte=end)
            .select_related("commune").only(*NARRATIVE_FIELDS).order_by("observed_on", "id"))


def month_incidents(unit: Unit, start: date, end: date) -> dict[str, list[Incident]]:
    """{"new", "ongoing", "settled"}: started in the month; still open and started before it; stabilised or
    closed by an event in the month (an incident may be both new and settled)."""
    base = Incident.objects.unscoped().filter(_under("line_path", unit), started_on__lte=end).order_by("started_on", "id")
    settled_ids = set(IncidentEvent.objects.unscoped().filter(
        incident__in=base, kind__in=(EventKind.STABILISE, EventKind.CLOSE), happened_on__gte=start,
        happened_on__lte=end).values_list("incident_id", flat=True))
    return {
        "new": list(base.filter(started_on__gte=start)),
        "ongoing": list(base.filter(started_on__lt=start, state__in=OPEN_STATES)),
        "settled": list(base.filter(pk__in=settled_ids)),
    }


def report_figures(unit: Unit, start: date, end: date, *, warnings: int = 0) -> ReportFigures:
    notes = SituationNote.objects.unscoped().filter(_under("line_path", unit), observed_on__gte=start,
                                                    observed_on__lte=end)
    moods = dict(notes.values_list("mood").annotate(n=Count("id")).order_by())
    topics = dict(NoteTopic.objects.unscoped().filter(_under("line_path", unit), observed_on__gte=start,
                                                      observed_on__lte=end)
                  .values_list("topic").annotate(n=Count("id")).order_by())
    incidents = month_incidents(unit, start, end)
    return ReportFigures(
        notes=sum(moods.values()),
        by_topic=dict(sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_mood={m: moods.get(m, 0) for m in Mood.values},
        incidents_new=len(incidents["new"]), incidents_ongoing=len(incidents["ongoing"]),
        incidents_settled=len(incidents["settled"]),
        people_new=sum(i.people_count for i in incidents["new"]),
        people_ongoing=sum(i.people_count for i in incidents["ongoing"]),
        people_settled=sum(i.people_count for i in incidents["settled"]),
        warnings=warnings,
    )



