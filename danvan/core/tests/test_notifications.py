"""In-app notices: plain ones (`notify`) and grouped ones (`notify_grouped`) that add up while unread."""

from types import SimpleNamespace

import pytest
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import timezone

from danvan.core import notifications
from danvan.core.models import Notification
from danvan.core.notifications import notify, notify_grouped
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/bao-cao/duyet/?form=BC-DV-THANG&period=2026-03"
SMTP = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}}


@pytest.fixture
def reviewer():
    return UserFactory(username="duyet", email="duyet@example.org")


def unread(user, url=QUEUE):
    return Notification.objects.filter(user=user, url=url, read_at__isnull=True)


def test_a_burst_adds_up_in_one_unread_notice_with_the_latest_message_on_top(reviewer):
    notify_grouped([reviewer], "Xã A đã nộp báo cáo.", QUEUE)
    first = unread(reviewer).get()
    notify_grouped([reviewer, reviewer], "Xã B đã nộp báo cáo.", QUEUE)  # a user listed twice counts once
    notice = unread(reviewer).get()
    assert (notice.pk, notice.count, notice.message, notice.grouped) == (first.pk, 2, "Xã B đã nộp báo cáo.", True)
    assert notice.created_at >= first.created_at


def test_each_user_adds_up_on_their_own_and_inactive_users_get_nothing(reviewer):
    other = UserFactory(username="duyet-2")
    gone = UserFactory(username="da-nghi", is_active=False)
    notify_grouped([reviewer], "Xã A đã nộp báo cáo.", QUEUE)
    notify_grouped([reviewer, other, gone, None], "Xã B đã nộp báo cáo.", QUEUE)
    assert unread(reviewer).get().count == 2
    assert unread(other).get().count == 1
    assert not Notification.objects.filter(user=gone).exists()
    notify_grouped([], "Không ai.", QUEUE)
    assert Notification.objects.count() == 2


def test_a_read_notice_is_left_alone_and_the_next_event_starts_a_new_one(reviewer):
    notify_grouped([reviewer], "Xã A đã nộp báo cáo.", QUEUE)
    unread(reviewer).update(read_at=timezone.now())
    notify_grouped([reviewer], "Xã B đã nộp báo cáo.", QUEUE)
    notices = Notification.objects.filter(user=reviewer).order_by("pk")
    assert [(n.count, n.read_at is None) for n in notices] == [(1, False), (1, True)]


def test_a_second_unread_grouped_notice_for_the_same_user_and_url_is_refused_by_the_database(reviewer):
    Notification.objects.create(user=reviewer, message="Xã A đã nộp báo cáo.", url=QUEUE, grouped=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Notification.objects.create(user=reviewer, message="Xã B đã nộp báo cáo.", url=QUEUE, grouped=True)
    # Read, it no longer counts: a new unread one may follow.
    unread(reviewer).update(read_at=timezone.now())
    Notification.objects.create(user=reviewer, message="Xã B đã nộp báo cáo.", url=QUEUE, grouped=True)


def test_plain_notices_may_repeat_a_url_and_are_not_absorbed_by_a_group(reviewer):
    report = "/bao-cao/7/"
    notify([reviewer], "Báo cáo bị trả lại: thiếu số liệu.", report)
    notify([reviewer], "Báo cáo bị trả lại: sai đơn vị tính.", report)
    assert unread(reviewer, report).count() == 2
    notify_grouped([reviewer], "Đã nộp lại.", report)
    notify_grouped([reviewer], "Đã nộp lại lần nữa.", report)
    assert sorted(unread(reviewer, report).values_list("grouped", "count")) == [(False, 1), (False, 1), (True, 2)]


@override_settings(MAILERS=SMTP)
def test_only_a_new_notice_is_mailed_not_one_that_adds_up(reviewer, monkeypatch, django_capture_on_commit_callbacks):
    other = UserFactory(username="duyet-2", email="duyet2@example.org")
    sent = []
    monkeypatch.setattr(notifications, "send_notification_email", SimpleNamespace(enqueue=lambda *a: sent.append(a)))
    with django_capture_on_commit_callbacks(execute=True):
        notify_grouped([reviewer], "Xã A đã nộp báo cáo.", QUEUE)
    with django_capture_on_commit_callbacks(execute=True):
        notify_grouped([reviewer, other], "Xã B đã nộp báo cáo.", QUEUE)
    assert sent == [(["duyet@example.org"], "Xã A đã nộp báo cáo.", QUEUE),
                    (["duyet2@example.org"], "Xã B đã nộp báo cáo.", QUEUE)]
