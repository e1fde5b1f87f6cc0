"""Event kinds read from the lead (the twenty-eighth round; invented pages, none from a blind set)."""

from danvan.textmine import extract_text

_HEAD = "Báo Hòa An điện tử\nTrang chủ › Xã hội\nThứ Hai, 12/02/2024, 08:15\n"


def _event(headline: str, *paragraphs: str) -> dict:
    return extract_text(_HEAD + headline + "\n" + "\n".join(paragraphs))["event"]


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
