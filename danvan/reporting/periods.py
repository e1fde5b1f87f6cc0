"""Reporting periods (kỳ báo cáo) and their data cut-off windows (thời gian chốt số liệu).

Pure Python, no Django: the models and services of the reporting app build on this module.

A period type is data (`PeriodType`), as in DHIS2: the Vietnamese windows (15th of the previous month
to the 14th) ship as `DEFAULT_TYPES`; a province with calendar-month windows uses
`with_window(DEFAULT_TYPES, start_day=1, start_month_offset=0)`.

A period covers consecutive *nominal months* of its year (a quarter covers months 1-3, 4-6, ...); its
window starts on `start_day` of the nominal first month shifted by `start_month_offset` months, and
ends the day before the window of the month after its last nominal month would start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from types import MappingProxyType

__all__ = [
    "DEFAULT_TYPES",
    "Period",
    "PeriodError",
    "PeriodType",
    "parse_period",
    "period_name",
    "period_for_date",
    "periods_of_year",
    "with_window",
]

MIN_YEAR = 1900
MAX_YEAR = 2999
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class PeriodError(ValueError):
    """A malformed period code, or a period question that has no answer."""


@dataclass(frozen=True)
class PeriodType:
    """One kind of reporting period, as data.

    `suffix` is the part of the code after "YYYY-" (empty for a year): "{index:02d}", "Q{index}", "9M".
    `labels` are Vietnamese labels, one per index or one for all, formatted with year, index, roman.
    """

    name: str
    months: int  # nominal months covered by one period
    count: int  # periods per year
    suffix: str
    labels: tuple[str, ...]
    examples: tuple[int, ...] = (1,)  # indexes shown in the error message's list of valid codes
    start_day: int = 15
    start_month_offset: int = -1

    def __post_init__(self) -> None:
        if self.months * self.count > 12 or not 1 <= self.start_day <= 28:
            raise ValueError(f"Inconsistent period type: {self}")

    def code(self, year: int, index: int) -> str:
        suffix = self.suffix.format(index=index)
        return f"{year}-{suffix}" if suffix else str(year)

    def pattern(self) -> re.Pattern[str]:
        """The regular expression of this type's codes; group 1 is the year, group 2 the index if any."""
        escaped = re.escape(self.suffix).replace(re.escape("{index:02d}"), "([0-9]{2})")
        escaped = escaped.replace(re.escape("{index}"), "([0-9]+)")
        return re.compile(f"([0-9]{{4}})-{escaped}" if self.suffix else "([0-9]{4})")


def _types(*types: PeriodType) -> Mapping[str, PeriodType]:
    return MappingProxyType({t.name: t for t in types})


# Every number of the shipped windows lives here (periods.md): 15th of the previous month -> 14th.
DEFAULT_TYPES: Mapping[str, PeriodType] = _types(
    PeriodType(
        "month", months=1, count=12, suffix="{index:02d}", labels=("Tháng {index} năm {year}",), examples=(3,)
    ),
    PeriodType("quarter", months=3, count=4, suffix="Q{index}", labels=("Quý {roman} năm {year}",)),
    PeriodType(
        "half_year",
        months=6,
        count=2,
        suffix="H{index}",
        labels=("6 tháng đầu năm {year}", "6 tháng cuối năm {year}"),
        examples=(1, 2),
    ),
    PeriodType("nine_months", months=9, count=1, suffix="9M", labels=("9 tháng năm {year}",)),
    PeriodType("year", months=12, count=1, suffix="", labels=("Năm {year}",)),
)


def with_window(
    types: Mapping[str, PeriodType], *, start_day: int, start_month_offset: int
) -> Mapping[str, PeriodType]:
    """The same period types with another cut-off window, e.g. calendar months: start_day=1, offset 0."""
    return _types(
        *(replace(t, start_day=start_day, start_month_offset=start_month_offset) for t in types.values())
    )


def _month_start(year: int, month: int, day: int) -> date:
    """`day` of `month` (which may be outside 1..12: it rolls into the neighbouring years)."""
    y, m = divmod(year * 12 + month - 1, 12)
    return date(y, m + 1, day)


@dataclass(frozen=True)
class Period:
    """One reporting period: a type, a year and a 1-based index within the year."""

    period_type: PeriodType
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.index <= self.period_type.count or not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(
                f"Kỳ báo cáo không tồn tại: {self.period_type.name} {self.index} năm {self.year}."
            )

    @property
    def type(self) -> str:
        return self.period_type.name

    @property
    def code(self) -> str:
        return self.period_type.code(self.year, self.index)

    @property
    def first_month(self) -> int:
        """The first nominal month (1-12) of the period."""
        return (self.index - 1) * self.period_type.months + 1

    @property
    def last_month(self) -> int:
        return self.first_month + self.period_type.months - 1

    @property
    def start(self) -> date:
        t = self.period_type
        return _month_start(self.year, self.first_month + t.start_month_offset, t.start_day)

    @property
    def end(self) -> date:
        """The last day of the window (inclusive)."""
        t = self.period_type
        next_start = _month_start(self.year, self.last_month + 1 + t.start_month_offset, t.start_day)
        return next_start - timedelta(days=1)

    @property
    def label_vi(self) -> str:
        labels = self.period_type.labels
        label = labels[self.index - 1] if len(labels) > 1 else labels[0]
        return label.format(year=self.year, index=self.index, roman=ROMAN[self.index - 1])

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def children(
        self, child_type: PeriodType | str, types: Mapping[str, PeriodType] = DEFAULT_TYPES
    ) -> list[Period]:
        """The periods of `child_type` that tile this one (the months of a quarter, the quarters of a year)."""
        ct = _resolve(child_type, types)
        if self.period_type.months % ct.months or (self.first_month - 1) % ct.months:
            raise PeriodError(f"Kỳ {self.code} không chia được thành các kỳ loại {ct.name}.")
        first = (self.first_month - 1) // ct.months + 1
        return [Period(ct, self.year, i) for i in range(first, first + self.period_type.months // ct.months)]

    def previous(self) -> Period:
        if self.index > 1:
            return replace(self, index=self.index - 1)
        return replace(self, year=self.year - 1, index=self.period_type.count)

    def next(self) -> Period:
        if self.index < self.period_type.count:
            return replace(self, index=self.index + 1)
        return replace(self, year=self.year + 1, index=1)

    def to_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "type": self.type,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }

    def __str__(self) -> str:
        return self.code


def _resolve(period_type: PeriodType | str, types: Mapping[str, PeriodType]) -> PeriodType:
    if isinstance(period_type, PeriodType):
        return period_type
    try:
        return types[period_type]
    except KeyError:
        raise PeriodError(f"Loại kỳ báo cáo không hợp lệ: {period_type!r}.") from None


def _valid_forms(types: Mapping[str, PeriodType]) -> str:
    return ", ".join(t.code(2026, i) for t in types.values() for i in t.examples)


def parse_period(code: str, types: Mapping[str, PeriodType] = DEFAULT_TYPES) -> Period:
    """The period of a code such as "2026-03", "2026-Q1", "2026-H2", "2026-9M" or "2026".

    Raises PeriodError (a ValueError) with a Vietnamese message for anything else.
    """
    if isinstance(code, str):
        for t in types.values():
            match = t.pattern().fullmatch(code)
            if not match:
                continue
            year = int(match.group(1))
            index = int(match.group(2)) if match.lastindex and match.lastindex > 1 else 1
            # The round trip rejects non-canonical spellings such as "2026-Q01".
            if 1 <= index <= t.count and MIN_YEAR <= year <= MAX_YEAR and t.code(year, index) == code:
                return Period(t, year, index)
    raise PeriodError(f"Mã kỳ báo cáo không hợp lệ: {code!r}. Dạng đúng: {_valid_forms(types)}.")


def periods_of_year(
    period_type: PeriodType | str, year: int, types: Mapping[str, PeriodType] = DEFAULT_TYPES
) -> list[Period]:
    """All periods of a type whose code carries `year`."""
    t = _resolve(period_type, types)
    return [Period(t, year, i) for i in range(1, t.count + 1)]


def _candidates(t: PeriodType, day: date) -> Iterator[Period]:
    for year in (day.year - 1, day.year, day.year + 1):
        if MIN_YEAR <= year <= MAX_YEAR:
            yield from (Period(t, year, i) for i in range(1, t.count + 1))


def period_for_date(
    day: date, period_type: PeriodType | str = "month", types: Mapping[str, PeriodType] = DEFAULT_TYPES
) -> Period:
    """The period of the given type whose window contains `day` (20 Dec 2026 is in month 2027-01).

    Raises PeriodError when no period of that type covers the day (9 months: 15 Sep - 14 Dec).
    """
    t = _resolve(period_type, types)
    for period in _candidates(t, day):
        if period.contains(day):
            return period
    raise PeriodError(f"Ngày {day:%d/%m/%Y} không thuộc kỳ báo cáo nào loại {t.name}.")


def latest_ended_period(today, period_type: str) -> Period:
    """The latest period of a type whose window has ended before `today`: the dashboards' default.

    The current period is still open (on 23/11/2026 the month is 2026-12, 15/11 → 14/12), so its figures
    are empty; the one before is the one people want to read.
    """
    for year in range(today.year + 1, today.year - 2, -1):
        for period in reversed(periods_of_year(period_type, year)):
            if period.end < today:
                return period
    raise PeriodError(f"Không có kỳ báo cáo loại {period_type} đã kết thúc trước {today:%d/%m/%Y}.")


# How people write a period (issue 13, item 12): "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026".
SHORT_NAMES = {"month": "Tháng {index}/{year}", "quarter": "Quý {roman}/{year}"}


def period_name(code: str, types: Mapping[str, PeriodType] = DEFAULT_TYPES) -> str:
    """The name people read for a period code ("2026-11" → "Tháng 11/2026"); an unknown code as it is."""
    try:
        period = parse_period(str(code), types)
    except PeriodError:
        return str(code)
    short = SHORT_NAMES.get(period.type)
    if short is None:
        return period.label_vi
    return short.format(year=period.year, index=period.index, roman=ROMAN[period.index - 1])
