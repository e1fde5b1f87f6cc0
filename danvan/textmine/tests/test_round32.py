"""Thirty-second round: words of merit stay with the counted noun (pinned for holdout161 onwards), names with an aside
in brackets before the dash of a shared title, bodies named by their abbreviation after "Chi nhánh", workers' roles, a
report given by a body in the lead, a card handed over as a gift, a horizon year that is no period; tested on invented
sentences (other places, names and figures than the blind pages)."""

import pytest

from danvan.textmine import extract_text


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Hội nghị biểu dương 38 cá nhân xuất sắc trong phong trào thi đua.", "cá nhân xuất sắc"),
        ("Huyện có 64 gương điển hình tiên tiến được tuyên dương.", "gương điển hình tiên tiến"),
        ("Xã công nhận 17 mô hình tiêu biểu ở các thôn.", "mô hình tiêu biểu"),
        # a verb clause after the noun still ends it
        ("Khen thưởng 93 tập thể có thành tích xuất sắc trong năm.", "tập thể"),
    ],
)
def test_words_of_merit_stay_with_the_noun(text, unit):
    assert _units(text)[0][1] == unit


def test_names_with_an_aside_in_brackets_share_the_title_after_the_dash():
    text = (
        "Hội nghị góp ý dự thảo luật. Các ông Khúc Văn Lâm (xã Tân Phú), Hà Minh Tiến (xã Yên Lạc), Đỗ Văn Sang "
        "(xã Hòa Bình) - Chủ tịch Hội Cựu chiến binh xã cùng đề nghị sửa điều 12."
    )
    title = ["Chủ tịch Hội Cựu chiến binh xã"]
    assert _people(text) == [("Khúc Văn Lâm", title), ("Hà Minh Tiến", title), ("Đỗ Văn Sang", title)]


def test_one_name_with_an_aside_then_a_dashed_title():
    text = "Buổi đối thoại. Bà Lương Thị Hoa (thôn Đông) - Chi hội trưởng Chi hội Phụ nữ thôn phát biểu."
    assert _people(text) == [("Lương Thị Hoa", ["Chi hội trưởng Chi hội Phụ nữ thôn"])]


def test_a_list_of_delegates_whose_first_name_is_a_rarer_family_name():
    text = (
        "Hội nghị phản biện. Các đại biểu Lê Thị Xuân, Đậu Văn Khang - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh "
        "cùng góp ý."
    )
    title = ["Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"]
    assert _people(text) == [("Lê Thị Xuân", title), ("Đậu Văn Khang", title)]


def test_a_branch_of_a_bank_named_by_its_abbreviation_before_the_name():
    text = "Hội nghị giao ban. Phó Giám đốc Chi nhánh NHCSXH tỉnh Trịnh Văn Lộc thông tin về nguồn vốn."
    assert _people(text) == [("Trịnh Văn Lộc", ["Phó Giám đốc Chi nhánh NHCSXH tỉnh"])]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Buổi tập huấn. Bà Nông Thị Hằng, kế toán Ủy ban MTTQ xã Bình Long, nêu vướng mắc.",
         "kế toán Ủy ban MTTQ xã Bình Long"),
        ("Buổi tập huấn. Anh Vi Văn Tường, thợ đá làng nghề Hòa Sơn, chia sẻ.", "thợ đá làng nghề Hòa Sơn"),
    ],
)
def test_workers_and_clerks_roles_after_the_name(text, title):
    assert _people(text)[0][1] == [title]


def _event(text):
    ev = extract_text(text)["event"] or {}
    return ev.get("kind"), ev.get("period")


def test_a_body_reporting_to_the_standing_committee_is_a_report():
    text = (
        "Nổi lên 7 vụ khiếu kiện đông người\n"
        "Ngày 4/7, Ban Dân vận Tỉnh ủy Gia Lai báo cáo Thường trực Tỉnh ủy tình hình nhân dân 6 tháng đầu năm 2019, "
        "trong đó có nhiều vụ tranh chấp đất đai.\n"
    )
    assert _event(text) == ("bao_cao", "2019-H1")


def test_cards_handed_over_are_a_gift_giving():
    text = (
        "Trao 1.200 thẻ bảo hiểm y tế cho người cao tuổi huyện Mường Lát\n"
        "Sáng 3/5, Ủy ban MTTQ huyện phối hợp với Bảo hiểm xã hội huyện trao thẻ cho người cao tuổi.\n"
    )
    assert _event(text)[0] == "trao_qua"


def test_a_horizon_year_is_no_period():
    text = (
        "Triển khai đề án chuyển đổi số đến các xã\n"
        "Sáng 12/4, Ban Chỉ đạo tỉnh tổ chức hội nghị triển khai Đề án chuyển đổi số giai đoạn 2021 - 2025, tầm nhìn "
        "đến năm 2030 năm 2021, kết nối trực tuyến đến các xã.\n"
    )
    assert _event(text) == ("hoi_nghi", "2021")
