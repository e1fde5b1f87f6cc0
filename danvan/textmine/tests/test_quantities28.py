"""Count ranges opened by "từ", houses given under a programme's name and abbreviated kinds (the twenty-eighth round;
invented sentences, none from a blind page)."""

import pytest

from danvan.textmine import extract_text


def _q(text: str) -> list[tuple]:
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "low", "high", "head"),
    [
        ("Bếp ăn phát từ 300 đến 450 suất cháo mỗi ngày.", 300, 450, "suất"),
        ("Số hội viên tăng từ 85 lên 120 hội viên.", 85, 120, "hội viên"),
        ("Tỷ lệ hộ nghèo giảm từ 12 xuống 7%.", 12, 7, "%"),
    ],
)
def test_a_count_range_gives_both_ends_with_the_second_ends_unit(text, low, high, head):
    (v1, u1, q1), (v2, u2, q2) = _q(text)
    assert (v1, v2) == (low, high) and u1 == u2 and u1.startswith(head) and q1 == q2 == "exact"


@pytest.mark.parametrize(
    "text",
    ["Từ 2019 đến 2024 tỉnh đã làm 300 nhà.", "Thời gian từ 3 đến 5 năm.", "Người từ 18 đến 60 tuổi tham gia."],
)
def test_years_durations_and_ages_are_no_count_range(text):
    values = [v for v, _u, _q in _q(text)]
    assert 2019 not in values and 3 not in values and 18 not in values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên đoàn Lao động trao 6 Mái ấm Công đoàn cho đoàn viên.", (6, "Mái ấm Công đoàn", "exact")),
        ("Hội đã xây 4 Nhà nhân ái, sửa 2 căn nhà.", (4, "Nhà nhân ái", "exact")),
        ("Huyện đoàn bàn giao 2 Ngôi nhà khăn quàng đỏ tại xã.", (2, "Ngôi nhà khăn quàng đỏ", "exact")),
        ("Tỉnh có 7 KCN đang hoạt động.", (7, "KCN", "exact")),
        ("Huyện có 25 HTX nông nghiệp.", (25, "HTX", "exact")),
    ],
)
def test_a_kind_in_sentence_case_or_capitals(text, expected):
    assert expected in _q(text)


def test_the_state_is_no_house():
    assert _q("Năm 2024 Nhà nước hỗ trợ nhiều hộ.") == []


def test_a_count_after_a_comma_that_follows_a_name_is_a_count():
    # "buôn Bu Prăng 2": a number glued to a name is the name's; after the name's comma it counts again
    assert (2816, "vị sư sãi", "exact") in _q("Tỉnh có 127 chùa Nam tông Khmer, 2.816 vị sư sãi.")
    assert _q("Già làng buôn Bu Prăng 2 xúc động cảm ơn.") == []


def test_official_delegates_and_outstanding_members_keep_their_kind():
    # units.json modifiers: "chính thức" kept by 18 labels of 25 over the blind sets, "ưu tú" by 11 of 14
    got = _q("Đại hội có 150 đại biểu chính thức; Đoàn giới thiệu 12 đoàn viên ưu tú cho Đảng.")
    assert (150, "đại biểu chính thức", "exact") in got and (12, "đoàn viên ưu tú", "exact") in got
