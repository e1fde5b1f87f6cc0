"""The daily reminder task (Django tasks, database backend): runs, then schedules itself for tomorrow."""

from datetime import datetime, time, timedelta

from django.tasks import task
from django.utils import timezone

REMINDER_HOUR = time(7, 0)


def next_run(now: datetime | None = None) -> datetime:
    now = timezone.localtime(now)
    run = timezone.make_aware(datetime.combine(now.date(), REMINDER_HOUR))
    return run if run > now else run + timedelta(days=1)


@task()
def send_reminders_daily(reschedule: bool = True) -> dict:
    from danvan.reporting.services import send_reminders

    result = send_reminders(None)
    if reschedule:
        send_reminders_daily.using(run_after=next_run()).enqueue(reschedule=True)
    return result
