"""Reads of the dashboards: where a user may look (units, areas), which units must report, and the
completeness rows of a unit or an area."""

from datetime import date

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from danvan.accounts.selectors import memberships_of
from danvan.core.permissions import Action, subtree_q
from danvan.org.models import Area, Unit
from danvan.org.selectors import get_area, unit_list
from danvan.reporting.completeness import CompletenessRow, most_urgent_first, row_state
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import ReportForm, Submission


def area_in_scope(user, area: Area) -> bool:
    """An area's roll-up counts every unit located there: allowed only if all of them are in scope."""
    if user.is_superuser:
        return True
    scope = user.scope_for(Action.VIEW)
    if scope.is_empty:
        return False
    located = Unit.objects.filter(area__era=area.era, area__path__gte=area.path, area__path__lt=area.path + "~")
    return located.exists() and not located.exclude(subtree_q("line_path", scope.prefixes)).exists()


def get_area_for_rollup(user, era: str, code: str) -> Area:
    area = get_area(user, era, code)
    if not area_in_scope(user, area):
        raise Http404
    return area


def expected_units(form: ReportForm, period, *, under: Unit | None = None, area: Area | None = None):
    """Units that must report this form and were open at some time during the period."""
    qs = Unit.objects.filter(Q(kind__in=form.expected_kinds.all()) | Q(pk__in=form.expected_units.all()))
    qs = qs.filter(Q(opened_on__isnull=True) | Q(opened_on__lte=period.end)).filter(
        Q(closed_on__isnull=True) | Q(closed_on__gte=period.start))
    if under is not None:
        qs = qs.filter(line_path__gte=under.line_path, line_path__lt=under.line_path + "~")
    if area is not None:
        qs = qs.filter(area__era=area.era, area__path__gte=area.path, area__path__lt=area.path + "~")
    return qs.distinct()


def top_unit(user) -> Unit | None:
    """The highest unit the user holds a membership in (the default of the dashboards)."""
    membership = memberships_of(user).first()
    return membership.unit if membership else None


def root_units(user):
    """Units with no parent in the user's scope (what an administrator without memberships starts from)."""
    return unit_list(user).filter(parent__isnull=True)


def child_units(user, unit: Unit):
    return unit_list(user).filter(parent=unit).order_by("name")


def ancestors_in_scope(user, unit: Unit):
    return unit_list(user).filter(pk__in=unit.ancestor_ids)


def child_areas(area: Area):
    """Children of an area the caller has already checked with `selectors.get_area_for_rollup`."""
    return Area.objects.filter(era=area.era, parent=area).order_by("path")


def completeness_rows(form: ReportForm, period, *, unit: Unit | None = None, area: Area | None = None,
                      today: date | None = None) -> list[CompletenessRow]:
    """Each expected unit with its submission's state, most urgent first.

    Three queries whatever the number of units (holidays for the deadline, the expected units,
    their submissions). The caller has checked `unit` (or `area`) is in the user's scope.
    """
    today = today or timezone.localdate()
    overdue = today > deadline_for(form, period)
    units = list(expected_units(form, period, under=unit, area=area).select_related("area").order_by("line_path"))
    subs = {s.unit_id: s for s in Submission.objects.filter(form=form, period=period.code,
                                                            unit_id__in=[u.pk for u in units])}
    return most_urgent_first([CompletenessRow(u, subs.get(u.pk), row_state(subs.get(u.pk), overdue)) for u in units])
