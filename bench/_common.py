"""Shared pieces of the benchmarks: Django set-up, bulk data generation and a set-based roll-up filler.

Bulk-inserted (not through services, for speed): submissions, their values, `UnitPeriodValue` and
`RollupCell` rows. What is measured afterwards always goes through the real code: the approve service
(which runs `rollup.refresh_unit`), `reports.rollup_answer` and `rollup.recompute_from_scratch`.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")  # development settings; the query log is switched off below
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # no per-query logging while measuring


def timed(func, repeat: int) -> dict:
    """p50/p95 in milliseconds of `repeat` calls (after one warm-up call); returns the last result too."""
    result = func()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"p50": round(statistics.median(samples), 3),
            "p95": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 3), "result": result}


def _aware(day: date, hour: int) -> datetime:
    from django.utils import timezone

    return timezone.make_aware(datetime(day.year, day.month, day.day, hour), timezone.get_default_timezone())


def generate(form, units, months, *, pending_share: float, seed: int = 2026) -> dict:
    """Bulk-insert one report per (unit, month) with all indicator values: approved, except a random
    `pending_share` left submitted for the approval benchmark. Units are processed in chunks so memory
    stays flat. Returns {"submissions": n, "values": n, "pending": n}."""
    from danvan.reporting.deadlines import deadline_for
    from danvan.reporting.models import Submission

    rng = random.Random(seed)
    indicators = [fi.indicator for fi in form.form_indicators.select_related("indicator")]
    deadlines = {p.code: deadline_for(form, p) for p in months}
    counts = {"submissions": 0, "values": 0, "pending": 0}
    stock: dict[int, int] = {}
    for start in range(0, len(units), 1000):
        subs = []
        for unit in units[start:start + 1000]:
            for period in months:
                pending = rng.random() < pending_share
                submitted = _aware(period.end + timedelta(days=1), 9)
                subs.append(Submission(
                    form=form, unit=unit, period=period.code, period_start=period.start, period_end=period.end,
                    deadline=deadlines[period.code], status="submitted" if pending else "approved",
                    first_submitted_at=submitted, submitted_at=submitted,
                    approved_at=None if pending else submitted + timedelta(days=2), line_path=unit.line_path))
                counts["pending"] += pending
        Submission.objects.bulk_create(subs, batch_size=2000)
        values = []
        for sub in subs:
            gifts = rng.randint(5, 120)
            stock[sub.unit_id] = stock.get(sub.unit_id, rng.randint(2, 8)) + (rng.random() < 0.15)
            raw = {"QUA_SL": gifts, "QUA_GT": gifts * rng.randrange(300, 501, 10) * 1000,
                   "GAO_TAN": round(rng.uniform(0, 2), 2), "DVK_TONG": stock[sub.unit_id]}
            for indicator in indicators:
                values.append((sub.pk, indicator.pk, raw.get(indicator.code, rng.randint(0, 12))))
        _insert_values(values)
        counts["submissions"] += len(subs)
        counts["values"] += len(values)
    return counts


def _insert_values(rows: list[tuple]) -> None:
    """(submission id, indicator id, value) rows: COPY on PostgreSQL, bulk_create elsewhere."""
    from django.db import connection

    from danvan.reporting.models import SubmissionValue

    if connection.vendor == "postgresql":
        with connection.cursor() as cur, cur.cursor.copy(
                f"COPY {SubmissionValue._meta.db_table} (submission_id, indicator_id, value) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        SubmissionValue.objects.bulk_create([SubmissionValue(submission_id=a, indicator_id=b, value=c)
                                             for a, b, c in rows], batch_size=5000)


def fill_rollup(form, months, units) -> dict:
    """Set-based equivalent of `rollup.rebuild(form)`: the same UnitPeriodValue and RollupCell rows, built
    with a few INSERT … SELECT statements instead of one `refresh_unit` per approved submission."""
    from django.db import connection, transaction

    from danvan.reporting import rollup
    from danvan.reporting.models import RollupCell, UnitPeriodValue

    started = time.perf_counter()
    pmap = [(m.code, p.code) for m in months for p in rollup.containing_periods(m)]
    nodes = [(u.pk, node) for u in units for node in rollup.unit_nodes(u)]
    upv, cell = UnitPeriodValue._meta.db_table, RollupCell._meta.db_table
    source = """FROM reporting_submission s
        JOIN bench_pmap m ON m.month = s.period
        JOIN org_unit u ON u.id = s.unit_id
        JOIN org_area a ON a.id = u.area_id
        WHERE s.form_id = %s AND s.status = 'approved'"""
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS bench_pmap")
        cur.execute("DROP TABLE IF EXISTS bench_unode")
        cur.execute("CREATE TEMPORARY TABLE bench_pmap (month varchar(10), period varchar(10))")
        cur.execute("CREATE TEMPORARY TABLE bench_unode (unit_id bigint, node varchar(300))")
        cur.executemany("INSERT INTO bench_pmap VALUES (%s, %s)", pmap)
        for i in range(0, len(nodes), 5000):
            cur.executemany("INSERT INTO bench_unode VALUES (%s, %s)", nodes[i:i + 5000])
        cur.execute("CREATE INDEX bench_unode_unit ON bench_unode (unit_id)")
        UnitPeriodValue.objects.filter(form=form).delete()
        RollupCell.objects.filter(form=form).delete()
        columns = f"INSERT INTO {upv} (form_id, unit_id, indicator_code, period, value, line_path, area_node) "
        anode = "'A' || a.era || ':' || a.path"
        # Presence: 1 per unit and period with approved data.
        cur.execute(columns + f"SELECT DISTINCT s.form_id, s.unit_id, '', m.period, 1, u.line_path, {anode} "
                    + source, [form.pk])
        # Flows: the sum of the months.
        cur.execute(columns + f"""SELECT s.form_id, s.unit_id, i.code, m.period, SUM(v.value), u.line_path, {anode}
            {source.replace("WHERE", "JOIN reporting_submissionvalue v ON v.submission_id = s.id "
                                     "JOIN reporting_indicator i ON i.id = v.indicator_id WHERE")}
              AND i.aggregation_time = 'sum'
            GROUP BY s.form_id, s.unit_id, i.code, m.period, u.line_path, a.era, a.path""", [form.pk])
        # Stocks: the value of the latest month.
        cur.execute(columns + f"""SELECT form_id, unit_id, code, period, value, line_path, anode FROM (
            SELECT s.form_id, s.unit_id, i.code, m.period, v.value, u.line_path, {anode} AS anode,
                   ROW_NUMBER() OVER (PARTITION BY s.unit_id, i.code, m.period ORDER BY s.period_end DESC) AS rn
            {source.replace("WHERE", "JOIN reporting_submissionvalue v ON v.submission_id = s.id "
                                     "JOIN reporting_indicator i ON i.id = v.indicator_id WHERE")}
              AND i.aggregation_time = 'last') ranked WHERE rn = 1""", [form.pk])
        cur.execute(f"""INSERT INTO {cell} (form_id, node, period, indicator_code, total, count)
            SELECT p.form_id, n.node, p.period, p.indicator_code, SUM(p.value), COUNT(*)
            FROM {upv} p JOIN bench_unode n ON n.unit_id = p.unit_id WHERE p.form_id = %s
            GROUP BY p.form_id, n.node, p.period, p.indicator_code""", [form.pk])
        cur.execute("DROP TABLE bench_pmap")
        cur.execute("DROP TABLE bench_unode")
    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    return {"seconds": round(time.perf_counter() - started, 1),
            "unit_period_values": UnitPeriodValue.objects.filter(form=form).count(),
            "cells": RollupCell.objects.filter(form=form).count()}
