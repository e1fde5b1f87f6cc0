"""Scoped reads of areas and units, shared by the views and the API."""

from django.db.models import QuerySet
from django.http import Http404

from danvan.core.permissions import Action, get_for_user_or_404
from danvan.org.choices import Era, Level
from danvan.org.divisions import code_candidates
from danvan.org.models import Area, AreaLineage, Unit


def area_list(user, *, era: str | None = Era.CURRENT, level: str | None = None, parent_code: str | None = None,
              q: str = "") -> QuerySet[Area]:
    qs = Area.objects.for_user(user, Action.VIEW).select_related("parent")
    if era:
        qs = qs.filter(era=era)
    if level:
        qs = qs.filter(level=level)
    if parent_code:
        parent_code = parent_code.strip()
        qs = qs.filter(parent__code__in=code_candidates(parent_code))
    if q:
        qs = qs.search(q)
    return qs.order_by("era", "path")


def get_area(user, era: str, code: str) -> Area:
    qs = Area.objects.for_user(user, Action.VIEW).select_related("parent")
    # The shortest path wins: "1" is the province 01 before the commune 00001.
    match = qs.filter(era=era, code__in=code_candidates(code)).order_by("path").first()
    if match is None:
        raise Http404
    return match


def area_lineage(area: Area) -> tuple[list[tuple[Area, bool]], list[tuple[Area, bool]]]:
    """(predecessors, successors) with each link's `partial` flag.

    Provinces and communes are linked directly; a legacy district's successors are the current
    communes formed from its communes (partial unless all of them came wholly from it).
    """
    predecessors = [(link.predecessor, link.partial) for link in
                    AreaLineage.objects.filter(successor=area).select_related("predecessor").order_by("predecessor__path")]
    if area.era == Era.LEGACY and area.level == Level.DISTRICT:
        links = AreaLineage.objects.filter(predecessor__era=Era.LEGACY, predecessor__path__gte=area.path,
                                           predecessor__path__lt=area.path + "~").select_related("successor")
        successors: dict[int, tuple[Area, bool]] = {}
        for link in links.order_by("successor__path"):
            successors.setdefault(link.successor_id, (link.successor, True))
        return predecessors, list(successors.values())
    successors_list = [(link.successor, link.partial) for link in
                       AreaLineage.objects.filter(predecessor=area).select_related("successor").order_by("successor__path")]
    return predecessors, successors_list


def unit_list(user, *, area_code: str | None = None, era: str = Era.CURRENT, kind: str | None = None, q: str = "",
              action: str = Action.VIEW) -> QuerySet[Unit]:
    qs = Unit.objects.for_user(user, action).select_related("kind", "area", "parent")
    if area_code:
        area = Area.objects.for_user(user).filter(era=era, code__in=code_candidates(area_code)).order_by("path").first()
        if area is None:
            return qs.none()
        qs = qs.filter(area__path__gte=area.path, area__path__lt=area.path + "~", area__era=area.era)
    if kind:
        qs = qs.filter(kind__code=kind)
    if q:
        qs = qs.search(q)
    return qs.order_by("line_path")


def get_unit(user, unit_id, action: str = Action.VIEW) -> Unit:
    return get_for_user_or_404(Unit.objects.select_related("kind", "area", "parent"), user, action, pk=unit_id)
