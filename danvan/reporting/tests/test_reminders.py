"""Reminders go only to units that have not submitted, once per step."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.core.models import Notification
from danvan.org.models import Unit
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
    own = f"Báo cáo công tác dân vận tháng, tháng 10/2026 của {world.a.commune_party.name} sắp"
    assert Notification.objects.filter(user=world.a.reporter, message__contains=own).count() == 1
    total = Notification.objects.count()
    again = services.send_reminders(None, today=day_before)
    assert again["sent"] == 0
    assert Notification.objects.count() == total


def test_no_reminder_on_a_day_that_is_no_step(world):
    assert services.send_reminders(None, today=date(2026, 10, 25))["sent"] == 0


def test_daily_task_runs_and_reschedules(world, settings):
    from danvan.reporting.reminders import next_run, send_reminders_daily

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    result = send_reminders_daily.enqueue(reschedule=False)
    assert result.status == "SUCCESSFUL"
    assert next_run().hour == 7


def test_units_without_a_reporter_of_their_own_are_reminded_through_the_unit_above(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    union = Unit.objects.get(area=world.a.commune, kind__code="cong-doan", closed_on__isnull=True)
    other_commune = Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy").exclude(
        pk=world.a.commune_party.pk).order_by("pk")[0]
    services.send_reminders(None, today=deadline_for(form, parse_period("2026-10")) - timedelta(days=1))

    def reminded(user, unit) -> int:
        text = f"Báo cáo công tác dân vận tháng, tháng 10/2026 của {unit.name} sắp"
        return Notification.objects.filter(user=user, message__contains=text).count()

    assert reminded(world.a.reporter, union) == 1  # through the commune's party committee
    assert reminded(world.a.reviewer, other_commune) == 0  # the province's reviewers are not reminded for it
    assert not Notification.objects.filter(user=world.a.reviewer, message__contains=f"của {union.name} ").exists()


def test_reminders_look_up_the_reporters_of_all_units_of_a_step_at_once(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    day_before = deadline_for(form, parse_period("2026-10")) - timedelta(days=1)
    with CaptureQueriesContext(connection) as ctx:
        result = services.send_reminders(None, today=day_before)
    assert result["sent"] > 100 and len(result["steps"]) == 2
    lookups = [q for q in ctx.captured_queries if '"accounts_membership"' in q["sql"]]
    assert len(lookups) == len(result["steps"])
