"""The demo's year of history does not leave its users a year of unread notices."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied

from danvan.core.management.commands.demo import DemoContext
from danvan.core.models import AuditEvent, Notification
from danvan.reporting import demo

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 23)
LATEST = "2026-11"
LATEST_NAME = "tháng 11/2026"  # how the notices name the period (issue 13 item 12: names, not codes)


def _load(world) -> list[str]:
    messages: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    demo.load(ctx, communes=1, rest_latest=False, today=TODAY)
    return messages


def test_only_the_latest_month_notices_stay_unread_after_the_demo(world):
    messages = _load(world)
    notices = Notification.objects.filter(user__in=[world.a.reporter, world.a.reviewer])
    assert notices.filter(read_at__isnull=False).exists()
    unread = list(notices.filter(read_at__isnull=True))
    assert unread, "the latest month, still under review, keeps its notices"
    assert all(LATEST_NAME in n.message for n in unread), [n.message for n in unread]
    # The history's notices are there, read: the reporter was told of the older approvals.
    read = notices.filter(user=world.a.reporter, read_at__isnull=False)
    assert read.filter(message__contains="đã được duyệt").exclude(message__contains=LATEST_NAME).exists()
    # One grouped review notice per older month, read; the latest month's is the reviewer's only unread one.
    assert [n.message for n in unread if n.user == world.a.reviewer and "đã nộp báo cáo" in n.message] != []
    event = AuditEvent.objects.get(action="reporting.demo.read_history_notices")
    assert event.after["count"] == Notification.objects.filter(read_at__isnull=False).count()
    assert "thông báo về các tháng trước đánh dấu đã đọc" in messages[-1]


def test_marking_history_read_is_for_the_system_or_an_administrator(world):
    with pytest.raises(PermissionDenied):
        demo.mark_history_notices_read(world.a.reviewer, urls=["/bao-cao/1/"])
    assert demo.mark_history_notices_read(world.admin, urls=["/bao-cao/1/"]) == 0
    assert not AuditEvent.objects.filter(action="reporting.demo.read_history_notices").exists()
