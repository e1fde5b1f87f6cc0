"""Each extractor, specified by small examples."""

from danvan.textmine import extract_text, indicator_for, map_indicators, split_sections
from danvan.textmine.numbers import parse_number


def _q(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


def _people(text):
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


def test_vietnamese_numbers_are_read_with_dot_thousands_and_comma_decimals():
    assert parse_number("12.500") == 12500
    assert parse_number("6,8") == 6.8
    assert parse_number("1.236") == 1236


def test_amounts_in_billions_and_millions_become_dong():
    assert _q("Vận động được hơn 33 tỉ đồng và 780 triệu đồng.") == [
        (33_000_000_000, "đồng", "over"),
        (780_000_000, "đồng", "exact"),
    ]
    assert _q("Tổng kinh phí 6,8 tỷ.") == [(6_800_000_000, "đồng", "exact")]


def test_quantity_keeps_the_noun_it_counts_and_its_qualifier():
    assert _q("Trao 74.000 suất quà và gần 500 tấn gạo.") == [
        (74000, "suất quà", "exact"),
        (500, "tấn gạo", "approx"),
    ]


def test_periods_years_ordinals_and_document_numbers_are_not_results():
    text = (
        "Ngày 10/7/2026, trong 6 tháng đầu năm 2026, tổ dân phố số 7 thực hiện Quyết định số 18/2026/QĐ-UBND; "
        "lần thứ 3; nhiệm kỳ 2025-2030."
    )
    assert _q(text) == []


def test_title_after_name_is_attached_to_person():
    people = _people(
        "Đồng chí Phạm Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì."
    )
    assert people == {"Phạm Thị Hồng Nhung": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"]}


def test_title_before_name_is_attached_to_person():
    assert _people("Phó Bí thư Thường trực Tỉnh ủy Lưu Văn Trung phát biểu.") == {
        "Lưu Văn Trung": ["Phó Bí thư Thường trực Tỉnh ủy"]
    }


def test_abbreviated_titles_are_expanded_in_titles_normalized():
    got = extract_text("Đồng chí Y Biêr Niê, UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQVN tỉnh dự.")["people"][0]
    assert got["titles"] == ["UVBTV Tỉnh ủy", "Chủ tịch Ủy ban MTTQVN tỉnh"]
    assert got["titles_normalized"] == [
        "Ủy viên Ban Thường vụ Tỉnh ủy",
        "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]


def test_names_of_ethnic_minorities_are_people():
    people = _people("Bà Lò Thị Hoa, ông Rơ Châm Hyơn và bà H'Loan, người có uy tín, cùng tham gia.")
    assert {"Lò Thị Hoa", "Rơ Châm Hyơn", "H'Loan"} <= set(people)


def test_slogans_and_places_are_not_people():
    assert (
        _people('Phương châm "Dân biết, dân bàn". Hà Nội, Thành phố Hồ Chí Minh và Bà Rịa - Vũng Tàu.') == {}
    )


def test_document_reference_with_number_date_and_issuer():
    doc = extract_text("Thực hiện Kết luận số 114 ngày 14/7/2015 của Ban Bí thư.")["documents"][0]
    assert (doc["type"], doc["number"], doc["symbol"], doc["date"], doc["issuer"]) == (
        "Kết luận",
        "114",
        None,
        "2015-07-14",
        "Ban Bí thư",
    )


def test_law_by_name_and_titled_project_are_documents():
    docs = extract_text('Theo Luật Đất đai năm 2024 và Đề án "Nâng cao chất lượng dân vận" của tỉnh.')[
        "documents"
    ]
    assert [(d["type"], d["title"]) for d in docs] == [
        ("Luật", "Đất đai"),
        ("Đề án", "Nâng cao chất lượng dân vận"),
    ]


def test_date_without_year_takes_the_year_of_the_text():
    got = extract_text(
        "Thứ Hai, 05/01/2026\nHội nghị tổng kết công tác năm 2025\n\nNgày 28/12, Ban Dân vận Tỉnh ủy "
        "tổ chức Hội nghị tổng kết công tác dân vận năm 2025 với nhiều nội dung quan trọng."
    )
    assert got["event"] == {"kind": "tong_ket", "period": "2025", "date": "2025-12-28"}


def test_date_without_year_and_without_context_is_left_out():
    assert (
        extract_text("Ngày 10/7, Hội nghị giao ban khối dân vận được tổ chức tại hội trường lớn của tỉnh.")[
            "event"
        ]["date"]
        is None
    )


def test_legacy_district_from_party_committee_name():
    places = extract_text("Huyện ủy Lục Nam tổ chức hội nghị.")["places"]
    assert places == [{"name": "Lục Nam", "level": "district", "era": "legacy", "code": "218"}]


def test_commune_is_disambiguated_by_the_province_named():
    places = extract_text("Xã Tân Sơn, tỉnh Phú Thọ.")["places"]
    assert {"name": "Tân Sơn", "level": "commune", "era": "current", "code": "08566"} in places


def test_topics_match_without_diacritics_and_give_evidence():
    topics = {
        t["code"]: t["evidence"] for t in extract_text("Cong tac giai phong mat bang con cham.")["topics"]
    }
    assert topics == {"giai_phong_mat_bang": ["giai phong mat bang"]}


def test_extra_taxonomy_file_adds_topics(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(
        '{"topics": {"chuyen_doi_so": {"label": "Chuyển đổi số", "keywords": ["chuyển đổi số"]}}}'
    )
    got = extract_text("Đẩy mạnh chuyển đổi số.", topics_path=str(extra))
    assert [t["code"] for t in got["topics"]] == ["chuyen_doi_so"]


def test_quantities_map_to_indicators_by_the_noun_they_count():
    got = {
        (m["indicator"], m["value"])
        for m in map_indicators(
            "Trao hơn 12.500 suất quà trị giá trên 6,8 tỷ đồng; gần 300 tấn gạo; 1.120 căn nhà Đại đoàn kết. "
            'Toàn tỉnh có 1.236 mô hình "Dân vận khéo", trong đó 214 mô hình mới. Mở 86 lớp tập huấn với 9.300 lượt '
            "cán bộ tham gia. Tiếp nhận 12 đơn thư; đã giải quyết xong 7 đơn. Tổ chức 3 cuộc đối thoại, 412 cuộc giám "
            "sát và 96 hội nghị phản biện xã hội."
        )
    }
    assert got == {
        ("QUA_SL", 12500),
        ("QUA_GT", 6_800_000_000),
        ("GAO_TAN", 300),
        ("NHA_DDK", 1120),
        ("DVK_TONG", 1236),
        ("DVK_MOI", 214),
        ("TH_LOP", 86),
        ("TH_LUOT", 9300),
        ("DON_NHAN", 12),
        ("DON_XONG", 7),
        ("DT_CUOC", 3),
        ("GS_CUOC", 412),
        ("PB_HN", 96),
    }


def test_unknown_noun_has_no_indicator():
    assert indicator_for({"value": 5, "unit": "cây cầu"}) is None


def test_report_is_split_into_coded_sections():
    text = (
        "BÁO CÁO\nI- KẾT QUẢ ĐẠT ĐƯỢC\n1. Tuyên truyền\nĐã làm tốt.\nII- TÌNH HÌNH NHÂN DÂN\nỔn định.\n"
        "III- HẠN CHẾ\nCòn chậm.\nIV- NHIỆM VỤ TRỌNG TÂM\na) Tiếp tục\nV- KIẾN NGHỊ\nĐề nghị tỉnh hỗ trợ."
    )
    codes = [(s["code"], s["level"]) for s in split_sections(text) if s["heading"]]
    assert codes == [("KQ", 1), ("KQ", 2), ("TT", 1), ("HC", 1), ("NV", 1), ("NV", 3), ("KN", 1)]
