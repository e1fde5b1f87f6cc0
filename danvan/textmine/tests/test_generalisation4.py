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
