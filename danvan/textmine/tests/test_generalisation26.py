"""Twenty-sixth round of issue 14: people and titles by vocabulary and structure rather than by a page's miss — every
faith's clergy ranks in their written forms, faiths' names and state agencies inside a body, the nouns that name a
person by a group (a voter, a trainee), a name in quotes inside a body, a list after a colon behind a post in lower
case, a post held besides after a comma. Invented sentences (other names, places, posts and bodies than the pages),
with forms that no blind page shows."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# clergy ranks of the six faiths, in either of their written forms, before a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sư cả Danh Sóc, trụ trì chùa Kh'leang, phát biểu.", {"Danh Sóc": ["Sư cả", "trụ trì chùa Kh'leang"]}),
        ("Cả sư Bá Văn Lợi đã dự buổi gặp mặt.", {"Bá Văn Lợi": ["Cả sư"]}),
        ("Lục cả Thạch Sa Rên cùng bà con dọn chùa.", {"Thạch Sa Rên": ["Lục cả"]}),
        ("Hồng y Phêrô Nguyễn Văn Nhơn gửi thư chúc mừng.", {"Phêrô Nguyễn Văn Nhơn": ["Hồng y"]}),
        ("Phó trị sự Võ Văn Lành, Thông sự Đỗ Thị Mơ cùng dự.", {"Võ Văn Lành": ["Phó trị sự"], "Đỗ Thị Mơ": ["Thông sự"]}),
        ("Phối sư Trần Văn Quý, Đầu Tộc đạo Cao Đài thị xã, dự lễ.", {"Trần Văn Quý": ["Phối sư", "Đầu Tộc đạo Cao Đài thị xã"]}),
        ("Thầy truyền đạo Rơ Mah Hlinh chia sẻ về việc sinh hoạt.", {"Rơ Mah Hlinh": ["Thầy truyền đạo"]}),
        ("Imam Mohamad Ly đã phát biểu tại thánh đường.", {"Mohamad Ly": ["Imam"]}),
    ],
)
def test_clergy_ranks(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a faith's or a state agency's name inside the body a post heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Mã Sa, Trưởng Ban đại diện cộng đồng Hồi giáo Islam ấp Hòa Bình, cảm ơn chính quyền.",
            {"Mã Sa": ["Trưởng Ban đại diện cộng đồng Hồi giáo Islam ấp Hòa Bình"]},
        ),
        (
            "Ông Giàng A Chá, Trưởng điểm nhóm Tin Lành bản Nà Hẩu, cam kết vận động tín đồ.",
            {"Giàng A Chá": ["Trưởng điểm nhóm Tin Lành bản Nà Hẩu"]},
        ),
        (
            "Ông Nguyễn Văn Tâm, Đầu Họ đạo Cao Đài Thanh Phong (xã Mỹ Lợi), phát biểu.",
            {"Nguyễn Văn Tâm": ["Đầu Họ đạo Cao Đài Thanh Phong"]},
        ),
        (
            "Bà Lý Thị Hương, Phó Giám đốc Kho bạc Nhà nước huyện, trả lời cử tri.",
            {"Lý Thị Hương": ["Phó Giám đốc Kho bạc Nhà nước huyện"]},
        ),
        (
            "Ông Đặng Văn Sơn, Giám đốc Bảo hiểm xã hội huyện, giải đáp thắc mắc.",
            {"Đặng Văn Sơn": ["Giám đốc Bảo hiểm xã hội huyện"]},
        ),
        (
            "Ông Vũ Đình Nam, Trưởng Phòng giao dịch Ngân hàng Chính sách xã hội huyện, trả lời.",
            {"Vũ Đình Nam": ["Trưởng Phòng giao dịch Ngân hàng Chính sách xã hội huyện"]},
        ),
        (
            "Bà Vi Thị Hằng, Giám đốc Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn huyện, trả lời.",
            {"Vi Thị Hằng": ["Giám đốc Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn huyện"]},
        ),
        (
            "Thẩm phán Hồ Thị Liên, Phó Chánh án Tòa án nhân dân huyện, giải đáp.",
            {"Hồ Thị Liên": ["Thẩm phán", "Phó Chánh án Tòa án nhân dân huyện"]},
        ),
        (
            "Ông Đinh Đức Đạo, Giám mục chính tòa Giáo phận Phan Rang, tiếp đoàn.",
            {"Đinh Đức Đạo": ["Giám mục chính tòa Giáo phận Phan Rang"]},
        ),
        # a faith's body is no person's name ("Tổng Liên hội" after a post)
        (
            "Mục sư Phan Văn Lộc, Phó Hội trưởng Tổng Liên hội Hội thánh Tin Lành Việt Nam, phát biểu.",
            {"Phan Văn Lộc": ["Mục sư", "Phó Hội trưởng Tổng Liên hội Hội thánh Tin Lành Việt Nam"]},
        ),
    ],
)
def test_faith_and_agency_inside_a_body(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a name in quotes inside a body, then the place the body serves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Bà Trần Thị Yến, Trưởng Ban vận động Quỹ "Đền ơn đáp nghĩa" huyện, trao quà.',
            {"Trần Thị Yến": ['Trưởng Ban vận động Quỹ "Đền ơn đáp nghĩa" huyện']},
        ),
        (
            "Ông Hà Văn Lực, Chủ nhiệm Câu lạc bộ “Dân vận khéo” phường Đông Hải, phát biểu.",
            {"Hà Văn Lực": ["Chủ nhiệm Câu lạc bộ “Dân vận khéo” phường Đông Hải"]},
        ),
        # a quote after a post that runs on is what someone said, not the body's name
        (
            'Ông Hà Văn Lực, Chủ tịch Hội Nông dân xã, nói "Nông dân phải đoàn kết" rồi ra về.',
            {"Hà Văn Lực": ["Chủ tịch Hội Nông dân xã"]},
        ),
    ],
)
def test_a_quoted_name_inside_a_body(text: str, expected: dict) -> None:
    assert _people(text) == expected


# nouns that name a person by a group: a name after them opens with a family name (or an apostrophe's first word);
# a province or a people after them is no person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cử tri Đinh Văn Lộc (tổ 3) kiến nghị sửa cống.", {"Đinh Văn Lộc": []}),
        ("Học viên Y’Bil Mlô, Phó Bí thư Đoàn xã Ea Wer, chia sẻ.", {"Y’Bil Mlô": ["Phó Bí thư Đoàn xã Ea Wer"]}),
        ("Phật tử Lê Thị Nga cúng dường 20 bao gạo.", {"Lê Thị Nga": []}),
        ("Cử tri Hà Tĩnh và học viên Khmer đều vui mừng.", {}),
        ("Bệnh nhân Bình Dương được hỗ trợ chi phí.", {}),
    ],
)
def test_a_group_noun_before_a_name(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a list after a colon, behind a plural and a post in lower case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có các vị đại biểu HĐND xã: Vàng A Dình, Lò Thị Bun. Hội nghị bắt đầu.",
            {"Vàng A Dình": ["đại biểu HĐND xã"], "Lò Thị Bun": ["đại biểu HĐND xã"]},
        ),
        (
            "Các đại biểu HĐND huyện: Sầm Văn Khoa, Vi Thị Thoa cùng dự.",
            {"Sầm Văn Khoa": ["đại biểu HĐND huyện"], "Vi Thị Thoa": ["đại biểu HĐND huyện"]},
        ),
        (
            "Các đại biểu HĐND xã gồm ông Quàng Văn Tiến và bà Điêu Thị Hoa đã tiếp xúc cử tri.",
            {"Quàng Văn Tiến": ["đại biểu HĐND xã"], "Điêu Thị Hoa": ["đại biểu HĐND xã"]},
        ),
        (
            "Có mặt các đồng chí trưởng bản: Lường Văn Hom, Cầm Thị Phương.",
            {"Lường Văn Hom": ["trưởng bản"], "Cầm Thị Phương": ["trưởng bản"]},
        ),
    ],
)
def test_a_list_after_a_colon(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a post held besides after a comma, and what a post is in charge of after a dash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Mạc Thị Lan, kiêm Chủ tịch Hội Cựu chiến binh xã, báo cáo.", {"Mạc Thị Lan": ["Chủ tịch Hội Cựu chiến binh xã"]}),
        (
            "Theo ông Phùng Đức Hải, Phó Trưởng Ban Tuyên giáo - phụ trách công tác tôn giáo, quý I ổn định.",
            {"Phùng Đức Hải": ["Phó Trưởng Ban Tuyên giáo - phụ trách công tác tôn giáo"]},
        ),
    ],
)
def test_a_post_besides_and_in_charge(text: str, expected: dict) -> None:
    assert _people(text) == expected


# an honorific after a festival's, a shrine's or a mountain's word names a deity or a venerated figure, not a person;
# the same honorific after a comma, or in lower case, is still a person's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà con đi lễ vía Bà Chúa Xứ, ông Lâm Văn Đức, Trưởng ban quản trị, cho biết.", {"Lâm Văn Đức": ["Trưởng ban quản trị"]}),
        ("Đoàn viếng đền Bà Triệu và miếu Ông Bổn.", {}),
        ("Hơn 2.000 lượt khách lên núi Bà Đen trong dịp lễ.", {}),
        ("Tại chùa, bà Kha Thị Nết, Phó Chủ tịch Hội Phụ nữ xã, trao quà.", {"Kha Thị Nết": ["Phó Chủ tịch Hội Phụ nữ xã"]}),
        ("Ở miếu, Bà Tô Thị Lành, Chi hội trưởng phụ nữ ấp, phát quà.", {"Tô Thị Lành": ["Chi hội trưởng phụ nữ ấp"]}),
    ],
)
def test_a_deity_after_a_worship_word_is_no_person(text: str, expected: dict) -> None:
    assert _people(text) == expected
