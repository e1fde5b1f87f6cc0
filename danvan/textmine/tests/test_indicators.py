"""Indicators read from totals ("trong tổng số 1.234 đơn"), from verbs written after the counted noun
("5 đơn đã được giải quyết") and not from negated verbs ("chưa giải quyết 3 đơn")."""

import pytest

from danvan.textmine import extract_text, indicator_for, map_indicators


def _indicators(text):
    return {(m["indicator"], m["value"]) for m in map_indicators(text)}


def _q(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đã giải quyết 1.100 đơn trong tổng số 1.234 đơn tiếp nhận.",
            {("DON_XONG", 1100), ("DON_NHAN", 1234)},
        ),
        ("Tổng số đơn thư tiếp nhận: 1.234 đơn.", {("DON_NHAN", 1234)}),
        (
            "Tổng số 1.234 đơn thư tiếp nhận, đã giải quyết 1.100 đơn.",
            {("DON_NHAN", 1234), ("DON_XONG", 1100)},
        ),
        ("Tổng số: 1.234 đơn thư được tiếp nhận.", {("DON_NHAN", 1234)}),
        (
            "Trong tổng số 1.234 đơn thư đã tiếp nhận, có 1.100 đơn đã được giải quyết.",
            {("DON_NHAN", 1234), ("DON_XONG", 1100)},
        ),
        (
            "Trong số 1.234 đơn tiếp nhận, 1.100 đơn đã được giải quyết xong.",
            {("DON_NHAN", 1234), ("DON_XONG", 1100)},
        ),
        ("Số đơn đã giải quyết: 1.100 đơn.", {("DON_XONG", 1100)}),
        # A total of petitions to settle is neither received nor settled.
        ("Trong tổng số 1.234 đơn phải giải quyết, đã giải quyết 1.100 đơn.", {("DON_XONG", 1100)}),
    ],
)
def test_a_total_of_petitions_is_read_with_the_verb_before_or_after_it(text, expected):
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 đơn đã được giải quyết.", {("DON_XONG", 5)}),
        ("1.234 đơn thư được tiếp nhận.", {("DON_NHAN", 1234)}),
        ("Có 12 đơn được giải quyết dứt điểm.", {("DON_XONG", 12)}),
        ("Có 15 đơn thư được thụ lý.", {("DON_NHAN", 15)}),
        (
            "Có 3 đơn khiếu nại đã được giải quyết, 2 đơn tố cáo giải quyết xong.",
            {("DON_XONG", 3), ("DON_XONG", 2)},
        ),
        (
            "Trong tháng, 9 đơn được tiếp nhận, 8 đơn đều đã được giải quyết xong.",
            {("DON_NHAN", 9), ("DON_XONG", 8)},
        ),
        (
            "Tiếp nhận 10 đơn, trong đó 8 đơn đã được giải quyết, 2 đơn đang được xem xét.",
            {("DON_NHAN", 10), ("DON_XONG", 8)},
        ),
        # The verb before the number governs it: "được tiếp nhận" only says which petitions were settled.
        ("Giải quyết 5 đơn được tiếp nhận từ kỳ trước.", {("DON_XONG", 5)}),
        ("Đã giải quyết 6 đơn tiếp nhận trong kỳ.", {("DON_XONG", 6)}),
    ],
)
def test_a_verb_written_after_the_petitions_it_counts_is_read(text, expected):
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Còn 3 đơn chưa được giải quyết.",
        "2 đơn đang được giải quyết.",
        "5 đơn đã được chuyển đến cơ quan có thẩm quyền giải quyết.",
        "Còn tồn đọng, chưa giải quyết 3 đơn.",
        "Số đơn chưa giải quyết: 134 đơn.",
        "Số đơn chưa giải quyết là 134 đơn.",
        "Đang giải quyết 4 đơn.",
        "Không tiếp nhận 2 đơn nặc danh.",
        "Nhân dân gửi 3 đơn thư, được tiếp nhận đầy đủ.",  # a comma ends the noun's own phrase
        "Có 25 đơn vị đã giải quyết xong kiến nghị của cử tri.",  # units (đơn vị), not petitions (đơn)
    ],
)
def test_petitions_not_yet_settled_or_refused_feed_no_indicator(text):
    assert _indicators(text) == set()


def test_a_negated_verb_of_one_number_does_not_hide_the_verb_of_the_next():
    text = "Tiếp nhận 10 đơn, 2 đơn chưa giải quyết, đã giải quyết xong 8 đơn."
    assert _indicators(text) == {("DON_NHAN", 10), ("DON_XONG", 8)}


def test_totals_of_other_results_are_read():
    assert _indicators("Tổ chức 86 lớp tập huấn với tổng số 9.300 lượt cán bộ tham gia.") == {
        ("TH_LOP", 86),
        ("TH_LUOT", 9300),
    }
    assert _indicators("Trao tổng số 12.500 suất quà, trị giá 6,8 tỷ đồng.") == {
        ("QUA_SL", 12500),
        ("QUA_GT", 6_800_000_000),
    }
    assert _indicators(
        "Xây dựng mới 45 căn nhà Đại đoàn kết trong tổng số 60 căn nhà Đại đoàn kết theo kế hoạch."
    ) == {("NHA_DDK", 45), ("NHA_DDK", 60)}
    assert _q("Giải quyết 20 vụ việc trong tổng số 25 vụ việc.") == [(20, "vụ việc"), (25, "vụ việc")]


def test_other_results_read_in_the_passive_as_well():
    assert _indicators("120 suất quà đã được trao tận tay các hộ nghèo.") == {("QUA_SL", 120)}
    assert _indicators("3 lớp tập huấn được tổ chức, với 250 lượt cán bộ được tập huấn.") == {
        ("TH_LOP", 3),
        ("TH_LUOT", 250),
    }
    assert _indicators("Có 214 mô hình được xây dựng mới.") == {("DVK_MOI", 214)}


def test_numbers_after_so_are_still_documents_and_ordinals():
    assert _q("Tổ dân phố số 7 có tổng số 120 hộ.") == [(120, "hộ")]
    assert map_indicators("Thực hiện Nghị quyết số 5 đơn vị đã hoàn thành.") == []
    assert _q("Theo Báo cáo số 27 của Đảng ủy, trong số 30 đơn vị có 28 đơn vị hoàn thành.") == [
        (30, "đơn vị"),
        (28, "đơn vị"),
    ]


def test_indicator_for_reads_the_verb_after_the_noun_from_the_text_after_the_number():
    assert indicator_for({"value": 5, "unit": "đơn"}, "Có ", " đã được giải quyết.") == "DON_XONG"
    assert indicator_for({"value": 5, "unit": "đơn"}, "Có ", " chưa được giải quyết.") is None
