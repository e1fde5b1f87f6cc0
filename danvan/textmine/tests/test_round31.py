"""Thirty-first round: a counted thing named in a list after the comma, as many names as the page gives
(`unit_lists.continue_list`); tested on invented sentences (other places, figures and peoples than the blind pages)."""

import pytest

from danvan.textmine import extract_text


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a people's name after a people's name
        ("Huyện hỗ trợ 148 hộ Tày, Nùng làm chuồng trại.", "hộ Tày, Nùng"),
        ("Xã vận động 73 hộ người Giáy, người Hà Nhì bỏ tục lệ lạc hậu.", "hộ người Giáy, người Hà Nhì"),
        ("Đoàn thăm 260 hộ đồng bào Êđê, M'nông ở các buôn.", "hộ đồng bào Êđê, M'nông"),
        # the head noun again, with what classifies it
        ("Lớp học có 96 tổ trưởng, tổ phó tổ hòa giải tham dự.", "tổ trưởng, tổ phó"),
        # more words that classify the noun after one that did
        ("Ban tiếp nhận 518 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân.",
         "đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh"),
    ],
)
def test_a_list_of_names_after_the_comma_is_one_counted_thing(text, unit):
    assert _units(text)[0][1] == unit


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Huyện hỗ trợ 148 hộ Tày, 61 hộ Nùng làm chuồng trại.", "hộ Tày"),  # each name with its own figure
        ("Đoàn đã tổ chức 5 cuộc giám sát chuyên đề, tổ chức hội nghị phản biện.", "cuộc giám sát chuyên đề"),
        ("Đại hội có 12 huyện miền núi, người có uy tín tham dự.", "huyện miền núi"),  # people after places
        ("Xã xóa 64 căn nhà tạm, nhà dột nát cần hỗ trợ gấp.", "căn nhà tạm, nhà dột nát"),  # "cần" is a verb
    ],
)
def test_the_list_stops_where_the_names_stop(text, first):
    assert _units(text)[0][1] == first
