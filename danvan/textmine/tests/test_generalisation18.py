"""Eighteenth round of issue 14: rules drawn from the shapes of holdout17's misses when it was first scored
(development material since), tested on invented lines and sentences (other names, places, dates and numbers than
the pages)."""

from datetime import date

import pytest

from danvan.textmine import extract_text
from danvan.textmine.dates import date_line

from .test_generalisation5 import _people

# A date line: the date, a clock in any of the ways sites print one, and the words that announce a posting


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngày đăng tin: 14/02/2019", date(2019, 2, 14)),
        ("Tin đăng ngày 9/11/2022, 07:45", date(2022, 11, 9)),
        ("Thời gian đăng: 30/08/2017", date(2017, 8, 30)),
        ("Thời gian cập nhật: 05/01/2023 - 15:20", date(2023, 1, 5)),
        ("Ngày phát hành: 02/04/2020", date(2020, 4, 2)),
        ("Đăng ngày 17/10/2021 lúc 09g40", date(2021, 10, 17)),
        ("Đăng lúc 16 giờ 05, ngày 3/3/2024", date(2024, 3, 3)),
        ("Cập nhật lúc 7 giờ 15 phút ngày 21/12/2016", date(2016, 12, 21)),
        ("Đăng bởi: Quản trị viên | 11/06/2018 08:02", date(2018, 6, 11)),
        ("Người gửi: Thanh Bình - 28/02/2025", date(2025, 2, 28)),
        ("2019-04-23 07:12:44", date(2019, 4, 23)),
        ("Ngày đăng: 2022/09/15", date(2022, 9, 15)),
        ("Bài đăng lần cuối: 06/05/2015", date(2015, 5, 6)),
    ],
)
def test_date_lines(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Tin đăng ngày 9/11/2022 về 45 hộ nghèo",
        "Hội nghị tổng kết năm 2019-04 đến nay",
        "Trao 2019-04-23 suất quà",
        "12019-04-23",
        "2019-04/23",
        "Ngày 14/02/2019, Hội Nông dân xã tổ chức hội nghị sơ kết",
        "Đăng bởi Hội Nông dân tỉnh tổ chức 14/02/2019 hội nghị",
    ],
)
def test_lines_that_say_more_than_a_date_are_no_date_line(line):
    assert date_line(line) is None


def test_the_article_s_own_date_line_beats_the_site_s_header_and_dates_the_event():
    page = (
        "BÁO MIỀN NÚI\nThứ Năm, 12/09/2019\nXã hội | Dân tộc\n\n"
        "Hội Nông dân xã Tân Lập trao 20 con bò giống cho hội viên nghèo\nThời gian đăng: 09/09/2019\n\n"
        "Sáng 7/9, Hội Nông dân xã Tân Lập tổ chức lễ trao 20 con bò giống cho 20 hội viên nghèo của xã, "
        "dưới sự chứng kiến của lãnh đạo Hội Nông dân huyện.\n"
    )
    out = extract_text(page)
    assert out["published"] == "2019-09-09"
    assert out["title"] == "Hội Nông dân xã Tân Lập trao 20 con bò giống cho hội viên nghèo"
    assert out["event"]["date"] == "2019-09-07"


def test_a_headline_above_a_clock_first_date_line_beats_the_site_s_name():
    page = (
        "HỘI CỰU CHIẾN BINH TỈNH PHÚ THỌ\nTrang tin điện tử Hội CCB tỉnh\nTrang chủ >> Tin hoạt động\n\n"
        "9 tháng đầu năm 2022, CCB tỉnh giúp 150 hội viên có việc làm\nĐăng lúc 10 giờ 15, ngày 20/9/2022\n\n"
        "Ngày 18/9, Thường trực Hội CCB tỉnh tổ chức hội nghị sơ kết công tác Hội 9 tháng đầu năm 2022, "
        "triển khai nhiệm vụ quý IV. Dự hội nghị có 40 đồng chí là Chủ tịch Hội CCB các huyện.\n"
    )
    out = extract_text(page)
    assert out["published"] == "2022-09-20"
    assert out["title"] == "9 tháng đầu năm 2022, CCB tỉnh giúp 150 hội viên có việc làm"
    assert out["event"]["date"] == "2022-09-18"


# Posts written by their abbreviation: a committee's member ("BTV Huyện đoàn", "BCH Hội …"), "UVTT" (Ủy viên
# Thường trực); and the dignitaries of Cham Bani and Brahmin communities ("Acar", "Katip", "Po Adhia")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự lớp có các đồng chí BTV Huyện đoàn: Lê Văn Tám, Trần Thị Hoa, Nguyễn Văn Bình.",
            {n: ["BTV Huyện đoàn"] for n in ("Lê Văn Tám", "Trần Thị Hoa", "Nguyễn Văn Bình")},
        ),
        ("Đồng chí Vũ Đình Khang, BCH Hội Nông dân tỉnh, phát biểu.", {"Vũ Đình Khang": ["BCH Hội Nông dân tỉnh"]}),
        (
            "Các bà Lò Thị Mai, Hà Thị Vân – UVTT Ủy ban MTTQ huyện báo cáo kết quả giám sát.",
            {n: ["UVTT Ủy ban MTTQ huyện"] for n in ("Lò Thị Mai", "Hà Thị Vân")},
        ),
        (
            "Có mặt ông Thông Văn Mạnh, Acar thôn Phước Nhơn và ông Lưu Văn Tài, Katip làng Hữu Đức.",
            {"Thông Văn Mạnh": ["Acar thôn Phước Nhơn"], "Lưu Văn Tài": ["Katip làng Hữu Đức"]},
        ),
    ],
)
def test_abbreviated_posts_and_dignitaries(text, expected):
    assert _people(text) == expected


def test_a_committee_named_as_an_issuer_is_no_post():
    assert _people("Theo Nghị quyết số 12-NQ/TW của BCH Trung ương, ông Lê Văn Tám cho biết.") == {"Lê Văn Tám": []}


# A post and a colon, then names each behind a rank: the post is each one's, and the first name is found too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phát biểu có các đồng chí Ủy viên Ban Chấp hành Hội CCB huyện: Thiếu tá Lê Văn Tám, Đại úy Trần Văn Hoa "
            "và Trung úy Nguyễn Văn Bình.",
            {
                "Lê Văn Tám": ["Thiếu tá", "Ủy viên Ban Chấp hành Hội CCB huyện"],
                "Trần Văn Hoa": ["Đại úy", "Ủy viên Ban Chấp hành Hội CCB huyện"],
                "Nguyễn Văn Bình": ["Trung úy", "Ủy viên Ban Chấp hành Hội CCB huyện"],
            },
        ),
        (
            "Dự có các đồng chí Phó Chủ tịch Hội CCB tỉnh: Đại tá Mạc Văn Lâm, Thượng tá Đỗ Hữu Phước.",
            {"Mạc Văn Lâm": ["Đại tá", "Phó Chủ tịch Hội CCB tỉnh"], "Đỗ Hữu Phước": ["Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"]},
        ),
    ],
)
def test_ranked_names_after_a_post_and_a_colon(text, expected):
    assert _people(text) == expected


# A post after a count or "các", then the names in brackets: the post is each one's when the brackets close the list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hội nghị khen hai Phó Chủ tịch Hội Nông dân huyện (bà Lương Thị Nga và ông Tạ Văn Khoa) có cách làm hay.",
            {n: ["Phó Chủ tịch Hội Nông dân huyện"] for n in ("Lương Thị Nga", "Tạ Văn Khoa")},
        ),
        (
            "Các Phó Chủ tịch UBND xã (ông Kiều Văn Tâm, bà Phí Thị Hằng) cùng dự.",
            {n: ["Phó Chủ tịch UBND xã"] for n in ("Kiều Văn Tâm", "Phí Thị Hằng")},
        ),
        (
            "Hai Phó Chủ tịch UBND xã (ông Kiều Văn Tâm, bà Phí Thị Hằng và một cán bộ) cùng dự.",
            {"Kiều Văn Tâm": [], "Phí Thị Hằng": []},
        ),
    ],
)
def test_a_shared_post_before_names_in_brackets(text, expected):
    assert _people(text) == expected


# Names joined by "cùng" share a title only through "đều là" / "cùng là"; after a comma, a dash or in brackets the
# title is the last one's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Hứa Văn Quang cùng bà Lục Thị Yến đều là hội viên Chi hội Nông dân thôn Bản Cáu.",
            {n: ["hội viên Chi hội Nông dân thôn Bản Cáu"] for n in ("Hứa Văn Quang", "Lục Thị Yến")},
        ),
        (
            "Anh Y Khoa Niê cùng chị H'Ly Ayun cùng là Ủy viên Ban Chấp hành Đoàn xã.",
            {n: ["Ủy viên Ban Chấp hành Đoàn xã"] for n in ("Y Khoa Niê", "H'Ly Ayun")},
        ),
        (
            "Ông Hứa Văn Quang cùng bà Lục Thị Yến - Phó Chủ tịch Hội Nông dân xã đến thăm.",
            {"Hứa Văn Quang": [], "Lục Thị Yến": ["Phó Chủ tịch Hội Nông dân xã"]},
        ),
        (
            "Ông Hứa Văn Quang cùng bà Lục Thị Yến (Phó Chủ tịch Hội Nông dân xã) đến thăm.",
            {"Hứa Văn Quang": [], "Lục Thị Yến": ["Phó Chủ tịch Hội Nông dân xã"]},
        ),
    ],
)
def test_names_joined_by_cung(text, expected):
    assert _people(text) == expected


# The person's people between a role or an honorific and the name ("già làng người Cơ Tu A", "nông dân người Ê Đê
# A"): the name is read after it, whatever its first word; "CCB" (cựu chiến binh) before a name is a role, not in
# a body's name ("Hội CCB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ở huyện Nam Giang, già làng người Cơ Tu Bh'nướch Pố kể chuyện giữ rừng.", {"Bh'nướch Pố": ["già làng"]}),
        ("Nông dân người Ê Đê Y Khoa Niê kiến nghị về vốn vay.", {"Y Khoa Niê": ["Nông dân"]}),
        (
            "Ở xã, cựu chiến binh người Tà Ôi Kăn Sương, Chủ tịch Hội CCB xã Hồng Thủy, vận động bà con.",
            {"Kăn Sương": ["cựu chiến binh", "Chủ tịch Hội CCB xã Hồng Thủy"]},
        ),
        (
            "Ở huyện, CCB Vi Văn Lượng, Chủ tịch Hội CCB xã Châu Hạnh, hiến đất làm đường.",
            {"Vi Văn Lượng": ["CCB", "Chủ tịch Hội CCB xã Châu Hạnh"]},
        ),
        ("Hội CCB Vi Văn Lượng phát biểu.", {}),
        ("Trưởng thôn người Mông Giàng A Sình cho biết.", {"Giàng A Sình": ["Trưởng thôn"]}),
    ],
)
def test_a_person_s_people_before_the_name(text, expected):
    assert _people(text) == expected


# A post given by "giao làm", "phân công làm", "cử làm" to a person called by a bare honorific; a post held besides
# after ", kiêm" is given by the same verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nhiều năm nay, chị Mai Thị Hòe ở thôn Khe Ngát cùng bà con làm đường. Năm 2021, chị được Đảng ủy xã tín "
            "nhiệm giao làm Bí thư Chi bộ thôn Khe Ngát, kiêm Trưởng Ban công tác Mặt trận thôn.",
            {"Mai Thị Hòe": ["Bí thư Chi bộ thôn Khe Ngát", "Trưởng Ban công tác Mặt trận thôn"]},
        ),
        (
            "Ông Lò Văn Sơn sống ở bản Mạt. Năm 2020, ông được Đảng ủy xã phân công làm Trưởng bản Mạt.",
            {"Lò Văn Sơn": ["Trưởng bản Mạt"]},
        ),
        (
            "Anh Đào Văn Khởi được bầu làm Bí thư Chi đoàn thôn Đông, kiêm Phó Trưởng thôn.",
            {"Đào Văn Khởi": ["Bí thư Chi đoàn thôn Đông", "Phó Trưởng thôn"]},
        ),
        ("Ông Lò Văn Sơn sống ở bản Mạt. Năm 2020, ông làm Trưởng bản Mạt.", {"Lò Văn Sơn": []}),
    ],
)
def test_posts_given_to_a_bare_honorific_and_held_besides(text, expected):
    assert _people(text) == expected
