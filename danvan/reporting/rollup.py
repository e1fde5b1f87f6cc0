"""The always-fresh roll-up.

Approving (or un-approving) a submission calls `refresh_unit` in the same transaction. It recomputes
the unit's values for every period containing the submission's period (a month feeds its quarter,
half-year, nine months and year) from the unit's approved data, compares them with the stored
`UnitPeriodValue` rows, and adds the differences to the `RollupCell` of every node above the unit:
each ancestor in the reporting line ("U" + line_path prefix) and each area containing the unit's area
("A" + era + ":" + path prefix). The additions are `INSERT … ON CONFLICT DO UPDATE SET total = total +
excluded.total`, so approvals committing at the same time add up exactly, and a roll-up is one
indexed lookup of a handful of rows, whatever the size of the subtree.
"""

from collections import defaultdict
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Max

from danvan.reporting.choices import Status, TimeAggregation, UnitAggregation
from danvan.reporting.models import RollupCell, Submission, SubmissionValue, UnitPeriodValue
from danvan.reporting.periods import DEFAULT_TYPES, Period, PeriodError, parse_period, period_for_date

PRESENCE = ""  # indicator_code of the "unit has approved data" row


def containing_periods(period: Period) -> list[Period]:
    """The period itself and every longer period of its year that contains it entirely."""
    found = []
    for period_type in DEFAULT_TYPES.values():
        if period_type.months < period.period_type.months:
            continue
        try:
            candidate = period_for_date(period.start, period_type.name)
        except PeriodError:
            continue
        if candidate.contains(period.end):
            found.append(candidate)
    return found


def unit_nodes(unit) -> list[str]:
    parts = [p for p in unit.line_path.strip("/").split("/") if p]
    nodes = ["U/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]
    return nodes + area_nodes(unit.area)


def area_nodes(area) -> list[str]:
    parts = [p for p in area.path.strip("/").split("/") if p]
    return [f"A{area.era}:/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def area_node(area) -> str:
    return f"A{area.era}:{area.path}"


def _unit_period_values(form, unit, periods: list[Period]) -> dict[tuple[str, str], Decimal]:
    """{(period code, indicator code): value} from the unit's approved submissions, per time aggregation."""
    year = max(periods, key=lambda p: p.period_type.months)
    approved = Submission.objects.filter(form=form, unit=unit, status=Status.APPROVED,
                                         period_start__gte=year.start, period_end__lte=year.end)
    ends = list(approved.values_list("period_end", flat=True))
    rows = SubmissionValue.objects.filter(submission__in=approved).values_list(
        "submission__period_end", "indicator__code", "indicator__aggregation_time", "value")
    result: dict[tuple[str, str], Decimal] = {}
    latest: dict[tuple[str, str], object] = {}
    for period in periods:
        if any(period.start <= end <= period.end for end in ends):
            result[(period.code, PRESENCE)] = Decimal(1)
    for end, code, time_agg, value in rows:
        for period in periods:
            if not period.start <= end <= period.end:
                continue
            key = (period.code, code)
            if time_agg == TimeAggregation.LAST:
                if key not in latest or end > latest[key]:
                    latest[key] = end
                    result[key] = value
            else:
                result[key] = result.get(key, Decimal(0)) + value
    return result


def refresh_unit(form, unit, period_code: str) -> int:
    """Bring the unit's period values and every cell above it in line with its approved data.

    Returns the number of changed unit-period values. Must run inside the approval's transaction.
    """
    periods = containing_periods(parse_period(period_code))
    codes = [p.code for p in periods]
    new = _unit_period_values(form, unit, periods)
    stored = {(r.period, r.indicator_code): r for r in
              UnitPeriodValue.objects.filter(form=form, unit=unit, period__in=codes)}
    deltas: dict[tuple[str, str], tuple[Decimal, int]] = {}
    to_delete = []
    to_upsert = []
    a_node = area_node(unit.area)
    for key in set(new) | set(stored):
        old_row = stored.get(key)
        old = old_row.value if old_row else None
        value = new.get(key)
        if value == old:
            continue
        deltas[key] = ((value or 0) - (old or 0), (value is not None) - (old is not None))
        if value is None:
            to_delete.append(old_row.pk)
        else:
            to_upsert.append(UnitPeriodValue(form=form, unit=unit, period=key[0], indicator_code=key[1],
                                             value=value, line_path=unit.line_path, area_node=a_node))
    if not deltas:
        return 0
    UnitPeriodValue.objects.filter(pk__in=to_delete).delete()
    UnitPeriodValue.objects.bulk_create(
        to_upsert, update_conflicts=True, unique_fields=["form", "unit", "period", "indicator_code"],
        update_fields=["value", "line_path", "area_node"])
    _add_to_cells(form.pk, unit_nodes(unit), deltas)
    return len(deltas)


def _add_to_cells(form_id: int, nodes: list[str], deltas) -> None:
    rows = sorted((node, period, code, total, count)
                  for node in nodes for (period, code), (total, count) in deltas.items() if total or count)
    if not rows:
        return
    table = RollupCell._meta.db_table
    update = (f"ON CONFLICT (form_id, node, period, indicator_code) DO UPDATE SET "
              f"total = {table}.total + excluded.total, count = {table}.count + excluded.count")
    # The table name comes from the model and every value is a bound parameter.
    if connection.vendor == "postgresql":
        # Five arrays instead of thousands of parameters: one approval touches ~500 cells.
        columns = list(zip(*rows, strict=True))
        sql = (f"INSERT INTO {table} (form_id, node, period, indicator_code, total, count) "  # noqa: S608
               f"SELECT %s, * FROM unnest(%s::text[], %s::text[], %s::text[], %s::numeric[], %s::int[]) {update}")
        params = [form_id, list(columns[0]), list(columns[1]), list(columns[2]),
                  [str(v) for v in columns[3]], list(columns[4])]
    else:
        placeholders = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(rows))
        sql = (f"INSERT INTO {table} (form_id, node, period, indicator_code, total, count) "  # noqa: S608
               f"VALUES {placeholders} {update}")
        params = [str(v) if isinstance(v, Decimal) else v for row in rows for v in (form_id, *row)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _number(value: Decimal | None):
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def values_at(form, node: str, period: str, indicators) -> tuple[dict, int]:
    """({indicator code: number}, units counted) for one node, following each indicator's rules."""
    cells = {c.indicator_code: c for c in RollupCell.objects.filter(form=form, node=node, period=period)}
    presence = cells.get(PRESENCE)
    values = {}
    for indicator in indicators:
        cell = cells.get(indicator.code)
        if indicator.aggregation_units == UnitAggregation.MAX:
            values[indicator.code] = _number(_max_under(form, node, period, indicator.code)) if cell and cell.count else None
        elif cell is None or cell.count == 0:
            values[indicator.code] = None
        elif indicator.aggregation_units == UnitAggregation.AVERAGE:
            values[indicator.code] = _number((cell.total / cell.count).quantize(Decimal("0.0001")))
        else:
            values[indicator.code] = _number(cell.total)
    return values, (presence.count if presence else 0)


def _max_under(form, node: str, period: str, code: str):
    field = "line_path" if node.startswith("U") else "area_node"
    prefix = node[1:] if node.startswith("U") else node
    return UnitPeriodValue.objects.filter(form=form, period=period, indicator_code=code, **{
        f"{field}__gte": prefix, f"{field}__lt": prefix + "~"}).aggregate(m=Max("value"))["m"]


def recompute_from_scratch(form, period: str, *, line_prefix: str = "", area=None, indicators=()) -> tuple[dict, int]:
    """The same roll-up computed directly from approved submissions (for tests and benchmarks)."""
    target = parse_period(period)
    subs = Submission.objects.filter(form=form, status=Status.APPROVED, period_start__gte=target.start,
                                     period_end__lte=target.end)
    if line_prefix:
        subs = subs.filter(line_path__gte=line_prefix, line_path__lt=line_prefix + "~")
    if area is not None:
        subs = subs.filter(unit__area__era=area.era, unit__area__path__gte=area.path,
                           unit__area__path__lt=area.path + "~")
    per_unit: dict[int, dict[str, tuple]] = defaultdict(dict)
    for unit_id, end, code, time_agg, value in SubmissionValue.objects.filter(submission__in=subs).values_list(
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
            result[indicator.code] = _number(max(vals))
        elif indicator.aggregation_units == UnitAggregation.AVERAGE:
            result[indicator.code] = _number((sum(vals) / len(vals)).quantize(Decimal("0.0001")))
        else:
            result[indicator.code] = _number(sum(vals))
    units = subs.values("unit_id").distinct().count()
    return result, units


@transaction.atomic
def rebuild(form=None) -> int:
    """Recompute every unit-period value and cell from approved data (after moving units, or by hand)."""
    from danvan.reporting.models import ReportForm

    forms = [form] if form is not None else list(ReportForm.objects.all())
    changed = 0
    for f in forms:
        UnitPeriodValue.objects.filter(form=f).delete()
        RollupCell.objects.filter(form=f).delete()
        for sub in (Submission.objects.filter(form=f, status=Status.APPROVED)
                    .select_related("unit__area").order_by("unit_id", "period")):
            changed += refresh_unit(f, sub.unit, sub.period)
    return changed


def _line_nodes(line_path: str) -> set[str]:
    parts = [p for p in line_path.strip("/").split("/") if p]
    return {"U/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))}


def move_subtree(old_prefix: str, new_prefix: str) -> int:
    """A unit moved in the reporting line: move its subtree's values from the old ancestors' cells to the new.

    Area cells do not change (the units stay where they are). Returns the number of values moved.
    """
    from django.db.models import F, Value
    from django.db.models.functions import Concat, Substr

    rows = UnitPeriodValue.objects.filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~")
    deltas: dict[int, dict[tuple[str, str, str], list]] = defaultdict(lambda: defaultdict(lambda: [Decimal(0), 0]))
    moved = 0
    for form_id, line_path, period, code, value in rows.values_list("form_id", "line_path", "period",
                                                                     "indicator_code", "value"):
        old_nodes = _line_nodes(line_path)
        new_nodes = _line_nodes(new_prefix + line_path[len(old_prefix):])
        for node in old_nodes - new_nodes:
            cell = deltas[form_id][(node, period, code)]
            cell[0] -= value
            cell[1] -= 1
        for node in new_nodes - old_nodes:
            cell = deltas[form_id][(node, period, code)]
            cell[0] += value
            cell[1] += 1
        moved += 1
    rows.update(line_path=Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1)))
    Submission.objects.filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~").update(
        line_path=Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1)))
    for form_id, cells in deltas.items():
        by_node: dict[str, dict] = defaultdict(dict)
        for (node, period, code), (total, count) in cells.items():
            by_node[node][(period, code)] = (total, count)
        for node, node_deltas in by_node.items():
            _add_to_cells(form_id, [node], node_deltas)
    return moved
