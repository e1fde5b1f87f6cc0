from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from danvan.core.text import fold, format_date, format_number


def test_fold_removes_diacritics_and_maps_d_stroke():
    assert fold("Đắk Lắk") == "dak lak"
    assert fold("  Ninh   Bình ") == "ninh binh"
    assert fold("ĐỒNG THÁP") == "dong thap"
    assert fold("") == ""


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_numbers_and_dates_are_written_the_vietnamese_way():
    assert format_number(74000) == "74.000"
    assert format_number(33.5, 1) == "33,5"
    assert format_number(1234567.891, 2) == "1.234.567,89"
    assert format_date(date(2026, 1, 5)) == "05/01/2026"
