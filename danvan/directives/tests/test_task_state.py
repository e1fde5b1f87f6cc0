"""Key tasks' derived state in SQL: every filter of the list and the desk's counts equal the derived progress
(rules.derived_progress, read fresh), whatever the number of tasks; a parent's rolled-up status follows every
report, withdrawal and new child."""

from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.core.text import fold
from danvan.directives.choices import TaskStatus
from danvan.directives.desk import tasks_tile
from danvan.directives.models import Task
from danvan.directives.selectors import tasks as selectors
from danvan.directives.services.tasks import report_progress, withdraw_progress
from danvan.directives.tests.conftest import task

pytestmark = pytest.mark.django_db
TODAY = date(2026, 7, 15)
DAYS = [date(2026, 6, 1), TODAY, date(2026, 8, 1), date(2027, 1, 10)]  # before, between and after the deadlines


@pytest.fixture
def forest(world):
    """Trees in every state: a parent half done, a parent all done, a leaf reported late, a parent that had a
    report of its own before it was broken down, plain leaves with deadlines around TODAY."""
    a = world.a
    half = task(a.reviewer, a.btgdv, title="Nửa xong", deadline=date(2026, 7, 10))
    done_kid = task(a.reporter, a.commune_party, title="Con xong", parent=half, deadline=date(2026, 7, 5))
    task(a.reporter, a.commune_party, title="Con chưa", parent=half, deadline=date(2026, 7, 20))
    report_progress(a.reporter, done_kid, status="done", percent=100, reported_on=date(2026, 7, 1))
    all_done = task(a.reviewer, a.btgdv, title="Xong cả", deadline=date(2026, 7, 1))
    middle = task(a.reporter, a.commune_party, title="Cấp giữa", parent=all_done, deadline=date(2026, 7, 1))
    leaf = task(a.reporter, a.commune_front, title="Cấp cháu", parent=middle, deadline=date(2026, 7, 1))
    report_progress(a.reporter, leaf, status="done", percent=100, reported_on=date(2026, 6, 30))
    reported_late = task(a.reporter, a.commune_party, title="Báo chậm", deadline=date(2026, 7, 18))
    report_progress(a.reporter, reported_late, status="late", percent=20, reported_on=date(2026, 7, 1))
    broken = task(a.reviewer, a.btgdv, title="Báo rồi mới chia", deadline=date(2026, 7, 19))
    report_progress(a.reviewer, broken, status="late", percent=10, reported_on=date(2026, 7, 1))
    task(a.reporter, a.commune_party, title="Chia sau", parent=broken, deadline=date(2026, 7, 19))
    moving = task(a.reporter, a.commune_party, title="Đang làm", deadline=date(2026, 7, 21))
    report_progress(a.reporter, moving, status="in_progress", percent=50, reported_on=date(2026, 7, 1))
    task(a.reporter, a.commune_party, title="Chưa làm", deadline=date(2026, 7, 16))
    task(a.reporter, a.commune_party, title="Quá hạn", deadline=date(2026, 7, 2))
    return world


def _derived(user, today):
    tasks = list(selectors.task_queryset(user, today=today))
    progress = selectors.progress_of(tasks, today)
    return {t.pk: progress[t.pk] for t in tasks}


def _ids(qs) -> set[int]:
    return set(qs.values_list("pk", flat=True))


@pytest.mark.parametrize("today", DAYS)
def test_every_sql_filter_equals_the_derived_progress(forest, today):
    user = forest.a.reviewer
    derived = _derived(user, today)
    assert len(derived) == 12
    for status in TaskStatus.values:
        expected = {pk for pk, p in derived.items() if p.shown == status}
        assert _ids(selectors.task_queryset(user, status=status, today=today)) == expected, status
    late = {pk for pk, p in derived.items() if p.late}
    assert _ids(selectors.task_queryset(user, late=True, today=today)) == late
    assert _ids(selectors.task_queryset(user, late=False, today=today)) == set(derived) - late
    deadlines = dict(Task.objects.unscoped().values_list("pk", "deadline"))
    due = {pk for pk, p in derived.items() if not p.late and p.status != TaskStatus.DONE
           and today <= deadlines[pk] <= today + timedelta(days=7)}
    assert _ids(selectors.task_queryset(user, due_within=7, today=today)) == due
    assert selectors.task_counts(user, forest.a.btgdv, today, 7) == {"late": len(late), "due": len(due)}


def test_a_parents_rolled_status_follows_reports_withdrawals_and_new_children(world):
    a = world.a
    parent = task(a.reviewer, a.btgdv, title="Cha", deadline=date(2026, 7, 1))
    assert Task.objects.unscoped().get(pk=parent.pk).rolled_status is None  # no child: its own report counts
    middle = task(a.reporter, a.commune_party, title="Giữa", parent=parent, deadline=date(2026, 7, 1))
    leaf = task(a.reporter, a.commune_front, title="Lá", parent=middle, deadline=date(2026, 7, 1))

    def rolled():
        return dict(Task.objects.unscoped().filter(pk__in=[parent.pk, middle.pk]).values_list("pk", "rolled_status"))

    assert rolled() == {parent.pk: "not_started", middle.pk: "not_started"}
    report_progress(a.reporter, leaf, status="done", percent=100, reported_on=date(2026, 6, 1))
    assert rolled() == {parent.pk: "done", middle.pk: "done"}
    assert _ids(selectors.task_queryset(a.reviewer, late=True, today=TODAY)) == set()
    leaf.refresh_from_db()
    withdraw_progress(a.reporter, leaf, version=leaf.version)
    assert rolled() == {parent.pk: "not_started", middle.pk: "not_started"}
    report_progress(a.reporter, leaf, status="in_progress", percent=30, reported_on=date(2026, 6, 2))
    assert rolled() == {parent.pk: "in_progress", middle.pk: "in_progress"}
    report_progress(a.reporter, leaf, status="done", percent=100, reported_on=date(2026, 6, 3))
    task(a.reporter, a.commune_party, title="Con mới", parent=parent, deadline=date(2026, 7, 1))
    assert rolled() == {parent.pk: "in_progress", middle.pk: "done"}  # a new child is not started: not all done
    late = _ids(selectors.task_queryset(a.reviewer, late=True, today=TODAY))
    assert parent.pk in late and middle.pk not in late


def _bulk_late_tasks(unit, count: int, deadline: date) -> None:
    """More late tasks than the old desk read (2,000), inserted in bulk as bench/desk.py does: leaves whose report
    is the one on their row, so the services' roll-up has nothing to keep."""
    rows = [Task(unit=unit, line_path=unit.line_path, period="2026", title=f"Nhiệm vụ {i}",
                 title_folded=fold(f"Nhiệm vụ {i}"), deadline=deadline, status="in_progress", percent=10)
            for i in range(count)]
    Task.objects.bulk_create(rows, batch_size=500)


def test_the_desks_late_tasks_equal_the_lists_count_beyond_any_cap(client, forest):
    a = forest.a
    today = TODAY
    few = CaptureQueriesContext(connection)
    a.reviewer.forget_scope()
    with few:
        small = {str(f.label): f for f in tasks_tile(a.reviewer, a.btgdv, today)}
    _bulk_late_tasks(a.commune_party, 2100, date(2026, 7, 1))
    a.reviewer.forget_scope()
    many = CaptureQueriesContext(connection)
    with many:
        figures = {str(f.label): f for f in tasks_tile(a.reviewer, a.btgdv, today)}
    assert len(few.captured_queries) == len(many.captured_queries)
    late = figures["Nhiệm vụ trọng tâm quá hạn"]
    assert late.value == small["Nhiệm vụ trọng tâm quá hạn"].value + 2100
    assert late.value == selectors.task_queryset(a.reviewer, unit=a.btgdv, status="late", today=today).count()
    due = figures["Đến hạn trong 7 ngày"]
    assert due.value == selectors.task_queryset(a.reviewer, unit=a.btgdv, due_within=7, today=today).count() > 0
    assert "due=7" in due.url and f"unit={a.btgdv.pk}" in due.url and "status=late" in late.url


def _list_queries(client, params) -> tuple[int, Any]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/chi-dao/nhiem-vu/", params)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


def test_the_task_list_filters_due_in_sql_its_queries_do_not_grow_and_pages_keep_the_filter(client, world):
    from django.utils import timezone

    today = timezone.localdate()
    client.force_login(world.a.reviewer)
    _bulk_late_tasks(world.a.commune_party, 2, today + timedelta(days=2))
    _bulk_late_tasks(world.a.commune_party, 3, today + timedelta(days=9))  # not this week
    few, response = _list_queries(client, {"due": 7})
    assert response.context["paginator"].count == 2
    _bulk_late_tasks(world.a.commune_party, 70, today + timedelta(days=5))
    many, response = _list_queries(client, {"due": 7})
    assert response.context["paginator"].count == 72 and few == many
    page = response.content.decode()
    assert "due=7&amp;page=2" in page or "due=7&page=2" in page


def test_the_migration_fills_the_same_rolled_status_the_services_keep(forest):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("danvan.directives.migrations.0004_task_rolled_status")
    kept = dict(Task.objects.unscoped().values_list("pk", "rolled_status"))
    assert sorted(v for v in kept.values() if v) == ["done", "done", "in_progress", "not_started"]
    Task.objects.unscoped().update(rolled_status=None)
    migration.fill_rolled_status(apps, None)
    assert dict(Task.objects.unscoped().values_list("pk", "rolled_status")) == kept
