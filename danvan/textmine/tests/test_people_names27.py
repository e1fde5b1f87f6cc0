"""Twenty-seventh round of issue 14 (names): a given name that is also a body's word after a family name ("Lê
Trường Sơn": "Trường" is a school's word), tested on invented sentences."""

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


def test_a_body_word_after_a_family_name_is_a_given_name() -> None:
    people = _people(
        "Dự hội nghị có đồng chí Phạm Trường Giang, Phó Bí thư Huyện ủy; đồng chí Lý Thị Mai, Chủ tịch UBND huyện."
    )
    assert people["Phạm Trường Giang"] == ["Phó Bí thư Huyện ủy"]
    assert people["Lý Thị Mai"] == ["Chủ tịch UBND huyện"]


def test_the_given_name_before_a_verb() -> None:
    assert "Đỗ Hội Nam" in _people("Tại buổi đối thoại, ông Đỗ Hội Nam đề nghị huyện sớm làm đường.")


def test_a_school_after_a_whole_name_stays_a_school() -> None:
    people = _people("Ông Trịnh Văn Lâm, Hiệu trưởng Trường Sơn Thủy, phát biểu tại lễ khai giảng.")
    assert people == {"Trịnh Văn Lâm": ["Hiệu trưởng Trường Sơn Thủy"]}


def test_a_hamlet_name_then_a_name_with_its_middle_name() -> None:
    # the hamlet's name has a word that is also a family name ("Cao", "Lò"); the person's begins with the family name
    # that a middle name follows
    assert _people("Trưởng bản Nậm Cao Lò Văn Thắm cho biết cả bản có 52 hộ.") == {"Lò Văn Thắm": ["Trưởng bản Nậm Cao"]}
    assert _people("Trưởng thôn Mùa Lìn Giàng A Sử đã vận động bà con hiến đất.") == {
        "Giàng A Sử": ["Trưởng thôn Mùa Lìn"]
    }


def test_a_place_the_index_knows_in_part_then_a_name_with_its_middle_name() -> None:
    assert _people("Trưởng thôn Tân Bình Đông Phạm Văn Lợi cho biết.") == {"Phạm Văn Lợi": ["Trưởng thôn Tân Bình Đông"]}


def test_members_of_a_town_or_district_party_committee() -> None:
    assert _people("Bà Lê Thị Hoa, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, chủ trì hội nghị.") == {
        "Lê Thị Hoa": ["Thị ủy viên", "Trưởng Ban Dân vận Thị ủy"]
    }
    assert _people("Ông Võ Văn Tám, Quận ủy viên, Phó Chủ tịch UBND quận, phát biểu.") == {
        "Võ Văn Tám": ["Quận ủy viên", "Phó Chủ tịch UBND quận"]
    }


def test_a_licensed_preacher_is_a_protestant_rank() -> None:
    assert _people("Mục sư truyền đạo Y Khanh Niê chia sẻ tại buổi gặp mặt.") == {"Y Khanh Niê": ["Mục sư truyền đạo"]}


def test_abbreviated_associations_and_departments() -> None:
    assert _people("Bà Lò Thị Mai, Chi hội trưởng Chi hội NCT xóm Nà Lừa, chia sẻ.") == {
        "Lò Thị Mai": ["Chi hội trưởng Chi hội NCT xóm Nà Lừa"]
    }
    assert _people("Bà Đinh Thị Nga, Chủ tịch Hội CTĐ huyện, trao quà.") == {"Đinh Thị Nga": ["Chủ tịch Hội CTĐ huyện"]}
    assert _people("Ông Phạm Văn Hùng, Phó Giám đốc Sở Nông nghiệp và PTNT, cho biết.") == {
        "Phạm Văn Hùng": ["Phó Giám đốc Sở Nông nghiệp và PTNT"]
    }


def test_re_elected_to_a_post() -> None:
    people = _people(
        "Tại phiên họp thứ nhất, đồng chí Lò Thị Hiền tái đắc cử Chủ tịch Hội LHPN huyện khóa VIII; bà Vi Thị Nga "
        "được bầu làm Phó Chủ tịch."
    )
    assert people["Lò Thị Hiền"] == ["Chủ tịch Hội LHPN huyện khóa VIII"]
    assert _people("Đại tá Hoàng Văn Bảy tái cử Chủ tịch Hội CCB tỉnh khóa VI.") == {
        "Hoàng Văn Bảy": ["Đại tá", "Chủ tịch Hội CCB tỉnh khóa VI"]
    }


def test_the_people_a_role_serves_after_dan_toc() -> None:
    # "dân tộc" before a people's name, known or not, is the community the role serves: never left dangling
    assert _people("Ông Hồ Văn Lâm, người có uy tín dân tộc Pa Kô ở xã Hồng Thủy, cảm ơn tỉnh.") == {
        "Hồ Văn Lâm": ["người có uy tín dân tộc Pa Kô"]
    }
    assert _people("Bà Hồ Thị Ly, người có uy tín dân tộc Vân Kiều, phát biểu.") == {
        "Hồ Thị Ly": ["người có uy tín dân tộc Vân Kiều"]
    }


def test_a_diocese_is_named_even_after_a_title() -> None:
    # "Giáo phận Xuân Lộc": the see's own name, not a person's ("Xuân" is no family name, but "Lộc" could be; "Bùi",
    # a family name, opens the see of Bùi Chu)
    assert _people("Tại buổi gặp mặt, Linh mục Giuse Đỗ Văn Thành, Tổng Đại diện Giáo phận Bùi Chu phát biểu.") == {
        "Giuse Đỗ Văn Thành": ["Linh mục", "Tổng Đại diện Giáo phận Bùi Chu"]
    }


def test_a_school_named_after_a_statesman_before_the_clause_verb() -> None:
    assert _people(
        "Trình bày chuyên đề, đồng chí Trần Văn Lợi, Phó Hiệu trưởng Trường Chính trị Nguyễn Chí Thanh nhấn mạnh vai trò "
        "của người có uy tín."
    )["Trần Văn Lợi"] == ["Phó Hiệu trưởng Trường Chính trị Nguyễn Chí Thanh"]
    people = _people("Đồng chí Trần Văn Lợi, Hiệu trưởng Trường Chính trị Lê Duẩn nhấn mạnh vai trò của cơ sở.")
    assert people == {"Trần Văn Lợi": ["Hiệu trưởng Trường Chính trị Lê Duẩn"]}
    # a person after a school with a name of its own is still a person (a middle name marks him)
    assert _people("Hiệu trưởng Trường THCS Lê Lợi Nguyễn Văn An phát biểu.") == {"Nguyễn Văn An": ["Hiệu trưởng Trường THCS Lê Lợi"]}


def test_a_cham_brahmin_rank() -> None:
    assert _people("Thầy Cả Quảng Văn Đại, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh, phát biểu.") == {
        "Quảng Văn Đại": ["Thầy Cả", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"]
    }


def test_a_body_named_after_a_city_before_a_verb_of_saying() -> None:
    assert _people("Ông Lê Văn Tâm, Chủ tịch Hội Nông dân Vinh đề nghị thành phố hỗ trợ vốn.") == {
        "Lê Văn Tâm": ["Chủ tịch Hội Nông dân Vinh"]
    }
    # a body's own word that is also a verb's syllable stays: "Ban Dân chủ - Pháp luật"
    assert _people("Bà Lê Thị Hoa, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, phát biểu.") == {
        "Lê Thị Hoa": ["Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"]
    }
