"""Compacting the roll-up: the pending unit-periods' differences moved into the cells of the large nodes.

A compaction changes no figure anyone reads (a read adds the cells and the pending rows in one snapshot);
it keeps the pending list, which every read of a large node adds up, short. The additive upsert into the
cells is exact under concurrent writers.

The SQL function keeps its name `reporting_fold` (migration 0007): renaming it would need a migration
for no change of behaviour.
"""

from django.db import connection, transaction

from danvan.reporting.models import RollupPending
from danvan.reporting.rollup.nodes import cell_nodes
from danvan.reporting.rollup.storage import Deltas, add_to_cells, loads, pending_sql

# pg_try_advisory_xact_lock(COMPACT_LOCK, form id): one compaction of a form at a time, the same key as
# `reporting_fold` takes in SQL.
COMPACT_LOCK = 1383034988
COMPACT_CHUNK = 1000


def compact(form) -> int:
    """Add the differences of the form's pending unit-periods (current figures − held) to the cells above
    them and empty the list, in the current transaction — or a new one.

    Readers see cells and pending rows in one statement, so before and after they read the same figures.
    On PostgreSQL a compaction already under way for the form makes this one return at once (its rows
    go with the next), and rows locked by approvals not yet committed are skipped (SKIP LOCKED): a
    compaction never waits for an approval. PostgreSQL compacts in one call of `reporting_fold`, SQLite
    here. Returns the number of unit-periods compacted."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            return _compact_in_database(form)
        return _compact_in_python(form)


def _compact_in_database(form) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reporting_fold(%s)", [form.pk])
        return cursor.fetchone()[0]


def _compact_in_python(form) -> int:
    """`compact` with the arithmetic here (SQLite; on PostgreSQL too, to check the SQL function against)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", [COMPACT_LOCK, form.pk])
            if not cursor.fetchone()[0]:
                return 0
    # Lock first, read after (as `reporting_fold` does, and why: migration 0007).
    ids = list(RollupPending.objects.unscoped().select_for_update(skip_locked=True).filter(form=form)
               .order_by("pk").values_list("pk", flat=True))
    rows = []
    with connection.cursor() as cursor:
        for i in range(0, len(ids), COMPACT_CHUNK):
            chunk = ids[i:i + COMPACT_CHUNK]
            cursor.execute("SELECT p.id, p.line_path, p.area_node, p.period, p.held, u.figures "
                           + pending_sql(f"p.id IN ({', '.join(['%s'] * len(chunk))})"), chunk)
            rows += cursor.fetchall()
    deltas = Deltas()
    nodes: dict[tuple[str, str], list] = {}
    for _, line_path, area_path, period, held, figures in rows:
        if (line_path, area_path) not in nodes:
            nodes[(line_path, area_path)] = cell_nodes(line_path, area_path)
        deltas.add(nodes[(line_path, area_path)], period, loads(held), loads(figures))
    add_to_cells(form.pk, deltas.cells)
    for i in range(0, len(ids), COMPACT_CHUNK):
        RollupPending.objects.unscoped().filter(pk__in=ids[i:i + COMPACT_CHUNK]).delete()
    return len(rows)
