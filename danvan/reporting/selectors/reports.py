"""The answers the dashboards, the API and the synthesised report share: a node's roll-up and a
period's completeness figures. The caller has checked the unit (or area) is in the user's scope."""

from danvan.org.models import AreaLineage
from danvan.reporting import rollup
from danvan.reporting.choices import UnitAggregation
from danvan.reporting.completeness import tally
from danvan.reporting.models import Submission
from danvan.reporting.selectors.dashboards import expected_units


def form_indicators(form):
    return [fi.indicator for fi in form.form_indicators.select_related("indicator").order_by("order")]


def rollup_answer(form, period, *, unit=None, area=None) -> dict:
    """{"values": {code: number|None}, "units_counted": n} (+ "legacy" and "split" for current areas).

    For a current-era area, figures reported by units of the legacy areas it was formed from are
    added when the legacy area went wholly into it, and listed under "split" (not added) when the
    legacy area was divided among several successors.
    """
    indicators = form_indicators(form)
    if unit is not None:
        values, counted = rollup.values_at(form, rollup.unit_node(unit), period.code, indicators)
        return {"values": values, "units_counted": counted}
    values, counted = rollup.values_at(form, rollup.area_node(area), period.code, indicators)
    answer = {"values": values, "units_counted": counted}
    if area.era == "current":
        legacy, split = [], []
        for link in AreaLineage.objects.unscoped().filter(successor=area).select_related("predecessor"):
            old_values, old_counted = rollup.values_at(form, rollup.area_node(link.predecessor), period.code, indicators)
            if not old_counted:
                continue
            entry = {"era": "legacy", "code": link.predecessor.code, "name": link.predecessor.name,
                     "values": old_values, "units_counted": old_counted}
            (split if link.partial else legacy).append(entry)
        for entry in legacy:
            for code, value in entry["values"].items():
                if value is not None and _sums(indicators, code):
                    answer["values"][code] = (answer["values"][code] or 0) + value
            answer["units_counted"] += entry["units_counted"]
        answer["legacy"] = legacy
        answer["split"] = split
    return answer


def _sums(indicators, code: str) -> bool:
    return next((i.aggregation_units == UnitAggregation.SUM for i in indicators if i.code == code), False)


def completeness(form, period, *, unit=None, area=None) -> dict:
    """The completeness figures of one period (`completeness.tally`) over the units expected under the
    unit or in the area."""
    units = expected_units(form, period, under=unit, area=area)
    expected = list(units.values_list("pk", flat=True))
    # The expected units as a subquery (not a list of a province's thousand ids), only the columns `tally`
    # reads (no model instances): at a province's size this was most of the desk's time.
    subs = Submission.objects.filter(form=form, period=period.code, unit_id__in=units.order_by().values("pk"))
    if unit is not None:  # the same rows, through the (form, period, line_path) index
        subs = subs.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + "~")
    rows = subs.values_list("unit_id", "first_submitted_at", "deadline", "status", named=True)
    return tally(expected, {row.unit_id: row for row in rows})
