"""Twenty-fourth round of issue 14: the shapes of people and titles that every blind set (holdout22-27 above all)
still missed: clergy titles and their bodies, department names holding a comma, a "và" or a long lower-case
description, and second titles after a rank; tested on invented sentences (other names, places, posts and bodies than
the pages)."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# a department's name that goes on past a comma, a "và" or lower-case words up to the body it belongs to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Kiệm, Phó Chủ tịch - Trưởng ban Kinh tế, Xã hội Ủy ban MTTQ Việt Nam huyện chủ trì buổi làm việc.",
            {"Lê Văn Kiệm": ["Phó Chủ tịch - Trưởng ban Kinh tế, Xã hội Ủy ban MTTQ Việt Nam huyện"]},
        ),
        (
            "Chị Đào Thu Trang, Trưởng ban Thanh niên trường học và nông thôn Huyện đoàn, trao quà cho các em.",
            {"Đào Thu Trang": ["Trưởng ban Thanh niên trường học và nông thôn Huyện đoàn"]},
        ),
        (
            "Trung tá Vi Văn Toàn, Phó Trưởng phòng Tham mưu công tác bảo vệ chính trị nội bộ Công an tỉnh, phát biểu.",
            {"Vi Văn Toàn": ["Trung tá", "Phó Trưởng phòng Tham mưu công tác bảo vệ chính trị nội bộ Công an tỉnh"]},
        ),
    ],
)
def test_a_department_name_runs_on_to_its_body(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a comma that opens the next post is no part of the department's name
            "Bà Hà Thị Dung, Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam xã, dự buổi họp.",
            {"Hà Thị Dung": ["Trưởng ban Dân vận", "Chủ tịch Ủy ban MTTQ Việt Nam xã"]},
        ),
        (
            # nor people after "và"
            "Bà Lê Thị Hồng, Trưởng ban Tuyên giáo và cán bộ Hội Nông dân tỉnh dự buổi làm việc.",
            {"Lê Thị Hồng": ["Trưởng ban Tuyên giáo"]},
        ),
        (
            # nor the office of a body ("Văn phòng") that no head opens
            "Ông Lê Văn Hùng, Chánh Văn phòng Huyện ủy phối hợp với Hội Nông dân huyện tổ chức hội nghị.",
            {"Lê Văn Hùng": ["Chánh Văn phòng Huyện ủy"]},
        ),
        (
            # nor a verb that ends the clause
            "Ông Tạ Văn Lực, Trưởng phòng Nội vụ trao quyết định cho Hội Cựu chiến binh xã.",
            {"Tạ Văn Lực": ["Trưởng phòng Nội vụ"]},
        ),
    ],
)
def test_a_department_name_stops_before_another_post_or_a_verb(text: str, expected: dict) -> None:
    assert _people(text) == expected


# second posts after a rank: a team described in lower case in a border post written "đồn", a deputy political officer


def test_a_team_of_a_border_post_and_a_deputy_political_officer() -> None:
    text = (
        "Đại úy Lò Văn Khiêm, Đội trưởng Đội vận động quần chúng đồn Biên phòng Mường Toong và Thiếu tá Vàng A Chư, "
        "Phó Chính trị viên Đồn Biên phòng Nậm Chẩy, báo cáo kết quả."
    )
    assert _people(text) == {
        "Lò Văn Khiêm": ["Đại úy", "Đội trưởng Đội vận động quần chúng đồn Biên phòng Mường Toong"],
        "Vàng A Chư": ["Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Nậm Chẩy"],
    }


# clergy: a council of a faith named with a hyphen, a deanery by its town, titles of monks and nuns


def test_a_faith_named_with_a_hyphen_before_the_place_word() -> None:
    text = "Ông Thông Văn Lạc, Phó Chủ tịch Hội đồng chức sắc Hồi giáo Bà-ni huyện, phát biểu."
    assert _people(text) == {"Thông Văn Lạc": ["Phó Chủ tịch Hội đồng chức sắc Hồi giáo Bà-ni huyện"]}


def test_a_deanery_keeps_its_town() -> None:
    text = "Linh mục Giuse Đỗ Văn Tín, quản hạt Phú Yên, cho biết các giáo xứ đã góp quà."
    assert _people(text) == {"Giuse Đỗ Văn Tín": ["Linh mục", "quản hạt Phú Yên"]}


def test_a_nun_after_and_and_a_khmer_lay_elder() -> None:
    text = (
        "Dự có Linh mục Phêrô Lê Văn Khẩn, Chánh xứ giáo xứ Đông Lý và Nữ tu Maria Đào Thị Hạnh, Bề trên Cộng đoàn "
        "Đa Minh Phú Lý; Lão sư Kim Sóc Phan, Achar chùa Sà Lôn."
    )
    assert _people(text) == {
        "Phêrô Lê Văn Khẩn": ["Linh mục", "Chánh xứ giáo xứ Đông Lý"],
        "Maria Đào Thị Hạnh": ["Nữ tu", "Bề trên Cộng đoàn Đa Minh Phú Lý"],
        "Kim Sóc Phan": ["Lão sư", "Achar chùa Sà Lôn"],
    }


def test_a_title_opens_a_line_after_a_caption_credit() -> None:
    text = (
        "Tin tức\n\nQuang cảnh buổi gặp mặt. Ảnh: Thu Hà\n"
        "Đại đức Thạch Văn Ni, trụ trì chùa Sóc Xoài, đề nghị quan tâm bảo tồn chữ Khmer.\n"
    )
    assert _people(text) == {"Thạch Văn Ni": ["Đại đức", "trụ trì chùa Sóc Xoài"]}


# what a person stands for ("đại diện …") when it is their only title; a post before it is what they hold


def test_a_representative_when_it_is_the_only_title() -> None:
    text = (
        "Dự có ông Trần Văn Hai, Phó Chủ tịch UBND tỉnh, đại diện Ban Chỉ đạo tỉnh và ông Trương Gia Phúc, đại diện "
        "cộng đồng người Hoa thị xã Bình Minh. Giáo hữu Ngọc Thành Tâm, đại diện Hội thánh Cao Đài Tây Ninh tại tỉnh, "
        "cho biết tín đồ đã góp quà."
    )
    assert _people(text) == {
        "Trần Văn Hai": ["Phó Chủ tịch UBND tỉnh"],
        "Trương Gia Phúc": ["đại diện cộng đồng người Hoa thị xã Bình Minh"],
        "Ngọc Thành Tâm": ["Giáo hữu", "đại diện Hội thánh Cao Đài Tây Ninh tại tỉnh"],
    }


def test_a_religious_name_after_a_clergy_title_in_a_list_is_the_next_person() -> None:
    text = "Dự có các vị: Hòa thượng Thích Minh Quang, Giáo hữu Thượng Bảo Thanh, Linh mục Phạm Văn Hòa."
    assert _people(text) == {
        "Thích Minh Quang": ["Hòa thượng"],
        "Thượng Bảo Thanh": ["Giáo hữu"],
        "Phạm Văn Hòa": ["Linh mục"],
    }


def test_a_role_given_by_an_appointment() -> None:
    text = "Chị Lò Thị Mai, được bổ nhiệm làm công chức Tư pháp - Hộ tịch xã từ tháng 5, cho biết sẽ hướng dẫn bà con."
    assert _people(text) == {"Lò Thị Mai": ["công chức Tư pháp - Hộ tịch xã"]}


def test_a_name_of_four_words_opened_by_a_body_word() -> None:
    text = "Khai mạc lớp học có đồng chí Đoàn Ngọc Minh Châu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy."
    assert _people(text) == {"Đoàn Ngọc Minh Châu": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]}


# a business the page does not name: a trade stops before it, a post takes it with what describes it


def test_an_unnamed_business_after_a_trade_and_after_a_post() -> None:
    text = (
        "Chị Hoàng Thị Vân, công nhân một công ty giày ở khu công nghiệp Tam Phước, chia sẻ. Ông Lâm Chí Cường, Phó "
        "Chủ tịch Hội Doanh nhân trẻ tỉnh, Giám đốc một doanh nghiệp chế biến gỗ, đề nghị hỗ trợ vốn."
    )
    assert _people(text) == {
        "Hoàng Thị Vân": ["công nhân"],
        "Lâm Chí Cường": ["Phó Chủ tịch Hội Doanh nhân trẻ tỉnh", "Giám đốc một doanh nghiệp chế biến gỗ"],
    }


# a portrait's first sentence: the years in two posts, the commune and district after them, then the person


def test_two_posts_held_before_the_person_is_named() -> None:
    text = (
        "Hơn 8 năm làm Bí thư Chi bộ, Trưởng thôn Khe Mạ, xã Hòa Bình, huyện Đồng Hỷ, bà Triệu Thị Hoa đã cùng bà "
        "con làm đường bê tông."
    )
    assert _people(text) == {"Triệu Thị Hoa": ["Bí thư Chi bộ", "Trưởng thôn Khe Mạ"]}


def test_the_head_of_a_council_and_a_cham_elder() -> None:
    text = (
        "Đoàn có Cả sư Lưu Văn Hải, Trưởng Hội đồng Chức sắc Bàlamôn giáo tỉnh; Ông Cả Lưu Minh Sang, Chủ tịch Hội "
        "đồng Chức sắc Hồi giáo Bàni tỉnh."
    )
    assert _people(text) == {
        "Lưu Văn Hải": ["Cả sư", "Trưởng Hội đồng Chức sắc Bàlamôn giáo tỉnh"],
        "Lưu Minh Sang": ["Ông Cả", "Chủ tịch Hội đồng Chức sắc Hồi giáo Bàni tỉnh"],
    }
