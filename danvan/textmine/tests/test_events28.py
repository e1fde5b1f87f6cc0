"""Event kinds read from the lead (the twenty-eighth round; invented pages, none from a blind set)."""

from danvan.textmine import extract_text

_HEAD = "Báo Hòa An điện tử\nTrang chủ › Xã hội\nThứ Hai, 12/02/2024, 08:15\n"


def _event(headline: str, *paragraphs: str, head: str = _HEAD) -> dict:
    """The event read from an invented page: a site's header (`head`, with its publication date), then the text."""
    return extract_text(head + headline + "\n" + "\n".join(paragraphs))["event"]


def test_an_abbreviation_does_not_end_the_leads_first_sentence():
    ev = _event(
        "Tôn vinh 45 người có uy tín trong đồng bào dân tộc thiểu số",
        "Ngày 10/2, tại TP. Hòa An, Ban Dân vận Tỉnh ủy tổ chức hội nghị tôn vinh người có uy tín tiêu biểu năm 2023. "
        "Dự hội nghị có lãnh đạo tỉnh và 45 đại biểu.",
    )
    assert ev == {"kind": "hoi_nghi", "period": "2023", "date": "2024-02-10"}


def test_houses_of_a_union_given():
    ev = _event(
        "Trao 5 Mái ấm Công đoàn cho công nhân khó khăn",
        "Ngày 9/2, Liên đoàn Lao động tỉnh tổ chức trao 5 Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn về nhà ở.",
    )
    assert ev["kind"] == "trao_qua" and ev["date"] == "2024-02-09" and ev["period"] is None


def test_a_programme_at_which_gifts_are_given():
    ev = _event(
        "Ấm áp Xuân biên giới",
        "Ngày 8/2, Đồn Biên phòng Pa Hăm phối hợp với xã tổ chức chương trình \u201cXuân ấm bản làng\u201d năm 2024.",
        "Ảnh: Lan Anh",
        "Tại chương trình, đơn vị đã trao 120 suất quà cho các hộ nghèo, mỗi suất trị giá 500.000 đồng.",
    )
    assert ev["kind"] == "trao_qua" and ev["date"] == "2024-02-08"


def test_a_programme_with_no_gifts_is_no_gift_giving():
    ev = _event(
        "Ấm áp Xuân biên giới",
        "Ngày 8/2, Đồn Biên phòng Pa Hăm phối hợp với xã tổ chức chương trình \u201cXuân ấm bản làng\u201d năm 2024.",
        "Tại chương trình, các đại biểu cùng gói bánh chưng, giao lưu văn nghệ với bà con.",
    )
    assert ev["kind"] is None


def test_a_congress_named_before_it_takes_place():
    ev = _event(
        "Ông Lò Văn Pâng tái đắc cử Chủ tịch Hội Nông dân tỉnh",
        "Trong 2 ngày 8 và 9-2, Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028 đã diễn ra tại "
        "Hội trường tỉnh. Dự đại hội có 250 đại biểu.",
    )
    assert ev["kind"] == "dai_hoi" and ev["date"] == "2024-02-08"


def test_a_report_issued_is_the_news():
    text = (
        "TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒA AN\nTrang chủ / Tin hoạt động\nKết quả công tác dân vận năm 2025 của xã Hòa An\n"
        "Ngày đăng: 14/12/2025 | Người đăng: Quản trị viên | Lượt xem: 57\n"
        "Ngày 11/12/2025, Đảng ủy xã Hòa An ban hành Báo cáo số 61-BC/ĐU về kết quả công tác dân vận năm 2025, "
        "phương hướng, nhiệm vụ năm 2026.\n"
    )
    got = extract_text(text)
    assert got["published"] == "2025-12-14"
    assert got["event"] == {"kind": "bao_cao", "period": "2025", "date": "2025-12-11"}


def test_a_report_dated_after_its_number():
    ev = _event(
        "Quỹ Vì người nghèo năm 2023 tiếp nhận 12 tỷ đồng",
        "Ban Thường trực Ủy ban MTTQ tỉnh vừa có Báo cáo số 88/BC-MTTQ-BTT ngày 28/12/2023 về kết quả vận động Quỹ "
        "năm 2023.",
    )
    assert ev == {"kind": "bao_cao", "period": "2023", "date": "2023-12-28"}


def test_a_conference_that_hears_a_report_is_no_report():
    ev = _event(
        "Hội nghị nghe báo cáo kết quả công tác dân vận năm 2023",
        "Ngày 9/2, Ban Dân vận Huyện ủy tổ chức hội nghị nghe báo cáo kết quả công tác dân vận năm 2023.",
    )
    assert ev["kind"] == "hoi_nghi"


def test_a_conference_announcing_a_supervisions_results_is_the_supervision():
    ev = _event(
        "Phát hiện 12 trường hợp hưởng sai chế độ",
        "Ngày 8/2, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị thông báo kết quả giám sát năm 2023 về chính "
        "sách bảo hiểm y tế.",
    )
    assert ev == {"kind": "giam_sat", "period": "2023", "date": "2024-02-08"}
