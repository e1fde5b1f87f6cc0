"""Fourth round of issue 14's shapes (misses of holdout3, read after it was scored), invented names and numbers."""

from danvan.textmine import extract_text


def _quantities(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


def test_a_word_written_with_other_diacritics_is_not_money():
    got = _quantities("Xã có 27 dòng họ ký cam kết không để con em bỏ học; các dòng họ góp 45 triệu đồng xây nhà.")
    assert (45000000, "đồng") in got
    assert (27, "đồng") not in got


def test_money_words_in_their_own_spellings_still_count():
    assert _quantities("Hội hỗ trợ 15 triệu đồng cho 3 hộ nghèo.")[0] == (15000000, "đồng")
    assert (2500000, "đồng") in _quantities("Mỗi hộ nhận 2.500.000 VNĐ tiền hỗ trợ.")


def _people(text):
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


def test_a_title_before_a_colon_is_each_listed_persons_even_behind_their_own_honorifics():
    got = _people("Các Phó Trưởng Ban Dân vận Huyện ủy: ông Hoàng Văn Sáu, bà Nông Thị Chín và ông Vi Đức Hòa dự.")
    assert got == {name: ["Phó Trưởng Ban Dân vận Huyện ủy"] for name in
                   ("Hoàng Văn Sáu", "Nông Thị Chín", "Vi Đức Hòa")}


def test_a_military_rank_in_lower_case_before_a_name_is_a_title():
    assert _people("Cùng dự có trung tá Lò Văn Bảy, Chỉ huy trưởng Ban Chỉ huy Quân sự xã Nậm Hàng.") == {
        "Lò Văn Bảy": ["trung tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Nậm Hàng"]}


def test_the_presidium_is_a_body_of_the_title():
    got = _people("Bà Tòng Thị Lan, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, dự và phát biểu.")
    assert got == {"Tòng Thị Lan": ["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]}


def test_date_lines_in_words_and_place_and_date_lines_are_not_headlines():
    page = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH SƠN\nTrang chủ > Tin tức\nThứ Tư, 9 tháng 10, 2024 - 14:05\n"
        "Hội Cựu chiến binh xã Ba Cụm tổng kết công tác năm 2024\n"
        "Ngày 8/10, Hội Cựu chiến binh xã Ba Cụm tổ chức hội nghị tổng kết công tác năm 2024 với sự tham dự của "
        "hơn 60 hội viên. Hội đã vận động xây dựng 3 nhà nghĩa tình đồng đội."
    )
    got = extract_text(page)
    assert got["title"] == "Hội Cựu chiến binh xã Ba Cụm tổng kết công tác năm 2024"
    assert str(got["published"]) == "2024-10-09"
    page2 = page.replace("Thứ Tư, 9 tháng 10, 2024 - 14:05", "Khánh Sơn, 09/10/2024")
    assert extract_text(page2)["title"] == "Hội Cựu chiến binh xã Ba Cụm tổng kết công tác năm 2024"


def test_a_bodys_name_in_capitals_above_the_headline_is_not_the_headline():
    page = (
        "ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH SƠN\nMặt trận tỉnh tổng kết công tác năm 2025\n"
        "Sáng 6/1/2026, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, với hơn "
        "200 đại biểu tham dự. Năm qua, Mặt trận các cấp vận động được 12 tỷ đồng cho Quỹ Vì người nghèo."
    )
    assert extract_text(page)["title"] == "Mặt trận tỉnh tổng kết công tác năm 2025"
