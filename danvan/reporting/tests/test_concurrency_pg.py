"""Approvals committing at the same time on PostgreSQL still leave the roll-up exact.

Runs in its own pytest process (`-m concurrency`): a transactional test flushes the database at the
end, which would remove the divisions the rest of the session shares.
"""

import threading

import pytest
from django.db import connection, connections

from danvan.org.models import Area, Unit
from danvan.reporting import rollup, services
from danvan.reporting.models import ReportForm, RollupCell, Submission
from danvan.reporting.periods import parse_period
from danvan.reporting.rollup.tasks import compact_rollup
from danvan.reporting.selectors import SUBMISSION_LOADS, reports

pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL "
                       "(SQLite serialises every write)"),
]

THREADS = 8
MONTHS = ["2026-01", "2026-02", "2026-03"]


def _approve_all(reviewer, submission_ids, barrier, errors, batch, read_first=False):
    """One by one (batch 1, as from a report's page) or in batches (as from the review queue). `read_first`:
    each report read with its form and unit just before, as the report's page does (the conditional
    UPDATE of `services._review`); else a bare id (the lock and re-read)."""
    try:
        barrier.wait(timeout=30)
        for i in range(0, len(submission_ids), batch):
            chunk = [Submission(pk=pk) for pk in submission_ids[i:i + batch]]
            if batch == 1:
                if read_first:
                    chunk = [Submission.objects.select_related(*SUBMISSION_LOADS).get(pk=chunk[0].pk)]
                services.approve_submission(reviewer, chunk[0])
            else:
                result = services.bulk_approve(reviewer, chunk)
                assert not result["errors"], result["errors"]
    except Exception as exc:  # reported by the main thread
        errors.append(exc)
    finally:
        connections.close_all()


def _fold_until(form, done, errors):
    """The worker: runs the queued fold over and over while the approvals go on."""
    try:
        while not done.wait(0.002):
            compact_rollup.call(form.pk)
    except Exception as exc:  # reported by the main thread
        errors.append(exc)
    finally:
        connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_concurrent_approvals_keep_the_rollup_equal_to_a_recomputation(world, settings):
    # Folds every few rows, racing the approvals: a worker thread folding all along, and every 48 rows an
    # approval folding itself (the backlog), both at once.
    settings.ROLLUP_FOLD_AT, settings.ROLLUP_FOLD_BACKLOG = 12, 4
    form = ReportForm.objects.get(code="BC-DV-THANG")
    province = world.a.province
    communes = list(Area.objects.filter(parent=province, level="commune").order_by("code")[:4])
    units = list(Unit.objects.filter(area__in=communes, closed_on__isnull=True).order_by("line_path"))
    assert len({u.area_id for u in units}) == 4 and len(units) >= 30
    ids = []
    for i, unit in enumerate(units):
        for j, month in enumerate(MONTHS):
            s = services.create_submission(None, form=form, unit=unit, period=month,
                                           values={"QUA_SL": 10 + i, "QUA_GT": (10 + i) * 400_000,
                                                   "GAO_TAN": f"{i % 5}.25", "DVK_TONG": i + j})
            services.submit_submission(None, s)
            ids.append(s.pk)
    # Interleaved, so that every thread writes cells of every commune and of the province at once.
    chunks = [ids[k::THREADS] for k in range(THREADS)]
    barrier, errors = threading.Barrier(THREADS), []
    # Half the threads approve one report at a time, half in batches of 4: both paths lock and add alike.
    # The one-by-one threads alternate between reports read first (the conditional UPDATE) and bare ids.
    threads = [threading.Thread(target=_approve_all, args=(world.a.reviewer, chunk, barrier, errors,
                                                           1 + 3 * (k % 2), k % 4 == 0))
               for k, chunk in enumerate(chunks)]
    done = threading.Event()
    worker = threading.Thread(target=_fold_until, args=(form, done, errors))
    worker.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    done.set()
    worker.join(timeout=60)
    assert not errors, errors
    assert Submission.objects.filter(pk__in=ids, status="approved").count() == len(ids)

    indicators = reports.form_indicators(form)
    country = Area.objects.get(era="current", level="country")
    _check_equal(form, world, units, communes, country, indicators)
    assert RollupCell.objects.filter(form=form).exists()  # folds ran during the approvals
    rollup.compact(form)  # what is left pending, compacted: the same answers
    _check_equal(form, world, units, communes, country, indicators)
    answer = reports.rollup_answer(form, parse_period("2026-Q1"), unit=world.a.btgdv)
    assert answer["units_counted"] == len(units)


def _check_equal(form, world, units, communes, country, indicators):
    province = world.a.province
    for period in [*MONTHS, "2026-Q1", "2026-H1", "2026"]:
        for unit in [world.a.btgdv, *[u for u in units if u.kind.code == "dang-uy"]]:
            fast = rollup.values_at(form, "U" + unit.line_path, period, indicators)
            slow = rollup.recompute_from_scratch(form, period, line_prefix=unit.line_path, indicators=indicators)
            assert fast == slow, (unit.line_path, period)
        for area in [country, province, *communes]:
            fast = rollup.values_at(form, rollup.area_node(area), period, indicators)
            assert fast == rollup.recompute_from_scratch(form, period, area=area, indicators=indicators), (
                area.path, period)
