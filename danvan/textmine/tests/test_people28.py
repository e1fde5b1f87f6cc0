"""A school's own Party and Youth Union bodies ("Đoàn trường", "Đảng ủy trường") in titles and issuers (the
twenty-eighth round; invented sentences)."""

from danvan.textmine import extract_text


def test_a_schools_youth_union_in_a_title():
    people = extract_text("Dự đại hội có đồng chí Lò Văn Tuân, Phó Bí thư Đoàn trường, và 120 đoàn viên.")["people"]
    assert [(p["name"], p["titles"]) for p in people] == [("Lò Văn Tuân", ["Phó Bí thư Đoàn trường"])]


def test_a_schools_party_committee_issues():
    docs = extract_text("Nhà trường thực hiện Kế hoạch số 21-KH/ĐU ngày 5/9/2023 của Đảng ủy trường về dân vận.")
    assert [(d["number"], d["issuer"]) for d in docs["documents"]] == [("21", "Đảng ủy trường")]


def test_military_and_border_guard_abbreviations_in_titles():
    people = extract_text(
        "Dự có Đại tá Lê Văn Sơn, Chính ủy Bộ CHQS tỉnh; Thượng tá Lò Văn Pâng, Phó Chỉ huy trưởng BĐBP tỉnh."
    )["people"]
    assert {p["name"]: p["titles"] for p in people} == {
        "Lê Văn Sơn": ["Đại tá", "Chính ủy Bộ CHQS tỉnh"],
        "Lò Văn Pâng": ["Thượng tá", "Phó Chỉ huy trưởng BĐBP tỉnh"],
    }


def test_an_issuer_stops_before_the_next_references_type():
    docs = extract_text(
        "Thực hiện Kế hoạch số 1863/KH-BCH ngày 15/6/2015 của Bộ Chỉ huy BĐBP tỉnh và Chương trình phối hợp "
        "số 03/CTPH giữa Hội Nông dân tỉnh và Sở Tư pháp, các đồn đã vào cuộc."
    )["documents"]
    assert ("1863", "Bộ Chỉ huy BĐBP tỉnh") in [(d["number"], d["issuer"]) for d in docs]


def test_a_deity_after_a_shrines_word_in_a_body_name_is_no_person():
    people = extract_text("Ông Lâm Gia Vĩ, Trưởng ban Quản trị Đền Bà Chúa Kho phường Tân Định, cảm ơn.")["people"]
    assert [p["name"] for p in people] == ["Lâm Gia Vĩ"]


def test_a_by_name_in_quotes_is_no_one_new():
    text = "Ông Trần Văn Tư, 70 tuổi, được bà con quen gọi là \u201công Hai Tư\u201d, đã hiến 300 m2 đất làm đường."
    assert [p["name"] for p in extract_text(text)["people"]] == ["Trần Văn Tư"]


def test_a_list_after_a_title_and_its_term():
    text = "Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa mới gồm: Lò Văn Pâng, Hà Thị Mai, Y Bri Niê."
    people = extract_text(text)["people"]
    assert {p["name"]: p["titles"] for p in people} == {
        name: ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"] for name in ("Lò Văn Pâng", "Hà Thị Mai", "Y Bri Niê")
    }


def test_a_steering_committee_named_by_the_regulation_it_carries_out():
    text = "Ông Lê Văn Tám, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh, phát biểu."
    people = extract_text(text)["people"]
    assert people[0]["titles"] == ["Phó Bí thư Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh"]
