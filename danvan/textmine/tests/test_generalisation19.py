"""Nineteenth round of issue 14: rules drawn from the shapes of holdout18's misses when it was first scored
(development material since), tested on invented lines and sentences (other names, places, posts and numbers than
the pages)."""

from datetime import date

import pytest

from danvan.textmine import extract_text
from danvan.textmine.dates import date_line

from .test_generalisation5 import _people

# One honorific before a list of names, one post after a dash: each name holds the post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự hội nghị có đồng chí Lò Văn Dũng, Phạm Thị Hạnh - Phó Chủ tịch UBND huyện.",
            {"Lò Văn Dũng": ["Phó Chủ tịch UBND huyện"], "Phạm Thị Hạnh": ["Phó Chủ tịch UBND huyện"]},
        ),
        (
            "Đồng chí Hà Minh Tuấn, Lưu Thị Mai, Vương Văn Khải - Phó Bí thư Huyện ủy cùng dự.",
            {
                "Hà Minh Tuấn": ["Phó Bí thư Huyện ủy"],
                "Lưu Thị Mai": ["Phó Bí thư Huyện ủy"],
                "Vương Văn Khải": ["Phó Bí thư Huyện ủy"],
            },
        ),
        (
            "Dự lễ có đồng chí Y Bluê, Rơ Châm Hiền - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn "
            "An, Phó Chủ tịch UBND tỉnh.",
            {
                "Y Bluê": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
                "Rơ Châm Hiền": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
                "Nguyễn Văn An": ["Phó Chủ tịch UBND tỉnh"],
            },
        ),
        # the last name after "và", then a comma and the post
        (
            "Tham dự có đồng chí Ksor Phước, Nay Hơ Lim và Rơ Mah Blối, Phó Chủ tịch Ủy ban MTTQ tỉnh.",
            {
                "Ksor Phước": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
                "Nay Hơ Lim": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
                "Rơ Mah Blối": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
            },
        ),
        (
            "Tham dự có đồng chí Lê Văn Hòa, Bí thư Huyện ủy và Trần Thị Lụa, Phó Bí thư Huyện ủy.",
            {"Lê Văn Hòa": ["Bí thư Huyện ủy"], "Trần Thị Lụa": ["Phó Bí thư Huyện ủy"]},
        ),
        # a post between the names: each keeps its own
        (
            "Đồng chí Lò Văn Dũng, Bí thư Huyện ủy, Phạm Thị Hạnh - Phó Chủ tịch UBND huyện dự.",
            {"Lò Văn Dũng": ["Bí thư Huyện ủy"], "Phạm Thị Hạnh": ["Phó Chủ tịch UBND huyện"]},
        ),
    ],
)
def test_one_honorific_before_names_and_a_dashed_post(text, expected):
    assert _people(text) == expected


def test_a_single_name_before_a_place_after_a_comma_gets_no_dashed_post():
    people = _people("Đồng chí Lò Văn Dũng, Hà Nội - Thủ đô của cả nước, phát biểu.")
    assert people == {"Lò Văn Dũng": []}


# Bodies described by two fields joined by a hyphen: "chính trị - xã hội"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự buổi làm việc có các đồng chí Triệu Văn Sinh, Hoàng Thị Lan - trưởng các đoàn thể chính trị - xã hội "
            "huyện.",
            {
                "Triệu Văn Sinh": ["trưởng các đoàn thể chính trị - xã hội huyện"],
                "Hoàng Thị Lan": ["trưởng các đoàn thể chính trị - xã hội huyện"],
            },
        ),
        (
            "Ông Lò Văn Pọm, trưởng các đoàn thể chính trị - xã hội xã Mường Bú, phát biểu.",
            {"Lò Văn Pọm": ["trưởng các đoàn thể chính trị - xã hội xã Mường Bú"]},
        ),
    ],
)
def test_a_body_described_by_fields_joined_by_a_hyphen(text, expected):
    assert _people(text) == expected


def test_a_hyphen_between_other_words_still_ends_the_description():
    people = _people("Ông Lò Văn Pọm, trưởng các đoàn thể chính trị - Phó Chủ tịch UBND xã, phát biểu.")
    assert people["Lò Văn Pọm"][0] == "trưởng các đoàn thể"


# Roles after a name: "chủ tổ hợp tác", "chủ trang trại", "hộ dân <hamlet>"; a role's hamlet after a people; a named
# "khu"; a count after a role is what the person does, not the role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Có mặt các anh Nông Văn Bình, Mai Văn Cường và Lý Thị Hoa, chủ tổ hợp tác, đại diện cho 50 hội viên.",
            {
                "Nông Văn Bình": ["chủ tổ hợp tác"],
                "Mai Văn Cường": ["chủ tổ hợp tác"],
                "Lý Thị Hoa": ["chủ tổ hợp tác"],
            },
        ),
        ("Ông Vi Văn Thọ (dân tộc Tày), hộ dân thôn Nà Pán, kể lại.", {"Vi Văn Thọ": ["hộ dân thôn Nà Pán"]}),
        (
            "Tại xã Vĩnh Hòa, bà Néang Sa Ry, hội viên người Khmer ấp Phú Lợi, được hỗ trợ vốn.",
            {"Néang Sa Ry": ["hội viên người Khmer ấp Phú Lợi"]},
        ),
        ("Ông Hà Văn Lả, hội viên người Mường, phát biểu.", {"Hà Văn Lả": ["hội viên"]}),
        (
            "Hội nghị nghe ông Lò Văn Pọm, trưởng khu Chiềng, xã Mường Bú, kể lại.",
            {"Lò Văn Pọm": ["trưởng khu Chiềng"]},
        ),
        ("Bà Hà Thị Mơ, hội viên khu Đồng Tâm, phát biểu.", {"Hà Thị Mơ": ["hội viên khu Đồng Tâm"]}),
        (
            "Ông Triệu Văn Pảo, chủ trang trại nuôi 80 con dê và 20 con bò, chia sẻ kinh nghiệm.",
            {"Triệu Văn Pảo": ["chủ trang trại"]},
        ),
        ("Lão nông Trần Văn Chín (75 tuổi) ở ấp Phước Hòa hiến 500 m2 đất.", {"Trần Văn Chín": ["Lão nông"]}),
        (
            "Bà Đặng Thị Yến, tổ trưởng tổ dân phố số 7, phát biểu.",
            {"Đặng Thị Yến": ["tổ trưởng tổ dân phố số 7"]},
        ),
    ],
)
def test_roles_after_a_name(text, expected):
    assert _people(text) == expected


# Abbreviated national bodies: "Hội NDVN", "Hội LHPNVN", "Hội CCBVN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có đồng chí Trần Văn Hải, UVBCH Trung ương Hội NDVN, Chủ tịch Hội Nông dân tỉnh.",
            {"Trần Văn Hải": ["UVBCH Trung ương Hội NDVN", "Chủ tịch Hội Nông dân tỉnh"]},
        ),
        (
            "Bà Lê Thị Hồng, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPNVN, Chủ tịch Hội LHPN tỉnh, phát biểu.",
            {"Lê Thị Hồng": ["Ủy viên Đoàn Chủ tịch Trung ương Hội LHPNVN", "Chủ tịch Hội LHPN tỉnh"]},
        ),
        (
            "Ông Đỗ Văn Kiên, Ủy viên Ban Chấp hành Trung ương Hội CCBVN, Chủ tịch Hội CCB tỉnh, dự.",
            {"Đỗ Văn Kiên": ["Ủy viên Ban Chấp hành Trung ương Hội CCBVN", "Chủ tịch Hội CCB tỉnh"]},
        ),
    ],
)
def test_abbreviated_national_bodies(text, expected):
    assert _people(text) == expected


# A paper's or city's mark in capitals and a dash before a portrait's first sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TP. HCM - Hơn 10 năm làm trưởng khu phố 4, phường Tân Định, bà Trương Thị Mỹ được bà con quý mến.",
            {"Trương Thị Mỹ": ["trưởng khu phố 4"]},
        ),
        (
            "ĐT - Gần 20 năm làm Chi hội trưởng phụ nữ ấp Bình Hòa, bà Lê Thị Nga vẫn đi từng nhà.",
            {"Lê Thị Nga": ["Chi hội trưởng phụ nữ ấp Bình Hòa"]},
        ),
        (
            "QNO - Gần 12 năm làm tổ trưởng tổ dân phố 8, phường An Mỹ, ông Kha Chí Thành (người Hoa) được tín nhiệm.",
            {"Kha Chí Thành": ["tổ trưởng tổ dân phố 8"]},
        ),
    ],
)
def test_a_mark_and_a_dash_open_the_portrait(text, expected):
    assert _people(text) == expected


def test_a_mark_needs_its_dash_at_the_line_s_start():
    text = "Tin tức hôm nay HCM Gần 9 năm làm tổ trưởng tổ dân phố 2, ông Kha Chí Thành được tín nhiệm."
    assert _people(text) == {"Kha Chí Thành": []}


# A second appointment in the same clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Vi Văn Thọ, 60 tuổi, kể lại. Ông Thọ đã 2 lần được bầu làm trưởng thôn trước khi được Đảng ủy xã "
            "phân công giữ chức Bí thư Chi bộ.",
            {"Vi Văn Thọ": ["trưởng thôn", "Bí thư Chi bộ"]},
        ),
        (
            "Ông Hà Văn Lả được bổ nhiệm làm Phó Trưởng phòng rồi được điều động giữ chức Trưởng phòng Nội vụ huyện.",
            {"Hà Văn Lả": ["Phó Trưởng phòng", "Trưởng phòng Nội vụ huyện"]},
        ),
        # a comma ends the appointment's clause
        (
            "Ông Hà Văn Lả được bổ nhiệm làm Phó Trưởng phòng, sau đó anh trai ông được cử làm Trưởng phòng.",
            {"Hà Văn Lả": ["Phó Trưởng phòng"]},
        ),
        # a post said with "làm" alone, no appointment: nothing later
        (
            "Ông Hà Văn Lả làm trưởng thôn khi con trai làm Bí thư Chi đoàn.",
            {"Hà Văn Lả": ["trưởng thôn"]},
        ),
    ],
)
def test_a_later_appointment_in_the_same_clause(text, expected):
    assert _people(text) == expected


def test_no_new_quantity_or_person_from_a_household_role():
    result = extract_text("Có 45 hộ dân thôn Nà Pán hiến đất làm đường.")
    assert result["people"] == []
    assert [(q["value"], q["unit"]) for q in result["quantities"]] == [(45, "hộ dân")]


# Quantities: "khác" closes a counted noun; a people's name that begins a place's name; owners counted; a rise or a
# fall of a price from one figure to another; a count that opens a clause after a semicolon


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mô hình được nhân rộng ra 7 xóm khác của huyện.", [(7, "xóm")]),
        ("Lớp học mở cho cán bộ của 3 huyện Mường Lát, Quan Sơn.", [(3, "huyện")]),
        ("Xã có 14 bản Thái và 6 bản Mông.", [(14, "bản Thái"), (6, "bản Mông")]),
        (
            "Trong năm, 42 chủ doanh nghiệp và 17 chủ trang trại, gia trại tham gia.",
            [(42, "chủ doanh nghiệp"), (17, "chủ trang trại, gia trại")],
        ),
        (
            "Hội CCB xây 12 căn nhà đồng đội và sửa 4 nhà đồng đội.",
            [(12, "căn nhà đồng đội"), (4, "nhà đồng đội")],
        ),
        (
            "Hội giúp 30 hộ vay 3 tỷ đồng; 64 CCB được khen thưởng.",
            [(30, "hộ"), (3000000000, "đồng"), (64, "CCB")],
        ),
    ],
)
def test_counted_nouns(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giá thức ăn tăng từ 8.500 lên 10.200 đồng/kg.", [(8500, "đồng"), (10200, "đồng")]),
        ("Thu nhập giảm từ 7 xuống 5 triệu đồng/tháng.", [(7000000, "đồng"), (5000000, "đồng")]),
        # without "từ" the first figure is no end of a range: "tăng 5 lên 7" is no money
        ("Số tổ tăng 5 lên 7 triệu đồng vốn.", [(7000000, "đồng")]),
    ],
)
def test_a_price_that_rises_or_falls(text, expected):
    assert _quantities(text) == expected


def test_a_sentence_that_opens_with_a_capitalised_body_after_a_number_is_no_count():
    assert _quantities("Sư đoàn 2 Quân khu 5 tổ chức giao lưu.") == []


# Date lines: a weekday written "T2" … "T7", a byline after the date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("T3, 17/09/2024 - 08:40", date(2024, 9, 17)),
        ("T7, 06/01/2018 16:05", date(2018, 1, 6)),
        ("CN, 12/05/2019", date(2019, 5, 12)),
        ("Ngày gửi: 08/11/2015 - Người gửi: bientap", date(2015, 11, 8)),
        ("03/02/2020 09:15 | Đăng bởi: Ban biên tập", date(2020, 2, 3)),
        ("Cập nhật: 21/06/2017, Tác giả: Minh Châu", date(2017, 6, 21)),
    ],
)
def test_date_lines(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "T3, 17/09/2024 hội nghị trao 45 suất quà",
        "Ngày gửi: 08/11/2015 - Người gửi: 45 hộ nghèo",
        "Trao 12 suất quà T7, 06/01/2018",
        "T9, 17/09/2024",
    ],
)
def test_lines_that_say_more_than_a_date_are_no_date_line(line):
    assert date_line(line) is None


def test_a_weekday_abbreviated_dates_the_page_under_a_site_header():
    page = (
        "HỘI NÔNG DÂN TỈNH\nHôm nay: Thứ Sáu, 20/09/2024\nTrang chủ › Tin tức\nT3, 17/09/2024 - 08:40\n\n"
        "Hội Nông dân xã Tân Phú đối thoại với 120 hội viên\n\n"
        "Sáng 16/9, Hội Nông dân xã Tân Phú tổ chức hội nghị đối thoại với 120 hội viên về vốn vay.\n"
    )
    result = extract_text(page)
    assert result["published"] == "2024-09-17"
    assert result["title"] == "Hội Nông dân xã Tân Phú đối thoại với 120 hội viên"
    assert result["event"]["date"] == "2024-09-16"


# Shapes no blind page has shown yet, from invented sentences in the style of the pages: a Ban by its abbreviation
# after "Trưởng", the city's word written "TP.", a co-operative's name with lower-case words, GHPGVN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đồng chí Quàng Văn Minh, Ủy viên BTV Tỉnh ủy, Trưởng BDV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát "
            "biểu.",
            {
                "Quàng Văn Minh": [
                    "Ủy viên BTV Tỉnh ủy",
                    "Trưởng BDV Tỉnh ủy",
                    "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
                ]
            },
        ),
        ("Bà Lý Thị Lan, Phó Trưởng BTGDV Huyện ủy, dự.", {"Lý Thị Lan": ["Phó Trưởng BTGDV Huyện ủy"]}),
        ("Trưởng BDV Huyện ủy Lò Văn Sơn phát biểu.", {"Lò Văn Sơn": ["Trưởng BDV Huyện ủy"]}),
        (
            "Ông Tạ Quang Vinh – Phó Trưởng ban Thường trực Ban Dân vận Thành ủy TP. Hồ Chí Minh phát biểu.",
            {"Tạ Quang Vinh": ["Phó Trưởng ban Thường trực Ban Dân vận Thành ủy TP. Hồ Chí Minh"]},
        ),
        (
            "Chủ tịch UBND TP. Đà Nẵng Lê Trung Chinh phát biểu.",
            {"Lê Trung Chinh": ["Chủ tịch UBND TP. Đà Nẵng"]},
        ),
        ("Bí thư Thành ủy TP. Cần Thơ Trần Văn Lâu dự.", {"Trần Văn Lâu": ["Bí thư Thành ủy TP. Cần Thơ"]}),
        (
            "Bà Lưu Thị Nhàn, Chủ nhiệm HTX Dịch vụ nông nghiệp Hòa Bình, được khen.",
            {"Lưu Thị Nhàn": ["Chủ nhiệm HTX Dịch vụ nông nghiệp Hòa Bình"]},
        ),
        (
            "Giám đốc HTX Dịch vụ nông nghiệp Hòa Bình Nguyễn Văn Tám phát biểu.",
            {"Nguyễn Văn Tám": ["Giám đốc HTX Dịch vụ nông nghiệp Hòa Bình"]},
        ),
        (
            "Anh Đỗ Văn Hùng, Giám đốc Công ty Tân Phát tặng quà cho Hội Nông dân xã.",
            {"Đỗ Văn Hùng": ["Giám đốc Công ty Tân Phát"]},
        ),
        (
            "Hòa thượng Thích Thiện Tâm, Phó Chủ tịch Hội đồng Trị sự GHPGVN, dự lễ.",
            {"Thích Thiện Tâm": ["Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự GHPGVN"]},
        ),
    ],
)
def test_shapes_from_invented_sentences(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Hoàng Văn Lợi, Trưởng ban tổ chức, cho biết.", {"Hoàng Văn Lợi": ["Trưởng ban tổ chức"]}),
        ("Bà Lê Thị Na, Phó Trưởng ban vận động, phát biểu.", {"Lê Thị Na": ["Phó Trưởng ban vận động"]}),
        ("Ông Hà Văn Tư, Trưởng ban cho biết thôn có nhiều đổi mới.", {"Hà Văn Tư": ["Trưởng ban"]}),
        (
            "Bà Sầm Thị Huế - nguyên Chủ tịch Hội LHPN huyện, hiện là Chi hội trưởng phụ nữ tổ 5 - chia sẻ.",
            {"Sầm Thị Huế": ["nguyên Chủ tịch Hội LHPN huyện", "Chi hội trưởng phụ nữ tổ 5"]},
        ),
    ],
)
def test_a_ban_or_a_unit_described_in_lower_case(text, expected):
    assert _people(text) == expected


def test_a_head_before_an_abbreviation_that_is_no_ban_is_no_post():
    assert _people("Trưởng HĐND Lò Văn Sơn phát biểu.") == {}
