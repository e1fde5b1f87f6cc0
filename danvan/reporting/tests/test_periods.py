"""Reporting periods: codes, cut-off windows, labels, navigation (domain/periods.md)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.reporting.periods import (
    DEFAULT_TYPES,
    Period,
    PeriodError,
    parse_period,
    period_for_date,
    periods_of_year,
    with_window,
)

TILING_TYPES = ["month", "quarter", "half_year", "year"]
years = st.integers(min_value=1950, max_value=2900)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2900, 12, 31))


@pytest.mark.parametrize(
    ("code", "type_", "start", "end", "label"),
    [
        ("2026-03", "month", date(2026, 2, 15), date(2026, 3, 14), "Tháng 3 năm 2026"),
        ("2026-01", "month", date(2025, 12, 15), date(2026, 1, 14), "Tháng 1 năm 2026"),
        ("2026-12", "month", date(2026, 11, 15), date(2026, 12, 14), "Tháng 12 năm 2026"),
        ("2026-Q1", "quarter", date(2025, 12, 15), date(2026, 3, 14), "Quý I năm 2026"),
        ("2026-Q2", "quarter", date(2026, 3, 15), date(2026, 6, 14), "Quý II năm 2026"),
        ("2026-Q4", "quarter", date(2026, 9, 15), date(2026, 12, 14), "Quý IV năm 2026"),
        ("2026-H1", "half_year", date(2025, 12, 15), date(2026, 6, 14), "6 tháng đầu năm 2026"),
        ("2026-H2", "half_year", date(2026, 6, 15), date(2026, 12, 14), "6 tháng cuối năm 2026"),
        ("2026-9M", "nine_months", date(2025, 12, 15), date(2026, 9, 14), "9 tháng năm 2026"),
        ("2026", "year", date(2025, 12, 15), date(2026, 12, 14), "Năm 2026"),
    ],
)
def test_each_period_type_has_the_vietnamese_cut_off_window(code, type_, start, end, label):
    period = parse_period(code)
    assert (period.code, period.type, period.start, period.end, period.label_vi) == (
        code,
        type_,
        start,
        end,
        label,
    )
    assert period.year == 2026
    assert period.to_dict() == {
        "code": code,
        "type": type_,
        "start": start.isoformat(),
        "end": end.isoformat(),
    }


def test_january_window_crosses_the_year_boundary():
    january = parse_period("2026-01")
    assert january.contains(date(2025, 12, 15)) and january.contains(date(2026, 1, 14))
    assert not january.contains(date(2025, 12, 14)) and not january.contains(date(2026, 1, 15))
    assert period_for_date(date(2025, 12, 20), "month").code == "2026-01"
    assert period_for_date(date(2025, 12, 20), "year").code == "2026"
    assert period_for_date(date(2025, 12, 14), "year").code == "2025"


def test_february_window_of_a_leap_year():
    assert parse_period("2024-03").start == date(2024, 2, 15)
    assert period_for_date(date(2024, 2, 29), "month").code == "2024-03"


def test_nine_months_does_not_cover_the_last_quarter():
    with pytest.raises(PeriodError, match="không thuộc kỳ báo cáo nào"):
        period_for_date(date(2026, 10, 1), "nine_months")
    assert period_for_date(date(2026, 9, 14), "nine_months").code == "2026-9M"


def test_children_tile_their_parent():
    year = parse_period("2026")
    assert [p.code for p in year.children("quarter")] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert [p.code for p in year.children("half_year")] == ["2026-H1", "2026-H2"]
    assert [p.code for p in parse_period("2026-Q3").children("month")] == ["2026-07", "2026-08", "2026-09"]
    assert [p.code for p in parse_period("2026-H2").children("quarter")] == ["2026-Q3", "2026-Q4"]
    assert [p.code for p in parse_period("2026-9M").children("quarter")] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert len(parse_period("2026-9M").children("month")) == 9


def test_children_that_do_not_tile_are_refused():
    with pytest.raises(PeriodError):
        parse_period("2026-9M").children("half_year")
    with pytest.raises(PeriodError):
        parse_period("2026-03").children("quarter")
    with pytest.raises(PeriodError, match="Loại kỳ báo cáo không hợp lệ"):
        parse_period("2026").children("week")


def test_previous_and_next_cross_years():
    assert parse_period("2026-01").previous().code == "2025-12"
    assert parse_period("2025-12").next().code == "2026-01"
    assert parse_period("2026-Q1").previous().code == "2025-Q4"
    assert parse_period("2026-H2").next().code == "2027-H1"
    assert parse_period("2026-9M").next().code == "2027-9M"
    assert parse_period("2026").previous().code == "2025"


def test_calendar_month_windows_are_configurable():
    calendar_types = with_window(DEFAULT_TYPES, start_day=1, start_month_offset=0)
    march = parse_period("2026-03", calendar_types)
    assert (march.start, march.end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert parse_period("2024-02", calendar_types).end == date(2024, 2, 29)
    q4 = parse_period("2026-Q4", calendar_types)
    assert (q4.start, q4.end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_for_date(date(2026, 12, 20), "month", calendar_types).code == "2026-12"
    assert DEFAULT_TYPES["month"].start_day == 15  # the defaults are untouched


def test_periods_of_year_lists_every_index():
    assert [p.code for p in periods_of_year("half_year", 2026)] == ["2026-H1", "2026-H2"]
    assert len(periods_of_year("month", 2026)) == 12


@pytest.mark.parametrize(
    "code",
    [
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-Q0",
        "26-03",
        "",
        "2026-H3",
        "2026-H0",
        "2026-3",
        "2026-003",
        "2026-Q01",
        "2026-q1",
        "2026-h1",
        "2026-9m",
        "2026-8M",
        "2026-",
        " 2026",
        "2026 ",
        "2026-03 ",
        "2026/03",
        "2026-M03",
        "03-2026",
        "20261",
        "0999",
        "1899-03",
        "٢٠٢٦-٠٣",
        "２０２６-03",
        "2026-Q١",
        "2026–03",
        "2026-Ｑ1",
        "Năm 2026",
        "2026-03\n",
        "\x00",
        "💥",
        "2026-H1-01",
        None,
        2026,
    ],
)
def test_malformed_codes_are_refused_with_a_vietnamese_message(code):
    with pytest.raises(PeriodError) as raised:
        parse_period(code)
    assert isinstance(raised.value, ValueError)
    assert "Mã kỳ báo cáo không hợp lệ" in str(raised.value)


def test_error_message_lists_the_valid_forms():
    with pytest.raises(PeriodError) as raised:
        parse_period("2026-13")
    assert str(raised.value) == (
        "Mã kỳ báo cáo không hợp lệ: '2026-13'. Dạng đúng: 2026-03, 2026-Q1, 2026-H1, 2026-H2, 2026-9M, 2026."
    )


def test_period_with_impossible_index_cannot_be_built():
    with pytest.raises(PeriodError):
        Period(DEFAULT_TYPES["quarter"], 2026, 5)


@given(years)
def test_month_windows_tile_the_year_window(year):
    months = parse_period(str(year)).children("month")
    assert months[0].start == parse_period(str(year)).start
    assert months[-1].end == parse_period(str(year)).end
    for before, after in zip(months, months[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)


@given(years, st.integers(min_value=1, max_value=4))
def test_months_of_a_quarter_tile_the_quarter(year, quarter):
    q = parse_period(f"{year}-Q{quarter}")
    months = q.children("month")
    assert (months[0].start, months[-1].end) == (q.start, q.end)
    for before, after in zip(months, months[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)


@given(days, st.sampled_from(TILING_TYPES))
def test_the_period_for_a_date_contains_it(day, type_name):
    period = period_for_date(day, type_name)
    assert period.contains(day)
    assert not period.previous().contains(day) and not period.next().contains(day)


@given(years, st.sampled_from(list(DEFAULT_TYPES)), st.data())
def test_next_of_previous_is_identity_and_codes_round_trip(year, type_name, data):
    period_type = DEFAULT_TYPES[type_name]
    period = Period(period_type, year, data.draw(st.integers(min_value=1, max_value=period_type.count)))
    assert period.previous().next() == period
    assert period.next().previous() == period
    assert parse_period(period.code) == period
    assert period.next().start > period.start


# --- names people read (issue 13, item 12) ------------------------------------------------------------------


@pytest.mark.parametrize(("code", "name"), [
    ("2026-11", "Tháng 11/2026"), ("2026-Q4", "Quý IV/2026"), ("2026-H1", "6 tháng đầu năm 2026"),
    ("2026-H2", "6 tháng cuối năm 2026"), ("2026-9M", "9 tháng năm 2026"), ("2026", "Năm 2026"),
    ("sai", "sai"),
])
def test_a_period_is_shown_by_its_name(code, name):
    from danvan.reporting.periods import period_name

    assert period_name(code) == name
