"""Document references as real pages write them (invented examples)."""

from danvan.textmine import extract_text


def _docs(text):
    return [(d["type"], d["number"], d["symbol"], d["issuer"]) for d in extract_text(text)["documents"]]


def test_several_numbers_under_one_type_share_the_symbol_and_issuer_after_them():
    assert _docs("Quán triệt Kết luận 201, 202-KL/TW của Ban Bí thư và Chỉ thị 03, 04 của Huyện ủy.") == [
        ("Kết luận", "201", "KL/TW", "Ban Bí thư"),
        ("Kết luận", "202", "KL/TW", "Ban Bí thư"),
        ("Chỉ thị", "03", None, "Huyện ủy"),
        ("Chỉ thị", "04", None, "Huyện ủy"),
    ]


def test_a_number_list_without_symbol_or_issuer_is_not_read_as_documents():
    got = extract_text("Theo Quyết định 31, 240 hộ được hỗ trợ.")
    assert [d["number"] for d in got["documents"]] == ["31"]
    assert [(q["value"], q["unit"]) for q in got["quantities"]] == [(240, "hộ")]


def test_lower_case_type_words_and_issuers_that_are_titles_or_collective_bodies():
    assert _docs(
        "Thực hiện kế hoạch số 77/KH-UBND, đề án 15 của Thủ tướng Chính phủ, Nghị quyết 9-NQ/TW của Bộ Chính trị "
        "và Chỉ thị 21/CT-TTg."
    ) == [
        ("Kế hoạch", "77", "KH-UBND", None),
        ("Đề án", "15", None, "Thủ tướng Chính phủ"),
        ("Nghị quyết", "9", "NQ/TW", "Bộ Chính trị"),
        ("Chỉ thị", "21", "CT-TTg", None),
    ]


def test_a_quoted_programme_or_campaign_name_is_not_a_document():
    got = extract_text("Hưởng ứng Chương trình “Xuân yêu thương” và cuộc vận động “Vì biển đảo quê hương”.")
    assert got["documents"] == []
