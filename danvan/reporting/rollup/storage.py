"""How the roll-up tables are written and read in SQL, on PostgreSQL and SQLite alike: the helpers
refreshing, compacting, reading and rebuilding share."""

import json
from decimal import Decimal

from django.db import connection

from danvan.reporting.models import RollupCell, RollupPending, UnitPeriodValue


class Deltas:
    """Differences to add to the cells: {(node, period): [units, {code: [total, count]}]}."""

    def __init__(self):
        self.cells: dict[tuple[str, str], list] = {}

    def add(self, nodes, period: str, old: dict | None, new: dict | None) -> None:
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
            cell = self.cells.setdefault((str(node), period), [0, {}])
            cell[0] += units
            for code, (total, count) in codes.items():
                entry = cell[1].setdefault(code, [0, 0])
                entry[0] += total
                entry[1] += count


def decimals(figures: dict | None) -> dict[str, Decimal] | None:
    return None if figures is None else {code: Decimal(value) for code, value in figures.items()}


def figures_json(figures: dict) -> str:
    return json.dumps({code: str(value) for code, value in sorted(figures.items())}, separators=(",", ":"))


def pg_array(values) -> str:
    """A PostgreSQL array literal with every element quoted (None as NULL): one string parameter, which the
    driver passes as it is, instead of a list it would quote element by element."""
    return "{" + ",".join("NULL" if v is None else '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for v in values) + "}"


def insert_rows(head: str, tail: str, rows: list[tuple], pg_types: str) -> None:
    """`head` VALUES … `tail` for many rows: one statement of arrays on PostgreSQL, 500 rows a statement else."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            columns = [pg_array(c) for c in zip(*rows, strict=True)]
            cursor.execute(head + f"SELECT * FROM unnest({pg_types})" + tail, columns)  # noqa: S608
            return
        width = len(rows[0])
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            cursor.execute(head + "VALUES " + ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(chunk)) + tail,
                           [v for row in chunk for v in row])


def pending_sql(where: str) -> str:
    """Pending unit-periods with their current figures (NULL: the unit no longer counts there)."""
    pending, upv = RollupPending._meta.db_table, UnitPeriodValue._meta.db_table
    return (f"FROM {pending} p LEFT JOIN {upv} u ON u.form_id = p.form_id AND u.unit_id = p.unit_id "  # noqa: S608
            f"AND u.period = p.period WHERE {where}")


def add_to_cells(form_id: int, cells: dict[tuple[str, str], list]) -> None:
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
                [form_id, pg_array(r[0] for r in rows), pg_array(r[1] for r in rows),
                 pg_array(r[2] for r in rows), pg_array(totals)])
            return
        if not connection.in_atomic_block:
            raise RuntimeError("The roll-up must be written inside the approval's transaction.")
        current = {(node, period): (units, totals) for node, period, units, totals in
                   RollupCell.objects.unscoped().filter(form_id=form_id, node__in={r[0] for r in rows},
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


def loads(value):
    return json.loads(value) if isinstance(value, str) else value
