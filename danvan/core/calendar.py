"""Working days, Vietnam's public holidays and deadlines counted in working days (hạn nộp, hạn giải quyết).

Pure Python, no Django, shared by every app with a deadline (report submissions, petitions, directives).
The holiday list is data an administrator edits (`core.Holiday`: Tết moves every year, and the Government
announces swapped days); `default_holidays` only seeds it from `VIETNAM_HOLIDAYS`. Read the stored
holidays with `core.selectors.working_calendar`.
Lunar dates are computed with `lunar_vn` (Hồ Ngọc Đức's algorithm at UTC+7, the Vietnamese calendar:
it differs from the Chinese one in some years, e.g. Tết 2030 is 2 Feb in Vietnam, 3 Feb in China).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from lunar_vn import LunarDate, lunar_to_solar

__all__ = [
    "VIETNAM_HOLIDAYS",
    "Holiday",
    "HolidayRules",
    "Span",
    "WorkingCalendar",
    "compute_deadline",
    "default_calendar",
    "default_holidays",
    "lunar_new_year",
]


class Span(Protocol):
    """Anything that ends on a day: a reporting period (`reporting.periods.Period`), a petition's time limit."""

    @property
    def end(self) -> date: ...


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str


@dataclass(frozen=True)
class HolidayRules:
    """Vietnam's statutory holidays (Labour Code 2019, art. 112) as data.

    `fixed` and `lunar` are (month, day, name); `tet_offsets` are days relative to lunar 1/1 (the
    5-day Tết holiday: the last day of the old year and the first four of the new one by default).
    """

    fixed: tuple[tuple[int, int, str], ...]
    lunar: tuple[tuple[int, int, str], ...]
    tet_offsets: tuple[int, ...]
    tet_name: str = "Tết Nguyên đán"
    substitute_weekend: bool = True  # a holiday on a weekend gives the next working day off (nghỉ bù)
    substitute_prefix: str = "Nghỉ bù "


VIETNAM_HOLIDAYS = HolidayRules(
    fixed=(
        (1, 1, "Tết Dương lịch"),
        (4, 30, "Ngày Chiến thắng"),
        (5, 1, "Ngày Quốc tế Lao động"),
        # National Day is 2/9 plus one adjacent day chosen each year; 1/9 was the day in 2025.
        # Change to (9, 3, ...) for years when the Government announces 3/9.
        (9, 1, "Quốc khánh (ngày liền kề)"),
        (9, 2, "Quốc khánh"),
    ),
    lunar=((3, 10, "Giỗ Tổ Hùng Vương"),),
    tet_offsets=(-1, 0, 1, 2, 3),
)

WEEKEND = (5, 6)  # Saturday, Sunday (date.weekday())


def lunar_new_year(year: int) -> date:
    """The solar date of Tết (lunar 1/1) in the given year, Vietnamese calendar."""
    return lunar_to_solar(LunarDate(1, 1, year))


def default_holidays(year: int, rules: HolidayRules = VIETNAM_HOLIDAYS) -> list[Holiday]:
    """The statutory public holidays of a solar year, sorted, with substitute days for weekends."""
    tet = lunar_new_year(year)
    holidays = [Holiday(date(year, m, d), name) for m, d, name in rules.fixed]
    holidays += [Holiday(lunar_to_solar(LunarDate(d, m, year)), name) for m, d, name in rules.lunar]
    holidays += [Holiday(tet + timedelta(days=offset), rules.tet_name) for offset in rules.tet_offsets]
    holidays.sort(key=lambda h: h.day)
    if rules.substitute_weekend:
        taken = {h.day for h in holidays}
        for holiday in list(holidays):
            if holiday.day.weekday() in WEEKEND:
                day = holiday.day
                while day in taken or day.weekday() in WEEKEND:
                    day += timedelta(days=1)
                taken.add(day)
                holidays.append(Holiday(day, rules.substitute_prefix + holiday.name))
        holidays.sort(key=lambda h: h.day)
    return holidays


class WorkingCalendar:
    """Working days: not a weekend day, not a holiday."""

    def __init__(self, holidays: Iterable[date], weekend: tuple[int, ...] = WEEKEND) -> None:
        self.holidays = frozenset(holidays)
        self.weekend = frozenset(weekend)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after `day` (before it when n < 0).

        n == 0 gives `day` itself when it is a working day, else the next working day.
        """
        if len(self.weekend) >= 7:
            raise ValueError("A calendar needs at least one working weekday.")
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        if remaining == 0:
            while not self.is_working_day(day):
                day += timedelta(days=1)
            return day
        while remaining:
            day += timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day


def default_calendar(*years: int, rules: HolidayRules = VIETNAM_HOLIDAYS) -> WorkingCalendar:
    """A calendar with the default holidays of the given years (for tests and first seeding)."""
    return WorkingCalendar(h.day for year in years for h in default_holidays(year, rules))


def compute_deadline(period: Span, offset_days: int, working_days: bool, calendar: WorkingCalendar) -> date:
    """The deadline: the end of the span (a period's cut-off window) plus `offset_days`.

    Counts working days (skipping weekends and holidays) when `working_days` is true, else calendar days.
    """
    if working_days:
        return calendar.add_working_days(period.end, offset_days)
    return period.end + timedelta(days=offset_days)
