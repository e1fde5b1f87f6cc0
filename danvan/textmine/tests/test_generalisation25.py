"""Twenty-fifth round of issue 14: the shapes of people and titles that holdout28 and holdout29 missed or invented:
a people's name read as a person, a sentence's full stop read as a degree's dot, and the bodies of posts that run
on; tested on invented sentences (other names, places, posts and bodies than the pages)."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# the name of one of the country's peoples opens no person unless a name follows it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ở thôn Kon Trang có 31 hộ hội viên Ba Na trồng sâm dây trên 9 ha.", {}),
        ("Các đoàn viên Cơ Tu và hội viên Ê Đê cùng dọn vệ sinh đường làng.", {}),
        ("Đại biểu Gia Rai đã phát biểu tại hội nghị.", {}),
        # a family name that is also a people's, before a name, stays the person's
        ("Ông Mông Văn Páo, hội viên Hội Nông dân xã, kể lại.", {"Mông Văn Páo": ["hội viên Hội Nông dân xã"]}),
        ("Hội viên Thái Văn Lực đã trả hết nợ vay.", {"Thái Văn Lực": ["Hội viên"]}),
    ],
)
def test_a_peoples_name_is_no_person(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a title at a line's end closed by a full stop is no degree written with its dot: the next line opens a new sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kinh phí lấy theo Quyết định của Thủ tướng Chính phủ.\nÔng Y Khoa Byă, Chủ tịch UBND xã Ea Hồ, cho biết.",
            {"Y Khoa Byă": ["Chủ tịch UBND xã Ea Hồ"]},
        ),
        (
            "Việc chi trả theo Nghị định của Chính phủ và Quyết định của Thủ tướng Chính phủ.\n"
            "Mục sư Ka Sô Ha Lâm, Quản nhiệm Chi hội Tin lành Đạ Nhim, phát biểu.",
            {"Ka Sô Ha Lâm": ["Mục sư", "Quản nhiệm Chi hội Tin lành Đạ Nhim"]},
        ),
        ("Dự lớp có TS. Đinh Thị Hạnh, Phó Giám đốc Trung tâm.", {"Đinh Thị Hạnh": ["TS.", "Phó Giám đốc Trung tâm"]}),
        ("PGS.TS. Vũ Minh Quân trình bày chuyên đề.", {"Vũ Minh Quân": ["PGS.TS."]}),
    ],
)
def test_a_full_stop_after_a_title_is_no_degrees_dot(text: str, expected: dict) -> None:
    assert _people(text) == expected


# the bodies of posts that run on: a group's task before the clause's verb, a department's last part and the place it
# serves, a parish's name that ends with a body's word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Lò Thị Xuân, Phó Chủ tịch HĐND huyện, Trưởng đoàn kiểm tra chủ trì buổi làm việc.",
            {"Lò Thị Xuân": ["Phó Chủ tịch HĐND huyện", "Trưởng đoàn kiểm tra"]},
        ),
        ("Ông Vi Văn Chiến, Trưởng đoàn khảo sát cho biết.", {"Vi Văn Chiến": ["Trưởng đoàn khảo sát"]}),
        ("Ông Vi Văn Chiến, Trưởng đoàn đến thăm trường.", {"Vi Văn Chiến": ["Trưởng đoàn"]}),
    ],
)
def test_a_groups_task_before_the_verb(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Đặng Quốc Huy, Phó Trưởng phòng Lao động - Thương binh và Xã hội thị xã cho biết.",
            {"Đặng Quốc Huy": ["Phó Trưởng phòng Lao động - Thương binh và Xã hội thị xã"]},
        ),
        (
            "Bà Mai Thị Thu, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Giang phát biểu.",
            {"Mai Thị Thu": ["Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Giang"]},
        ),
        (
            # a comma before another post still closes it
            "Ông Đặng Quốc Huy, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện, Ủy viên Ban Chấp hành Huyện ủy"
            " phát biểu.",
            {"Đặng Quốc Huy": ["Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện", "Ủy viên Ban Chấp hành Huyện ủy"]},
        ),
        (
            "Linh mục Giuse Đỗ Minh Khoa, Chánh xứ Giáo xứ Phú Hội, Ủy viên Ủy ban MTTQ huyện cho biết.",
            {"Giuse Đỗ Minh Khoa": ["Linh mục", "Chánh xứ Giáo xứ Phú Hội", "Ủy viên Ủy ban MTTQ huyện"]},
        ),
    ],
)
def test_a_bodys_name_runs_to_its_end(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Trịnh Văn Lộc, Giám đốc Ban Quản lý dự án, cho biết công trình xong trong tháng.",
            {"Trịnh Văn Lộc": ["Giám đốc Ban Quản lý dự án"]},
        ),
        (
            # a term after a body is no part of its name
            "Ông Trịnh Văn Lộc, Ủy viên Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam nhiệm kỳ mới, phát biểu.",
            {"Trịnh Văn Lộc": ["Ủy viên Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam"]},
        ),
    ],
)
def test_a_bodys_name_ends_in_lower_case(text: str, expected: dict) -> None:
    assert _people(text) == expected


# posts of the clergy and the lay faithful: a deputy abbot, a Catholic village elder, a Cao Dai council's deputy head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đại đức Kim Sa Phol, Phó Trụ trì chùa Sà Lôn, chia sẻ niềm vui.",
            {"Kim Sa Phol": ["Đại đức", "Phó Trụ trì chùa Sà Lôn"]},
        ),
        (
            "Ông Đaminh Vũ Văn Thiện, Trùm trưởng giáo họ Phú Nhai, cảm ơn đoàn.",
            {"Đaminh Vũ Văn Thiện": ["Trùm trưởng giáo họ Phú Nhai"]},
        ),
        (
            "Giáo hữu Thượng Minh Thanh, Phó Chưởng quản Hội đồng Chưởng quản Hội thánh Cao Đài Ban Chỉnh Đạo, phát biểu.",
            {"Thượng Minh Thanh": ["Giáo hữu", "Phó Chưởng quản Hội đồng Chưởng quản Hội thánh Cao Đài Ban Chỉnh Đạo"]},
        ),
    ],
)
def test_posts_of_the_faithful(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "Bon" in capitals after a title opens a K'Ho family name, not a hamlet
            "Mục sư Bon Niêng Ha Thuật, Quản nhiệm Chi hội Tin lành Đạ Sar, phát biểu.",
            {"Bon Niêng Ha Thuật": ["Mục sư", "Quản nhiệm Chi hội Tin lành Đạ Sar"]},
        ),
        (
            "Bà Cil Thị Nhung, người có uy tín thôn Bon Rờm, đề nghị.",
            {"Cil Thị Nhung": ["người có uy tín thôn Bon Rờm"]},
        ),
    ],
)
def test_bon_in_capitals_opens_a_name(text: str, expected: dict) -> None:
    assert _people(text) == expected


# "vào" gives membership of a body only after an admission or right after the name, not a body merged into another


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các ông, bà Vương Văn Đức, Chu Thị Yến - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh báo cáo việc sáp nhập"
            " Hội Nông dân, Đoàn Thanh niên vào Mặt trận.",
            {
                "Vương Văn Đức": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
                "Chu Thị Yến": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
            },
        ),
        (
            "Ông Vương Văn Đức được bầu bổ sung vào Ban Chấp hành Hội Cựu chiến binh tỉnh.",
            {"Vương Văn Đức": ["Ban Chấp hành Hội Cựu chiến binh tỉnh"]},
        ),
        (
            "Đại hội bầu bổ sung đồng chí Vương Văn Đức vào BCH Hội Nông dân huyện.",
            {"Vương Văn Đức": ["BCH Hội Nông dân huyện"]},
        ),
    ],
)
def test_into_a_body_by_admission_only(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a person's people and home, with the district in brackets, is no title; the post after it is
            "Bà Điểu Thị Lan, người dân tộc Chơ Ro ở xã Túc Trưng (huyện Định Quán), thành viên Ban Thanh tra nhân dân"
            " xã, kể lại.",
            {"Điểu Thị Lan": ["thành viên Ban Thanh tra nhân dân xã"]},
        ),
        (
            "Ông K'Brơi, thành viên Ban Giám sát đầu tư của cộng đồng phường, nêu ý kiến.",
            {"K'Brơi": ["thành viên Ban Giám sát đầu tư của cộng đồng phường"]},
        ),
    ],
)
def test_an_origin_with_a_bracket_then_a_post(text: str, expected: dict) -> None:
    assert _people(text) == expected


# the body a part belongs to, after a comma: "Vụ trưởng Vụ …, Ban … Trung ương", "Phó Trưởng khoa …, Trường …" — a title
# of its own since the thirty-fourth round (the labels of nine sets split there, keeping or dropping the body; two join)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Kiều Minh Phúc, Vụ trưởng Vụ Địa phương III, Ban Dân vận Trung ương phát biểu chỉ đạo.",
            {"Kiều Minh Phúc": ["Vụ trưởng Vụ Địa phương III", "Ban Dân vận Trung ương"]},
        ),
        (
            "Giảng viên là bà Ông Thị Lụa, Trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh và ông Hà Văn Tư.",
            {"Ông Thị Lụa": ["Trưởng khoa Xây dựng Đảng", "Trường Chính trị tỉnh"], "Hà Văn Tư": []},
        ),
        (
            # a post after the comma is another title, not the body
            "Ông Kiều Minh Phúc, Trưởng phòng Tổ chức, Phó Chủ tịch Hội Luật gia tỉnh dự.",
            {"Kiều Minh Phúc": ["Trưởng phòng Tổ chức", "Phó Chủ tịch Hội Luật gia tỉnh"]},
        ),
        (
            # nor after a post that heads no part of a body
            "Bà Ông Thị Lụa, Chủ tịch Hội Nông dân xã, Ban Dân vận huyện và Hội Cựu chiến binh cùng dự.",
            {"Ông Thị Lụa": ["Chủ tịch Hội Nông dân xã"]},
        ),
    ],
)
def test_the_body_a_part_belongs_to(text: str, expected: dict) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # each name of a list after a colon behind its own honorific
            "Được khen có các đoàn viên: anh Lò Văn Dũng (xã Mường So), chị Vàng Thị Pà (xã Sì Lở Lầu), là những"
            " người đi đầu.",
            {"Lò Văn Dũng": [], "Vàng Thị Pà": []},
        ),
        (
            # a business named before, in lower case after a post
            "Ông Tạ Quang Vinh, Phó Giám đốc công ty, hứa sẽ trả đủ lương.",
            {"Tạ Quang Vinh": ["Phó Giám đốc công ty"]},
        ),
    ],
)
def test_names_behind_their_own_honorifics_and_a_business_named_before(text: str, expected: dict) -> None:
    assert _people(text) == expected
