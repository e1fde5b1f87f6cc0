"""The deadline of a form for a period, from the form's schedule and core's working-day calendar."""

from collections.abc import Iterable
from datetime import date, timedelta

from danvan.core.calendar import WEEKEND, WorkingCalendar, compute_deadline
from danvan.core.selectors import working_calendar
from danvan.reporting.periods import Period

# Deadlines fall within a few weeks of the cut-off: deadline_for reads this stretch of holidays only.
HOLIDAY_HORIZON = timedelta(days=120)


def deadline_for(form, period: Period) -> date:
    """The day a form's report for `period` is due (one query: the holidays after the period's end)."""
    calendar = working_calendar(period.end, period.end + HOLIDAY_HORIZON)
    return compute_deadline(period, form.deadline_offset_days, form.deadline_working_days, calendar)


def deadline_with(form, period: Period, holidays: Iterable[date]) -> date:
    """deadline_for without a query: `holidays` must hold every holiday of period.end .. + HOLIDAY_HORIZON.

    Holidays outside that stretch are ignored, as deadline_for never sees them.
    """
    last = period.end + HOLIDAY_HORIZON
    calendar = WorkingCalendar(day for day in holidays if period.end <= day <= last)
    return compute_deadline(period, form.deadline_offset_days, form.deadline_working_days, calendar)


def deadline_delay_bounds(form) -> tuple[timedelta, timedelta]:
    """The least and the most a form's deadline can fall after a period's end, whatever the holidays.

    At least the offset (the offset is never negative); in calendar days exactly the offset. In working
    days the worst case is a horizon made only of days off, after which weekdays alone count (past the
    horizon deadline_for sees no holiday): 5 working days in any 7 calendar days.
    """
    days = form.deadline_offset_days
    least = timedelta(days=days)
    if not form.deadline_working_days:
        return least, least
    per_week = 7 - len(WEEKEND)
    return least, HOLIDAY_HORIZON + timedelta(days=7 * max(1, -(-days // per_week)))
