"""Grouped notices on PostgreSQL: two reports arriving at once, and the migration that merges old duplicates.

SQLite needs neither: its transactions take the write lock when they begin (IMMEDIATE), so two writers never
interleave, and its schema editor cannot run inside the test's transaction.
"""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from danvan.core.models import Notification
from danvan.core.notifications import notify_grouped
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")

QUEUE = "/bao-cao/duyet/?form=BC-DV-THANG&period=2026-03"
BEFORE, MERGED, AFTER = [("core", name) for name in
                         ("0003_notification_count", "0004_notification_grouped", "0005_notification_one_unread_group")]


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True)
def test_two_reports_arriving_at_once_leave_one_unread_notice_counting_both():
    reviewer = UserFactory(username="duyet")
    first_wrote, second_started, errors = threading.Event(), threading.Event(), []

    def first():
        try:
            with transaction.atomic():
                notify_grouped([reviewer], "Xã A đã nộp báo cáo.", QUEUE)
                first_wrote.set()
                second_started.wait(timeout=10)
                time.sleep(0.5)  # still uncommitted while the second one writes
        except Exception as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            connections.close_all()

    def second():
        try:
            first_wrote.wait(timeout=10)
            with transaction.atomic():
                second_started.set()
                notify_grouped([reviewer], "Xã B đã nộp báo cáo.", QUEUE)
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    notice = Notification.objects.get(user=reviewer)
    assert (notice.count, notice.message, notice.read_at) == (2, "Xã B đã nộp báo cáo.", None)


@pytest.mark.django_db
def test_the_migration_merges_unread_duplicates_into_the_newest_and_keeps_plain_notices():
    # PostgreSQL's DDL is transactional: going back to 0003 and forward again is undone with the test.
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps.get_model("core", "Notification")
    reviewer, other = UserFactory(username="duyet"), UserFactory(username="duyet-2")
    now = timezone.now()

    def row(user, message, url, *, count=1, minutes_ago=0, read=False):
        pk = old.objects.create(user_id=user.pk, message=message, url=url, count=count,
                                read_at=now if read else None).pk
        old.objects.filter(pk=pk).update(created_at=now - timedelta(minutes=minutes_ago))
        return pk

    row(reviewer, "Xã A đã nộp báo cáo.", QUEUE, count=3, minutes_ago=5)
    newest = row(reviewer, "Xã B đã nộp báo cáo.", QUEUE, minutes_ago=1)
    row(reviewer, "Xã C đã nộp báo cáo.", QUEUE, count=2, minutes_ago=9)
    read = row(reviewer, "Đã đọc.", QUEUE, minutes_ago=60, read=True)
    alone = row(other, "Xã A đã nộp báo cáo.", QUEUE)
    returned = [row(reviewer, f"Báo cáo bị trả lại: lý do {n}.", "/bao-cao/7/") for n in (1, 2)]

    # Each migration commits on its own under `migrate`; here one transaction holds them all, so the rows'
    # deferred foreign-key checks are fired by hand before each schema change (PostgreSQL refuses pending ones).
    for target in (MERGED, AFTER):
        connection.check_constraints()
        executor = MigrationExecutor(connection)
        executor.migrate([target])
    rows = {n.pk: n for n in Notification.objects.all()}
    assert sorted(rows) == sorted([newest, read, alone, *returned])
    assert (rows[newest].count, rows[newest].message, rows[newest].grouped) == (6, "Xã B đã nộp báo cáo.", True)
    assert rows[read].grouped and rows[read].count == 1 and rows[alone].grouped
    assert not any(rows[pk].grouped for pk in returned)
    notify_grouped([reviewer], "Xã D đã nộp báo cáo.", QUEUE)  # adds up into the merged notice
    assert Notification.objects.get(pk=newest).count == 7
