"""Thirty-fourth round: tested on invented sentences (other places, names and figures than the blind pages)."""

from danvan.textmine import extract_text
from danvan.textmine.textutil import tokenize


def _units(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


def test_a_hyphen_between_lower_case_letters_joins_one_word_and_nothing_else():
    assert [t.text for t in tokenize("23 ki-ốt, 01-KL/TW, 5-7 hộ")] == [
        "23", "ki-ốt", ",", "01", "-", "KL", "/", "TW", ",", "5", "-", "7", "hộ",
    ]
    assert _units("Ban quản lý chợ bố trí lại 48 ki-ốt cho tiểu thương.") == [(48, "ki-ốt", "exact")]
    # "&" between capitals joins one abbreviation
    assert _people("Bà Lò Thị Mai, Tổ trưởng tổ TK&VV bản Nà Pheo, cho biết.") == [("Lò Thị Mai", ["Tổ trưởng tổ TK&VV bản Nà Pheo"])]


def test_a_figure_after_a_lists_bullet_is_counted():
    text = "Kết quả nổi bật:\n- 17 xã, thị trấn tổ chức đối thoại với nhân dân;\n- 58 mô hình được công nhận."
    assert _units(text) == [(17, "xã, thị trấn", "exact"), (58, "mô hình", "exact")]


def test_a_colon_after_a_road_word_opens_a_figure_not_a_roads_number():
    text = "Phong trào làm đường: 1.926 hộ đã hiến đất, còn đường 35 vẫn chờ vốn."
    assert _units(text) == [(1926, "hộ", "exact")]


def test_a_range_of_shares_keeps_its_first_end_without_tu_and_its_qualifier():
    assert _units("Doanh thu giảm khoảng 35 - 45% so với cùng kỳ.") == [(35, "%", "approx"), (45, "%", "approx")]
    assert _units("Phí thuê sạp được giảm 20 - 40%.") == [(20, "%", "exact"), (40, "%", "exact")]


def test_a_fall_written_xuong_con_gives_both_ends_the_noun():
    assert _units("Số thôn giảm từ 318 xuống còn 204 thôn, tổ dân phố.") == [
        (318, "thôn, tổ dân phố", "exact"),
        (204, "thôn, tổ dân phố", "exact"),
    ]


def test_a_range_of_money_whose_first_end_is_written_whole_is_not_scaled_by_the_second():
    assert _units("Mỗi suất học bổng từ 400.000 đến 1 triệu đồng.") == [
        (400000, "đồng", "exact"),
        (1000000, "đồng", "exact"),
    ]
    assert _units("Vốn vay từ 15 đến 20 triệu đồng mỗi hộ.") == [(15000000, "đồng", "exact"), (20000000, "đồng", "exact")]


def test_horsepower_is_a_measure_and_a_capacity_after_a_boat_is_no_kind_of_boat():
    assert _units("Phường có 143 tàu công suất từ 250 CV trở lên.") == [(143, "tàu", "exact"), (250, "CV", "over")]


def test_a_phrase_of_the_vocabulary_opened_by_a_word_that_counts_nothing_is_counted():
    assert _units("Tỉnh cấp 12 loại báo, tạp chí và tiêm đủ 7 loại vắc xin; bà con họp 3 lần.") == [
        (12, "loại báo, tạp chí", "exact"),
        (7, "loại vắc xin", "exact"),
    ]


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


def test_medical_degrees_and_state_honours_written_short_open_a_name():
    assert _people("BSCKII Phan Văn Lễ, Giám đốc Trung tâm Y tế huyện, phát biểu.") == [
        ("Phan Văn Lễ", ["BSCKII", "Giám đốc Trung tâm Y tế huyện"])
    ]
    assert _people("Dự có BS.CKI Kim Thị Sa Rinh, Phó Giám đốc Sở Y tế.") == [("Kim Thị Sa Rinh", ["BS.CKI", "Phó Giám đốc Sở Y tế"])]
    assert _people("Bác sĩ CKII Vi Văn Thắm, Trưởng khoa Nội, cho biết.") == [
        ("Vi Văn Thắm", ["Bác sĩ CKII", "Trưởng khoa Nội"])
    ]
    assert _people("NGƯT Hà Thị Ngân, Hiệu trưởng nhà trường, phát biểu.")[0][1][0] == "NGƯT"


def test_military_commands_of_a_division_and_the_preventive_health_centre_are_bodies_of_a_title():
    assert _people("Các ông Võ Văn Mười, Lý Văn Sáu, nguyên cán bộ Tỉnh đội Sông Bé, nhận huy hiệu.") == [
        ("Võ Văn Mười", ["nguyên cán bộ Tỉnh đội Sông Bé"]),
        ("Lý Văn Sáu", ["nguyên cán bộ Tỉnh đội Sông Bé"]),
    ]
    assert _people("Bà Vi Thị Hảo, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh, trình bày.") == [
        ("Vi Thị Hảo", ["Phó Giám đốc Trung tâm Y tế dự phòng tỉnh"])
    ]


def test_a_prizes_grade_stays_with_the_prize_and_a_verb_of_reserving_ends_it():
    assert _units("Hội thi trao 2 giải Nhì, 5 giải C, 7 giải khuyến khích và 4 giải dành cho tập thể.") == [
        (2, "giải Nhì", "exact"),
        (5, "giải C", "exact"),
        (7, "giải khuyến khích", "exact"),
        (4, "giải", "exact"),
    ]


def test_both_ends_of_a_range_of_money_per_item_are_a_price_per_item():
    pers = [(q["value"], q.get("per")) for q in extract_text("Thu nhập 4 - 6 triệu đồng/tháng.")["quantities"]]
    assert pers == [(4000000, "tháng"), (6000000, "tháng")]


def test_reporters_editors_and_authors_named_in_a_sentence_are_people():
    assert _people("Giải A thuộc về tác giả Lò Thị Hiên, phóng viên Báo Sơn La, với loạt bài về bản Phiêng.") == [
        ("Lò Thị Hiên", ["tác giả", "phóng viên Báo Sơn La"])
    ]


def test_judges_assessors_and_procurators_are_posts():
    assert _people("Bà Đinh Thị Nga, Hội thẩm nhân dân Tòa án nhân dân huyện, phát biểu.") == [
        ("Đinh Thị Nga", ["Hội thẩm nhân dân Tòa án nhân dân huyện"])
    ]
    assert _people("Kiểm sát viên Hà Văn Tú trình bày cáo trạng.") == [("Hà Văn Tú", ["Kiểm sát viên"])]


def test_an_institution_after_a_departments_post_and_a_comma_is_a_title_of_its_own():
    assert _people("PGS.TS. Đào Văn Kiên, Trưởng khoa Triết học, Trường Đại học Huế, trình bày tham luận.") == [
        ("Đào Văn Kiên", ["PGS.TS.", "Trưởng khoa Triết học", "Trường Đại học Huế"])
    ]
    # a field after the comma is still the department's
    assert _people("Bà Lò Thị Hoa, Trưởng phòng Dân tộc, Tôn giáo Ban Dân vận Tỉnh ủy, cho biết.")[0][1] == [
        "Trưởng phòng Dân tộc, Tôn giáo Ban Dân vận Tỉnh ủy"
    ]


def test_a_round_table_is_a_conference():
    kind = extract_text("Tọa đàm khoa học về công tác dân vận ở cơ sở\n\nSáng 5/6, Ban Dân vận Tỉnh ủy tổ chức tọa đàm khoa học "
                        "với sự tham gia của 80 đại biểu.")["event"]["kind"]
    assert kind == "hoi_nghi"


def test_a_part_out_of_a_whole_written_with_tren_takes_the_wholes_noun():
    assert _units("Tổ hòa giải thành 7 trên 9 vụ việc; đã có 1.015 trên tổng số 1.120 hộ ký cam kết.") == [
        (7, "vụ việc", "exact"),
        (9, "vụ việc", "exact"),
        (1015, "hộ", "exact"),
        (1120, "hộ", "exact"),
    ]
    # an ordinal or a code before "trên" is no part: the figure after it is a lower bound
    assert _units("Đã chi trả đợt 2 trên 1,6 tỷ đồng; Quỹ Covid-19 trên 12 tỷ đồng.") == [
        (1600000000, "đồng", "over"),
        (12000000000, "đồng", "over"),
    ]


def test_a_rise_to_a_lower_bound_keeps_its_first_end_and_a_disciplined_count_is_counted():
    assert _units("Số hội viên tăng từ 12.400 lên hơn 20.000 người; kỷ luật 3 đảng viên.") == [
        (12400, "người", "exact"),
        (20000, "người", "over"),
        (3, "đảng viên", "exact"),
    ]


def test_a_bodys_name_written_in_lower_case_runs_to_its_place():
    assert _people("Bà Lù Thị Mỷ, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau bản Nà Sự, chia sẻ kinh nghiệm.") == [
        ("Lù Thị Mỷ", ["Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau bản Nà Sự"])
    ]
    # a verb of saying before any place ends it at the body's word
    assert _people("Ông Vi Văn Tám, Chủ nhiệm câu lạc bộ cho biết bản Nà Sự đã làm tốt.") == [("Vi Văn Tám", ["Chủ nhiệm câu lạc bộ"])]


def test_a_councils_session_is_a_conference():
    text = ("HĐND xã Tân Lập tổ chức kỳ họp thứ 8, khóa XX\n\nSáng 20/12, HĐND xã Tân Lập tổ chức kỳ họp thứ 8 để đánh giá "
            "kết quả năm 2019 và quyết định nhiệm vụ năm 2020.")
    assert extract_text(text)["event"]["kind"] == "hoi_nghi"
