"""Statutory deadlines from the rules kept as data (`DeadlineRule`), computed with core's calendar.

Pure functions of a rule, a start day, the variants and a working calendar: the services read the rules and
the holidays (selectors) and call these; tests feed them the table of cases from the laws.
Acceptance counts from the day of receipt (or of the forward that made a unit the owner), resolution from the
day of acceptance; an extension adds its days to the resolution deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from danvan.core.calendar import WorkingCalendar, compute_deadline


@dataclass(frozen=True)
class Start:
    """A span that ends on the start day (core.calendar.Span)."""

    end: date


def days_for(rule, *, remote: bool, complex_: bool) -> int | None:
    """The number of days the rule gives for these variants (None: no general deadline)."""
    if rule is None or rule.days is None:
        return None
    if remote and complex_ and rule.remote_complex_days:
        return rule.remote_complex_days
    if remote and rule.remote_days:
        return rule.remote_days
    if complex_ and rule.complex_days:
        return rule.complex_days
    return rule.days


def due_date(rule, start: date, *, remote: bool, complex_: bool, calendar: WorkingCalendar) -> date | None:
    """The deadline counted from `start` in calendar or working days (skipping weekends and holidays)."""
    days = days_for(rule, remote=remote, complex_=complex_)
    if days is None:
        return None
    return compute_deadline(Start(start), days, rule.working_days, calendar)


def extended(due: date, rule) -> date:
    """The resolution deadline after one more extension (calendar days)."""
    return due + timedelta(days=rule.extension_days)


def days_left(due: date | None, today: date) -> int | None:
    return None if due is None else (due - today).days
