"""A school's own Party and Youth Union bodies ("Đoàn trường", "Đảng ủy trường") in titles and issuers (the
twenty-eighth round; invented sentences)."""

from danvan.textmine import extract_text


def test_a_schools_youth_union_in_a_title():
    people = extract_text("Dự đại hội có đồng chí Lò Văn Tuân, Phó Bí thư Đoàn trường, và 120 đoàn viên.")["people"]
    assert [(p["name"], p["titles"]) for p in people] == [("Lò Văn Tuân", ["Phó Bí thư Đoàn trường"])]


def test_a_schools_party_committee_issues():
    docs = extract_text("Nhà trường thực hiện Kế hoạch số 21-KH/ĐU ngày 5/9/2023 của Đảng ủy trường về dân vận.")
    assert [(d["number"], d["issuer"]) for d in docs["documents"]] == [("21", "Đảng ủy trường")]
