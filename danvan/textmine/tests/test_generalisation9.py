"""Ninth round of issue 14: rules drawn from the misses on holdout8 and holdout7 (development material since they
were scored), tested on invented sentences (other names, places and numbers than the blind pages)."""

import pytest

from danvan.textmine import extract_text

from .test_generalisation5 import _people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the person's people (and home) between commas is passed over; the title after it is the person's
        ("Ở xã Đồng Lâm, ông Hồ Văn Xê, người Vân Kiều, Trưởng thôn Khe Sanh, đã hiến 300 m2 đất.", "Hồ Văn Xê",
         "Trưởng thôn Khe Sanh"),
        ("Chị Lò Thị Pảng, người Thái ở xã Chiềng Sơn, Chủ tịch Hội LHPN xã, cho biết thêm.", "Lò Thị Pảng",
         "Chủ tịch Hội LHPN xã"),
        ("Anh Y Khoa Niê, dân tộc Ê Đê, Bí thư Chi đoàn buôn Ea Sim, được tuyên dương.", "Y Khoa Niê",
         "Bí thư Chi đoàn buôn Ea Sim"),
        ("Bà Hà Thị Dung, quê xã Mường Khoa, Phó Chủ tịch Hội Nông dân huyện, phát biểu.", "Hà Thị Dung",
         "Phó Chủ tịch Hội Nông dân huyện"),
        # "nay là" gives the post now held; a lower-case body is read up to the clause's end
        ("Anh Thạch Sô Phal, người Khmer ở ấp 4, nay là tổ trưởng tổ hợp tác dệt chiếu cói với 19 thành viên.",
         "Thạch Sô Phal", "tổ trưởng tổ hợp tác dệt chiếu cói"),
        # a role in lower case before the name
        ("Báo cáo viên là TS. Lê Văn Kha và kỹ sư Đào Thị Mến, Trung tâm Khuyến nông tỉnh.", "Đào Thị Mến",
         "kỹ sư"),
        # a school or an institute known by its own name, a person's name or a Roman number included
        ("Bà Hà Thị Xuân, giảng viên Trường Chính trị Lê Hữu Trác, trình bày chuyên đề.", "Hà Thị Xuân",
         "giảng viên Trường Chính trị Lê Hữu Trác"),
        ("Ông Đặng Văn Tú, Phó Viện trưởng Viện Nghiên cứu Rau quả miền núi II, phát biểu.", "Đặng Văn Tú",
         "Phó Viện trưởng Viện Nghiên cứu Rau quả miền núi II"),
        ("Ông Lê Văn Ba, Hiệu trưởng Trường THCS Phan Bội Châu xã Tân Lập, phát biểu.", "Lê Văn Ba",
         "Hiệu trưởng Trường THCS Phan Bội Châu xã Tân Lập"),
    ],
)
def test_titles_after_an_aside_a_role_or_a_named_institution(text, name, title):
    assert title in _people(text)[name]


def test_a_school_named_after_someone_before_the_name_of_its_head():
    people = _people("Hiệu trưởng Trường Tiểu học Kim Đồng Nguyễn Văn Sáu phát biểu.")
    assert people == {"Nguyễn Văn Sáu": ["Hiệu trưởng Trường Tiểu học Kim Đồng"]}


@pytest.mark.parametrize("rank", ["Đại tá", "Thượng tá", "Trung tá"])
def test_a_one_syllable_body_word_closed_by_a_comma_ends_the_name(rank):
    # "Trường" (school), "Hội", "Đoàn" are given names too: before a comma they name no body
    people = _people(f"{rank} Lê Quang Trường, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.")
    assert people == {"Lê Quang Trường": [rank, "Chủ tịch Hội CCB tỉnh"]}
    assert "Chủ tịch Hội CCB xã" in _people("Ông Phạm Văn Hội, Chủ tịch Hội CCB xã, phát biểu.")["Phạm Văn Hội"]


@pytest.mark.parametrize(
    "text",
    [
        # the hamlet named in one person's title is no second person
        "Tại xã Hương Phong, ông Hồ Văn Lai, người Tà Ôi, Trưởng ban Công tác Mặt trận thôn A Đớt, đã vận động.",
        "Ông Hồ Văn Lai, người Cơ Tu ở xã Hương Phong, được bầu làm Trưởng ban Công tác Mặt trận thôn Pa Lai.",
    ],
)
def test_a_place_in_a_title_is_no_person(text):
    assert list(_people(text)) == ["Hồ Văn Lai"]


@pytest.mark.parametrize("aside", ["người dân thôn Khe Mơ", "người có uy tín ở thôn Khe Mơ"])
def test_a_role_is_not_passed_over_as_an_origin(aside):
    # "người dân …", "người có uy tín …" are roles, not a people: they are not skipped to reach a title
    titles = _people(f"Ông Hồ Văn Lai, {aside}, cho biết.")["Hồ Văn Lai"]
    assert all("Trưởng" not in t for t in titles)


def test_a_title_with_its_place_is_also_written_without_the_place_name():
    person = extract_text("Chị Lê Thị Bé, Chủ tịch Hội LHPN xã Tân Hòa, được khen.")["people"][0]
    assert "Chủ tịch Hội LHPN xã" in person["titles_normalized"]
