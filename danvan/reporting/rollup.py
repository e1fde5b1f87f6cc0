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

import functools
import json
from collections import defaultdict
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import DecimalField, Max
from django.db.models.fields.json import KT
from django.db.models.functions import Cast

from danvan.core.text import plain_number
from danvan.org.models import Unit
from danvan.reporting.choices import Status, TimeAggregation, UnitAggregation
from danvan.reporting.models import RollupCell, Submission, SubmissionValue, UnitPeriodValue
from danvan.reporting.periods import DEFAULT_TYPES, Period, PeriodError, parse_period, period_for_date


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


def line_nodes(line_path: str) -> list[str]:
    """"U" nodes of every unit on a reporting line, from the root down: "/1/12/" → ["U/1/", "U/1/12/"]."""
    parts = [p for p in line_path.strip("/").split("/") if p]
    return ["U/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def unit_nodes(unit) -> list[str]:
    return line_nodes(unit.line_path) + area_nodes(unit.area)


def area_nodes(area) -> list[str]:
    parts = [p for p in area.path.strip("/").split("/") if p]
    return [f"A{area.era}:/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def area_node(area) -> str:
    return f"A{area.era}:{area.path}"


def _approved_figures(form, units: dict, periods: dict[int, list[tuple]]) -> dict[tuple, dict[str, Decimal]]:
    """{(unit id, period code): {indicator code: value}} from the units' approved submissions lying within
    each wanted period (start, end, code) of each unit, per time aggregation; a unit-period with approved
    data but no values has an empty dict. One query (submissions LEFT JOIN their values)."""
    every = [p for wanted in periods.values() for p in wanted]
    rows = (Submission.objects.filter(form=form, unit_id__in=list(units), status=Status.APPROVED,
                                      period_start__gte=min(p[0] for p in every),
                                      period_end__lte=max(p[1] for p in every))
            .values_list("unit_id", "period_start", "period_end", "values__indicator__code",
                         "values__indicator__aggregation_time", "values__value"))
    result: dict[tuple, dict[str, Decimal]] = {}
    latest: dict[tuple, object] = {}
    for unit_id, begin, end, code, time_agg, value in rows:
        for start, stop, period in periods[unit_id]:
            if not (start <= begin and end <= stop):
                continue
            figures = result.setdefault((unit_id, period), {})
            if code is None:  # an approved report without values still counts the unit
                continue
            if time_agg == TimeAggregation.LAST:
                key = (unit_id, period, code)
                if key not in latest or end > latest[key]:
                    latest[key] = end
                    figures[code] = value
            else:
                figures[code] = figures.get(code, 0) + value
    return result


def refresh_unit(form, unit, period_code: str) -> int:
    """`refresh_units` for one (unit, period): what a single approval or un-approval runs."""
    return refresh_units(form, [(unit, period_code)])


class _Deltas:
    """Differences to add to the cells: {(node, period): [units, {code: [total, count]}]}."""

    def __init__(self):
        self.cells: dict[tuple[str, str], list] = {}

    def add(self, nodes: list[str], period: str, old: dict | None, new: dict | None) -> None:
        units = (new is not None) - (old is not None)
        old, new = old or {}, new or {}
        codes = {}
        for code in old.keys() | new.keys():
            total = new.get(code, 0) - old.get(code, 0)
            count = (code in new) - (code in old)
            if total or count:
                codes[code] = (total, count)
        if not units and not codes:
            return
        for node in nodes:
            cell = self.cells.setdefault((node, period), [0, {}])
            cell[0] += units
            for code, (total, count) in codes.items():
                entry = cell[1].setdefault(code, [0, 0])
                entry[0] += total
                entry[1] += count


def _decimals(figures: dict) -> dict[str, Decimal]:
    return {code: Decimal(value) for code, value in figures.items()}


# Approvals (5 targets each; a review-queue batch of 50 is 250) refresh in the SQL function: one round trip,
# faster than Python from one report to batches of 50 (measured: docs/performance.md). A rebuild's batches
# (200 units × ~20 periods) multiply every code by every node above; sorting that in the server took
# longer than Python's dictionaries, so large batches take the Python path (on PostgreSQL too).
DATABASE_REFRESH_MAX_TARGETS = 1000


@functools.lru_cache(maxsize=512)
def _windows(period_code: str) -> tuple[tuple, ...]:
    """(start, end, code) of the period and of every longer period containing it (cached: codes repeat)."""
    return tuple((p.start, p.end, p.code) for p in containing_periods(parse_period(period_code)))


def refresh_units(form, targets) -> int:
    """Bring the unit-period figures of each (unit, period code) target, and every cell above it, in line
    with the unit's approved data. Must run inside the approvals' transaction.

    Whatever the number of targets, the work is a fixed handful of statements: lock the units, read the
    approved values and the stored unit-period figures, upsert the changed ones, delete the vanished ones,
    and add the differences to the cells, merged per node and period — a batch of approvals in one
    province adds to the province's and the country's cells once. Rows are written in sorted order, so
    concurrent transactions lock shared cells in the same order and cannot deadlock. On PostgreSQL all of
    it is one call of the SQL function `reporting_refresh_units` (migration 0006), which does the same in
    the server (up to `DATABASE_REFRESH_MAX_TARGETS` targets); SQLite, and larger batches, run it here.
    Returns the number of changed unit-period rows.
    """
    units: dict[int, object] = {}
    periods: dict[int, dict[str, tuple]] = defaultdict(dict)
    for unit, period_code in targets:
        units[unit.pk] = unit
        for window in _windows(period_code):
            periods[unit.pk][window[2]] = window
    if not units:
        return 0
    periods = {pk: list(wanted.values()) for pk, wanted in periods.items()}
    if connection.vendor == "postgresql" and sum(map(len, periods.values())) <= DATABASE_REFRESH_MAX_TARGETS:
        return _refresh_in_database(form, units, periods)
    return _refresh_in_python(form, units, periods)


def _refresh_in_python(form, units: dict, periods: dict[int, list[tuple]]) -> int:
    """SQLite: `refresh_units` with the arithmetic here (the database serialises writers)."""
    # Two approvals of one unit (two months, say) must not each read the unit's data without the other's
    # and both add the difference: lock the units' rows (FOR NO KEY UPDATE, which still lets other rows
    # reference them), in id order, so refreshes of a unit run one after the other and read what the
    # previous one committed; different units refresh in parallel. (SQLite serialises all writers.)
    list(Unit.objects.select_for_update(no_key=True).filter(pk__in=list(units)).order_by("pk")
         .values_list("pk", flat=True))
    new = _approved_figures(form, units, periods)
    wanted = {(pk, p[2]) for pk, ps in periods.items() for p in ps}
    stored: dict[tuple, tuple[int, dict]] = {}
    for pk, unit_id, period, figures in UnitPeriodValue.objects.filter(
            form=form, unit_id__in=list(units), period__in={code for _, code in wanted}).values_list(
            "pk", "unit_id", "period", "figures"):
        if (unit_id, period) in wanted:
            stored[(unit_id, period)] = (pk, _decimals(figures))
    deltas = _Deltas()
    nodes: dict[int, list[str]] = {}
    to_delete, to_upsert = [], []
    for key in new.keys() | stored.keys():
        old = stored[key][1] if key in stored else None
        figures = new.get(key)
        if figures == old:
            continue
        if figures is None:
            to_delete.append(stored[key][0])
        else:
            to_upsert.append((*key, figures))
        unit_id = key[0]
        if unit_id not in nodes:
            nodes[unit_id] = unit_nodes(units[unit_id])
        deltas.add(nodes[unit_id], key[1], old, figures)
    if to_delete:
        UnitPeriodValue.objects.filter(pk__in=to_delete).delete()
    _upsert_unit_figures(form.pk, units, sorted(to_upsert, key=lambda row: row[:2]))
    _add_to_cells(form.pk, deltas.cells)
    return len(to_delete) + len(to_upsert)


def _refresh_in_database(form, units: dict, periods: dict[int, list[tuple]]) -> int:
    """PostgreSQL: `refresh_units` as one call of `reporting_refresh_units` (what it does: migration 0006)."""
    ids = sorted(units)
    targets = [(pk, code, start, end) for pk in ids for start, end, code in periods[pk]]
    nodes = [(pk, node) for pk in ids for node in unit_nodes(units[pk])]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reporting_refresh_units(%s, %s::bigint[], %s::text[], %s::text[], %s::bigint[], %s::text[], "
            "%s::date[], %s::date[], %s::bigint[], %s::text[])",
            [form.pk, _pg_array(ids), _pg_array(units[pk].line_path for pk in ids),
             _pg_array(area_node(units[pk].area) for pk in ids),
             *(_pg_array(column) for column in zip(*targets, strict=True)),
             *(_pg_array(column) for column in zip(*nodes, strict=True))])
        return cursor.fetchone()[0]


def _json(figures: dict) -> str:
    return json.dumps({code: str(value) for code, value in sorted(figures.items())}, separators=(",", ":"))


def _pg_array(values) -> str:
    """A PostgreSQL array literal with every element quoted: one string parameter instead of a list
    the driver would quote element by element (most of an approval's client time before)."""
    return "{" + ",".join('"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def _upsert_unit_figures(form_id: int, units: dict, rows: list[tuple]) -> None:
    """Upsert (unit id, period, {code: value}) rows of UnitPeriodValue."""
    if not rows:
        return
    table = UnitPeriodValue._meta.db_table
    full = [(form_id, unit_id, period, _json(figures), units[unit_id].line_path, area_node(units[unit_id].area))
            for unit_id, period, figures in rows]
    head = f"INSERT INTO {table} (form_id, unit_id, period, figures, line_path, area_node) "  # noqa: S608
    tail = (" ON CONFLICT (form_id, unit_id, period) DO UPDATE SET figures = excluded.figures, "
            "line_path = excluded.line_path, area_node = excluded.area_node")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(head + "SELECT * FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::jsonb[], "  # noqa: S608
                           "%s::text[], %s::text[])" + tail, [_pg_array(c) for c in zip(*full, strict=True)])
            return
        for i in range(0, len(full), 500):
            chunk = full[i:i + 500]
            cursor.execute(head + "VALUES " + ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(chunk)) + tail,
                           [v for row in chunk for v in row])


def _add_to_cells(form_id: int, cells: dict[tuple[str, str], list]) -> None:
    """Add {(node, period): [units, {code: [total, count]}]} to the cells, in sorted order (no deadlocks).

    PostgreSQL: one additive upsert (`reporting_add_totals` merges the totals in the database), exact
    under concurrent writers. SQLite serialises writers (every transaction is IMMEDIATE), so reading the
    cells, adding in Python and writing them back is exact there too.
    """
    table = RollupCell._meta.db_table
    rows = sorted((node, period, units, {code: entry for code, entry in codes.items() if entry[0] or entry[1]})
                  for (node, period), (units, codes) in cells.items())
    rows = [row for row in rows if row[2] or row[3]]
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            totals = [json.dumps({c: [str(t), n] for c, (t, n) in codes.items()}, separators=(",", ":"))
                      for _, _, _, codes in rows]
            cursor.execute(
                f"INSERT INTO {table} (form_id, node, period, units, totals) "  # noqa: S608
                f"SELECT %s, * FROM unnest(%s::text[], %s::text[], %s::int[], %s::jsonb[]) "
                f"ON CONFLICT (form_id, node, period) DO UPDATE SET units = {table}.units + excluded.units, "
                f"totals = reporting_add_totals({table}.totals, excluded.totals)",
                [form_id, _pg_array(r[0] for r in rows), _pg_array(r[1] for r in rows),
                 _pg_array(r[2] for r in rows), _pg_array(totals)])
            return
        if not connection.in_atomic_block:
            raise RuntimeError("The roll-up must be written inside the approval's transaction.")
        current = {(node, period): (units, totals) for node, period, units, totals in
                   RollupCell.objects.filter(form_id=form_id, node__in={r[0] for r in rows},
                                             period__in={r[1] for r in rows}).values_list(
                       "node", "period", "units", "totals")}
        merged = []
        for node, period, units, codes in rows:
            old_units, old_totals = current.get((node, period), (0, {}))
            totals = dict(old_totals)
            for code, (total, count) in codes.items():
                old_total, old_count = totals.get(code, ("0", 0))
                totals[code] = [str(Decimal(old_total) + total), old_count + count]
            merged.append((form_id, node, period, old_units + units, json.dumps(totals, separators=(",", ":"))))
        for i in range(0, len(merged), 500):
            chunk = merged[i:i + 500]
            cursor.execute(
                f"INSERT INTO {table} (form_id, node, period, units, totals) VALUES "  # noqa: S608
                + ", ".join(["(%s, %s, %s, %s, %s)"] * len(chunk))
                + " ON CONFLICT (form_id, node, period) DO UPDATE SET units = excluded.units, totals = excluded.totals",
                [v for row in chunk for v in row])


def cell_values(totals: dict, indicators, maximum=None) -> dict:
    """{indicator code: number | None} from a cell's totals, following each indicator's rules across
    units; `maximum(code)` gives the largest unit value for "max" indicators."""
    values = {}
    for indicator in indicators:
        total, count = totals.get(indicator.code, (None, 0))
        if not count:
            values[indicator.code] = None
        elif indicator.aggregation_units == UnitAggregation.MAX:
            values[indicator.code] = plain_number(maximum(indicator.code))
        elif indicator.aggregation_units == UnitAggregation.AVERAGE:
            values[indicator.code] = plain_number((Decimal(total) / count).quantize(Decimal("0.0001")))
        else:
            values[indicator.code] = plain_number(total)
    return values


def values_at(form, node: str, period: str, indicators) -> tuple[dict, int]:
    """({indicator code: number}, units counted) for one node, following each indicator's rules."""
    cell = RollupCell.objects.filter(form=form, node=node, period=period).values_list("units", "totals").first()
    units, totals = cell or (0, {})
    return cell_values(totals, indicators, lambda code: _max_under(form, node, period, code)), units


def figure(code: str):
    """An expression for one indicator's value in UnitPeriodValue.figures, as a decimal."""
    return Cast(KT(f"figures__{code}"), DecimalField(max_digits=24, decimal_places=4))


def _max_under(form, node: str, period: str, code: str):
    field = "line_path" if node.startswith("U") else "area_node"
    prefix = node[1:] if node.startswith("U") else node
    return UnitPeriodValue.objects.filter(form=form, period=period, **{
        f"{field}__gte": prefix, f"{field}__lt": prefix + "~"}).aggregate(m=Max(figure(code)))["m"]


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


def move_subtree(old_prefix: str, new_prefix: str) -> int:
    """A unit moved in the reporting line: move its subtree's values from the old ancestors' cells to the new.

    Area cells do not change (the units stay where they are). Returns the number of unit-period rows moved.
    """
    from django.db.models import F, Value
    from django.db.models.functions import Concat, Substr

    rows = UnitPeriodValue.objects.filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~")
    deltas: dict[int, _Deltas] = defaultdict(_Deltas)
    moved = 0
    for form_id, line_path, period, figures in rows.values_list("form_id", "line_path", "period", "figures"):
        old_nodes = set(line_nodes(line_path))
        new_nodes = set(line_nodes(new_prefix + line_path[len(old_prefix):]))
        figures = _decimals(figures)
        deltas[form_id].add(sorted(old_nodes - new_nodes), period, figures, None)
        deltas[form_id].add(sorted(new_nodes - old_nodes), period, None, figures)
        moved += 1
    rows.update(line_path=Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1)))
    Submission.objects.filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~").update(
        line_path=Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1)))
    for form_id, form_deltas in deltas.items():
        _add_to_cells(form_id, form_deltas.cells)
    return moved
