"""The rules of periodic reporting that more than one layer asks: which states a reporter may still edit,
who reviews a unit's report, and whether a report came in on time. One place, so services, selectors,
templates, the Excel upload and the API cannot drift apart."""

from datetime import date, datetime, timedelta

from django.utils import timezone

from danvan.core.permissions import Action
from danvan.reporting.choices import Status
from danvan.reporting.periods import periods_of_year

# A report in another state is locked: neither a form, a file nor the API may change it.
EDITABLE = (Status.DRAFT, Status.RETURNED)


def is_editable(status: str) -> bool:
    return status in EDITABLE


def reviews_strictly_above(user, line_path: str) -> bool:
    """Whether `user` reviews a unit strictly above the one at `line_path` (or is an administrator; `None`,
    the system acting, may too). A unit's own reviewers do not approve its reports: they go a level up."""
    if user is None or user.is_superuser:
        return True
    return any(line_path.startswith(p) and p != line_path for p in user.scope_for(Action.REVIEW).prefixes)


def may_edit(user, submission) -> bool:
    """A reporter whose scope covers the unit, while the report is in an editable state."""
    return is_editable(submission.status) and user.scope_for(Action.REPORT).covers(submission.line_path)


def may_delete_draft(submission) -> bool:
    """Only a draft never submitted may be deleted (a returned report keeps its history)."""
    return submission.status == Status.DRAFT and submission.first_submitted_at is None


def may_compile(user, unit) -> bool:
    """Review or report rights over the compiling unit itself (a provincial reviewer compiles for their Ban)."""
    if user is None or user.is_superuser:
        return True
    return any(user.scope_for(action).covers(unit.line_path) for action in (Action.REVIEW, Action.REPORT))


def submitted_on_time(first_submitted_at: datetime | None, deadline: date) -> bool | None:
    """On time: first submitted on or before the deadline day, local time (None: never submitted)."""
    if first_submitted_at is None:
        return None
    return timezone.localdate(first_submitted_at) <= deadline


# How far back a report may still be opened: the periods of the last 3 years (later corrections go through
# un-approving an existing report, not a new one).
REPORTING_YEARS_BACK = 3


def reporting_window(today: date) -> tuple[date, date]:
    """(earliest end, latest start) of a period a report may be opened for: a period that has begun by
    `today` (the current, open one included) and ended no more than REPORTING_YEARS_BACK years ago."""
    return today - timedelta(days=365 * REPORTING_YEARS_BACK + 1), today


def in_reporting_window(period, today: date) -> bool:
    """Whether a report of `period` (a reporting.periods.Period) may be opened on `today`: not a future
    period (2030-01), not one years gone (2020-01)."""
    earliest_end, latest_start = reporting_window(today)
    return period.start <= latest_start and period.end >= earliest_end


def allowed_periods(period_type: str, today: date) -> list:
    """The periods of `period_type` a report may be opened for on `today`, newest first: the choices of
    the period picker, from the same window the service holds reports to."""
    years = range(today.year + 1, today.year - REPORTING_YEARS_BACK - 2, -1)
    return [p for year in years for p in reversed(periods_of_year(period_type, year)) if in_reporting_window(p, today)]


def has_content(values: dict, sections: dict) -> bool:
    """A report says something: at least one figure or one non-blank section."""
    return any(v is not None for v in values.values()) or any((t or "").strip() for t in sections.values())


# What one Excel upload may carry (the page, the API and the import service all hold it to this).
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_UPLOAD_ROWS = 5_000
