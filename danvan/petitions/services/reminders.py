"""Deadline reminders (3 working days before each deadline and on the day, once per step), and the counter
behind the public status lookup's rate limit."""

from datetime import date, timedelta

from django.db.models import F
from django.utils import timezone

from danvan.accounts.selectors import active_members
from danvan.core.audit import mark_unchanged, record_event, service
from danvan.core.notifications import notify_many
from danvan.petitions import rules, selectors
from danvan.petitions.models import Reminder, StatusLookup

BEFORE_WORKING_DAYS = 3


def _deadlines_reminded_on(today: date) -> dict[date, str]:
    """{deadline: step} of the deadlines whose reminder falls on `today`."""
    calendar = selectors.calendar_from(today)
    found = {today: "due"}
    for n in range(1, 30):  # 3 working days before a deadline are at most a Tết holiday away
        deadline = today + timedelta(days=n)
        if calendar.add_working_days(deadline, -BEFORE_WORKING_DAYS) == today:
            found[deadline] = "before"
    return found


@service
def send_deadline_reminders(actor=None, *, today: date | None = None) -> dict:
    """Remind the owning unit's staff of each open petition's deadline; each (petition, deadline, step) once."""
    today = today or timezone.localdate()
    steps = _deadlines_reminded_on(today)
    due = selectors.petitions_due_on(list(steps))
    done = selectors.reminded(due)
    todo = [p for p in due if (p.pk, p.due_on, steps[p.due_on]) not in done]
    if not todo:
        mark_unchanged()
        return {"sent": 0, "petitions": 0}
    Reminder.objects.bulk_create([Reminder(petition=p, deadline=p.due_on, step=steps[p.due_on], sent_on=today)
                                  for p in todo], ignore_conflicts=True)
    members: dict[int, list] = {}
    for unit_id, _, user in active_members({p.unit_id for p in todo}, rules.STEP_ROLES):
        members.setdefault(unit_id, []).append(user)
    notices = []
    for p in todo:
        when = "hôm nay" if steps[p.due_on] == "due" else f"ngày {p.due_on:%d/%m/%Y}"
        message = f"Đơn {p.code} đến hạn {when}: {p.subject}"[:500]
        notices.append((members.get(p.unit_id, []), message, p.get_absolute_url()))
    sent = len(notify_many(notices))
    record_event(actor, "petitions.reminder.send", object_type="petitions.reminder",
                 after={"day": today, "petitions": len(todo), "notices": sent})
    return {"sent": sent, "petitions": len(todo)}


@service
def count_status_lookup(actor, *, client: str, now=None) -> int:
    """Count one public status lookup of `client` (an address digest); the lookups in the last 10 minutes.

    Bookkeeping of the rate limit, not a change of any record: no audit event (mark_unchanged)."""
    now = now or timezone.now()
    minute = now.replace(second=0, microsecond=0)
    row, created = StatusLookup.objects.get_or_create(client=client, minute=minute, defaults={"hits": 1})
    if not created:
        StatusLookup.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
    StatusLookup.objects.filter(minute__lt=minute - timedelta(hours=1)).delete()
    mark_unchanged()
    return selectors.lookups_since(client, minute - timedelta(minutes=9))
