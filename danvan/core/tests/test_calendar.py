"""Working days, Vietnam's holidays and deadlines."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.core.calendar import (
    VIETNAM_HOLIDAYS,
    WorkingCalendar,
    compute_deadline,
    default_calendar,
    default_holidays,
    lunar_new_year,
)
from danvan.reporting.periods import parse_period


@pytest.mark.parametrize(
    ("year", "tet"),
    [
        (2024, date(2024, 2, 10)),
        (2025, date(2025, 1, 29)),
        (2026, date(2026, 2, 17)),
        (2027, date(2027, 2, 6)),
        (2030, date(2030, 2, 2)),  # Vietnamese calendar (UTC+7); the Chinese New Year is 3 Feb
    ],
)
def test_tet_is_computed_on_the_vietnamese_lunar_calendar(year, tet):
    assert lunar_new_year(year) == tet


def test_hung_kings_day_is_10_march_lunar():
    names = {h.day: h.name for h in default_holidays(2025)}
    assert names[date(2025, 4, 7)] == "Giỗ Tổ Hùng Vương"
    assert "Giỗ Tổ Hùng Vương" in {h.name for h in default_holidays(2026) if h.day == date(2026, 4, 26)}


def test_default_holidays_2026():
    days = {h.day for h in default_holidays(2026)}
    tet = {date(2026, 2, d) for d in (16, 17, 18, 19, 20)}
    fixed = {date(2026, 1, 1), date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 1), date(2026, 9, 2)}
    # 26/4/2026 (Giỗ Tổ) is a Sunday: Monday 27/4 is the substitute day.
    assert days == tet | fixed | {date(2026, 4, 26), date(2026, 4, 27)}


def test_substitute_days_skip_other_holidays():
    # 2022: 30/4 Saturday and 1/5 Sunday give Monday 2/5 and Tuesday 3/5.
    substitutes = {h.day for h in default_holidays(2022) if h.name.startswith("Nghỉ bù")}
    assert {date(2022, 5, 2), date(2022, 5, 3)} <= substitutes


def test_national_day_adjacent_day_is_configurable_data():
    fixed = tuple((m, d, n) if (m, d) != (9, 1) else (9, 3, n) for m, d, n in VIETNAM_HOLIDAYS.fixed)
    rules = replace(VIETNAM_HOLIDAYS, fixed=fixed, substitute_weekend=False)
    days = {h.day for h in default_holidays(2026, rules)}
    assert date(2026, 9, 3) in days and date(2026, 9, 1) not in days


@given(st.integers(min_value=2000, max_value=2099))
def test_every_year_has_eleven_statutory_days_around_a_january_or_february_tet(year):
    rules = replace(VIETNAM_HOLIDAYS, substitute_weekend=False)
    holidays = default_holidays(year, rules)
    assert len({h.day for h in holidays}) == 11
    assert date(year, 1, 21) <= lunar_new_year(year) <= date(year, 2, 20)


def test_working_calendar_skips_weekends_and_holidays():
    calendar = WorkingCalendar([date(2026, 4, 30), date(2026, 5, 1)])
    assert calendar.is_working_day(date(2026, 4, 29))
    assert not calendar.is_working_day(date(2026, 4, 30))
    assert not calendar.is_working_day(date(2026, 5, 2))  # Saturday
    assert calendar.add_working_days(date(2026, 4, 29), 1) == date(2026, 5, 4)
    assert calendar.add_working_days(date(2026, 5, 4), -1) == date(2026, 4, 29)
    assert calendar.add_working_days(date(2026, 5, 2), 0) == date(2026, 5, 4)
    assert calendar.add_working_days(date(2026, 5, 4), 0) == date(2026, 5, 4)


def test_deadline_two_working_days_after_a_saturday_cut_off():
    # March 2026 ends on Saturday 14 March: Monday 16, Tuesday 17.
    calendar = default_calendar(2026)
    assert compute_deadline(parse_period("2026-03"), 2, True, calendar) == date(2026, 3, 17)
    assert compute_deadline(parse_period("2026-03"), 2, False, calendar) == date(2026, 3, 16)


def test_deadline_after_tet():
    # February 2026 ends Saturday 14 Feb; Tết takes 16-20 Feb; the next working days are 23 and 24 Feb.
    calendar = default_calendar(2026)
    assert compute_deadline(parse_period("2026-02"), 2, True, calendar) == date(2026, 2, 24)


def test_deadline_of_the_year_report_crosses_into_the_next_year_calendar():
    calendar = default_calendar(2025, 2026)
    # Year 2026 ends Monday 14 Dec 2026: Tuesday 15, Wednesday 16.
    assert compute_deadline(parse_period("2026"), 2, True, calendar) == date(2026, 12, 16)
    # January 2026 ends Wednesday 14 Jan; 5 working days: 15, 16, 19, 20, 21.
    assert compute_deadline(parse_period("2026-01"), 5, True, calendar) == date(2026, 1, 21)
