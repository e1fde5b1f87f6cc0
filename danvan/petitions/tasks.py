"""The daily deadline reminder task (Django tasks, database backend): runs, then schedules itself for tomorrow.

It re-queues itself under its import path, `danvan.petitions.tasks.send_petition_reminders_daily`: moving or
renaming it would leave the queued run pointing nowhere. Started once with `danvan petition_reminders --schedule`.
"""

from datetime import date, datetime, time, timedelta

from django.tasks import task
from django.utils import timezone

from danvan.petitions.services import send_deadline_reminders

REMINDER_HOUR = time(7, 15)


def next_run(now: datetime | None = None) -> datetime:
    now = timezone.localtime(now)
    run = timezone.make_aware(datetime.combine(now.date(), REMINDER_HOUR))
    return run if run > now else run + timedelta(days=1)


@task()
def send_petition_reminders_daily(reschedule: bool = True, day: str | None = None) -> dict:
    result = send_deadline_reminders(None, today=date.fromisoformat(day) if day else None)
    if reschedule:
        send_petition_reminders_daily.using(run_after=next_run()).enqueue(reschedule=True)
    return result
