"""Twentieth round of issue 14: rules drawn from the shapes of holdout19's misses when it was first scored
(development material since), tested on invented sentences (other names, places, posts and numbers than the pages)."""

import pytest

from danvan.textmine import extract_text


def _money(text: str) -> list[tuple[float, str]]:
    return [
        (q["value"], q.get("text") or "") for q in extract_text(text)["quantities"] if q["unit"] == "đồng"
    ]


# "đồng" that makes one word with the syllable after it is no currency, whatever the number before it


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn xã phát động phong trào “5 đồng hành cùng nông dân trẻ” trong toàn huyện.",
        "Khẩu hiệu 3 đồng lòng, 2 chung sức được treo ở hội trường thôn.",
        "Hội nghị thống nhất 6 đồng thuận về việc làm đường liên thôn.",
        "Chi hội đã cày 7 đồng ruộng bỏ hoang để trồng rau màu.",
        "Hội viên góp sức cải tạo 2 đồng lúa và 12 đồng cỏ chăn nuôi.",
        "Cuộc thi có 4 đồng diễn dân vũ của các chi hội phụ nữ.",
    ],
)
def test_a_word_opened_by_dong_is_no_money(text):
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hội hỗ trợ 7 triệu đồng cho mỗi hộ khó khăn.", 7_000_000),
        ("Các nhà hảo tâm ủng hộ 300 nghìn đồng tiền mặt cho mỗi em.", 300_000),
        ("Xã huy động 850 triệu đồng bằng nguồn xã hội hóa để làm đường.", 850_000_000),
        ("Quỹ chi 40 triệu đồng phục vụ sản xuất của hội viên.", 40_000_000),
        ("Tổng kinh phí 2 tỷ đồng, đồng thời vận động 300 ngày công.", 2_000_000_000),
        ("Mỗi hội viên đóng 60.000 đồng hội phí mỗi năm.", 60_000),
    ],
)
def test_money_before_other_words_stays_money(text, value):
    assert [v for v, _ in _money(text)] == [value]


def test_dong_chi_still_counts_people_not_money():
    got = extract_text("Có 47 đồng chí đảng viên và 5 đồng bào người Khmer nhận quà.")["quantities"]
    assert [(q["value"], q["unit"]) for q in got][:1] == [(47, "đồng chí")]
    assert all(q["unit"] != "đồng" for q in got)


# A rate ("… đồng/quý", "/tháng", "/người") is money: the labels of every set count it (see docs/apps/textmine.md)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mỗi già làng được hỗ trợ 900 nghìn đồng/quý theo quy định.", 900_000),
        ("Tổ viên nhận phụ cấp 1,7 triệu đồng/tháng.", 1_700_000),
        ("Mức chi 150.000 đồng/người cho học viên.", 150_000),
    ],
)
def test_a_rate_is_money(text, value):
    assert [v for v, _ in _money(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mỗi tổ trưởng nhận phụ cấp 1,3 triệu đồng mỗi tháng.", 1_300_000),
        ("Gia đình được trợ cấp 750.000 đồng một lần.", 750_000),
    ],
)
def test_an_allowance_amount_is_no_level(text, value):
    """ "cấp 2" is a level, but "phụ cấp", "trợ cấp" name an allowance whose amount follows."""
    assert [v for v, _ in _money(text)] == [value]


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# A residential unit's number is part of a lower-case role after a name (the nineteenth round cut it off)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bà Lò Thị Hiền, tổ trưởng tổ dân phố 8, khu vực 3, đề nghị sửa cống.", "tổ trưởng tổ dân phố 8"),
        ("Ông Kiều Văn Toản, tổ trưởng tổ tự quản 4, cho biết thêm.", "tổ trưởng tổ tự quản 4"),
        ("Ông Kiều Văn Toản, tổ trưởng khu dân cư 9, phát biểu.", "tổ trưởng khu dân cư 9"),
    ],
)
def test_a_unit_number_stays_in_the_role(text, title):
    assert next(iter(_people(text).values())) == [title]


def test_a_count_after_a_role_is_still_no_part_of_it():
    assert _people("Ông Kiều Văn Toản, chủ trang trại nuôi 300 con vịt, phát biểu.") == {
        "Kiều Văn Toản": ["chủ trang trại"]
    }


# A plural honorific, a title, "gồm" and a list: the title is each one's


def test_a_title_then_gom_and_a_list():
    got = _people(
        "Các đồng chí Phó Chủ tịch Hội Nông dân huyện gồm Mông Văn Sử, Lục Thị Phấn và Hoàng Văn Khởi cùng dự."
    )
    title = ["Phó Chủ tịch Hội Nông dân huyện"]
    assert got == {"Mông Văn Sử": title, "Lục Thị Phấn": title, "Hoàng Văn Khởi": title}


def test_gom_after_a_single_title_is_no_list():
    assert _people("Đồng chí Chủ tịch UBND xã gồm nhiều việc phải làm.") == {}


# A list after "các ông" closed by "và bà C": the title after C is each one's


@pytest.mark.parametrize("title", ["hội viên Hội Cựu chiến binh xã Phú Mỹ", "Phó Chủ tịch Hội Nông dân xã"])
def test_a_list_closed_by_a_name_with_its_own_honorific(title):
    got = _people(f"Các ông Chu Văn Đạt, Bế Văn Hùng và bà Nịnh Thị Loan, {title}, được khen thưởng.")
    assert got == {"Chu Văn Đạt": [title], "Bế Văn Hùng": [title], "Nịnh Thị Loan": [title]}


def test_names_with_their_own_titles_keep_them():
    got = _people(
        "Dự có các đồng chí Chu Văn Đạt, Bí thư Đảng ủy xã; Bế Văn Hùng, Chủ tịch UBND xã và bà Nịnh Thị Loan, "
        "Chủ tịch Hội LHPN xã."
    )
    assert got == {
        "Chu Văn Đạt": ["Bí thư Đảng ủy xã"],
        "Bế Văn Hùng": ["Chủ tịch UBND xã"],
        "Nịnh Thị Loan": ["Chủ tịch Hội LHPN xã"],
    }


# A title before two full names joined by "và": the post is both people's, unless the second has one of their own


@pytest.mark.parametrize(
    "tail", ["; ông Mã Văn Cao, Bí thư Đảng ủy xã, cùng dự.", " cùng các ban, ngành của huyện.", "."]
)
def test_a_title_before_two_names_joined_by_va(tail):
    got = _people(f"Dự buổi lễ có Phó Chủ tịch UBND huyện Đàm Văn Chiến và Nông Thị Lý{tail}")
    assert got["Đàm Văn Chiến"] == got["Nông Thị Lý"] == ["Phó Chủ tịch UBND huyện"]


def test_the_second_name_with_its_own_post_keeps_it():
    got = _people("Dự có Phó Chủ tịch UBND huyện Đàm Văn Chiến và Nông Thị Lý, Chủ tịch Hội LHPN huyện.")
    assert got == {"Đàm Văn Chiến": ["Phó Chủ tịch UBND huyện"], "Nông Thị Lý": ["Chủ tịch Hội LHPN huyện"]}


def test_a_dashed_list_then_va_and_a_person_with_her_own_post():
    got = _people(
        "Tham gia có các ông Hứa Văn Tài, Mã Văn Sinh - Phó Chủ tịch Ủy ban MTTQ huyện và bà Ninh Thị Hoa, "
        "Trưởng ban Tuyên giáo Huyện ủy."
    )
    assert got == {
        "Hứa Văn Tài": ["Phó Chủ tịch Ủy ban MTTQ huyện"],
        "Mã Văn Sinh": ["Phó Chủ tịch Ủy ban MTTQ huyện"],
        "Ninh Thị Hoa": ["Trưởng ban Tuyên giáo Huyện ủy"],
    }
