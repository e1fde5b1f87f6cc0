"""Submission deadlines from each form's schedule and the editable holiday list."""

from datetime import date

from danvan.reporting.calendar import WorkingCalendar, compute_deadline
from danvan.reporting.models import Holiday
from danvan.reporting.periods import Period


def working_calendar(start: date, end: date) -> WorkingCalendar:
    return WorkingCalendar(Holiday.objects.filter(day__gte=start, day__lte=end).values_list("day", flat=True))


def deadline_for(form, period: Period) -> date:
    # Deadlines fall within a few weeks of the cut-off: load that stretch of holidays only.
    calendar = working_calendar(period.end, date.fromordinal(period.end.toordinal() + 120))
    return compute_deadline(period, form.deadline_offset_days, form.deadline_working_days, calendar)
