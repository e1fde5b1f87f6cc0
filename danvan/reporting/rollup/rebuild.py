"""Rebuilding the roll-up from approved data (a repair), following a unit's move, and the slow
recomputation tests and benchmarks compare the roll-up against."""

from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr

from danvan.core.text import plain_number
from danvan.org.models import Unit
from danvan.reporting.choices import Status, TimeAggregation, UnitAggregation
from danvan.reporting.models import (
    ReportForm,
    RollupCell,
    RollupPending,
    Submission,
    SubmissionValue,
    UnitPeriodValue,
)
from danvan.reporting.periods import parse_period
from danvan.reporting.rollup.compact import compact
from danvan.reporting.rollup.nodes import line_nodes
from danvan.reporting.rollup.refresh import refresh_units
from danvan.reporting.rollup.storage import Deltas, add_to_cells


def recompute_from_scratch(form, period: str, *, line_prefix: str = "", area=None, indicators=()) -> tuple[dict, int]:
    """The same roll-up computed directly from approved submissions (for tests and benchmarks)."""
    target = parse_period(period)
    subs = Submission.objects.unscoped().filter(form=form, status=Status.APPROVED, period_start__gte=target.start,
                                     period_end__lte=target.end)
    if line_prefix:
        subs = subs.filter(line_path__gte=line_prefix, line_path__lt=line_prefix + "~")
    if area is not None:
        subs = subs.filter(unit__area__era=area.era, unit__area__path__gte=area.path,
                           unit__area__path__lt=area.path + "~")
    per_unit: dict[int, dict[str, tuple]] = defaultdict(dict)
    for unit_id, end, code, time_agg, value in SubmissionValue.objects.unscoped().filter(submission__in=subs).values_list(
            "submission__unit_id", "submission__period_end", "indicator__code", "indicator__aggregation_time", "value"):
        current = per_unit[unit_id].get(code)
        if time_agg == TimeAggregation.LAST:
            if current is None or end > current[0]:
                per_unit[unit_id][code] = (end, value)
        else:
            per_unit[unit_id][code] = (end, (current[1] if current else 0) + value)
    result = {}
    for indicator in indicators:
        vals = [d[indicator.code][1] for d in per_unit.values() if indicator.code in d]
        if not vals:
            result[indicator.code] = None
        elif indicator.aggregation_units == UnitAggregation.MAX:
            result[indicator.code] = plain_number(max(vals))
        elif indicator.aggregation_units == UnitAggregation.AVERAGE:
            result[indicator.code] = plain_number((sum(vals) / len(vals)).quantize(Decimal("0.0001")))
        else:
            result[indicator.code] = plain_number(sum(vals))
    units = subs.values("unit_id").distinct().count()
    return result, units


@transaction.atomic
def rebuild(form=None, *, batch: int = 200) -> int:
    """Recompute every unit-period value and cell from approved data (after moving units, or by hand),
    `batch` units at a time through `refresh_units`, each batch compacted into the cells."""
    forms = [form] if form is not None else list(ReportForm.objects.unscoped().all())
    changed = 0
    for f in forms:
        UnitPeriodValue.objects.unscoped().filter(form=f).delete()
        RollupPending.objects.unscoped().filter(form=f).delete()
        RollupCell.objects.unscoped().filter(form=f).delete()
        approved = defaultdict(set)
        for unit_id, period in Submission.objects.unscoped().filter(form=f, status=Status.APPROVED).values_list("unit_id", "period"):
            approved[unit_id].add(period)
        ids = sorted(approved)
        for i in range(0, len(ids), batch):
            units = Unit.objects.unscoped().in_bulk(ids[i:i + batch])
            changed += refresh_units(f, [(units[pk], code) for pk in ids[i:i + batch] for code in sorted(approved[pk])],
                                     in_database=False)
            compact(f)
    return changed


def move_subtree(old_prefix: str, new_prefix: str) -> int:
    """A unit moved in the reporting line: move what the old root's cells hold of its subtree to the new
    root's (pending unit-periods are added under their new line when they are compacted). The submissions move
    with every unit-owned row (core.signals); nothing here reads their line.

    Area cells do not change (the units stay where they are). Returns the number of unit-period rows moved.
    """
    rows = UnitPeriodValue.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~")
    pending = RollupPending.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~")
    # What the cells hold of each unit-period: `held` for a listed one (read with its own, still old, line),
    # else its figures. (The unit's row may already carry the new line: it is not read here.)
    listed = {(form_id, unit_id, period): (line_path, held) for form_id, unit_id, period, line_path, held in
              pending.values_list("form_id", "unit_id", "period", "line_path", "held")}
    held_rows = [(form_id, line_path, period, figures) for form_id, line_path, period, figures, unit_id in
                 rows.values_list("form_id", "line_path", "period", "figures", "unit_id")
                 if (form_id, unit_id, period) not in listed]
    held_rows += [(form_id, line_path, period, held) for (form_id, _, period), (line_path, held) in listed.items()
                  if held is not None]
    deltas: dict[int, Deltas] = defaultdict(Deltas)
    for form_id, line_path, period, held in held_rows:
        old_nodes = {n for n in line_nodes(line_path) if n.has_cell}
        new_nodes = {n for n in line_nodes(new_prefix + line_path[len(old_prefix):]) if n.has_cell}
        deltas[form_id].add(sorted(old_nodes - new_nodes), period, held, None)
        deltas[form_id].add(sorted(new_nodes - old_nodes), period, None, held)
    moved = rows.count()
    shifted = Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1))
    rows.update(line_path=shifted)
    pending.update(line_path=shifted)
    for form_id, form_deltas in deltas.items():
        add_to_cells(form_id, form_deltas.cells)
    return moved
