"""Refreshing the roll-up in the approval's transaction: a unit's figures for every period containing
the approved one, written to `UnitPeriodValue` and listed in `RollupPending` for the cells.

Nothing shared with other approvals is written here (the cells are written by `compact`), so approvals
of different units do not wait for each other; what is read is current the moment the approval commits.
"""

import functools
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db import connection

from danvan.org.models import Unit
from danvan.reporting.choices import Status, TimeAggregation
from danvan.reporting.models import RollupPending, Submission, UnitPeriodValue
from danvan.reporting.periods import parse_period
from danvan.reporting.rollup.compact import compact
from danvan.reporting.rollup.nodes import area_node_of, containing_periods
from danvan.reporting.rollup.storage import decimals, figures_json, insert_rows, pg_array
from danvan.reporting.rollup.tasks import compact_rollup


def _approved_figures(form, units: dict, periods: dict[int, list[tuple]]) -> dict[tuple, dict[str, Decimal]]:
    """{(unit id, period code): {indicator code: value}} from the units' approved submissions lying within
    each wanted period (start, end, code) of each unit, per time aggregation; a unit-period with approved
    data but no values has an empty dict. One query (submissions LEFT JOIN their values)."""
    every = [p for wanted in periods.values() for p in wanted]
    rows = (Submission.objects.unscoped().filter(form=form, unit_id__in=list(units), status=Status.APPROVED,
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


# Approvals (5 targets each; a review-queue batch of 50 is 250) refresh in the SQL function, one round trip;
# batches the size of a rebuild's are faster in Python's dictionaries (docs/performance.md), so `rebuild`
# asks for the Python path (`in_database=False`) and any batch over this many targets takes it too.
DATABASE_REFRESH_MAX_TARGETS = 1000


@functools.lru_cache(maxsize=512)
def _windows(period_code: str) -> tuple[tuple, ...]:
    """(start, end, code) of the period and of every longer period containing it (cached: codes repeat)."""
    return tuple((p.start, p.end, p.code) for p in containing_periods(parse_period(period_code)))


def compact_at() -> int:
    """Changed unit-period rows between two compactions (at least 1).

    The settings keep their ROLLUP_FOLD_* names: deployments set them in the environment."""
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
    they may predate a move). When a compaction is due, queues or runs it (`_compact_when_due`). Returns the number
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
            _compact_when_due(form, last_change, changed)
        return changed
    changed = _refresh_in_python(form, units, periods)
    if changed and RollupPending.objects.unscoped().filter(form=form)[:compact_at()].count() >= compact_at():
        compact(form)  # SQLite (one writer at a time) and rebuild-size batches: at once
    return changed


def _crossed(last_change: int, changed: int, every: int) -> bool:
    """Whether the changed rows numbered up to `last_change` took the count past a multiple of `every`."""
    return last_change // every > (last_change - changed) // every


def _compact_when_due(form, last_change: int, changed: int) -> None:
    """PostgreSQL: every `compact_at()` changed rows (counted by a sequence), a compaction. The approval queues it for
    the worker (`rollup.tasks.compact_rollup`, run in the worker's own transaction, so the approval does not wait for
    it), unless `ROLLUP_FOLD_IN_WORKER` is off. Every `ROLLUP_FOLD_BACKLOG` × `compact_at()` rows the approval
    counts the list (an index range, once per some 400 approvals) and compacts itself if the list is that long:
    without a running worker the list, which every read of a large node adds up, still stays short."""
    every = compact_at()
    if not _crossed(last_change, changed, every):
        return
    if not getattr(settings, "ROLLUP_FOLD_IN_WORKER", True):
        compact(form)
        return
    backlog = every * max(1, int(getattr(settings, "ROLLUP_FOLD_BACKLOG", 4)))
    if _crossed(last_change, changed, backlog) and RollupPending.objects.unscoped().filter(form=form)[:backlog].count() >= backlog:
        compact(form)  # the worker is not keeping up (or not running)
        return
    compact_rollup.enqueue(form.pk)  # in the approval's transaction: queued if and only if it commits


def _locked_lines(units) -> dict[int, tuple[str, str]]:
    """Lock the units' rows (FOR NO KEY UPDATE, which still lets other rows reference them), in id order, and
    return {id: (line_path, area node)} as the locked rows have them.

    Two approvals of one unit (two months, say) must not each read the unit's data without the other's: the
    lock makes refreshes of a unit run one after the other, each reading what the previous one committed;
    different units refresh in parallel. (SQLite serialises all writers.)"""
    rows = (Unit.objects.unscoped().select_for_update(no_key=True, of=("self",)).filter(pk__in=list(units)).order_by("pk")
            .values_list("pk", "line_path", "area__era", "area__path"))
    return {pk: (line_path, area_node_of(era, path)) for pk, line_path, era, path in rows}


def _refresh_in_python(form, units: dict, periods: dict[int, list[tuple]]) -> int:
    """SQLite (and rebuild-size batches): `refresh_units` with the comparison here. Returns the changed rows."""
    lines = _locked_lines(units)
    new = _approved_figures(form, units, periods)
    wanted = {(pk, p[2]) for pk, ps in periods.items() for p in ps}
    stored: dict[tuple, tuple[int, dict]] = {}
    for pk, unit_id, period, figures in UnitPeriodValue.objects.unscoped().filter(
            form=form, unit_id__in=list(units), period__in={code for _, code in wanted}).values_list(
            "pk", "unit_id", "period", "figures"):
        if (unit_id, period) in wanted:
            stored[(unit_id, period)] = (pk, decimals(figures))
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
        UnitPeriodValue.objects.unscoped().filter(pk__in=to_delete).delete()
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
            [form.pk, pg_array(ids), *(pg_array(column) for column in zip(*targets, strict=True))])
        changed, last_change = cursor.fetchone()
        return changed, last_change



def _upsert_unit_figures(form_id: int, lines: dict, rows: list[tuple]) -> None:
    """Upsert (unit id, period, {code: value}) rows of UnitPeriodValue; `lines`: {unit id: (line, area node)}."""
    if not rows:
        return
    table = UnitPeriodValue._meta.db_table
    full = [(form_id, unit_id, period, figures_json(figures), *lines[unit_id]) for unit_id, period, figures in rows]
    head = f"INSERT INTO {table} (form_id, unit_id, period, figures, line_path, area_node) "  # noqa: S608
    tail = (" ON CONFLICT (form_id, unit_id, period) DO UPDATE SET figures = excluded.figures, "
            "line_path = excluded.line_path, area_node = excluded.area_node")
    insert_rows(head, tail, full, "%s::bigint[], %s::bigint[], %s::text[], %s::jsonb[], %s::text[], %s::text[]")


def _list_pending(form_id: int, lines: dict, rows: list[tuple]) -> None:
    """List (unit id, period, figures before the change) as pending. A unit-period already listed keeps
    its `held`: the cells have not changed since (only a compaction writes them, and it deletes what it compacts).
    The upsert's no-op update locks the listed row, so a compaction running meanwhile waits for it or skips it."""
    if not rows:
        return
    table = RollupPending._meta.db_table
    full = [(form_id, unit_id, period, None if held is None else figures_json(held), *lines[unit_id])
            for unit_id, period, held in rows]
    head = f"INSERT INTO {table} (form_id, unit_id, period, held, line_path, area_node) "  # noqa: S608
    tail = (" ON CONFLICT (form_id, unit_id, period) DO UPDATE SET line_path = excluded.line_path, "
            "area_node = excluded.area_node")
    insert_rows(head, tail, full, "%s::bigint[], %s::bigint[], %s::text[], %s::jsonb[], %s::text[], %s::text[]")
