"""Document number, place-and-date line, Vietnamese numbers, and the layouts' legal ranges."""

from datetime import date
from decimal import Decimal

import pytest

from danvan.documents.docx import format_document_number, format_number_vi, format_place_date
from danvan.documents.layouts import LAYOUTS, get_layout


@pytest.mark.parametrize(
    ("number", "doc_type", "symbol", "layout", "expected"),
    [
        (12, "BC", "BTGDVTU", "party", "Số 12-BC/BTGDVTU"),
        (5, "KH", "BTGDVTU", "party", "Số 05-KH/BTGDVTU"),
        (125, "CV", "BTGDVTU", "party", "Số 125-CV/BTGDVTU"),
        (12, "BC", "UBND", "state", "Số: 12/BC-UBND"),
        (7, "QĐ", "UBND", "state", "Số: 07/QĐ-UBND"),
        (None, "BC", "BTGDVTU", "party", "Số     -BC/BTGDVTU"),
    ],
)
def test_document_number(number, doc_type, symbol, layout, expected):
    assert format_document_number(number, doc_type, symbol, layout) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 5), "Ninh Bình, ngày 05 tháng 01 năm 2026"),
        (date(2026, 2, 28), "Ninh Bình, ngày 28 tháng 02 năm 2026"),
        (date(2026, 3, 9), "Ninh Bình, ngày 09 tháng 3 năm 2026"),
        (date(2026, 12, 15), "Ninh Bình, ngày 15 tháng 12 năm 2026"),
    ],
)
def test_place_date_pads_days_below_10_and_months_1_and_2(day, expected):
    assert format_place_date("Ninh Bình", day) == expected
    assert format_place_date("Ninh Bình", day, "state") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234567, "1.234.567"),
        (0, "0"),
        (-1500, "-1.500"),
        (1234.5, "1.234,5"),
        (2.0, "2"),
        (Decimal("1000"), "1.000"),
        (Decimal("0.25"), "0,25"),
        (None, ""),
        ("Xã A", "Xã A"),
    ],
)
def test_vietnamese_numbers(value, expected):
    assert format_number_vi(value) == expected


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="Unknown document layout"):
        get_layout("royal")
    with pytest.raises(ValueError):
        format_document_number(1, "BC", "X", "royal")


def test_state_layout_stays_within_decree_30():
    state = get_layout("state")
    page = state.page
    assert (page.width_mm, page.height_mm) == (210, 297)
    assert 20 <= page.top_mm <= 25 and 20 <= page.bottom_mm <= 25
    assert 30 <= page.left_mm <= 35 and 15 <= page.right_mm <= 20
    assert state.national_lines[0] == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", state.national_lines[0][1])
    assert state.national_lines[0][1].size_pt == 13 and state.national_lines[0][1].bold
    assert state.national_lines[1][0] == "Độc lập - Tự do - Hạnh phúc"
    assert 13 <= state.body.size_pt <= 14


def test_party_layout_matches_the_party_guidance():
    party = get_layout("party")
    page = party.page
    assert (page.top_mm, page.bottom_mm, page.left_mm, page.right_mm) == (20, 20, 30, 15)
    assert 15 <= party.title.size_pt <= 16 and party.title.bold
    assert 18 <= party.body.line_spacing_pt <= 22 and party.body.space_after_pt >= 6
    assert party.national_lines[0][0] == "ĐẢNG CỘNG SẢN VIỆT NAM"


def test_every_layout_uses_times_new_roman():
    assert {layout.font_name for layout in LAYOUTS.values()} == {"Times New Roman"}
