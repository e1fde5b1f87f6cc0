"""Dashboards: the roll-up of approved figures (with a drill-down chart) and completeness, per unit or area."""

from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from danvan.core.text import format_figure, format_number
from danvan.org.models import Area, Unit
from danvan.org.selectors import get_unit
from danvan.reporting import selectors
from danvan.reporting.periods import DEFAULT_TYPES, Period, PeriodError, latest_ended_period, periods_of_year
from danvan.reporting.rollup import area_node, unit_node, values_for_nodes
from danvan.reporting.selectors import reports


@dataclass
class Target:
    """What a dashboard shows: a form, a period, and one unit or one area (both in the user's scope)."""

    form: object
    period: Period
    unit: Unit | None = None
    area: Area | None = None
    errors: list[str] = field(default_factory=list)

    def query(self, **extra) -> str:
        params = {"form": self.form.code, "period": self.period.code}
        if self.area is not None:
            params["area"] = f"{self.area.era}/{self.area.code}"
        elif self.unit is not None:
            params["unit"] = self.unit.pk
        params.update(extra)
        return urlencode(params)


def vn_number(value) -> str:
    """Numbers the Vietnamese way: 74000 → "74.000", 33.5 → "33,5", none → "—"."""
    return format_figure(value, max_decimals=2, empty="—")


def period_options(period: Period) -> list[tuple[str, list[tuple[str, str]]]]:
    """Period choices of the selected year and the one before, grouped by year (month, quarter, half, 9M, year)."""
    groups = []
    for year in (period.year, period.year - 1):
        options = [(p.code, p.label_vi) for t in DEFAULT_TYPES for p in periods_of_year(t, year)]
        groups.append((f"Năm {year}", options))
    return groups


def _target(request) -> Target:
    forms_qs = selectors.active_forms(request.user)
    code = request.GET.get("form", "")
    form = selectors.get_form(request.user, code) if code else forms_qs.first()
    if form is None:
        raise Http404
    errors = []
    raw_period = request.GET.get("period", "").strip()[:10]
    default = latest_ended_period(timezone.localdate(), form.period_type)
    try:
        period = selectors.parse_period_or_400(raw_period) if raw_period else default
    except (ValidationError, PeriodError) as exc:
        errors.extend(getattr(exc, "messages", [str(exc)]))
        period = default
    raw_area = request.GET.get("area", "").strip()[:40]
    if raw_area:
        era, _, area_code = raw_area.partition("/")
        if era in ("current", "legacy") and area_code:
            return Target(form, period, area=selectors.get_area_for_rollup(request.user, era, area_code),
                          errors=errors)
        errors.append("Địa bàn phải có dạng current/37 hoặc legacy/36.")
    raw_unit = request.GET.get("unit", "").strip()[:12]
    unit = get_unit(request.user, raw_unit) if raw_unit else selectors.top_unit(request.user)
    return Target(form, period, unit=unit, errors=errors)


def _common(request, target: Target) -> dict:
    ancestors = list(selectors.ancestors_in_scope(request.user, target.unit)) if target.unit else []
    return {
        "t": target, "forms": selectors.active_forms(request.user), "period_groups": period_options(target.period),
        "ancestors": ancestors, "roots": selectors.root_units(request.user)[:50] if target.unit is None and
        target.area is None else [],
    }


@login_required
def rollup_page(request):
    target = _target(request)
    context = _common(request, target)
    if target.unit is None and target.area is None:
        return render(request, "reporting/rollup.html", context)
    answer = reports.rollup_answer(target.form, target.period, unit=target.unit, area=target.area)
    indicators = reports.form_indicators(target.form)
    children = [(c.name, unit_node(c) if target.unit is not None else area_node(c), "?" + query)
                for c, query in _children(request, target)]
    per_node = values_for_nodes(target.form, target.period.code, [node for _, node, _ in children], indicators)
    child_rows = [{"name": name, "url": url, "counted": per_node[node][1],
                   "values": [vn_number(per_node[node][0][i.code]) for i in indicators]}
                  for name, node, url in children]
    chart = {
        "indicators": [{"code": i.code, "name": i.name, "uom": i.unit_of_measure} for i in indicators],
        "children": [{"name": name, "url": reverse("reporting:rollup") + url,
                      "values": per_node[node][0]} for name, node, url in children if per_node[node][1]],
    }
    notes = [{"name": e["name"], "counted": e["units_counted"],
              "values": [(i.name, vn_number(e["values"].get(i.code)), i.unit_of_measure) for i in indicators
                         if e["values"].get(i.code) is not None]}
             for e in answer.get("legacy", [])]
    splits = [{"name": e["name"], "counted": e["units_counted"],
               "values": [(i.name, vn_number(e["values"].get(i.code)), i.unit_of_measure) for i in indicators
                          if e["values"].get(i.code) is not None]}
              for e in answer.get("split", [])]
    context.update({
        "rows": [(i, vn_number(answer["values"].get(i.code))) for i in indicators],
        "units_counted": answer["units_counted"], "legacy_notes": notes, "split_notes": splits,
        "indicators": indicators, "child_rows": child_rows, "chart": chart,
        "children_with_data": [c for c in child_rows if c["counted"]],
        "children_without_data": [c for c in child_rows if not c["counted"]],
        "unit_area_query": _unit_area_query(request, target),
    })
    return render(request, "reporting/rollup.html", context)


def _unit_area_query(request, target: Target) -> str:
    """The query of the same page by the unit's area, when the user may read that area as a whole."""
    if target.unit is None or not selectors.area_in_scope(request.user, target.unit.area):
        return ""
    return target.query(area=f"{target.unit.area.era}/{target.unit.area.code}", unit="")


def _children(request, target: Target):
    """The units (or areas) one level below the target, in the user's scope, with the query of each."""
    if target.unit is not None:
        return [(c, target.query(unit=c.pk)) for c in selectors.child_units(request.user, target.unit)]
    return [(a, target.query(area=f"{a.era}/{a.code}")) for a in selectors.child_areas(target.area)]


def _percent(rate) -> str:
    return "—" if rate is None else format_number(rate * 100, 1) + "%"
