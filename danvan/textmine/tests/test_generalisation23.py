"""Twenty-third round of issue 14: rules drawn from the shapes of the people and titles the newest blind sets
(holdout22-25, development material since) still miss, tested on invented sentences (other names, places, posts and
bodies than the pages)."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# a body's name in sentence case: one word in capitals, then lower-case words up to the place word that closes it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự buổi gặp mặt có Thượng tọa Kim Văn Sơn, Ủy viên Hội Đoàn kết Sư sãi yêu nước huyện.",
            {"Kim Văn Sơn": ["Thượng tọa", "Ủy viên Hội Đoàn kết Sư sãi yêu nước huyện"]},
        ),
        (
            "Ông Mã Văn Hiếu, Trưởng ban Đại diện cộng đồng Hồi giáo xã Châu Phong, phát biểu tại buổi tiếp xúc.",
            {"Mã Văn Hiếu": ["Trưởng ban Đại diện cộng đồng Hồi giáo xã Châu Phong"]},
        ),
    ],
)
def test_a_capital_word_goes_on_in_lower_case_to_the_place(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a union or a unit of a business: the business's name after the lower-case words that describe the body


def test_a_business_after_a_described_body_is_read_on() -> None:
    text = "Bà Trần Thị Hạnh, Chủ tịch Công đoàn cơ sở Công ty TNHH Dệt may Hưng Phát, chia sẻ kinh nghiệm."
    assert _people(text) == {"Trần Thị Hạnh": ["Chủ tịch Công đoàn cơ sở Công ty TNHH Dệt may Hưng Phát"]}


# a capital word alone that no place word follows keeps the body where it was


def test_a_capital_word_without_a_place_after_it_stays_short() -> None:
    text = "Ông Lê Văn Cường, Chủ tịch Hội Nông dân xã, trao quà cho các hộ nghèo."
    assert _people(text) == {"Lê Văn Cường": ["Chủ tịch Hội Nông dân xã"]}


# a role that serves a people's community: "đồng bào" and the people's name, then the place the role names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Điểu Văn Lên, người có uy tín đồng bào Xtiêng ấp Bàu Sen, nêu ý kiến.",
            {"Điểu Văn Lên": ["người có uy tín đồng bào Xtiêng ấp Bàu Sen"]},
        ),
        (
            "Ông Y Bắp, người có uy tín đồng bào Ê Đê buôn Ko Sier, phát biểu.",
            {"Y Bắp": ["người có uy tín đồng bào Ê Đê buôn Ko Sier"]},
        ),
        (
            "Ông Lâm Văn Sáu, người có uy tín đồng bào Khmer, phát biểu.",
            {"Lâm Văn Sáu": ["người có uy tín đồng bào Khmer"]},
        ),
    ],
)
def test_a_role_keeps_the_community_it_serves_and_its_place(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a body's own name that runs on into the name of its town, known without its word: the town is the body's, and the
# words are no person's name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Hà Văn Lộc, Trưởng ban Quản trị Hội quán Triều Châu Biên Hòa, phát biểu.",
            {"Hà Văn Lộc": ["Trưởng ban Quản trị Hội quán Triều Châu Biên Hòa"]},
        ),
        (
            "Bà Lý Mỹ Linh, Phó Trưởng ban Quản trị Hội quán Phúc Kiến Thủ Dầu Một, phát biểu.",
            {"Lý Mỹ Linh": ["Phó Trưởng ban Quản trị Hội quán Phúc Kiến Thủ Dầu Một"]},
        ),
    ],
)
def test_a_body_name_runs_on_into_its_town(text: str, expected: dict) -> None:
    assert _people(text) == expected


# posts of religious boards and of a school's youth work, named by their own words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Trương Văn Lực, Chánh Hội trưởng Ban Trị sự Phật giáo Hòa Hảo huyện, phát biểu.",
            {"Trương Văn Lực": ["Chánh Hội trưởng Ban Trị sự Phật giáo Hòa Hảo huyện"]},
        ),
        (
            "Cô Lò Thị Hoa, Tổng phụ trách Đội Trường THCS Mường Lói, cho biết nhà trường có 80 học sinh.",
            {"Lò Thị Hoa": ["Tổng phụ trách Đội Trường THCS Mường Lói"]},
        ),
    ],
)
def test_posts_of_boards_and_schools(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a title before a colon and names behind ranks: every name of the list gets the title, not the first alone


def test_a_title_before_a_colon_is_each_ranked_names() -> None:
    text = "Dự có các Phó Chủ tịch Hội CCB huyện: Đại tá Lê Văn Sang, Thượng tá Phạm Công Đức, Trung tá Kim Sương."
    assert _people(text) == {
        "Lê Văn Sang": ["Đại tá", "Phó Chủ tịch Hội CCB huyện"],
        "Phạm Công Đức": ["Thượng tá", "Phó Chủ tịch Hội CCB huyện"],
        "Kim Sương": ["Trung tá", "Phó Chủ tịch Hội CCB huyện"],
    }


def test_a_post_of_its_own_still_closes_the_list() -> None:
    text = "Các Phó Chủ tịch Hội CCB tỉnh: ông Lê Văn Sang, ông Phạm Công Đức; bà Lê Thị Hà, Phó Trưởng ban Dân tộc tỉnh."
    assert _people(text)["Lê Thị Hà"] == ["Phó Trưởng ban Dân tộc tỉnh"]


# "Các" that opens a line after a caption opens the title's list as it opens a sentence


def test_a_list_opened_at_a_lines_start_after_a_caption() -> None:
    text = (
        "Bà Lê Thị Oanh tặng quà cho hội viên. Ảnh: Minh Châu\n"
        "Các Phó Chủ tịch Hội Nông dân tỉnh: Đỗ Văn Toàn, Vương Thị Lụa trình bày báo cáo."
    )
    people = _people(text)
    assert people["Đỗ Văn Toàn"] == ["Phó Chủ tịch Hội Nông dân tỉnh"]
    assert people["Vương Thị Lụa"] == ["Phó Chủ tịch Hội Nông dân tỉnh"]


# a unit known by its number, then the commune or ward it lies in, named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lò Văn Hải, Bí thư Chi bộ, Trưởng khu 5 xã Tân Lập, phát biểu.",
            {"Lò Văn Hải": ["Bí thư Chi bộ", "Trưởng khu 5 xã Tân Lập"]},
        ),
        (
            "Ông Lò Văn Hải, Tổ trưởng tổ dân phố số 3 phường Tân An, phát biểu.",
            {"Lò Văn Hải": ["Tổ trưởng tổ dân phố số 3 phường Tân An"]},
        ),
        ("Ông Lò Văn Hải, Trưởng khu 5 xã nhà, phát biểu.", {"Lò Văn Hải": ["Trưởng khu 5"]}),
    ],
)
def test_a_numbered_unit_keeps_its_commune(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a body described at length in lower case, a people's name and a school after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Hứa Thị Nhàn, Chi hội trưởng Chi hội phụ nữ nghề nghiệp trồng nấm thôn Đông Hạ, phát biểu.",
            {"Hứa Thị Nhàn": ["Chi hội trưởng Chi hội phụ nữ nghề nghiệp trồng nấm thôn Đông Hạ"]},
        ),
        (
            "Anh Lý Văn Tùng, Bí thư Chi đoàn sinh viên Lào Trường Đại học Tây Bắc, cho biết.",
            {"Lý Văn Tùng": ["Bí thư Chi đoàn sinh viên Lào Trường Đại học Tây Bắc"]},
        ),
    ],
)
def test_a_body_described_at_length(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a list after a title and a colon whose names stand behind clergy titles: each is the next name, not a post


def test_a_title_before_a_colon_is_each_clergy_names() -> None:
    text = (
        "Dự có các vị Ủy viên Ủy ban MTTQ Việt Nam huyện: Thượng tọa Thích Minh Đạo, Linh mục Giuse Trần Văn Lộc, "
        "Giáo hữu Ngọc Thanh Tâm."
    )
    assert _people(text) == {
        "Thích Minh Đạo": ["Thượng tọa", "Ủy viên Ủy ban MTTQ Việt Nam huyện"],
        "Giuse Trần Văn Lộc": ["Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam huyện"],
        "Ngọc Thanh Tâm": ["Giáo hữu", "Ủy viên Ủy ban MTTQ Việt Nam huyện"],
    }


# a name whose middle and last words read as a body ("Văn Phòng"), closed by a separator or a verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự hội nghị có anh Đỗ Văn Phòng, Bí thư Huyện đoàn; chị Lê Thị Mai.",
            {"Đỗ Văn Phòng": ["Bí thư Huyện đoàn"], "Lê Thị Mai": []},
        ),
        ("Anh Đỗ Văn Phòng phát biểu kết luận hội nghị.", {"Đỗ Văn Phòng": []}),
        ("Chánh Văn phòng Đỗ Văn Hải phát biểu.", {"Đỗ Văn Hải": ["Chánh Văn phòng"]}),
    ],
)
def test_a_name_that_reads_as_a_body(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a description of six words only up to a named place: a body doing something is no body's name


def test_a_long_clause_after_a_body_is_no_body() -> None:
    text = "Mặt trận các cấp tiếp tục thực hiện Nghị quyết số 12 của Tỉnh ủy về giảm nghèo."
    assert not any("tiếp tục" in name for name in extract_text(text)["organizations"])


# a company named by its trade in lower case, closed by a comma, after a role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chị Kiều Thị Na, công nhân Công ty may mặc, quê Thái Bình, cho biết thu nhập đã ổn định.",
            {"Kiều Thị Na": ["công nhân Công ty may mặc"]},
        ),
        ("Chị Kiều Thị Na, công nhân Công ty, cho biết thu nhập đã ổn định.", {"Kiều Thị Na": ["công nhân"]}),
    ],
)
def test_a_company_named_by_its_trade(text: str, expected: dict) -> None:
    assert _people(text) == expected
