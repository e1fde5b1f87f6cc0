"""Reminders to the units that have not submitted, N days before and after the deadline, once per step."""

from collections.abc import Collection
from datetime import date, timedelta

from django.db import IntegrityError, transaction

from danvan.core.audit import mark_unchanged, record_event, service
from danvan.core.notifications import notify
from danvan.core.selectors import holidays_between
from danvan.reporting.deadlines import HOLIDAY_HORIZON, deadline_delay_bounds, deadline_with
from danvan.reporting.links import report_name
from danvan.reporting.models import Reminder, ReportForm, Submission
from danvan.reporting.periods import Period, PeriodError, periods_of_year
from danvan.reporting.selectors import expected_units, nearest_reporters


def _steps(form: ReportForm) -> list[int]:
    # "0" both before and after the deadline is one step.
    return list(dict.fromkeys(form.reminder_offsets))


def _cut_off_window(form: ReportForm, today: date) -> tuple[date, date] | None:
    """The first and last period end whose deadline can put a step of the form on `today`.

    A step falls on today when deadline + step == today, and the deadline falls after the period's end
    by a delay within deadline_delay_bounds.
    """
    steps = _steps(form)
    if not steps:
        return None
    least, most = deadline_delay_bounds(form)
    return today - timedelta(days=max(steps)) - most, today - timedelta(days=min(steps)) - least


def _holidays_for(windows: Collection[tuple[date, date]]) -> list[date]:
    """Every holiday deadline_for would read for a period ending in one of the windows (one query)."""
    if not windows:
        return []
    return holidays_between(min(first for first, _ in windows), max(last for _, last in windows) + HOLIDAY_HORIZON)


def _periods_ending_between(period_type: str, first: date, last: date) -> list[Period]:
    periods = []
    for year in range(first.year - 1, last.year + 2):  # a window may end in the year before its code's
        try:
            periods += [p for p in periods_of_year(period_type, year) if first <= p.end <= last]
        except PeriodError:  # beyond the years a period code can carry
            continue
    return sorted(periods, key=lambda p: p.end, reverse=True)


def _due_steps(form: ReportForm, today: date, holidays: Collection[date] | None = None) -> list[tuple[Period, int]]:
    """The (period, step) pairs whose reminder day is today: deadline_for(form, period) + step == today.

    Exact: the candidates are every period whose end lies within the deadline delay bounds of a step
    (a handful), each kept only if its deadline, computed as deadline_for does, matches. `holidays` must
    cover `_holidays_for` of the form's window; without it they are read here, in one query.
    Steps come in the form's order (before the deadline, then after), the latest period first.
    """
    window = _cut_off_window(form, today)
    if window is None:
        return []
    if holidays is None:
        holidays = _holidays_for([window])
    candidates = _periods_ending_between(form.period_type, *window)
    deadlines = {p: deadline_with(form, p, holidays) for p in candidates}
    return [(p, step) for step in _steps(form) for p in candidates
            if deadlines[p] + timedelta(days=step) == today]


@service
def send_reminders(actor=None, *, today: date | None = None) -> dict:
    """Remind every expected unit that has not submitted; each (form, unit, period, step) only once."""
    from django.utils import timezone

    today = today or timezone.localdate()
    sent = 0
    steps = []
    forms = list(ReportForm.objects.filter(is_active=True))
    holidays = _holidays_for([w for form in forms if (w := _cut_off_window(form, today))])  # once for all
    for form in forms:
        for period, offset in _due_steps(form, today, holidays):
            steps.append(f"{form.code} {period.code} {offset:+d}")
            submitted = Submission.objects.filter(form=form, period=period.code,
                                                  first_submitted_at__isnull=False).values("unit_id")
            reminded = Reminder.objects.filter(form=form, period=period.code, offset_days=offset).values("unit_id")
            units = list(expected_units(form, period).exclude(pk__in=submitted).exclude(pk__in=reminded)
                         .order_by("pk"))
            # Nearest reporters: a unit with nobody of its own is reminded through the unit above it.
            reporters = nearest_reporters({u.pk: u.line_path for u in units})
            deadline = today - timedelta(days=offset)  # the step's definition: deadline + offset == today
            when = "sắp đến hạn" if offset < 0 else "đã quá hạn"
            for unit in units:
                try:
                    with transaction.atomic():
                        Reminder.objects.create(form=form, unit=unit, period=period.code, offset_days=offset)
                except IntegrityError:
                    continue  # reminded meanwhile by a concurrent run
                notify(reporters.get(unit.pk, []), f"Nhắc: {report_name(form, period.code)} của {unit.name} "
                       f"{when} (hạn nộp {deadline:%d/%m/%Y}).", "/bao-cao/moi/")
                sent += 1
    if sent:
        record_event(actor, "reporting.reminders.send", object_type="reporting.reminder",
                     object_repr=f"{sent} lời nhắc ngày {today:%d/%m/%Y}", after={"sent": sent, "steps": steps})
    else:
        mark_unchanged()
    return {"sent": sent, "steps": steps}


@service
def remind_units(actor, *, form: ReportForm, period: Period, units: list) -> dict:
    """Remind now, from the completeness page, the given expected units that have not submitted.

    Only a reviewer strictly above every unit may (the review rule); units that have submitted meanwhile
    are skipped. The reminders are not Reminder rows: the daily steps still run as scheduled.
    """
    from django.core.exceptions import PermissionDenied

    from danvan.reporting.rules import reviews_strictly_above

    if any(not reviews_strictly_above(actor, u.line_path) for u in units):
        raise PermissionDenied("Bạn chỉ nhắc được các tổ chức mình duyệt báo cáo.")
    submitted = set(Submission.objects.filter(form=form, period=period.code, unit__in=units,
                                              first_submitted_at__isnull=False).values_list("unit_id", flat=True))
    owing = [u for u in units if u.pk not in submitted]
    if not owing:
        mark_unchanged()
        return {"sent": 0}
    reporters = nearest_reporters({u.pk: u.line_path for u in owing})
    for unit in owing:
        notify(reporters.get(unit.pk, []), f"Nhắc: {unit.name} chưa nộp báo cáo {form.name} "
               f"{period.label_vi} — đề nghị nộp sớm.", "/bao-cao/moi/")
    record_event(actor, "reporting.reminders.remind_units", object_type="reporting.reminder",
                 object_repr=f"Nhắc {len(owing)} tổ chức nộp {form.code} kỳ {period.code}",
                 after={"form": form.code, "period": period.code, "units": [u.pk for u in owing]})
    return {"sent": len(owing)}
