"""Issuers a document's symbol names when the sentence names none, and "Chương trình hành động" as its type
(the twenty-eighth round; invented sentences, none from a blind page)."""

from danvan.textmine import extract_text


def _docs(text: str) -> list[tuple]:
    return [(d["type"], d["number"], d["symbol"], d["issuer"]) for d in extract_text(text)["documents"]]


def test_a_board_code_names_the_board_written_earlier_on_the_page():
    text = (
        "Hội nghị giao ban của Ban Dân vận Tỉnh ủy Yên Thế.\n\n"
        "Năm qua, Ban đã tham mưu tổ chức nhiều hội nghị; ban hành Kế hoạch số 17-KH/BDVTU về kiểm tra dân vận."
    )
    assert ("Kế hoạch", "17", "KH/BDVTU", "Ban Dân vận Tỉnh ủy Yên Thế") in _docs(text)


def test_the_merged_board_and_a_list_of_numbers():
    text = (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức sơ kết.\n\n"
        "Ban ban hành Hướng dẫn số 04, 05-HD/BTGDVTU về dân vận ở cơ sở."
    )
    got = _docs(text)
    assert ("Hướng dẫn", "04", "HD/BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy") in got
    assert ("Hướng dẫn", "05", "HD/BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy") in got


def test_a_post_before_the_board_elsewhere_on_the_page_is_no_issuer():
    text = (
        "Bà Lò Thị Mai, Trưởng phòng Dân vận thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy dự hội nghị.\n\n"
        "Các xã triển khai Kế hoạch 31-KH/BTGDVTU của Ban về thi đua."
    )
    assert ("Kế hoạch", "31", "KH/BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy") in _docs(text)


def test_a_federation_of_labour_and_a_border_post():
    text = (
        "Theo Liên đoàn Lao động tỉnh Hòa An, thực hiện Kế hoạch số 77/KH-LĐLĐ về Tết sum vầy, công đoàn đã trao quà.\n\n"
        "Đồn Biên phòng Pa Hăm cho biết, thực hiện kế hoạch số 41/KH-ĐBP của đơn vị, đồn đã cử tổ công tác."
    )
    got = _docs(text)
    assert ("Kế hoạch", "77", "KH-LĐLĐ", "Liên đoàn Lao động tỉnh Hòa An") in got
    assert ("Kế hoạch", "41", "KH-ĐBP", "Đồn Biên phòng Pa Hăm") in got


def test_a_committee_code_takes_no_body_from_elsewhere_on_the_page():
    # "TU" is the committee's or its standing board's: with neither in the sentence, no issuer is guessed
    text = "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.\n\nCác xã triển khai Kế hoạch 12-KH/TU về dân vận."
    assert ("Kế hoạch", "12", "KH/TU", None) in _docs(text)


def test_an_action_programme_keeps_its_whole_type():
    assert _docs("Hội triển khai chương trình hành động số 9-CTr/HU của Huyện ủy.") == [
        ("Chương trình hành động", "9", "CTr/HU", "Huyện ủy")
    ]
    assert _docs("Hội triển khai Chương trình số 9-CTr/HU của Huyện ủy.") == [
        ("Chương trình", "9", "CTr/HU", "Huyện ủy")
    ]


def test_a_describing_word_before_the_number_is_not_the_type():
    assert _docs("Đảng ủy xã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về dân vận.") == [
        ("Nghị quyết", "07", "NQ/ĐU", "Đảng ủy xã")
    ]


def test_the_standing_board_of_a_party_committee_before_ban_hanh():
    # "Đảng ủy ban hành" is no "ủy ban": the subject ends before the verb
    assert _docs("Ban Thường vụ Đảng ủy ban hành Nghị quyết 03-NQ/ĐU về vận động nhân dân.") == [
        ("Nghị quyết", "03", "NQ/ĐU", "Ban Thường vụ Đảng ủy")
    ]


def test_an_item_after_a_semicolon_under_the_same_verb_shares_the_issuer():
    text = (
        "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị 04-CT/HU về dân vận trong xây dựng nông thôn mới; "
        "Nghị quyết 09-NQ/HU về phát triển du lịch cộng đồng."
    )
    assert ("Nghị quyết", "09", "NQ/HU", "Ban Thường vụ Huyện ủy") in _docs(text)


def test_a_clause_after_a_semicolon_with_its_own_subject_keeps_its_own_issuer():
    text = (
        "Ban Thường vụ Huyện ủy đã ban hành Chỉ thị 04-CT/HU về dân vận; "
        "UBND huyện ban hành Kế hoạch 12/KH-UBND về cải cách hành chính."
    )
    assert ("Kế hoạch", "12", "KH-UBND", "UBND huyện") in _docs(text)


def test_the_body_advised_issues_what_the_later_clauses_issue():
    text = (
        "Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 49-CT/TW của Ban Bí thư; ban hành "
        "Kết luận số 21, 22-KL/TU về dân vận."
    )
    got = _docs(text)
    assert ("Kết luận", "21", "KL/TU", "Ban Thường vụ Tỉnh ủy") in got
    assert ("Kết luận", "22", "KL/TU", "Ban Thường vụ Tỉnh ủy") in got


def test_advice_to_another_committee_gives_no_issuer():
    text = "Ban tham mưu Ban Thường vụ Huyện ủy sơ kết; ban hành Kết luận số 21-KL/TU về dân vận."
    assert ("Kết luận", "21", "KL/TU", None) in _docs(text)


def test_a_city_board_and_a_district_board_by_their_symbols():
    text = (
        "Ban Dân vận Thành ủy Hòa An tổ chức giao ban. Ban đã ban hành nhiều văn bản; Công văn số 215-CV/BDVTU "
        "hướng dẫn các cơ sở.\n\nBan Dân vận Quận ủy Tân Lập cho biết, các phường thực hiện Hướng dẫn 18-HD/BDVQU."
    )
    got = _docs(text)
    assert ("Công văn", "215", "CV/BDVTU", "Ban Dân vận Thành ủy Hòa An") in got
    assert ("Hướng dẫn", "18", "HD/BDVQU", "Ban Dân vận Quận ủy Tân Lập") in got
