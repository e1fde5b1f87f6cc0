"""The synthesised report's content, assembled from approved data (a read model: no writes).

`build_synthesis(form, unit, period)` gathers, for a compiling unit and a period, the roll-up of
the indicators, the completeness of reporting, and for each narrative section the excerpts of
every unit strictly below it, taken from APPROVED submissions only and grouped by the kind and
level of the reporting unit. A bounded number of queries, whatever the size of the subtree (tests pin it).

The caller has checked the user may compile for the unit (`rules.may_compile`), so the reads below
it are internal (`.unscoped()`): every unit below a compiling unit is in its compiler's scope.
"""

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError

from danvan.org.bloc import DANG_UY
from danvan.org.choices import Level
from danvan.org.models import Unit
from danvan.reporting.choices import Status
from danvan.reporting.completeness import total
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import FormSection, SubmissionSection, UnitPeriodValue
from danvan.reporting.periods import Period, PeriodError, parse_period
from danvan.reporting.selectors import reports
from danvan.reporting.synthesis.summary import compare_rows, summarise_section

LEVEL_NAMES = {Level.PROVINCE: "cấp tỉnh", Level.COMMUNE: "cấp xã", Level.DISTRICT: "cấp huyện"}
LOWER_PLURAL = {Level.COMMUNE: "các xã, phường", Level.DISTRICT: "các huyện"}
_SPACES = re.compile(r"\s+")


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def months_of(form, period: Period) -> list[Period]:
    """The form's own periods inside `period` (the months of a quarter); the period itself if it is one."""
    if period.type == form.period_type:
        return [period]
    try:
        return period.children(form.period_type)
    except PeriodError:
        return []


def parse_synthesis_period(form, code) -> Period:
    """The period to compile `form` over: one of its own periods or a longer one made of them."""
    try:
        period = parse_period(str(code))
    except PeriodError as exc:
        raise ValidationError({"period": [str(exc)]}) from exc
    if not months_of(form, period):
        raise ValidationError({"period": [f"Biểu mẫu {form.code} báo cáo theo "
                                          f"{form.get_period_type_display().lower()}, không tổng hợp được cho kỳ "
                                          f"{period.code}."]})
    return period


def rollup_rows(form, unit, period: Period) -> list[dict]:
    indicators = reports.form_indicators(form)
    values = reports.rollup_answer(form, period, unit=unit)["values"]
    return [{"code": i.code, "name": i.name, "unit_of_measure": i.unit_of_measure, "value_type": i.value_type,
             "value": values.get(i.code)} for i in indicators]


def compared_rollup(form, unit, period: Period) -> list[dict]:
    """`rollup_rows` of `period` beside the previous period and the same period last year (summary.compare_rows)."""
    earlier = []
    for shift in (period.previous, lambda: replace(period, year=period.year - 1)):
        try:
            earlier.append(rollup_rows(form, unit, shift()))
        except PeriodError:  # before the first year a period may have
            earlier.append([])
    return compare_rows(rollup_rows(form, unit, period), *earlier)


def completeness_of(form, unit, period: Period) -> dict:
    """reports.completeness of each of the form's periods inside `period`, with totals and missing names."""
    parts = []
    for month in months_of(form, period):
        part = reports.completeness(form, month, unit=unit)
        part["period"] = {"code": month.code, "label_vi": month.label_vi}
        parts.append(part)
    missing_ids = sorted({uid for p in parts for uid in p["missing"]})
    names = dict(Unit.objects.unscoped().filter(pk__in=missing_ids).values_list("pk", "name")) if missing_ids else {}
    return {
        **total(parts),
        "periods": parts,
        "several_periods": len(parts) > 1,
        "missing_units": [{"id": uid, "name": names.get(uid, "")} for uid in missing_ids],
    }


def _group_key(unit, level: str, kind_code: str, kind_order: int) -> tuple:
    """Lower-level party committees first, then the compiling unit's own level, then lower levels by kind."""
    same_level = level == unit.area.level
    if same_level:
        return (1, 0, "")
    return (0 if kind_code == DANG_UY else 2, kind_order, kind_code)


def _group_title(unit, level: str, kind_name: str) -> str:
    if level == unit.area.level:
        return f"Các cơ quan, tổ chức {LEVEL_NAMES.get(level, '')}".strip()
    return f"{kind_name} {LOWER_PLURAL.get(level, '')}".strip()


def excerpts_by_section(form, unit, period: Period) -> dict[str, list[dict]]:
    """{section code: [groups {title, excerpts}]} from approved submissions strictly below `unit` (one query)."""
    months = months_of(form, period)
    if not months:
        return {}
    labels = {m.code: m.label_vi for m in months}
    rows = (SubmissionSection.objects.unscoped()
            .filter(submission__form=form, submission__status=Status.APPROVED,
                    submission__period__in=list(labels),
                    submission__line_path__gt=unit.line_path, submission__line_path__lt=unit.line_path + "~")
            .exclude(text="")
            .values_list("code", "text", "submission__period", "submission__unit_id", "submission__unit__name",
                         "submission__unit__area__level", "submission__unit__area__path",
                         "submission__unit__kind__code", "submission__unit__kind__name",
                         "submission__unit__kind__sort_order"))
    several = len(months) > 1
    grouped: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for code, text, period_code, unit_id, unit_name, level, area_path, kind_code, kind_name, kind_order in rows:
        text = _SPACES.sub(" ", text).strip()
        if not text:
            continue
        key = _group_key(unit, level, kind_code, kind_order)
        group = grouped[code].setdefault(key, {"title": _group_title(unit, level, kind_name), "excerpts": []})
        group["excerpts"].append({
            "unit_id": unit_id, "unit_name": unit_name, "text": text, "period": period_code,
            "period_label": labels[period_code] if several else "",
            "_order": (kind_order, area_path, unit_name, period_code),
        })
    result = {}
    for code, groups in grouped.items():
        ordered = []
        for key in sorted(groups):
            group = groups[key]
            group["excerpts"].sort(key=lambda e: e["_order"])
            for excerpt in group["excerpts"]:
                del excerpt["_order"]
            ordered.append(group)
        result[code] = ordered
    return result


def build_synthesis(form, unit, period: Period | str, *, excerpts: bool = True, summaries: bool = True) -> dict:
    """Everything the synthesised report of `unit` for `period` is made of (see the module docstring).

    `excerpts=False` skips the excerpts and their summary (a page that shows only the figures and titles).
    Each section's "summary" (summary.summarise_section: common points, notable results) is read from its
    excerpts (`summaries=False`: None, for a file that prints a saved draft's text and the appendix); each
    roll-up row carries the previous period's and last year's figure (compared_rollup).
    """
    if isinstance(period, str):
        period = parse_period(period)
    found = excerpts_by_section(form, unit, period) if excerpts else {}
    sections = []
    for section in FormSection.objects.unscoped().filter(form=form).order_by("order", "code"):
        groups = found.get(section.code, [])
        entry = {"code": section.code, "title": section.title, "groups": groups,
                 "excerpts": [e for g in groups for e in g["excerpts"]]}
        entry["summary"] = summarise_section(entry) if summaries else None
        sections.append(entry)
    return {
        "form": {"code": form.code, "name": form.name},
        "unit": {"id": unit.pk, "name": unit.name},
        "period": {"code": period.code, "label_vi": period.label_vi},
        "rollup": compared_rollup(form, unit, period),
        "completeness": completeness_of(form, unit, period),
        "sections": sections,
    }


def unit_values(form, unit, period: Period) -> tuple[list[dict], list[list]]:
    """(indicators, rows [unit name, value per indicator…]) of every unit strictly below with approved data."""
    indicators = [{"code": i.code, "name": i.name, "unit_of_measure": i.unit_of_measure}
                  for i in reports.form_indicators(form)]
    index = {ind["code"]: n for n, ind in enumerate(indicators)}
    per_unit: dict[int, list] = {}
    rows = (UnitPeriodValue.objects.unscoped()
            .filter(form=form, period=period.code, line_path__gt=unit.line_path,
                    line_path__lt=unit.line_path + "~")
            .order_by("line_path")
            .values_list("unit_id", "unit__name", "figures"))
    for unit_id, name, figures in rows:
        known = {code: value for code, value in figures.items() if code in index}
        if not known:
            continue
        row = per_unit.setdefault(unit_id, [name] + [None] * len(indicators))
        for code, value in known.items():
            row[1 + index[code]] = Decimal(value)
    return indicators, list(per_unit.values())


def missing_rows(form, completeness: dict, today: date) -> list[dict]:
    """The units of `completeness["missing_units"]`, in the order of the organisation tree, each with its
    kind, area, the periods it has not reported, its (earliest) deadline and whether that has passed."""
    ids = [u["id"] for u in completeness["missing_units"]]
    if not ids:
        return []
    missed: dict[int, list[tuple[str, date]]] = {}
    for part in completeness["periods"]:
        deadline = deadline_for(form, parse_period(part["period"]["code"]))
        for unit_id in part["missing"]:
            missed.setdefault(unit_id, []).append((part["period"]["label_vi"], deadline))
    units = Unit.objects.unscoped().filter(pk__in=ids).select_related("kind", "area").order_by("line_path")
    rows = []
    for u in units.only("name", "line_path", "kind__name", "area__name"):
        periods = missed.get(u.pk, [])
        deadline = min((d for _, d in periods), default=None)
        rows.append({"id": u.pk, "name": u.name, "kind": u.kind.name, "area": u.area.name,
                     "periods": [label for label, _ in periods], "deadline": deadline,
                     "overdue": deadline is not None and deadline < today})
    return rows
