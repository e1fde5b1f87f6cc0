"""Reminders go only to units that have not submitted, once per step."""

from datetime import date, timedelta

import pytest

from danvan.core.models import Notification
from danvan.reporting import services
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import Reminder, ReportForm
from danvan.reporting.periods import parse_period

pytestmark = pytest.mark.django_db


def test_reminders_skip_units_that_submitted_and_are_sent_once(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    period = parse_period("2026-10")
    deadline = deadline_for(form, period)
    s = services.create_submission(None, form=form, unit=world.a.commune_front, period="2026-10")
    services.submit_submission(None, s)
    day_before = deadline - timedelta(days=1)
    result = services.send_reminders(None, today=day_before)
    assert result["steps"] == ["BC-DV-THANG 2026-10 -1", "BC-TTND-THANG 2026-10 -1"]
    reminded = set(Reminder.objects.filter(form=form, period="2026-10").values_list("unit_id", flat=True))
    assert world.a.commune_party.pk in reminded and world.a.commune_front.pk not in reminded
    assert Notification.objects.filter(user=world.a.reporter, message__contains="BC-DV-THANG kỳ 2026-10").count() == 1
    again = services.send_reminders(None, today=day_before)
    assert again["sent"] == 0
    assert Notification.objects.filter(user=world.a.reporter, message__contains="BC-DV-THANG kỳ 2026-10").count() == 1


def test_no_reminder_on_a_day_that_is_no_step(world):
    assert services.send_reminders(None, today=date(2026, 10, 25))["sent"] == 0


def test_daily_task_runs_and_reschedules(world, settings):
    from danvan.reporting.reminders import next_run, send_reminders_daily

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    result = send_reminders_daily.enqueue(reschedule=False)
    assert result.status == "SUCCESSFUL"
    assert next_run().hour == 7
