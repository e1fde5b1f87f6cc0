"""Which reminder steps fall on a day: exactly the (period, step) pairs whose deadline + step is that day."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.core.calendar import default_holidays
from danvan.core.models import Holiday
from danvan.reporting import services
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import ReportForm
from danvan.reporting.periods import DEFAULT_TYPES, parse_period, periods_of_year
from danvan.reporting.services.reminders import _due_steps

pytestmark = pytest.mark.django_db

# Days are drawn from 2025-2027; with steps of up to 45 days and deadlines up to ~250 days after the
# cut-off, every period whose step can fall on such a day carries a year code within these.
BRUTE_FORCE_YEARS = range(2022, 2030)
FIRST_DAY, LAST_DAY = date(2025, 1, 1), date(2027, 12, 31)


def _set_holidays(days) -> None:
    Holiday.objects.all().delete()
    Holiday.objects.bulk_create(Holiday(day=d, name="kiểm thử") for d in sorted(set(days)))


def _form(period_type: str, offset: int, working: bool, before: str, after: str) -> ReportForm:
    return ReportForm(code="BC-THU", name="Thử", period_type=period_type, deadline_offset_days=offset,
                      deadline_working_days=working, remind_days_before=before, remind_days_after=after)


def _due(form: ReportForm, day: date) -> list[tuple[str, int]]:
    return [(period.code, offset) for period, offset in _due_steps(form, day)]


@st.composite
def schedules(draw) -> dict:
    def steps() -> str:
        return ",".join(map(str, draw(st.lists(st.integers(0, 45), max_size=4))))

    return {
        "period_type": draw(st.sampled_from(list(DEFAULT_TYPES))),
        # Mostly realistic offsets, sometimes long ones (past deadline_for's 120-day holiday horizon).
        "deadline_offset_days": draw(st.one_of(st.integers(0, 5), st.integers(0, 90))),
        "deadline_working_days": draw(st.booleans()),
        "remind_days_before": steps(),
        "remind_days_after": steps(),
    }


@st.composite
def holiday_sets(draw) -> set[date]:
    """Vietnam's real holidays or not, plus random runs of days off (a long Tết, a week, a single day)."""
    days: set[date] = set()
    if draw(st.booleans()):
        days |= {h.day for year in range(2024, 2029) for h in default_holidays(year)}
    for start, length in draw(st.lists(st.tuples(st.dates(date(2024, 3, 1), date(2028, 3, 31)),
                                                 st.integers(1, 45)), max_size=6)):
        days |= {start + timedelta(days=i) for i in range(length)}
    return days


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedule=schedules(), holidays=holiday_sets(), data=st.data())
def test_due_steps_are_exactly_the_periods_whose_deadline_plus_step_is_the_day(schedule, holidays, data):
    form = ReportForm(code="BC-THU", name="Thử", **schedule)
    _set_holidays(holidays)
    offsets = set(form.reminder_offsets)
    deadlines = {p.code: deadline_for(form, p) for y in BRUTE_FORCE_YEARS for p in periods_of_year(form.period_type, y)}
    step_days = sorted({d + timedelta(days=o) for d in deadlines.values() for o in offsets
                        if FIRST_DAY <= d + timedelta(days=o) <= LAST_DAY})
    # Random days, and days next to real step days, so that every example checks some hits.
    days = data.draw(st.lists(st.dates(FIRST_DAY, LAST_DAY), min_size=1, max_size=4))
    if step_days:
        for day in data.draw(st.lists(st.sampled_from(step_days), max_size=4)):
            days += [day + timedelta(days=shift) for shift in (-1, 0, 1)]
    for day in days:
        expected = {(code, o) for code, d in deadlines.items() for o in offsets if d + timedelta(days=o) == day}
        found = _due(form, day)
        assert len(found) == len(set(found)), f"duplicated steps on {day}: {found}"
        assert set(found) == expected, f"on {day}"


@pytest.mark.parametrize(
    ("period_type", "offset", "working", "before", "after"),
    [("month", 2, True, "3,1", "1,3"), ("month", 0, True, "10,5,2,1", "0,1,2,7,30"),
     ("quarter", 20, True, "7", "7"), ("half_year", 30, False, "3", "3"), ("nine_months", 5, True, "1", ""),
     ("year", 90, True, "30", "45")],
)
def test_due_steps_read_the_holidays_once_whatever_the_schedule(period_type, offset, working, before, after):
    form = _form(period_type, offset, working, before, after)
    with CaptureQueriesContext(connection) as ctx:
        for day in (date(2026, 1, 16), date(2026, 2, 20), date(2026, 12, 31)):
            _due(form, day)
    assert len(ctx.captured_queries) == 3
    assert all('"reporting_holiday"' in q["sql"] for q in ctx.captured_queries)


def test_due_steps_around_the_new_year_and_a_long_tet():
    # A 9-day Tết from Friday 12/2/2027 (an administrator's edit) and a day off on Friday 15/1/2027.
    _set_holidays({date(2027, 1, 15), *(date(2027, 2, d) for d in range(12, 21))})
    form = _form("month", 2, True, "3,1", "1,3")
    # 2027-01 ends Thursday 14/1: Monday 18/1 and Tuesday 19/1 are its 2 working days.
    assert deadline_for(form, parse_period("2027-01")) == date(2027, 1, 19)
    assert _due(form, date(2027, 1, 16)) == [("2027-01", -3)]  # a Saturday: steps count calendar days
    assert _due(form, date(2027, 1, 18)) == [("2027-01", -1)]
    assert _due(form, date(2027, 1, 22)) == [("2027-01", 3)]
    # 2027-02 ends Sunday 14/2, inside Tết: Monday 22/2 and Tuesday 23/2 are its 2 working days.
    assert deadline_for(form, parse_period("2027-02")) == date(2027, 2, 23)
    assert [_due(form, date(2027, 2, d)) for d in (16, 17, 20, 22, 24, 26)] == [
        [], [], [("2027-02", -3)], [("2027-02", -1)], [("2027-02", 1)], [("2027-02", 3)]]
    # A year report due 17 calendar days after 14/12/2026: its step 0 is 31/12, not 1/1.
    year_form = _form("year", 17, False, "", "0")
    assert _due(year_form, date(2026, 12, 31)) == [("2026", 0)]
    assert _due(year_form, date(2027, 1, 1)) == []


def test_a_step_given_both_before_and_after_is_one_step():
    form = _form("month", 2, False, "0", "0")
    assert _due(form, date(2026, 3, 16)) == [("2026-03", 0)]


def test_sending_reminders_on_a_quiet_day_reads_the_holidays_once_for_all_forms():
    def queries() -> list[str]:
        with CaptureQueriesContext(connection) as ctx:
            assert services.send_reminders(None, today=date(2026, 10, 25))["sent"] == 0
        return [q["sql"] for q in ctx.captured_queries]

    before = queries()
    for i, period_type in enumerate(["month", "quarter", "year"]):
        ReportForm.objects.create(code=f"BC-THU-{i}", name="Thử", period_type=period_type,
                                  remind_days_before="5,3,1", remind_days_after="1,3,5,10")
    after = queries()
    # The service's savepoint and its release, the active forms, the holidays: not one more per form.
    assert len(after) == len(before) == 4
    assert sum('"reporting_holiday"' in sql for sql in after) == 1
