"""Reminders through the task worker: 3 working days before each deadline and on the day, once per step."""

from datetime import date

import pytest

from danvan.core.models import Notification
from danvan.petitions import services
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db


def _notices(user, code):
    return list(Notification.objects.filter(user=user, message__contains=code).values_list("message", flat=True))


def test_handlers_are_reminded_three_working_days_before_and_on_the_day_once_each(world, handler):
    # Received Mon 2/3/2026: acceptance due Thu 12/3; 3 working days before is Mon 9/3.
    p = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    assert p.acceptance_due == date(2026, 3, 12)
    assert services.send_deadline_reminders(None, today=date(2026, 3, 6))["petitions"] == 0
    assert services.send_deadline_reminders(None, today=date(2026, 3, 9))["petitions"] == 1
    services.send_deadline_reminders(None, today=date(2026, 3, 9))  # the worker runs twice: no second notice
    assert len(_notices(handler, p.code)) == 1 and "12/03/2026" in _notices(handler, p.code)[0]
    services.send_deadline_reminders(None, today=date(2026, 3, 12))
    services.send_deadline_reminders(None, today=date(2026, 3, 12))
    assert len(_notices(handler, p.code)) == 2 and "hôm nay" in _notices(handler, p.code)[0]
    assert _notices(world.a.reporter, p.code)  # the unit's reporter too
    assert not _notices(world.b.reviewer, p.code)


def test_the_next_step_gets_its_own_reminders_and_a_settled_petition_none(world, handler):
    p = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    p = services.accept_petition(world.a.reporter, p, accepted_on=date(2026, 3, 10))  # resolution due Thu 9/4
    services.send_deadline_reminders(None, today=date(2026, 4, 6))
    assert len(_notices(handler, p.code)) == 1
    services.answer_petition(world.a.reporter, p, answered_on=date(2026, 4, 8), result="Đã trả lời.")
    assert services.send_deadline_reminders(None, today=date(2026, 4, 9))["petitions"] == 0


def test_three_working_days_before_skips_holidays(world, handler):
    # A denunciation received Tue 21/4/2026 is due (7 working days) Tue 5/5; 3 working days before it, with
    # 30/4 and 1/5 off, is Tue 28/4 (4/5, 29/4, 28/4).
    p = receive(world.a.reporter, world.a.commune_party, kind="denunciation", received_on=date(2026, 4, 21))
    assert p.acceptance_due == date(2026, 5, 5)
    assert services.send_deadline_reminders(None, today=date(2026, 4, 30))["petitions"] == 0
    assert services.send_deadline_reminders(None, today=date(2026, 4, 28))["petitions"] == 1


def test_the_daily_task_runs_the_reminders(world, handler):
    from danvan.petitions.tasks import send_petition_reminders_daily

    receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 3, 2))
    result = send_petition_reminders_daily.call(reschedule=False, day="2026-03-09")
    assert result["petitions"] == 1
