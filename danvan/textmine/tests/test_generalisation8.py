"""Eighth round of issue 14: rules drawn from the misses on holdout7 (development material since it was scored),
tested on invented sentences (other names, places and numbers than the blind pages)."""

import pytest

from danvan.textmine import extract_text

from .test_generalisation5 import _people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a residential unit known by its number, and a hamlet whose name ends in a number
        ("Ông Trần Văn Lợi, Trưởng ban Công tác Mặt trận khu 9, xã Tân Lập được khen.", "Trần Văn Lợi",
         "Trưởng ban Công tác Mặt trận khu 9"),
        ("Bà Hà Thị Mơ, Chi hội trưởng Chi hội phụ nữ ấp Kênh 5, lập tổ tiết kiệm.", "Hà Thị Mơ",
         "Chi hội trưởng Chi hội phụ nữ ấp Kênh 5"),
        ("Ông Lò Văn Hoa, Trưởng thôn Tân Lập 2. Ông cho biết", "Lò Văn Hoa", "Trưởng thôn Tân Lập 2"),
        # two fields of a department joined by a hyphen ("Xã hội" is no commune)
        ("Ông Lò Văn Sa, Phó Trưởng phòng Văn hóa - Xã hội xã Yên Bình, giảng bài.", "Lò Văn Sa",
         "Phó Trưởng phòng Văn hóa - Xã hội xã Yên Bình"),
        # an age between commas before a role in lower case
        ("Ông Hà Văn Sáu, 70 tuổi, hội viên Hội CCB xã Tân Lập, cảm động.", "Hà Văn Sáu",
         "hội viên Hội CCB xã Tân Lập"),
        ("Chị Lê Thị Hoa, 22 tuổi, đoàn viên thôn Khe Mơ, một học viên.", "Lê Thị Hoa", "đoàn viên thôn Khe Mơ"),
        ("Ông Lê Văn Bảy, sinh năm 1955, hội viên xã Tân Mỹ, nuôi tôm.", "Lê Văn Bảy", "hội viên xã Tân Mỹ"),
        # bodies of other faiths, a name written with hyphens in a body's name
        ("Tại hội nghị, Imam Đàng Văn Sơn, Ủy viên Ban đại diện Cộng đồng Hồi giáo tỉnh phát biểu.",
         "Đàng Văn Sơn", "Ủy viên Ban đại diện Cộng đồng Hồi giáo tỉnh"),
        ("Tại hội nghị, Cả sư Thường Văn Lộc, Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh phát biểu.",
         "Thường Văn Lộc", "Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
    ],
)
def test_titles_run_on_to_the_end_of_their_body(text, name, title):
    assert title in _people(text)[name]


def test_religious_titles_of_other_faiths_before_the_name():
    people = _people("Cả sư Thường Văn Lộc và Imam Đàng Văn Sơn phát biểu.")
    assert "Cả sư" in people["Thường Văn Lộc"]
    assert "Imam" in people["Đàng Văn Sơn"]


def test_two_titles_before_a_name_with_a_hyphenated_department():
    people = _people(
        "Các học viên được Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh Lò Văn Hặc và "
        "bà Lường Thị Phong, giảng viên Trường Chính trị tỉnh truyền đạt 4 chuyên đề."
    )
    assert people["Lò Văn Hặc"] == ["Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"]


def test_a_number_followed_by_a_word_is_a_count_not_part_of_the_hamlet():
    assert _people("Ông Lò Văn Hoa, Trưởng thôn Tân Lập 3 năm liền.")["Lò Văn Hoa"] == ["Trưởng thôn Tân Lập"]


def test_the_age_alone_is_no_title():
    assert _people("Bà Lê Thị Nở, 57 tuổi, nhận bò xúc động.")["Lê Thị Nở"] == []


@pytest.mark.parametrize("plural", ["các chị", "các anh"])
def test_a_title_after_a_list_opened_by_a_plural_honorific_is_each_ones(plural):
    people = _people(
        f"Sau buổi trao quà, {plural} Lâm Thị Ka Ny, Kim Thị Sa Rin - Ủy viên Ban Chấp hành Hội LHPN xã Tân Hải "
        "đã đến thăm từng hộ."
    )
    title = "Ủy viên Ban Chấp hành Hội LHPN xã Tân Hải"
    assert people == {"Lâm Thị Ka Ny": [title], "Kim Thị Sa Rin": [title]}


def test_a_foreign_name_of_one_word_after_an_honorific():
    people = _people("Hai hộ Chăm là ông Yusuf và bà Sa Ly Mah ở xã Tân Châu cũng được nhận bò.")
    assert set(people) == {"Yusuf", "Sa Ly Mah"}
    # a Vietnamese given name alone is not taken for a whole name
    assert _people("Ông Minh cho biết sẽ tiếp tục vận động.") == {}


_PAGE = (
    "HỘI NÔNG DÂN TỈNH PHÚ YÊN\n"
    "Cập nhật: 08:10, 22/12/2019 (GMT+7)\n"
    "Đoàn kết một lòng, tạo đà cho năm 2020\n"
    "Sáng 21/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2019, triển khai nhiệm vụ năm "
    "2020. Dự hội nghị có đại diện lãnh đạo các sở, ngành của tỉnh.\n"
)


@pytest.mark.parametrize("planned", ["tạo đà cho năm 2020", "hướng tới năm 2020", "chuẩn bị cho năm 2020"])
def test_a_headline_naming_the_year_ahead_yields_to_the_year_reviewed(planned):
    page = _PAGE.replace("tạo đà cho năm 2020", planned)
    assert extract_text(page)["event"]["period"] == "2019"


def test_opening_a_class_is_holding_a_training():
    page = (
        "HỘI LIÊN HIỆP PHỤ NỮ TỈNH YÊN BÁI\n"
        "15-10-2024 08:30\n"
        "Nâng cao kỹ năng cho tổ trưởng tổ phụ nữ vùng cao\n"
        "Từ ngày 14 đến 16/10, tại xã Mường Lai, Hội LHPN tỉnh mở lớp tập huấn nâng cao năng lực cho 90 tổ trưởng "
        "tổ phụ nữ đến từ 12 xã.\n"
    )
    event = extract_text(page)["event"]
    assert (event["kind"], event["date"]) == ("tap_huan", "2024-10-14")


def test_a_religious_name_after_a_clergy_title_needs_no_family_name():
    people = _people(
        "Tại hội nghị, Giáo hữu Ngọc Bảy Hoa, Trưởng Ban Cai quản Họ đạo Cao Đài Vĩnh Long, đã vận động tín đồ."
    )
    # "Cao Đài Vĩnh Long" names the parish's faith and place, not a Mr Cao
    assert people == {"Ngọc Bảy Hoa": ["Giáo hữu", "Trưởng Ban Cai quản Họ đạo Cao Đài Vĩnh Long"]}
    # without a clergy title, words that open with no family name are no person
    assert _people("Tại hội nghị, Trưởng ban Ngọc Bảy Hoa phát biểu.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội trao 30 con bò sinh sản cho hộ nghèo.", (30, "con bò sinh sản")),
        ("Chị đã vận động 7 cặp đôi hủy bỏ ý định tảo hôn.", (7, "cặp đôi")),
        ("Có 5 cặp vợ chồng được tư vấn.", (5, "cặp vợ chồng")),
    ],
)
def test_counted_nouns_that_keep_their_classifier(text, expected):
    assert expected in [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]
