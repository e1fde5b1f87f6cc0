"""The always-fresh roll-up.

Approving (or un-approving) a submission calls `refresh_unit` (a batch of approvals, `refresh_units`)
in the same transaction. It recomputes the unit's values for every period containing the submission's
period (a month feeds its quarter, half-year, nine months and year) from the unit's approved data,
compares them with the stored
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

from danvan.org.models import Unit
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


def _approved_values(form, units: dict, periods: dict[int, dict[str, Period]]) -> dict[tuple, Decimal]:
    """{(unit id, period code, indicator code): value} from the units' approved submissions, per time
    aggregation, for the wanted periods of each unit. One query (submissions LEFT JOIN their values)."""
    every = [p for wanted in periods.values() for p in wanted.values()]
    rows = (Submission.objects.filter(form=form, unit_id__in=list(units), status=Status.APPROVED,
                                      period_start__gte=min(p.start for p in every),
                                      period_end__lte=max(p.end for p in every))
            .values_list("unit_id", "period_end", "values__indicator__code", "values__indicator__aggregation_time",
                         "values__value"))
    result: dict[tuple, Decimal] = {}
    latest: dict[tuple, object] = {}
    for unit_id, end, code, time_agg, value in rows:
        for period in periods[unit_id].values():
            if not period.start <= end <= period.end:
                continue
            result[(unit_id, period.code, PRESENCE)] = Decimal(1)
            if code is None:  # an approved report without values still counts the unit
                continue
            key = (unit_id, period.code, code)
            if time_agg == TimeAggregation.LAST:
                if key not in latest or end > latest[key]:
                    latest[key] = end
                    result[key] = value
            else:
                result[key] = result.get(key, Decimal(0)) + value
    return result


def refresh_unit(form, unit, period_code: str) -> int:
    """`refresh_units` for one (unit, period): what a single approval or un-approval runs."""
    return refresh_units(form, [(unit, period_code)])


def refresh_units(form, targets) -> int:
    """Bring the unit-period values of each (unit, period code) target, and every cell above it, in line
    with the unit's approved data. Must run inside the approvals' transaction.

    Whatever the number of targets: one query reads the approved values, one the stored unit-period
    values, one statement upserts the changed ones, one deletes the vanished ones, and one adds the
    differences to the cells, merged per node — a batch of approvals in one province touches the
    province's and the country's cells once, not once per approval. Rows are written in sorted order, so
    concurrent batches lock shared cells in the same order and cannot deadlock. Returns the number of
    changed unit-period values.
    """
    units: dict[int, object] = {}
    periods: dict[int, dict[str, Period]] = defaultdict(dict)
    for unit, period_code in targets:
        units[unit.pk] = unit
        for period in containing_periods(parse_period(period_code)):
            periods[unit.pk][period.code] = period
    if not units:
        return 0
    # Two approvals of one unit (two months, say) must not each read the unit's data without the other's
    # and both add the difference: lock the units' rows (FOR NO KEY UPDATE, which still lets other rows
    # reference them), in id order, so refreshes of a unit run one after the other and read what the
    # previous one committed; different units refresh in parallel.
    list(Unit.objects.select_for_update(no_key=True).filter(pk__in=list(units)).order_by("pk")
         .values_list("pk", flat=True))
    new = _approved_values(form, units, periods)
    codes = {code for wanted in periods.values() for code in wanted}
    stored: dict[tuple, tuple[int, Decimal]] = {}
    for pk, unit_id, period, code, value in UnitPeriodValue.objects.filter(
            form=form, unit_id__in=list(units), period__in=codes).values_list(
            "pk", "unit_id", "period", "indicator_code", "value"):
        if period in periods[unit_id]:
            stored[(unit_id, period, code)] = (pk, value)
    cells: dict[tuple[str, str, str], list] = defaultdict(lambda: [Decimal(0), 0])
    nodes: dict[int, list[str]] = {}
    to_delete, to_upsert = [], []
    for key in new.keys() | stored.keys():
        old = stored.get(key)
        old_value = old[1] if old else None
        value = new.get(key)
        if value == old_value:
            continue
        unit_id, period, code = key
        if value is None:
            to_delete.append(old[0])
        else:
            to_upsert.append((*key, value))
        if unit_id not in nodes:
            nodes[unit_id] = unit_nodes(units[unit_id])
        total, count = (value or 0) - (old_value or 0), (value is not None) - (old_value is not None)
        for node in nodes[unit_id]:
            cell = cells[(node, period, code)]
            cell[0] += total
            cell[1] += count
    if to_delete:
        UnitPeriodValue.objects.filter(pk__in=to_delete).delete()
    _upsert_unit_values(form.pk, units, sorted(to_upsert))
    _add_to_cells(form.pk, cells)
    return len(to_delete) + len(to_upsert)


def _pg_array(values) -> str:
    """A PostgreSQL array literal with every element quoted: one string parameter instead of a list
    the driver would quote element by element (most of an approval's client time before)."""
    return "{" + ",".join('"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def _execute_rows(table: str, columns: list[str], types: list[str], rows: list[tuple], conflict: str,
                  update: str) -> None:
    """INSERT rows … ON CONFLICT (conflict) DO UPDATE SET update: unnest() of arrays on PostgreSQL, multi-row
    VALUES in chunks elsewhere. Table and column names come from the models; every value is a bound parameter."""
    if not rows:
        return
    head = f"INSERT INTO {table} ({', '.join(columns)}) "
    tail = f" ON CONFLICT ({conflict}) DO UPDATE SET {update}"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            arrays = ", ".join(f"%s::{t}[]" for t in types)
            cursor.execute(head + f"SELECT * FROM unnest({arrays})" + tail,  # noqa: S608
                           [_pg_array(column) for column in zip(*rows, strict=True)])
            return
        row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            cursor.execute(head + "VALUES " + ", ".join([row_sql] * len(chunk)) + tail,  # noqa: S608
                           [str(v) if isinstance(v, Decimal) else v for row in chunk for v in row])


def _upsert_unit_values(form_id: int, units: dict, rows: list[tuple]) -> None:
    """Upsert (unit id, period, indicator code, value) rows of UnitPeriodValue."""
    anodes = {pk: area_node(unit.area) for pk, unit in units.items()}
    full = [(form_id, unit_id, period, code, value, units[unit_id].line_path, anodes[unit_id])
            for unit_id, period, code, value in rows]
    _execute_rows(UnitPeriodValue._meta.db_table,
                  ["form_id", "unit_id", "period", "indicator_code", "value", "line_path", "area_node"],
                  ["bigint", "bigint", "text", "text", "numeric", "text", "text"], full,
                  "form_id, unit_id, period, indicator_code",
                  "value = excluded.value, line_path = excluded.line_path, area_node = excluded.area_node")


def _add_to_cells(form_id: int, cells: dict[tuple[str, str, str], list]) -> None:
    """Add {(node, period, indicator code): [total, count]} to the cells, in sorted order (no deadlocks)."""
    table = RollupCell._meta.db_table
    rows = sorted((form_id, node, period, code, total, count)
                  for (node, period, code), (total, count) in cells.items() if total or count)
    _execute_rows(table, ["form_id", "node", "period", "indicator_code", "total", "count"],
                  ["bigint", "text", "text", "text", "numeric", "int"], rows,
                  "form_id, node, period, indicator_code",
                  f"total = {table}.total + excluded.total, count = {table}.count + excluded.count")


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
def rebuild(form=None, *, batch: int = 200) -> int:
    """Recompute every unit-period value and cell from approved data (after moving units, or by hand),
    `batch` units at a time through `refresh_units`."""
    from danvan.reporting.models import ReportForm

    forms = [form] if form is not None else list(ReportForm.objects.all())
    changed = 0
    for f in forms:
        UnitPeriodValue.objects.filter(form=f).delete()
        RollupCell.objects.filter(form=f).delete()
        approved = defaultdict(set)
        for unit_id, period in Submission.objects.filter(form=f, status=Status.APPROVED).values_list("unit_id", "period"):
            approved[unit_id].add(period)
        ids = sorted(approved)
        for i in range(0, len(ids), batch):
            units = Unit.objects.select_related("area").in_bulk(ids[i:i + batch])
            changed += refresh_units(f, [(units[pk], code) for pk in ids[i:i + batch] for code in sorted(approved[pk])])
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
        _add_to_cells(form_id, cells)
    return moved
