"""Seventeenth round of issue 14: a title shared by the names of a list (joined by "và", after a count or "các", behind
the same clergy title), drawn from holdout16's misses and tested on invented sentences (other names, places and
numbers than the pages)."""

import pytest

from .test_generalisation5 import _people

# A title after the last of names joined by "và", each behind its own honorific, is each one's (after a comma, "là"
# or in brackets), as it was after a dash or "cùng là"; so is a title in brackets after names joined by commas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Sáu và bà Trần Thị Mỹ Lệ là Phó Chủ tịch Hội Cựu chiến binh huyện cùng dự.",
            {
                "Lê Văn Sáu": ["Phó Chủ tịch Hội Cựu chiến binh huyện"],
                "Trần Thị Mỹ Lệ": ["Phó Chủ tịch Hội Cựu chiến binh huyện"],
            },
        ),
        (
            "Ông Đinh Văn Hùng và ông Quách Văn Lâm, Phó Chủ tịch UBND xã, dự.",
            {"Đinh Văn Hùng": ["Phó Chủ tịch UBND xã"], "Quách Văn Lâm": ["Phó Chủ tịch UBND xã"]},
        ),
        (
            "Tham dự có ông Y Bhin, ông Lê Quang Vinh (Phó Giám đốc Sở Nội vụ).",
            {"Y Bhin": ["Phó Giám đốc Sở Nội vụ"], "Lê Quang Vinh": ["Phó Giám đốc Sở Nội vụ"]},
        ),
        (
            "Ông Y Nuê Êban và ông Y Dhăm Mlô, cùng là Phó Chủ tịch Hội Người cao tuổi xã, tham gia.",
            {
                "Y Nuê Êban": ["Phó Chủ tịch Hội Người cao tuổi xã"],
                "Y Dhăm Mlô": ["Phó Chủ tịch Hội Người cao tuổi xã"],
            },
        ),
    ],
)
def test_a_title_after_names_joined_by_and(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the first has a title of its own, before the name
            "Chủ trì có đồng chí Bí thư Huyện ủy Vàng A Sình và ông Lò Văn Tám, Phó Chủ tịch UBND huyện.",
            {"Vàng A Sình": ["Bí thư Huyện ủy"], "Lò Văn Tám": ["Phó Chủ tịch UBND huyện"]},
        ),
        (  # each has a title of its own, after the name
            "Ông Kpă Thuyên, Chủ tịch UBND xã Ia Mơr và ông Siu Hương, Chủ tịch Hội Nông dân xã, cùng dự.",
            {"Kpă Thuyên": ["Chủ tịch UBND xã Ia Mơr"], "Siu Hương": ["Chủ tịch Hội Nông dân xã"]},
        ),
    ],
)
def test_a_title_of_one_s_own_is_not_shared(text, expected):
    assert _people(text) == expected


# A title after a count ("Hai", "Ba") or "các", "những", then a list of names, after "gồm" or "là" too, is each one's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hai Phó Chủ tịch UBND huyện Lương Văn Hòa và Nguyễn Thị Thu Trang trả lời ý kiến cử tri.",
            {"Lương Văn Hòa": ["Phó Chủ tịch UBND huyện"], "Nguyễn Thị Thu Trang": ["Phó Chủ tịch UBND huyện"]},
        ),
        (
            "Ba Phó Bí thư Huyện đoàn Lò Văn Khiêm, Vàng Thị Súa và Mùa A Chư dự lễ ra quân.",
            {
                "Lò Văn Khiêm": ["Phó Bí thư Huyện đoàn"],
                "Vàng Thị Súa": ["Phó Bí thư Huyện đoàn"],
                "Mùa A Chư": ["Phó Bí thư Huyện đoàn"],
            },
        ),
        (
            "Dự có các Phó Chủ tịch HĐND huyện gồm Phạm Văn Tám và Lưu Thị Hằng.",
            {"Phạm Văn Tám": ["Phó Chủ tịch HĐND huyện"], "Lưu Thị Hằng": ["Phó Chủ tịch HĐND huyện"]},
        ),
        (
            "Dự có các Ủy viên Ban Thường vụ Huyện ủy gồm Đào Văn Sinh, Hà Thị Nga.",
            {"Đào Văn Sinh": ["Ủy viên Ban Thường vụ Huyện ủy"], "Hà Thị Nga": ["Ủy viên Ban Thường vụ Huyện ủy"]},
        ),
        (
            "Hai Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh là Lê Văn Tư và Trần Thị Hạnh cùng dự.",
            {
                "Lê Văn Tư": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
                "Trần Thị Hạnh": ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"],
            },
        ),
        (
            "Cùng dự có Phó Chủ tịch UBND xã Quách Thị Hiền và Trưởng Công an xã Đinh Văn Mạnh.",
            {"Quách Thị Hiền": ["Phó Chủ tịch UBND xã"], "Đinh Văn Mạnh": ["Trưởng Công an xã"]},
        ),
    ],
)
def test_a_title_before_a_counted_list(text, expected):
    assert _people(text) == expected


def test_a_count_before_a_title_and_one_name_lists_nobody_else():
    assert _people("Hai Phó Chủ tịch UBND xã đã dự. Ông Lò Văn Pản phát biểu.") == {"Lò Văn Pản": []}


# A post after the last of names each behind the same clergy title, joined by "và", is each one's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có Đại đức Kim Sơn Thia và Đại đức Thạch Chanh Đa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện.",
            {
                "Kim Sơn Thia": ["Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"],
                "Thạch Chanh Đa": ["Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"],
            },
        ),
        (
            "Mục sư Y Kô Niê và Mục sư Ama Thuột, Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh, dự buổi gặp mặt.",
            {
                "Y Kô Niê": ["Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"],
                "Ama Thuột": ["Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin Lành tỉnh"],
            },
        ),
        (  # two different titles: the post is the last one's
            "Dự có Hòa thượng Danh Lung và Đại đức Thạch Chanh Đa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện.",
            {
                "Danh Lung": ["Hòa thượng"],
                "Thạch Chanh Đa": ["Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"],
            },
        ),
    ],
)
def test_a_post_after_names_behind_the_same_clergy_title(text, expected):
    assert _people(text) == expected


# ", các <title>" after names each behind its honorific is each one's, as ", cùng là <title>" is


def test_a_title_after_cac_is_shared():
    text = "Cùng dự có ông Y Phi Kbuôr và ông Y Sinh Mlô, các Phó Chủ tịch UBND huyện."
    assert _people(text) == {"Y Phi Kbuôr": ["Phó Chủ tịch UBND huyện"], "Y Sinh Mlô": ["Phó Chủ tịch UBND huyện"]}


def test_cac_before_a_lower_case_word_shares_nothing():
    text = "Ông Lò Văn Pản, các hộ dân trong bản cùng góp công."
    assert _people(text) == {"Lò Văn Pản": []}


# A count in figures, a count before a plural honorific, and "đều là", "cùng là", "cũng là" with no comma before them


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự có 2 Phó Chủ tịch UBND huyện Hà Văn Lực và Bùi Thị Tươi.",
            {"Hà Văn Lực": ["Phó Chủ tịch UBND huyện"], "Bùi Thị Tươi": ["Phó Chủ tịch UBND huyện"]},
        ),
        (
            "Hai đồng chí Phó Bí thư Huyện ủy Lò Văn Thân và Cầm Thị Xuân cùng dự.",
            {"Lò Văn Thân": ["Phó Bí thư Huyện ủy"], "Cầm Thị Xuân": ["Phó Bí thư Huyện ủy"]},
        ),
        (
            "Ông Hà Văn Sơn và ông Vi Văn Lâm đều là Trưởng bản.",
            {"Hà Văn Sơn": ["Trưởng bản"], "Vi Văn Lâm": ["Trưởng bản"]},
        ),
        (
            'Ông Y Thông, Bí thư Chi bộ buôn Cư Dluê, nói: "Bà con tin Đảng". Ông Y Thông cũng là Trưởng buôn.',
            {"Y Thông": ["Bí thư Chi bộ buôn Cư Dluê", "Trưởng buôn"]},
        ),
    ],
)
def test_counts_and_shared_posts(text, expected):
    assert _people(text) == expected


def test_a_figure_that_counts_no_people_lists_nobody():
    text = "Năm 2024, 15 Phó Chủ tịch UBND xã dự lớp. Ông Lò Văn Pản phát biểu."
    assert _people(text) == {"Lò Văn Pản": []}
