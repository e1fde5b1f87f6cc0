"""Seventh round of issue 14: rules drawn from the misses on holdout6 (development material since it was scored),
tested on invented sentences (other names, places and numbers than the blind pages)."""

import pytest

from danvan.textmine import extract_text

from .test_generalisation5 import _people, _quantities

_REVIEW_PAGE = (
    "HỘI NÔNG DÂN TỈNH PHÚ YÊN\n"
    "Cập nhật: 08:10, 22/12/2019 (GMT+7)\n"
    "Hội Nông dân tỉnh bàn nhiệm vụ năm 2020\n"
    "Sáng 21/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2019, triển khai nhiệm vụ năm "
    "2020. Dự hội nghị có đại diện lãnh đạo các sở, ngành của tỉnh và các huyện.\n"
)


def test_a_headline_naming_the_period_planned_yields_to_the_period_reviewed():
    assert extract_text(_REVIEW_PAGE)["event"]["period"] == "2019"
    half = _REVIEW_PAGE.replace("bàn nhiệm vụ năm 2020", "triển khai nhiệm vụ 6 tháng cuối năm").replace(
        "công tác Hội năm 2019, triển khai nhiệm vụ năm 2020", "6 tháng đầu năm, phương hướng 6 tháng cuối năm 2019"
    )
    assert extract_text(half)["event"]["period"] == "2019-H1"


def test_a_headline_period_that_is_reviewed_stays():
    page = _REVIEW_PAGE.replace("bàn nhiệm vụ năm 2020", "tổng kết công tác năm 2019")
    assert extract_text(page)["event"]["period"] == "2019"
    planned_only = _REVIEW_PAGE.replace("tổng kết công tác Hội năm 2019, triển khai", "triển khai")
    assert extract_text(planned_only)["event"]["period"] == "2020"


def test_a_figure_out_of_a_total_gives_the_total_too():
    assert _quantities("Đã giải quyết 412/450 đơn thư thuộc thẩm quyền.") == [(412, "đơn thư"), (450, "đơn thư")]
    # "17/17 xã": one figure
    assert _quantities("Đến nay 17/17 xã đạt chuẩn nông thôn mới.") == [(17, "xã")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun outside the vocabulary whose last two syllables are one word
        ("Sở có 3 phòng chuyên trách và văn phòng.", (3, "phòng chuyên trách")),
        # the one who does it
        # (with "cộng đồng", a classifier the label files keep since the ninth round: "tổ truyền thông cộng đồng")
        ("Huyện có 56 giám sát viên cộng đồng.", (56, "giám sát viên cộng đồng")),
        ("Xã có 24 hòa giải viên ở các ấp.", (24, "hòa giải viên")),
        ("Toàn huyện có 940 cựu chiến binh tham gia.", (940, "cựu chiến binh")),
        ("Hội nghị nghe 8 tham luận của các địa phương.", (8, "tham luận")),
        ("Xã đã đạt 17/19 tiêu chí.", (17, "tiêu chí")),
        # "sinh hoạt" after people is what they do: the members are counted
        ("Hội có 2.304 hội viên sinh hoạt tại 31 chi hội.", (2304, "hội viên")),
        ("Tổ chức 15 buổi sinh hoạt chuyên đề.", (15, "buổi sinh hoạt chuyên đề")),  # as holdout2 labels it
    ],
)
def test_counted_nouns(text, expected):
    assert expected in _quantities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dịp này, công ty trao thêm 80tr để sửa nhà.", (80_000_000, "đồng")),
        ("Mỗi suất 2tr cho học sinh nghèo.", (2_000_000, "đồng")),
        ("Kèm theo một phần quà trị giá 300 nghìn.", (300_000, "đồng")),
    ],
)
def test_money_written_short(text, expected):
    assert expected in _quantities(text)


def test_thousands_without_a_price_are_not_money():
    # "lượt" goes on with who comes (eleventh round, as the label files write "lượt khách", "lượt bà con")
    assert _quantities("Lễ hội đón 300 nghìn lượt khách.") == [(300_000, "lượt khách")]
    assert all(unit != "đồng" for _, unit in _quantities("Tổ có 5 trường, 7 trạm."))


def test_a_figure_in_the_headline_the_lead_and_a_caption_glued_to_the_body_is_one():
    page = (
        "BÁO ĐIỆN TỬ TỈNH\n"
        "Thứ Hai, 09/01/2023 | 10:00\n"
        "Trao 420 suất quà cho hộ nghèo xã Ea Tân\n"
        "Ngày 8/1, Hội Nông dân tỉnh trao 420 suất quà cho hộ nghèo ở xã Ea Tân, mỗi suất trị giá 500.000 "
        "đồng, gồm gạo và nhu yếu phẩm.\n"
        "Lãnh đạo Hội trao 420 suất quà cho bà con. Ảnh: Minh An\n"
        "Trong năm, Hội đã vận động nhiều nguồn lực để hỗ trợ người nghèo trong tỉnh.\n"
    )
    got = [q for q in extract_text(page)["quantities"] if q["value"] == 420]
    assert len(got) == 1 and got[0]["mentions"] == 3


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # each name with its own honorific, one title after the last one's dash
        (
            "Tham dự có bà Lò Thị Xuân, ông Vi Văn Đạt - Phó Chủ tịch Hội Nông dân tỉnh cùng các sở.",
            "Lò Thị Xuân",
            ["Phó Chủ tịch Hội Nông dân tỉnh"],
        ),
        # a business's own name: capitals and the lower-case words between them, a branch and its place
        ("Dự có ông Trần Văn Khải, Giám đốc Công ty TNHH Nông sản Đồng Tháp.", "Trần Văn Khải",
         ["Giám đốc Công ty TNHH Nông sản Đồng Tháp"]),
        ("Chị Hà Thị Mai, Giám đốc Hợp tác xã Chè Shan tuyết Bản Liền, xã Bắc Hà, kiến nghị thêm.", "Hà Thị Mai",
         ["Giám đốc Hợp tác xã Chè Shan tuyết Bản Liền"]),
        ("Có ông Vũ Đức Nam, Phó Giám đốc Ngân hàng TMCP Ngoại Thương chi nhánh Gia Lai. Tiếp đoàn có ông Y Đan.",
         "Vũ Đức Nam", ["Phó Giám đốc Ngân hàng TMCP Ngoại Thương chi nhánh Gia Lai"]),
        # the business's name ends where a person's name begins
        ("Giám đốc HTX Nông nghiệp Hòa Bình Nguyễn Văn Tám cho biết thêm.", "Nguyễn Văn Tám",
         ["Giám đốc HTX Nông nghiệp Hòa Bình"]),
        # a sentence opened by "Theo" before the title; a minority surname after the commune
        ("Năm nay lãi lớn. Theo Chủ tịch Hội CCB xã Đồng Tâm Chíu Văn Lộc, hội có 30 hội viên.", "Chíu Văn Lộc",
         ["Chủ tịch Hội CCB xã Đồng Tâm"]),
        # a residential unit known by its number
        ("Bà Trần Thị Hoa, Trưởng ban Công tác Mặt trận khối 7, phường Hưng Dũng, chia sẻ.", "Trần Thị Hoa",
         ["Trưởng ban Công tác Mặt trận khối 7"]),
        # a body described in lower case before its place
        ("Ông Lê Văn Tư, Tổ trưởng Tổ hòa giải ấp Tân Lập chia sẻ: có 3 vụ.", "Lê Văn Tư",
         ["Tổ trưởng Tổ hòa giải ấp Tân Lập"]),
        ("Chị Sùng Thị Dua, Chi hội trưởng phụ nữ thôn Lao Chải, xã Sa Pa cho biết.", "Sùng Thị Dua",
         ["Chi hội trưởng phụ nữ thôn Lao Chải"]),
    ],
)
def test_people_and_their_titles(text, name, titles):
    assert _people(text).get(name) == titles


def test_a_name_with_no_title_before_another_sentence_stays_without_one():
    people = _people("Gặp ông Trần Văn Ba. Ông Lê Văn Tư - Chủ tịch UBND xã phát biểu.")
    assert people == {"Trần Văn Ba": [], "Lê Văn Tư": ["Chủ tịch UBND xã"]}
    people = _people("Gặp ông Trần Văn Ba, ông Lê Văn Tư, Chủ tịch UBND xã.")
    assert people["Trần Văn Ba"] == []  # a comma before the title, not a dash: the title is the last one's


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a department of a central body, numbered, then the body it belongs to after a hyphen
        ("Dự có đồng chí Lê Văn Hải, Phó Vụ trưởng Vụ Địa phương II - Ban Dân vận Trung ương và các đồng chí khác.",
         "Lê Văn Hải", ["Phó Vụ trưởng Vụ Địa phương II - Ban Dân vận Trung ương"]),
        ("Ông Trần An, Cục trưởng Cục Thống kê tỉnh dự.", "Trần An", ["Cục trưởng Cục Thống kê tỉnh"]),
        # a title before the name: two posts joined by a hyphen after a body, or by "kiêm"
        ("Dự có Ủy viên Ban Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh Trần Văn Kiên; đồng chí "
         "Đặng Thu, Phó Chủ tịch Hội LHPN tỉnh.", "Trần Văn Kiên",
         ["Ủy viên Ban Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"]),
        # … and "tỉnh Đoàn Văn Tâm" is the province and a name, not the "Tỉnh đoàn"
        ("Dự có TUV, Phó Chủ tịch kiêm Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Đoàn Văn Tâm cùng "
         "lãnh đạo các sở.", "Đoàn Văn Tâm",
         ["TUV", "Phó Chủ tịch kiêm Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"]),
        ("Bí thư Tỉnh đoàn Lê Văn Tâm dự.", "Lê Văn Tâm", ["Bí thư Tỉnh đoàn"]),
    ],
)
def test_titles_of_departments_and_joined_posts(text, name, titles):
    assert _people(text).get(name) == titles


def test_two_names_of_one_thing_take_the_longer_second_name():
    assert (1214, "căn nhà tạm, nhà dột nát") in _quantities("Đã xóa 1.214 căn nhà tạm, nhà dột nát cho hộ nghèo.")
    assert _quantities("Xây 12 căn nhà, hỗ trợ 30 hộ.") == [(12, "căn nhà"), (30, "hộ")]


def test_an_excess_is_no_lower_bound():
    got = [(q["value"], q["qualifier"]) for q in extract_text("Vượt 8% so với kế hoạch; đạt hơn 5% chỉ tiêu.")["quantities"]]
    assert got == [(8, "exact"), (5, "over")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khu phố vận động 45 hộ ngư dân tham gia tổ đoàn kết.", (45, "hộ ngư dân")),
        ("Toàn tỉnh có 120 cơ sở Hội đã đại hội.", (120, "cơ sở Hội")),
    ],
)
def test_counted_nouns_with_who_they_are(text, expected):
    assert expected in _quantities(text)


def test_a_slogans_number_outside_quotes_is_no_quantity():
    assert _quantities("Thực hiện phong trào “3 tăng, 3 giảm”, xã đạt 4 tốt, 3 sạch; có 5 hộ nghèo.") == [
        (5, "hộ nghèo")
    ]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # the post now held, after a former one
        ("Ông Nguyễn Văn Hòa, nguyên Chủ tịch UBND xã, hiện là Trưởng thôn Đông cho biết.", "Nguyễn Văn Hòa",
         ["nguyên Chủ tịch UBND xã", "Trưởng thôn Đông"]),
        # a parish by its own name, even when it reads like a surname ("Thái")
        ("Linh mục Giuse Trần Văn Lộc, Chánh xứ Giáo xứ Thái Bình và Mục sư Y Sol dự.", "Giuse Trần Văn Lộc",
         ["Linh mục", "Chánh xứ Giáo xứ Thái Bình"]),
    ],
)
def test_posts_held_now_and_parishes(text, name, titles):
    assert _people(text).get(name) == titles
