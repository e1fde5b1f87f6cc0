"""Sentence boundaries (numbers and dotted abbreviations do not end a sentence) and petitions by verb."""

import pytest

from danvan.textmine import map_indicators, sentence_at, split_sentences


def test_thousands_dot_and_decimal_comma_do_not_end_a_sentence():
    text = "Trao 100 suất quà, tổng trị giá 42.500.000 đồng. Hỗ trợ 1.234,5 kg gạo; ngày 10.7.2026 bàn giao."
    assert split_sentences(text) == [
        "Trao 100 suất quà, tổng trị giá 42.500.000 đồng.",
        "Hỗ trợ 1.234,5 kg gạo;",
        "ngày 10.7.2026 bàn giao.",
    ]


def test_known_dotted_abbreviations_do_not_end_a_sentence():
    text = "Đoàn làm việc tại TP. Hồ Chí Minh và Tp. Huế. KT. Chủ tịch ký. PGS.TS. Nguyễn Văn An dự. TP.HCM đón."
    assert split_sentences(text) == [
        "Đoàn làm việc tại TP. Hồ Chí Minh và Tp. Huế.",
        "KT. Chủ tịch ký.",
        "PGS.TS. Nguyễn Văn An dự.",
        "TP.HCM đón.",
    ]


def test_a_sentence_still_ends_after_a_number_or_an_unknown_word():
    assert split_sentences("Đã trao 120 suất quà. Nhân dân phấn khởi! Còn khó khăn? Hết") == [
        "Đã trao 120 suất quà.", "Nhân dân phấn khởi!", "Còn khó khăn?", "Hết"]
    assert split_sentences("Phối hợp với UBND. Năm 2026.Tiếp tục") == ["Phối hợp với UBND.", "Năm 2026.", "Tiếp tục"]


def test_sentence_at_returns_the_whole_sentence_around_a_fragment():
    text = "Mở đầu. Trao 100 suất quà, tổng trị giá 42.500.000 đồng cho hộ nghèo. Kết thúc."
    at = text.index("100 suất quà")
    assert sentence_at(text, at, at + 12) == "Trao 100 suất quà, tổng trị giá 42.500.000 đồng cho hộ nghèo."


def test_indicator_evidence_carries_its_whole_sentence():
    [gt, sl] = sorted(map_indicators("Trao 100 suất quà, tổng trị giá 42.500.000 đồng cho hộ nghèo. Hết."),
                      key=lambda m: m["indicator"])
    assert (gt["indicator"], gt["value"], sl["indicator"], sl["value"]) == ("QUA_GT", 42_500_000, "QUA_SL", 100)
    assert sl["sentence"] == "Trao 100 suất quà, tổng trị giá 42.500.000 đồng cho hộ nghèo."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong tháng đã giải quyết 5 đơn.", {("DON_XONG", 5)}),
        ("Giải quyết 4 đơn thư kiến nghị của công dân.", {("DON_XONG", 4)}),
        ("Đã giải quyết xong 6 đơn thư.", {("DON_XONG", 6)}),
        ("Nhận 7 đơn.", {("DON_NHAN", 7)}),
        ("Tiếp nhận 12 đơn thư kiến nghị, phản ánh.", {("DON_NHAN", 12)}),
        ("Trong tháng nhận 7 đơn, đã giải quyết 5 đơn.", {("DON_NHAN", 7), ("DON_XONG", 5)}),
        ("Tiếp nhận 9 đơn, giải quyết 8 đơn, còn 1 đơn đang xem xét.", {("DON_NHAN", 9), ("DON_XONG", 8)}),
        ("Tiếp nhận 1.250 đơn thư, đã giải quyết xong 1.100 đơn.", {("DON_NHAN", 1250), ("DON_XONG", 1100)}),
        ("Nhân dân gửi 3 đơn thư về đất đai.", set()),  # "Nhân" (people) is not "nhận" (receive)
    ],
)
def test_received_and_settled_petitions_are_told_apart_by_their_verb(text, expected):
    assert {(m["indicator"], m["value"]) for m in map_indicators(text)} == expected


def test_a_resolution_number_is_still_not_a_count():
    assert map_indicators("Thực hiện Nghị quyết 5 đơn vị đã hoàn thành.") == []
