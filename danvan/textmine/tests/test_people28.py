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
