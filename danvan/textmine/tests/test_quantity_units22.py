"""How far a counted unit runs (the reader's quantities, round 22): conventions the blind sets' labels keep in a large
majority, checked on invented sentences."""

import pytest

from danvan.textmine import extract_text
from danvan.textmine.indicators import indicator_for


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chi hội góp 15 kg đậu xanh và 6 tạ ngô cho bếp ăn.", [(15, "kg đậu xanh", "kg"), (6, "tạ ngô", "tạ")]),
        ("Hợp tác xã bán 27 tấn chuối tiêu qua mạng.", [(27, "tấn chuối tiêu", "tấn")]),
        ("Mỗi suất gồm 4 lít dầu lạc.", [(4, "lít dầu lạc", "lít")]),
        ("Gia đình ông hiến 2 sào ruộng làm sân chơi.", [(2, "sào", None)]),
    ],
)
def test_a_measure_of_goods_keeps_what_it_weighs_and_gives_the_measure_alone(text, expected):
    """The unit as the project's samples write it ("300 tấn gạo"), the measure alone as most blind labels do; an area
    stands alone."""
    assert [(q["value"], q["unit"], q.get("measure")) for q in extract_text(text)["quantities"]] == expected


def test_a_measure_per_measure_is_a_rate():
    assert _units("Giống lúa mới cho 7,5 tấn/ha, hơn giống cũ.") == [(7.5, "tấn/ha")]


def test_money_per_measure_stays_money():
    assert _units("Thu mua với giá 8.500 đồng/kg.") == [(8500, "đồng")]


def test_rice_in_tonnes_still_feeds_its_indicator():
    (q,) = extract_text("Xã tiếp nhận 12 tấn gạo cứu trợ.")["quantities"]
    assert indicator_for(q, "Xã tiếp nhận", " cứu trợ.") == "GAO_TAN"
    (q,) = extract_text("Xã tiếp nhận 12 tấn xi măng.")["quantities"]
    assert indicator_for(q, "Xã tiếp nhận", ".") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn công tác đến 9 quận, huyện để khảo sát.", (9, "quận, huyện")),
        ("Tổ công tác nắm tình hình 48 xã, phường, thị trấn; ghi nhận nhiều ý kiến.", (48, "xã, phường, thị trấn")),
        ("Mô hình có mặt ở 7 huyện, thành, thị.", (7, "huyện, thành, thị")),
        ("Già làng của 11 bon, buôn dự buổi gặp.", (11, "bon, buôn")),
    ],
)
def test_kinds_of_place_listed_after_a_comma_are_counted_together(text, expected):
    assert expected in _units(text)


def test_a_short_kind_that_opens_another_word_ends_the_list():
    assert (6, "xã") in _units("Ban đã làm việc với 6 xã, thành lập 3 tổ công tác.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lớp học có 14 phụ nữ Tày và 9 phụ nữ Dao.", [(14, "phụ nữ"), (9, "phụ nữ")]),
        ("Kết nạp 75 đoàn viên Khmer trong quý.", [(75, "đoàn viên")]),
    ],
)
def test_persons_counted_by_their_people_are_counted_as_persons(text, expected):
    assert _units(text) == expected


def test_households_keep_their_people():
    assert _units("Hỗ trợ 33 hộ Dao làm nhà.") == [(33, "hộ Dao")]


def test_a_colour_after_an_animal_names_its_breed():
    assert _units("Tổ nuôi 35 con gà đen cho các hộ.") == [(35, "con gà đen")]


@pytest.mark.xfail(strict=True, reason="the unit model retrained on 3,270 pages (thirty-first round) lengthens over the "
                   "comma; a gate on the word after a comma costs 139 labelled units over the blind sets (measured)")
def test_a_colour_after_a_comma_describes_the_animals():
    assert _units("Tổ nuôi 35 con gà, đen nhánh.") == [(35, "con gà")]


def test_what_a_class_teaches_when_the_phrase_closes():
    assert _units("Huyện mở 5 lớp dạy nghề cho thanh niên.") == [(5, "lớp dạy nghề")]


@pytest.mark.xfail(strict=True, reason="the unit model retrained on 5,693 pages (thirty-third round) reads the second "
                   "subject taught after the comma into the class; the labels hold too few such lists to gate it on")
def test_a_comma_going_on_with_more_that_is_taught_leaves_the_class_alone():
    assert (4, "lớp") in _units("Xã mở 4 lớp dạy chữ, dạy tính cho người lớn.")


def test_a_figure_per_item_in_brackets_is_money():
    got = _units("Sửa 30 căn nhà (mỗi căn 15 triệu đồng).")
    assert (15_000_000, "đồng") in got


@pytest.mark.parametrize(
    "text",
    [
        "Hộ có thu nhập dưới 3 triệu đồng/tháng được hỗ trợ.",
        "Mỗi hộ được vay không quá 3 triệu đồng.",
        "Tỷ lệ hộ nghèo còn ít hơn 3 triệu đồng bình quân.",
    ],
)
def test_a_bound_below_states_its_figure_exactly(text):
    (q,) = extract_text(text)["quantities"]
    assert (q["value"], q["unit"], q["qualifier"]) == (3_000_000, "đồng", "exact")


@pytest.mark.parametrize(
    "text",
    [
        "Hộ anh Tâm nuôi cua sinh thái xen canh rừng trên 40 ha, lãi khá.",
        "Nông dân áp dụng “2 giảm” trên 40 ha lúa hè thu; năng suất tăng.",
    ],
)
def test_farmed_or_applied_on_an_area_is_the_area_exactly(text):
    qs = [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]
    assert (40, "ha", "exact") in qs


def test_over_an_area_stays_over():
    (q,) = extract_text("Toàn xã có trên 40 ha lúa.")["quantities"]
    assert q["qualifier"] == "over"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự án thu hồi 12,4 ha đất ruộng.", (12.4, "ha")),
        ("Ủy ban sẽ trả lời bằng văn bản 7 ý kiến còn lại.", (7, "ý kiến")),
        ("Ông kể căn nhà 36 m2 vừa đủ cho bốn người.", (36, "m2")),
        ("Tổ khảo sát nắm tình hình 25 thôn, bản.", (25, "thôn, bản")),
    ],
)
def test_a_word_ending_in_a_stopping_syllable_or_a_measure_after_keeps_the_count(text, expected):
    assert expected in _units(text)


def test_a_house_number_is_still_no_count():
    assert _units("Gia đình sống ở căn nhà 12 trong hẻm.") == []


def test_a_dispute_keeps_what_it_is_over():
    got = _units("Tổ hòa giải xử lý 6 vụ tranh chấp lối đi; 2 vụ tranh chấp đất sản xuất và 3 vụ tranh chấp được giải quyết.")
    assert got == [(6, "vụ tranh chấp lối đi"), (2, "vụ tranh chấp đất sản xuất"), (3, "vụ tranh chấp")]


def test_poor_households_named_by_an_abbreviation_stay_poor():
    assert _units("Hội giúp 27 hộ CCB nghèo sửa nhà; 8 hộ CCB vay vốn.") == [(27, "hộ CCB nghèo"), (8, "hộ CCB")]
