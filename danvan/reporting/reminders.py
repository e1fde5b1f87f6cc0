"""The daily reminder task (Django tasks, database backend): runs, then schedules itself for tomorrow.

It re-queues itself under its import path, `danvan.reporting.reminders.send_reminders_daily`: moving or
renaming it would leave the queued run pointing nowhere (docs/operations.md, "Upgrading").
"""

from datetime import datetime, time, timedelta

from django.tasks import task
from django.utils import timezone

from danvan.reporting.services.reminders import send_reminders

REMINDER_HOUR = time(7, 0)


def next_run(now: datetime | None = None) -> datetime:
    now = timezone.localtime(now)
    run = timezone.make_aware(datetime.combine(now.date(), REMINDER_HOUR))
    return run if run > now else run + timedelta(days=1)


@task()
def send_reminders_daily(reschedule: bool = True) -> dict:
    result = send_reminders(None)
    if reschedule:
        send_reminders_daily.using(run_after=next_run()).enqueue(reschedule=True)
    return result
