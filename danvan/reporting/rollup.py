"""The always-fresh roll-up.

Approving (or un-approving) a submission calls `refresh_unit` (a batch of approvals, `refresh_units`)
in the same transaction. It recomputes the unit's figures for every period containing the submission's
period (a month feeds its quarter, half-year, nine months and year) from the unit's approved data and
writes the changed `UnitPeriodValue` rows and lists them as pending — nothing shared with other
approvals. So every figure is current the moment the approval commits, and an approval writes ~10 rows
of its own instead of the ~30 cells every approval used to share.

Reads come in two sizes (`has_cell`):

- a small node (a commune, a commune's Đảng ủy, a unit: about ten units) is added up from its
  unit-period rows, one indexed range query;
- a large node (a root of the reporting line — a province's Ban Tuyên giáo và Dân vận — and every area
  down to the province) has a `RollupCell` per period holding the rows below as of the last fold. An
  approval lists the unit-periods it changed in `RollupPending`, with what the cells hold of them; a
  read adds, in the same statement, (current figures − held) of the pending unit-periods below the node,
  so it is exact and a few indexed lookups whatever the size of the subtree.

`fold` moves the pending differences into the cells with the additive upsert (`INSERT … ON CONFLICT DO
UPDATE SET total = total + excluded.total`), exact under concurrent writers, and empties the list. Folds
change no figure anyone reads (a read sees the cells and the pending rows in one snapshot); they keep the
list short. On PostgreSQL the approval whose changed rows take their count past a multiple of
`settings.ROLLUP_FOLD_AT` queues a fold for the worker (`tasks.fold_rollup`), and every
`ROLLUP_FOLD_BACKLOG` multiples an approval that finds that many rows listed folds itself, so the list
stays bounded with no worker running;
on SQLite the approval that finds `ROLLUP_FOLD_AT` rows listed folds. A province's and the country's cells
are written once for about a hundred approvals, and a read has at most a few hundred pending rows to add.
No batch job keeps the figures fresh: they are fresh when the approval commits.
"""

import functools
import json
import os
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db import connection, transaction
from django.db.models import DecimalField, F, Max
from django.db.models.fields.json import KT
from django.db.models.functions import Cast

from danvan.core.text import plain_number
from danvan.org.models import Unit
from danvan.reporting.choices import Status, TimeAggregation, UnitAggregation
from danvan.reporting.models import RollupCell, RollupPending, Submission, SubmissionValue, UnitPeriodValue
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


def area_node(area) -> str:
    return area_node_of(area.era, area.path)


def area_node_of(era: str, path: str) -> str:
    return f"A{era}:{path}"


# The large nodes, which have cells: a root of the reporting line ("U/1/"), and the country and the
# provinces as areas ("Acurrent:/VN/", "Acurrent:/VN/37/"). Below them a subtree is a commune's bloc,
# about ten units, read from its rows.
CELL_LINE_DEPTH = 1
CELL_AREA_DEPTH = 2


def _depth(node: str) -> int:
    return node.count("/") - 1


def has_cell(node: str) -> bool:
    return _depth(node) <= (CELL_LINE_DEPTH if node.startswith("U") else CELL_AREA_DEPTH)


def cell_nodes(line_path: str, area_path: str) -> list[str]:
    """The large nodes above a unit-period row (its line_path and area_node): the cells it is folded into."""
    return ([n for n in line_nodes(line_path) if has_cell(n)]
            + [a for a in _ancestors(area_path) if _depth(a) > 0 and has_cell(a)])


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
            total = Decimal(new.get(code, 0)) - Decimal(old.get(code, 0))
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


def _decimals(figures: dict | None) -> dict[str, Decimal] | None:
    return None if figures is None else {code: Decimal(value) for code, value in figures.items()}


# Approvals (5 targets each; a review-queue batch of 50 is 250) refresh in the SQL function: one round trip,
# faster than Python from one report to batches of 50 (measured: docs/performance.md). A rebuild's batches
# (200 units × ~20 periods) took longer in the server than in Python's dictionaries: `rebuild` asks for the
# Python path (`in_database=False`), and any batch over this many targets takes it too (on PostgreSQL too).
DATABASE_REFRESH_MAX_TARGETS = 1000


@functools.lru_cache(maxsize=512)
def _windows(period_code: str) -> tuple[tuple, ...]:
    """(start, end, code) of the period and of every longer period containing it (cached: codes repeat)."""
    return tuple((p.start, p.end, p.code) for p in containing_periods(parse_period(period_code)))


def fold_at() -> int:
    """Changed unit-period rows between two folds (at least 1)."""
    return max(1, int(getattr(settings, "ROLLUP_FOLD_AT", 500)))


def refresh_units(form, targets, *, in_database: bool = True) -> int:
    """Bring the unit-period figures of each (unit, period code) target in line with the unit's approved
    data, and list the changed ones as pending for the cells. Must run inside the approvals' transaction.

    Whatever the number of targets, the work is a fixed handful of statements: lock the units, read the
    approved values and the stored figures, upsert the changed rows, delete the vanished ones, list them
    in `RollupPending`. On PostgreSQL all of it is one call of the SQL function `reporting_refresh_units`
    (migration 0009), which does the same in the server (up to `DATABASE_REFRESH_MAX_TARGETS` targets, and
    unless `in_database` is false); SQLite, and larger batches, run it here. The rows are written under the
    line and area the units' locked rows carry, not those of the caller's objects (read a moment before,
    they may predate a move). When a fold is due, queues or runs it (`_fold_when_due`). Returns the number
    of changed unit-period rows.
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
    if (in_database and connection.vendor == "postgresql"
            and sum(map(len, periods.values())) <= DATABASE_REFRESH_MAX_TARGETS):
        changed, last_change = _refresh_in_database(form, units, periods)
        if changed:
            _fold_when_due(form, last_change, changed)
        return changed
    changed = _refresh_in_python(form, units, periods)
    if changed and RollupPending.objects.filter(form=form)[:fold_at()].count() >= fold_at():
        fold(form)  # SQLite (one writer at a time) and rebuild-size batches: at once
    return changed


def _crossed(last_change: int, changed: int, every: int) -> bool:
    """Whether the changed rows numbered up to `last_change` took the count past a multiple of `every`."""
    return last_change // every > (last_change - changed) // every


def _fold_when_due(form, last_change: int, changed: int) -> None:
    """PostgreSQL: every `fold_at()` changed rows (counted by a sequence), a fold. The approval queues it for
    the worker (`tasks.fold_rollup`, run in the worker's own transaction, so the approval does not wait for
    it), unless `ROLLUP_FOLD_IN_WORKER` is off. Every `ROLLUP_FOLD_BACKLOG` × `fold_at()` rows the approval
    counts the list (an index range, once per some 400 approvals) and folds itself if the list is that long:
    without a running worker the list, which every read of a large node adds up, still stays short."""
    every = fold_at()
    if not _crossed(last_change, changed, every):
        return
    if not getattr(settings, "ROLLUP_FOLD_IN_WORKER", True):
        fold(form)
        return
    backlog = every * max(1, int(getattr(settings, "ROLLUP_FOLD_BACKLOG", 4)))
    if _crossed(last_change, changed, backlog) and RollupPending.objects.filter(form=form)[:backlog].count() >= backlog:
        fold(form)  # the worker is not keeping up (or not running)
        return
    from danvan.reporting.tasks import fold_rollup

    fold_rollup.enqueue(form.pk)  # in the approval's transaction: queued if and only if it commits


def _locked_lines(units) -> dict[int, tuple[str, str]]:
    """Lock the units' rows (FOR NO KEY UPDATE, which still lets other rows reference them), in id order, and
    return {id: (line_path, area node)} as the locked rows have them.

    Two approvals of one unit (two months, say) must not each read the unit's data without the other's: the
    lock makes refreshes of a unit run one after the other, each reading what the previous one committed;
    different units refresh in parallel. (SQLite serialises all writers.)"""
    rows = (Unit.objects.select_for_update(no_key=True, of=("self",)).filter(pk__in=list(units)).order_by("pk")
            .values_list("pk", "line_path", "area__era", "area__path"))
    return {pk: (line_path, area_node_of(era, path)) for pk, line_path, era, path in rows}


def _refresh_in_python(form, units: dict, periods: dict[int, list[tuple]]) -> int:
    """SQLite (and rebuild-size batches): `refresh_units` with the comparison here. Returns the changed rows."""
    lines = _locked_lines(units)
    new = _approved_figures(form, units, periods)
    wanted = {(pk, p[2]) for pk, ps in periods.items() for p in ps}
    stored: dict[tuple, tuple[int, dict]] = {}
    for pk, unit_id, period, figures in UnitPeriodValue.objects.filter(
            form=form, unit_id__in=list(units), period__in={code for _, code in wanted}).values_list(
            "pk", "unit_id", "period", "figures"):
        if (unit_id, period) in wanted:
            stored[(unit_id, period)] = (pk, _decimals(figures))
    to_delete, to_upsert, changed = [], [], []
    for key in new.keys() | stored.keys():
        old = stored[key][1] if key in stored else None
        figures = new.get(key)
        if figures == old:
            continue
        if figures is None:
            to_delete.append(stored[key][0])
        else:
            to_upsert.append((*key, figures))
        changed.append((*key, old))
    if to_delete:
        UnitPeriodValue.objects.filter(pk__in=to_delete).delete()
    _upsert_unit_figures(form.pk, lines, sorted(to_upsert, key=lambda row: row[:2]))
    _list_pending(form.pk, lines, sorted(changed, key=lambda row: row[:2]))
    return len(changed)


def _refresh_in_database(form, units: dict, periods: dict[int, list[tuple]]) -> tuple[int, int | None]:
    """PostgreSQL: `refresh_units` as one call of `reporting_refresh_units` (what it does: migrations 0007 and
    0009). Returns (changed rows, the change counter after them: None when nothing changed)."""
    ids = sorted(units)
    targets = [(pk, code, start, end) for pk in ids for start, end, code in periods[pk]]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT * FROM reporting_refresh_units(%s, %s::bigint[], %s::bigint[], %s::text[], %s::date[], "
            "%s::date[])",
            [form.pk, _pg_array(ids), *(_pg_array(column) for column in zip(*targets, strict=True))])
        changed, last_change = cursor.fetchone()
        return changed, last_change


def _json(figures: dict) -> str:
    return json.dumps({code: str(value) for code, value in sorted(figures.items())}, separators=(",", ":"))


def _pg_array(values) -> str:
    """A PostgreSQL array literal with every element quoted (None as NULL): one string parameter instead of a
    list the driver would quote element by element (most of an approval's client time before)."""
    return "{" + ",".join("NULL" if v is None else '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for v in values) + "}"


def _upsert_unit_figures(form_id: int, lines: dict, rows: list[tuple]) -> None:
    """Upsert (unit id, period, {code: value}) rows of UnitPeriodValue; `lines`: {unit id: (line, area node)}."""
    if not rows:
        return
    table = UnitPeriodValue._meta.db_table
    full = [(form_id, unit_id, period, _json(figures), *lines[unit_id]) for unit_id, period, figures in rows]
    head = f"INSERT INTO {table} (form_id, unit_id, period, figures, line_path, area_node) "  # noqa: S608
    tail = (" ON CONFLICT (form_id, unit_id, period) DO UPDATE SET figures = excluded.figures, "
            "line_path = excluded.line_path, area_node = excluded.area_node")
    _insert_rows(head, tail, full, "%s::bigint[], %s::bigint[], %s::text[], %s::jsonb[], %s::text[], %s::text[]")


def _list_pending(form_id: int, lines: dict, rows: list[tuple]) -> None:
    """List (unit id, period, figures before the change) as pending. A unit-period already listed keeps
    its `held`: the cells have not changed since (only a fold writes them, and it deletes what it folds).
    The upsert's no-op update locks the listed row, so a fold running meanwhile waits for it or skips it."""
    if not rows:
        return
    table = RollupPending._meta.db_table
    full = [(form_id, unit_id, period, None if held is None else _json(held), *lines[unit_id])
            for unit_id, period, held in rows]
    head = f"INSERT INTO {table} (form_id, unit_id, period, held, line_path, area_node) "  # noqa: S608
    tail = (" ON CONFLICT (form_id, unit_id, period) DO UPDATE SET line_path = excluded.line_path, "
            "area_node = excluded.area_node")
    _insert_rows(head, tail, full, "%s::bigint[], %s::bigint[], %s::text[], %s::jsonb[], %s::text[], %s::text[]")


def _insert_rows(head: str, tail: str, rows: list[tuple], pg_types: str) -> None:
    """`head` VALUES … `tail` for many rows: one statement of arrays on PostgreSQL, 500 rows a statement else."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            columns = [_pg_array(c) for c in zip(*rows, strict=True)]
            cursor.execute(head + f"SELECT * FROM unnest({pg_types})" + tail, columns)  # noqa: S608
            return
        width = len(rows[0])
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            cursor.execute(head + "VALUES " + ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(chunk)) + tail,
                           [v for row in chunk for v in row])


FOLD_LOCK = 1383034988  # pg_try_advisory_xact_lock(FOLD_LOCK, form id): one fold of a form at a time (as in SQL)
FOLD_CHUNK = 1000


def fold(form) -> int:
    """Add the differences of the form's pending unit-periods (current figures − held) to the cells above
    them and empty the list, in the current transaction — or a new one.

    Readers see cells and pending rows in one statement, so before and after the fold they read the same
    figures. On PostgreSQL a fold already under way for the form makes this one return at once (its rows
    will be folded by the next), and rows locked by approvals not yet committed are skipped (SKIP
    LOCKED): a fold never waits for an approval. PostgreSQL folds in one call of `reporting_fold`
    (migration 0007), SQLite here. Returns the number of unit-periods folded."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            return _fold_in_database(form)
        return _fold_in_python(form)


def _fold_in_database(form) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reporting_fold(%s)", [form.pk])
        return cursor.fetchone()[0]


def _pending_sql(where: str) -> str:
    """Pending unit-periods with their current figures (NULL: the unit no longer counts there)."""
    pending, upv = RollupPending._meta.db_table, UnitPeriodValue._meta.db_table
    return (f"FROM {pending} p LEFT JOIN {upv} u ON u.form_id = p.form_id AND u.unit_id = p.unit_id "  # noqa: S608
            f"AND u.period = p.period WHERE {where}")


def _fold_in_python(form) -> int:
    """`fold` with the arithmetic here (SQLite; on PostgreSQL too, to check the SQL function against)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", [FOLD_LOCK, form.pk])
            if not cursor.fetchone()[0]:
                return 0
    # Lock first, read after (as `reporting_fold` does, and why: migration 0007).
    ids = list(RollupPending.objects.select_for_update(skip_locked=True).filter(form=form).order_by("pk")
               .values_list("pk", flat=True))
    rows = []
    with connection.cursor() as cursor:
        for i in range(0, len(ids), FOLD_CHUNK):
            chunk = ids[i:i + FOLD_CHUNK]
            cursor.execute("SELECT p.id, p.line_path, p.area_node, p.period, p.held, u.figures "
                           + _pending_sql(f"p.id IN ({', '.join(['%s'] * len(chunk))})"), chunk)
            rows += cursor.fetchall()
    deltas = _Deltas()
    nodes: dict[tuple[str, str], list[str]] = {}
    for _, line_path, area_path, period, held, figures in rows:
        if (line_path, area_path) not in nodes:
            nodes[(line_path, area_path)] = cell_nodes(line_path, area_path)
        deltas.add(nodes[(line_path, area_path)], period, _loads(held), _loads(figures))
    _add_to_cells(form.pk, deltas.cells)
    for i in range(0, len(ids), FOLD_CHUNK):
        RollupPending.objects.filter(pk__in=ids[i:i + FOLD_CHUNK]).delete()
    return len(rows)


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


def _loads(value):
    return json.loads(value) if isinstance(value, str) else value


def _ancestors(path: str):
    """Every prefix of a path that ends with "/": "/1/12/" → "/", "/1/", "/1/12/"."""
    return (path[: i + 1] for i, c in enumerate(path) if c == "/")


def prefix_range(prefixes) -> tuple[str, str]:
    """(lowest, highest) bounds of one index range covering every path under the given prefixes."""
    common = os.path.commonprefix(list(prefixes))
    common = common[: common.rfind("/") + 1] or common
    return common, common + "~"


def node_totals(form, period: str, nodes) -> dict[str, tuple[int, dict]]:
    """{node: (units counted, {indicator code: [total, units with a value]})} for any nodes, in one
    statement (one snapshot, so a fold committing meanwhile is seen whole or not at all): the cells of the
    large nodes with the pending unit-periods below them, and the rows of the small nodes' subtrees. Each
    side reads one index range per kind of node (the nodes' common prefix), whatever the number of nodes."""
    upv, cell = UnitPeriodValue._meta.db_table, RollupCell._meta.db_table
    result = {node: [0, {}] for node in nodes}
    large = [n for n in result if has_cell(n)]
    small = [n for n in result if not has_cell(n)]
    parts, params, index = [], [], {}
    if large:
        parts.append(f"SELECT 'c', node, units, totals, NULL FROM {cell} WHERE form_id = %s AND period = %s "  # noqa: S608
                     f"AND node IN ({', '.join(['%s'] * len(large))})")
        params += [form.pk, period, *large]
    for kind, chosen in (("p", large), ("r", small)):
        for field, tag in (("line_path", "U"), ("area_node", "A")):
            prefixes = {(n[1:] if tag == "U" else n): n for n in chosen if n.startswith(tag)}
            if not prefixes:
                continue
            index[(kind, field)] = prefixes
            if kind == "p":  # pending unit-periods below large nodes: (current figures, held)
                parts.append(f"SELECT 'p{field[0]}', p.{field}, NULL, u.figures, p.held "
                             + _pending_sql(f"p.form_id = %s AND p.period = %s AND p.{field} >= %s AND p.{field} < %s"))
            else:  # the rows of small nodes' subtrees
                parts.append(f"SELECT 'r{field[0]}', {field}, NULL, figures, NULL FROM {upv} "  # noqa: S608
                             f"WHERE form_id = %s AND period = %s AND {field} >= %s AND {field} < %s")
            params += [form.pk, period, *prefix_range(prefixes)]
    if not parts:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    for kind, path, units, first, second in rows:
        if kind == "c":
            entry = result[path]
            entry[0] += units
            for code, (total, count) in _loads(first).items():
                known = entry[1].setdefault(code, [Decimal(0), 0])
                known[0] += Decimal(total)
                known[1] += count
            continue
        prefixes = index[(kind[0], "line_path" if kind[1] == "l" else "area_node")]
        targets = [prefixes[p] for p in _ancestors(path) if p in prefixes]
        new, old = _decimals(_loads(first)), _decimals(_loads(second))
        for node in targets:
            entry = result[node]
            entry[0] += (new is not None) - (old is not None)
            for code in (new or {}).keys() | (old or {}).keys():
                known = entry[1].setdefault(code, [Decimal(0), 0])
                known[0] += (new or {}).get(code, 0) - (old or {}).get(code, 0)
                known[1] += (code in (new or {})) - (code in (old or {}))
    return {node: (units, totals) for node, (units, totals) in result.items()}


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
    units, totals = node_totals(form, period, [node])[node]
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
    `batch` units at a time through `refresh_units`, each batch folded into the cells."""
    from danvan.reporting.models import ReportForm

    forms = [form] if form is not None else list(ReportForm.objects.all())
    changed = 0
    for f in forms:
        UnitPeriodValue.objects.filter(form=f).delete()
        RollupPending.objects.filter(form=f).delete()
        RollupCell.objects.filter(form=f).delete()
        approved = defaultdict(set)
        for unit_id, period in Submission.objects.filter(form=f, status=Status.APPROVED).values_list("unit_id", "period"):
            approved[unit_id].add(period)
        ids = sorted(approved)
        for i in range(0, len(ids), batch):
            units = Unit.objects.in_bulk(ids[i:i + batch])
            changed += refresh_units(f, [(units[pk], code) for pk in ids[i:i + batch] for code in sorted(approved[pk])],
                                     in_database=False)
            fold(f)
    return changed


def move_subtree(old_prefix: str, new_prefix: str) -> int:
    """A unit moved in the reporting line: move what the old root's cells hold of its subtree to the new
    root's (pending unit-periods are added under their new line when they are folded). The submissions move
    with every unit-owned row (core.signals); nothing here reads their line.

    Area cells do not change (the units stay where they are). Returns the number of unit-period rows moved.
    """
    from django.db.models import Value
    from django.db.models.functions import Concat, Substr

    rows = UnitPeriodValue.objects.filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~")
    pending = RollupPending.objects.filter(line_path__gte=old_prefix, line_path__lt=old_prefix + "~")
    # What the cells hold of each unit-period: `held` for a listed one (read with its own, still old, line),
    # else its figures. (The unit's row may already carry the new line: it is not read here.)
    listed = {(form_id, unit_id, period): (line_path, held) for form_id, unit_id, period, line_path, held in
              pending.values_list("form_id", "unit_id", "period", "line_path", "held")}
    held_rows = [(form_id, line_path, period, figures) for form_id, line_path, period, figures, unit_id in
                 rows.values_list("form_id", "line_path", "period", "figures", "unit_id")
                 if (form_id, unit_id, period) not in listed]
    held_rows += [(form_id, line_path, period, held) for (form_id, _, period), (line_path, held) in listed.items()
                  if held is not None]
    deltas: dict[int, _Deltas] = defaultdict(_Deltas)
    for form_id, line_path, period, held in held_rows:
        old_nodes = {n for n in line_nodes(line_path) if has_cell(n)}
        new_nodes = {n for n in line_nodes(new_prefix + line_path[len(old_prefix):]) if has_cell(n)}
        deltas[form_id].add(sorted(old_nodes - new_nodes), period, held, None)
        deltas[form_id].add(sorted(new_nodes - old_nodes), period, None, held)
    moved = rows.count()
    shifted = Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1))
    rows.update(line_path=shifted)
    pending.update(line_path=shifted)
    for form_id, form_deltas in deltas.items():
        _add_to_cells(form_id, form_deltas.cells)
    return moved
