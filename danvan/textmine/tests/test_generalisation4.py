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
