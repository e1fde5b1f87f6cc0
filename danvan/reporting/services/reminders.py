"""Reminders to the units that have not submitted, N days before and after the deadline, once per step."""

from datetime import date, timedelta

from django.db import IntegrityError, transaction

from danvan.core.audit import mark_unchanged, record_event, service
from danvan.core.notifications import notify
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import Reminder, ReportForm, Submission
from danvan.reporting.periods import PeriodError, period_for_date
from danvan.reporting.selectors import expected_units, nearest_reporters


def _due_steps(form: ReportForm, today: date):
    """(period, offset) pairs whose reminder day is today."""
    seen = set()
    for offset in form.reminder_offsets:
        # The deadline is today - offset; the period ended shortly before that deadline.
        for back in range(0, 40, 7):
            try:
                period = period_for_date(today - timedelta(days=offset + back), form.period_type)
            except PeriodError:
                continue
            if (period.code, offset) in seen:
                continue
            if deadline_for(form, period) + timedelta(days=offset) == today:
                seen.add((period.code, offset))
                yield period, offset


@service
def send_reminders(actor=None, *, today: date | None = None) -> dict:
    """Remind every expected unit that has not submitted; each (form, unit, period, step) only once."""
    from django.utils import timezone

    today = today or timezone.localdate()
    sent = 0
    steps = []
    for form in ReportForm.objects.filter(is_active=True):
        for period, offset in _due_steps(form, today):
            steps.append(f"{form.code} {period.code} {offset:+d}")
            submitted = Submission.objects.filter(form=form, period=period.code,
                                                  first_submitted_at__isnull=False).values("unit_id")
            reminded = Reminder.objects.filter(form=form, period=period.code, offset_days=offset).values("unit_id")
            units = list(expected_units(form, period).exclude(pk__in=submitted).exclude(pk__in=reminded)
                         .order_by("pk"))
            # Nearest reporters: a unit with nobody of its own is reminded through the unit above it.
            reporters = nearest_reporters({u.pk: u.line_path for u in units})
            deadline = deadline_for(form, period)
            when = "sắp đến hạn" if offset < 0 else "đã quá hạn"
            for unit in units:
                try:
                    with transaction.atomic():
                        Reminder.objects.create(form=form, unit=unit, period=period.code, offset_days=offset)
                except IntegrityError:
                    continue  # reminded meanwhile by a concurrent run
                notify(reporters.get(unit.pk, []), f"Nhắc: báo cáo {form.code} kỳ {period.code} của {unit.name} "
                       f"{when} (hạn nộp {deadline:%d/%m/%Y}).", "/bao-cao/moi/")
                sent += 1
    if sent:
        record_event(actor, "reporting.reminders.send", object_type="reporting.reminder",
                     object_repr=f"{sent} lời nhắc ngày {today:%d/%m/%Y}", after={"sent": sent, "steps": steps})
    else:
        mark_unchanged()
    return {"sent": sent, "steps": steps}
