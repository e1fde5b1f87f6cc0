"""Scoped reads of notes and incidents: lists with filters, one object with the right to it, the heat table."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Prefetch, Q

from danvan.core.permissions import PATH_END, Action, get_for_user_or_404
from danvan.core.text import fold
from danvan.org.choices import Level
from danvan.org.models import Area, Unit
from danvan.situation.models import Incident, IncidentArea, IncidentEvent, NoteTopic, SituationNote

NOTE_LOADS = ("unit", "area", "commune", "province")


def _under(field: str, unit: Unit) -> Q:
    return Q(**{f"{field}__gte": unit.line_path, f"{field}__lt": unit.line_path + PATH_END})


def _area_q(area: Area, *, prefix: str = "") -> Q:
    if area.level == Level.PROVINCE:
        return Q(**{f"{prefix}province": area})
    if area.level == Level.COMMUNE:
        return Q(**{f"{prefix}commune": area})
    return Q(**{f"{prefix}area": area})


def note_list(user, *, unit: Unit | None = None, area: Area | None = None, topic: str | None = None,
              mood: str | None = None, since: date | None = None, until: date | None = None, q: str = ""):
    """The notes the user may read, newest first, filtered."""
    qs = SituationNote.objects.for_user(user, Action.VIEW).select_related(*NOTE_LOADS)
    if unit is not None:
        qs = qs.filter(_under("line_path", unit))
    if area is not None:
        qs = qs.filter(_area_q(area))
    if topic:
        qs = qs.filter(pk__in=NoteTopic.objects.for_user(user, Action.VIEW).filter(topic=topic).values("note_id"))
    if mood:
        qs = qs.filter(mood=mood)
    if since:
        qs = qs.filter(observed_on__gte=since)
    if until:
        qs = qs.filter(observed_on__lte=until)
    if q.strip():
        qs = qs.filter(text_folded__contains=fold(q.strip())[:200])
    return qs.order_by("-observed_on", "-id")


def get_note(user, note_id) -> SituationNote:
    return get_for_user_or_404(SituationNote.objects.select_related(*NOTE_LOADS), user, Action.VIEW, pk=note_id)


INCIDENT_LOADS = ("unit", "escalated_to")


def incident_list(user, *, state: str | None = None, severity: int | None = None, area: Area | None = None,
                  unit: Unit | None = None, topic: str | None = None, escalated: bool | None = None):
    qs = (Incident.objects.for_user(user, Action.VIEW).select_related(*INCIDENT_LOADS)
          .prefetch_related(Prefetch("area_rows", IncidentArea.objects.unscoped().select_related("area"))))
    if state:
        qs = qs.filter(state=state)
    if severity:
        qs = qs.filter(severity=severity)
    if unit is not None:
        qs = qs.filter(_under("line_path", unit))
    if area is not None:
        rows = IncidentArea.objects.for_user(user, Action.VIEW)
        if area.level == Level.PROVINCE:
            rows = rows.filter(commune__parent=area)
        elif area.level == Level.COMMUNE:
            rows = rows.filter(commune=area)
        else:
            rows = rows.filter(area=area)
        qs = qs.filter(pk__in=rows.values("incident_id"))
    if topic:
        # Incidents are few beside notes: the JSON list is matched as text, on both databases.
        qs = qs.filter(topics__icontains=f'"{topic[:40]}"')
    if escalated is not None:
        qs = qs.filter(escalated_to__isnull=not escalated)
    return qs.order_by("-started_on", "-id")


def get_incident(user, incident_id, action: str = Action.VIEW) -> Incident:
    qs = (Incident.objects.select_related(*INCIDENT_LOADS)
          .prefetch_related(Prefetch("area_rows", IncidentArea.objects.unscoped().select_related("area")),
                            Prefetch("timeline", IncidentEvent.objects.unscoped().order_by("happened_on", "created_at",
                                                                                            "id")),
                            "notes"))
    return get_for_user_or_404(qs, user, action, pk=incident_id)


def incident_board(user, unit: Unit | None = None) -> dict[str, dict[int, int]]:
    """{state: {severity: count}} of the incidents the user may read (under `unit` when given)."""
    qs = Incident.objects.for_user(user, Action.VIEW)
    if unit is not None:
        qs = qs.filter(_under("line_path", unit))
    out: dict[str, dict[int, int]] = {}
    for row in qs.values("state", "severity").annotate(n=Count("id")).order_by():
        out.setdefault(row["state"], {})[row["severity"]] = row["n"]
    return out


def heat_table(user, *, since: date, until: date, unit: Unit | None = None) -> dict[tuple[str, int], int]:
    """{(topic, commune id): notes} in the days given: the board's topic × area table, one GROUP BY."""
    qs = NoteTopic.objects.for_user(user, Action.VIEW).filter(observed_on__gte=since, observed_on__lte=until)
    if unit is not None:
        qs = qs.filter(_under("line_path", unit))
    return {(r["topic"], r["commune_id"]): r["n"]
            for r in qs.values("topic", "commune_id").annotate(n=Count("id")).order_by()}


def recording_units(user) -> list[Unit]:
    """The units the user records notes for: those of their memberships whose role may report."""
    from danvan.accounts.choices import ROLE_ACTIONS
    from danvan.accounts.selectors import memberships_of

    return [m.unit for m in memberships_of(user) if Action.REPORT in ROLE_ACTIONS.get(m.role, ())
            and m.unit.closed_on is None]


def review_units(user) -> list[Unit]:
    """The units whose line the user reviews (the board's scope choices)."""
    from danvan.accounts.choices import ROLE_ACTIONS
    from danvan.accounts.selectors import memberships_of

    return [m.unit for m in memberships_of(user) if Action.REVIEW in ROLE_ACTIONS.get(m.role, ())]


def areas_for_unit(unit: Unit):
    """Communes and hamlets inside a unit's area, for the note and incident forms (public reference data)."""
    return (Area.objects.subtree(unit.area).filter(level__in=(Level.COMMUNE, Level.HAMLET), is_active=True)
            .order_by("path"))


def get_unit_in(user, unit_id, action: str = Action.VIEW) -> Unit:
    return get_for_user_or_404(Unit.objects.select_related("area"), user, action, pk=unit_id)
