"""Twenty-first round of issue 14: rules drawn from the shapes of holdout20's misses when it was first scored
(development material since), tested on invented sentences (other names, places, posts and numbers than the pages)."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# divisions listed after a title's own division continue its organisation chain: none of them is a person, and the
# people before the title share what is written once


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        (
            "Các đồng chí Nguyễn Văn Bình, Trần Thị Hoa - Chủ tịch UBND huyện Yên Lập, Thanh Sơn phát biểu ý kiến.",
            ["Nguyễn Văn Bình", "Trần Thị Hoa"],
            "Chủ tịch UBND huyện",
        ),
        (
            "Các bà Lò Thị Mai, Cầm Thị Hương và Tòng Thị Lan, Chủ tịch Hội LHPN xã Chiềng Sinh, Chiềng Cơi và "
            "Chiềng Ngần cùng dự.",
            ["Lò Thị Mai", "Cầm Thị Hương", "Tòng Thị Lan"],
            "Chủ tịch Hội LHPN xã",
        ),
        (
            "Các đồng chí Đinh Văn Khải, Bùi Thị Lựu, Quách Văn Nam - Phó Trưởng Ban Dân vận Huyện ủy Tân Sơn, "
            "Yên Lập, Cẩm Khê - trình bày tham luận.",
            ["Đinh Văn Khải", "Bùi Thị Lựu", "Quách Văn Nam"],
            "Phó Trưởng Ban Dân vận Huyện ủy",
        ),
    ],
)
def test_divisions_listed_after_a_title_are_no_people(text, names, title):
    people = _people(text)
    assert sorted(people) == sorted(names)
    assert all(people[name] == [title] for name in names)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a post after the division: the division is the title's own, the next post another title
        (
            "Đồng chí Hoàng Văn Tư, Ủy viên Trung ương Đảng, Chủ tịch UBND tỉnh dự và phát biểu.",
            "Hoàng Văn Tư",
            ["Ủy viên Trung ương Đảng", "Chủ tịch UBND tỉnh"],
        ),
        # one division only: the title keeps it
        (
            "Đồng chí Lê Văn Tám, Bí thư Đảng ủy xã Tân Lập, cho biết thêm về kết quả.",
            "Lê Văn Tám",
            ["Bí thư Đảng ủy xã Tân Lập"],
        ),
    ],
)
def test_a_title_with_one_division_keeps_it(text, name, titles):
    assert _people(text)[name] == titles


def test_a_person_named_like_a_ward_after_a_title_is_still_a_person():
    # "Hoàng Văn Thụ" is a ward's name too: a middle name makes it a person's, with a post of their own
    people = _people(
        "Các đồng chí Lê Thị Nga, Chủ tịch UBND phường Quang Trung, Hoàng Văn Thụ, Chủ tịch UBND phường Lê Lợi "
        "cùng dự."
    )
    assert people == {
        "Lê Thị Nga": ["Chủ tịch UBND phường Quang Trung"],
        "Hoàng Văn Thụ": ["Chủ tịch UBND phường Lê Lợi"],
    }


# a caption closed by its photo credit is neither the headline nor glued to it or to the lead, before or after it

_HEADLINE = "Hội Cựu chiến binh huyện trao 60 suất quà cho hội viên khó khăn dịp Tết"
_LEAD = (
    "Chiều 20/1, Hội Cựu chiến binh huyện Lục Yên tổ chức trao 60 suất quà cho hội viên có hoàn cảnh khó khăn, "
    "mỗi suất trị giá 500 nghìn đồng."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Cựu chiến binh Vàng A Chử nhận quà tại buổi lễ. Ảnh: Thanh Tùng",
        "Quang cảnh buổi trao quà. Ảnh: Hội Cựu chiến binh huyện",  # a credit of five words
        "Lãnh đạo huyện thăm hỏi hội viên cao tuổi tại nhà riêng ở thôn Khe Cọ. Ảnh: Nguyễn Văn Hòa",
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_a_captions_line_is_neither_headline_nor_glued(caption, above):
    head = [caption, _HEADLINE] if above else [_HEADLINE, caption]
    page = "\n".join(["HỘI CỰU CHIẾN BINH TỈNH YÊN BÁI", "Trang chủ > Tin hoạt động", "21/01/2026 08:10", *head, _LEAD])
    result = extract_text(page)
    assert result["title"] == _HEADLINE
    assert result["event"]["kind"] == "trao_qua"
    assert result["event"]["date"] == "2026-01-20"


# the lead names the event it was said at ("Ngày …, tại hội nghị sơ kết …"), and a token of support handed over
# ("trao biểu trưng hỗ trợ …") is a gift


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Ngày 14/7, tại hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, các xã báo cáo kết quả.", "so_ket"),
        ("Sáng 9/1, tại hội nghị tổng kết công tác Hội năm 2025, nhiều chi hội được khen thưởng.", "tong_ket"),
        ("Chiều 3/3, tại buổi giao ban khối dân vận quý I, các ngành trao đổi về công tác vận động.", "giao_ban"),
        ("Ngày 5/11, Hội Nông dân huyện tổ chức trao biểu trưng hỗ trợ làm 12 căn nhà cho hội viên.", "trao_qua"),
    ],
)
def test_the_lead_names_the_event_it_was_said_at(lead, kind):
    page = f"Nông dân vùng cao đổi mới cách làm ăn\n{lead}\nHội viên các xã đã đóng góp nhiều ngày công.\n"
    assert extract_text(page)["event"]["kind"] == kind


def test_a_place_of_the_lead_is_not_the_gathering():
    # "tại" before a place, not before a gathering: the lead names no event
    page = (
        "Nông dân vùng cao đổi mới cách làm ăn\n"
        "Ngày 14/7, tại xã Nậm Có, nhiều hộ nông dân đã chuyển sang trồng cây ăn quả, thu nhập tăng rõ rệt.\n"
    )
    assert extract_text(page)["event"]["kind"] is None


# a list cut by semicolons: the title after the dash that closes a group of names is each one's of that group


_GROUPS = [
    (
        "Dự có các đồng chí: Hoàng Thị Lan - Trưởng Ban Dân vận Huyện ủy; Lý Văn Pử, Đặng Thị Mai - Phó Trưởng "
        "Ban Dân vận Huyện ủy; Vàng Thị Dung - Chủ tịch Hội LHPN huyện.",
        {
            "Hoàng Thị Lan": ["Trưởng Ban Dân vận Huyện ủy"],
            "Lý Văn Pử": ["Phó Trưởng Ban Dân vận Huyện ủy"],
            "Đặng Thị Mai": ["Phó Trưởng Ban Dân vận Huyện ủy"],
            "Vàng Thị Dung": ["Chủ tịch Hội LHPN huyện"],
        },
    ),
    (
        "Dự có các đồng chí Triệu Văn Sành, Lục Thị Nhàn - Phó Chủ tịch Ủy ban MTTQ huyện; Nông Văn Pha - Chủ "
        "tịch Hội Nông dân huyện.",
        {
            "Triệu Văn Sành": ["Phó Chủ tịch Ủy ban MTTQ huyện"],
            "Lục Thị Nhàn": ["Phó Chủ tịch Ủy ban MTTQ huyện"],
            "Nông Văn Pha": ["Chủ tịch Hội Nông dân huyện"],
        },
    ),
    # a group of one name without a title keeps none
    (
        "Các đồng chí Hoàng Thị Lan - Trưởng Ban Dân vận Huyện ủy; Lý Văn Pử; Đặng Thị Mai - Phó Chủ tịch UBND "
        "huyện dự.",
        {
            "Hoàng Thị Lan": ["Trưởng Ban Dân vận Huyện ủy"],
            "Lý Văn Pử": [],
            "Đặng Thị Mai": ["Phó Chủ tịch UBND huyện"],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GROUPS)
def test_a_group_of_a_list_cut_by_semicolons_shares_its_title(text, expected):
    assert _people(text) == expected


# a joint document names the two bodies it was signed between ("… giữa X và Y"): both are its issuer


_JOINT = [
    (
        "Hai bên thực hiện Chương trình phối hợp số 07/CTPH-HND-STP giữa Hội Nông dân tỉnh và Sở Tư pháp về trợ "
        "giúp pháp lý cho nông dân.",
        "Hội Nông dân tỉnh và Sở Tư pháp",
    ),
    (
        "Quy chế phối hợp 03/QC-MTTQ-UBND giữa Ủy ban MTTQ huyện và UBND huyện được ký năm 2020.",
        "Ủy ban MTTQ huyện và UBND huyện",
    ),
    # "giữa" before no body: no issuer
    ("Thực hiện Kế hoạch 12-KH/HU giữa năm 2024, các xã đã hoàn thành việc rà soát.", None),
]


@pytest.mark.parametrize(("text", "issuer"), _JOINT)
def test_a_joint_documents_parties_are_its_issuer(text, issuer):
    (doc,) = extract_text(text)["documents"]
    assert doc["issuer"] == issuer
