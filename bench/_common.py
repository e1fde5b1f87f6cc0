"""Shared pieces of the benchmarks: Django set-up, bulk data generation and a set-based roll-up filler.

Bulk-inserted (not through services, for speed): submissions and their values. The roll-up tables are
then filled by `rollup.rebuild`, and what is measured afterwards always goes through the real code: the
approve services (which run `rollup.refresh_units`), `reports.rollup_answer` and
`rollup.recompute_from_scratch`.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
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


class FoldWorker:
    """`danvan db_worker` in a child process for the span of a measurement, as production runs it: approvals
    on PostgreSQL queue their folds for it (`rollup._fold_when_due`). Nothing is started on SQLite, where
    approvals fold themselves, or with ROLLUP_FOLD_IN_WORKER=0. `summary()` says what it did."""

    def __init__(self):
        from django.conf import settings
        from django.db import connection

        self.wanted = connection.vendor == "postgresql" and settings.ROLLUP_FOLD_IN_WORKER
        self.process = None
        self.cpu_s = None

    def __enter__(self):
        import subprocess

        from django.utils import timezone

        self.since = timezone.now()
        if self.wanted:
            self.log = tempfile.NamedTemporaryFile("w+", suffix=".log")  # noqa: SIM115 (closed in __exit__)
            self.process = subprocess.Popen(
                [sys.executable, str(REPO / "manage.py"), "db_worker", "--no-reload", "--no-startup-delay"],
                env={**os.environ, "DEBUG": os.environ.get("DEBUG", "1")}, stdout=subprocess.DEVNULL,
                stderr=self.log)
            # Started and polling before the first approval (a production worker started long before).
            deadline = time.monotonic() + 60
            while "Starting worker" not in Path(self.log.name).read_text() and time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError("db_worker exited: " + Path(self.log.name).read_text()[-2000:])
                time.sleep(0.2)
            time.sleep(1)
        return self

    def __exit__(self, *exc):
        if self.process is not None:
            time.sleep(2)  # the last queued fold runs
            self.process.terminate()
            _, _, usage = os.wait4(self.process.pid, 0)
            self.cpu_s = round(usage.ru_utime + usage.ru_stime, 1)
            self.log.close()
        return False

    def summary(self) -> dict:
        from django_tasks_db.models import DBTaskResult

        from danvan.reporting.models import RollupPending
        from danvan.reporting.rollup.tasks import compact_rollup

        folds = DBTaskResult.objects.filter(task_path=compact_rollup.module_path, enqueued_at__gte=self.since)
        return {"fold_worker": self.wanted, "folds_queued": folds.count(),
                "folds_done": folds.filter(status="SUCCESSFUL").count(), "fold_worker_cpu_s": self.cpu_s,
                "pending_rows_after": RollupPending.objects.count()}


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


def generate(form, units, months, *, pending_share: float, seed: int = 2026, missing: dict | None = None,
             late_share: float = 0.0) -> dict:
    """Bulk-insert one report per (unit, month) with all indicator values: approved, except a random
    `pending_share` left submitted for the approval benchmark. Units are processed in chunks so memory
    stays flat. `missing` ({period code: share}) leaves that share of a month's units without a report (not
    yet sent); `late_share` of the reports are sent three days after their deadline. Returns
    {"submissions": n, "values": n, "pending": n, "missing": n, "late": n}."""
    from danvan.reporting.deadlines import deadline_for
    from danvan.reporting.models import Submission

    rng = random.Random(seed)
    indicators = [fi.indicator for fi in form.form_indicators.select_related("indicator")]
    deadlines = {p.code: deadline_for(form, p) for p in months}
    counts = {"submissions": 0, "values": 0, "pending": 0, "missing": 0, "late": 0}
    missing = missing or {}
    stock: dict[int, int] = {}
    for start in range(0, len(units), 1000):
        subs = []
        for unit in units[start:start + 1000]:
            for period in months:
                if missing and rng.random() < missing.get(period.code, 0.0):
                    counts["missing"] += 1
                    continue
                pending = rng.random() < pending_share
                late = late_share and rng.random() < late_share
                sent_on = deadlines[period.code] + timedelta(days=3) if late else period.end + timedelta(days=1)
                submitted = _aware(sent_on, 9)
                counts["late"] += bool(late)
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
                f"COPY {SubmissionValue._meta.db_table} (submission_id, indicator_id, value, override_reason) "
                "FROM STDIN") as copy:
            for row in rows:  # override_reason is NOT NULL without a database default: '' as the ORM writes
                copy.write_row((*row, ""))
    else:  # one prepared INSERT for every row: several times faster than building model instances
        with connection.cursor() as cur:
            cur.executemany(f"INSERT INTO {SubmissionValue._meta.db_table} (submission_id, indicator_id, value, "
                            "override_reason) VALUES (%s, %s, %s, '')", rows)


def fill_rollup(form) -> dict:
    """Fill UnitPeriodValue and RollupCell from the approved reports with `rollup.rebuild` (the code
    approvals run, `refresh_units`, 200 units at a time), then ANALYZE."""
    from django.db import connection

    from danvan.reporting import rollup
    from danvan.reporting.models import RollupCell, UnitPeriodValue

    started = time.perf_counter()
    rollup.rebuild(form)
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")
    return {"seconds": round(time.perf_counter() - started, 1),
            "unit_period_values": UnitPeriodValue.objects.filter(form=form).count(),
            "cells": RollupCell.objects.filter(form=form).count()}
