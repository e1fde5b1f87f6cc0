"""Thirty-sixth round: tested on invented sentences (other places, names and figures than the blind pages)."""

from danvan.textmine import extract_text


def _quantities(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


def _documents(text):
    return [(d["type"], d["number"], d["symbol"]) for d in extract_text(text)["documents"]]


def test_a_verb_written_as_a_document_type_takes_no_part_of_a_number_with_thousands():
    # "hướng dẫn 43.718 lượt" is guiding 43,718 people, not "Hướng dẫn 4" (the number's first digits)
    text = "Các đội hình tình nguyện đã hướng dẫn 43.718 lượt người dân cài đặt ứng dụng."
    assert _documents(text) == []
    assert _quantities(text) == [(43718, "lượt người dân", "exact")]
    # a numbered guideline is still one
    assert _documents("Thực hiện Hướng dẫn 27-HD/BDVTU, các xã tổ chức rà soát.") == [("Hướng dẫn", "27", "HD/BDVTU")]
    assert _documents("Theo Kế hoạch 123456 của xã.") == []  # six digits are no document's number


def test_a_lower_bound_after_the_counted_noun_is_the_qualifier_not_the_unit():
    assert _quantities("Mỗi chi hội giúp xây 12 nhà đại đoàn kết trở lên trong nhiệm kỳ.") == [
        (12, "nhà đại đoàn kết", "over")
    ]
    assert _quantities("Có 7 tàu trở lên vi phạm.") == [(7, "tàu", "over")]


def test_trung_tam_is_a_counted_noun():
    ((value, unit, _),) = _quantities("Toàn tỉnh hiện có 143 trung tâm học tập cộng đồng.")
    assert value == 143 and unit.startswith("trung tâm")


def test_nouns_whose_first_syllable_is_a_stop_word_are_counted():
    # "mặt", "thi", "đại", "cấp", "chủ" and "đầu" end a counted noun elsewhere; these words are nouns of their own
    assert _quantities("Hợp tác xã có 14 mặt hàng được công nhận.")[0][:2] == (14, "mặt hàng")
    assert _quantities("Lực lượng cứu hộ đã tìm thấy 6 thi thể.") == [(6, "thi thể", "exact")]
    assert _quantities("Thẻ được gia hạn tại 73 đại lý thu.")[0][:2] == (73, "đại lý")
    assert _quantities("Các xã đã tổ chức 254 đại hội chi bộ.") == [(254, "đại hội chi bộ", "exact")]
    assert _quantities("Lớp bồi dưỡng cho 120 cấp ủy viên.") == [(120, "cấp ủy viên", "exact")]


def test_a_sum_after_a_count_of_months_is_no_date():
    # "11 tháng 2,03 tỷ đồng" is eleven months' 2.03 billion, not 11 February
    assert _quantities("Thu ngân sách lũy kế 11 tháng 2,03 tỷ đồng, đạt 92,4% kế hoạch.") == [
        (2030000000, "đồng", "exact"),
        (92.4, "%", "exact"),
    ]
    assert _quantities("Ngày 10 tháng 2, 2012, Hội trao 5 suất quà.") == [(5, "suất quà", "exact")]


def test_a_record_a_perennial_and_a_home_end_no_numbered_name():
    assert _quantities("Tổ công tác đã lập biên bản 8 trường hợp đổ rác trái phép.") == [(8, "trường hợp", "exact")]
    assert _quantities("Giá bồi thường cây lâu năm 150.000 đồng/m2 là thấp.")[0][:2] == (150000, "đồng")
    assert _quantities("Trạm y tế đã theo dõi, cách ly tại nhà 52 trường hợp trở về từ vùng dịch.") == [
        (52, "trường hợp", "exact")
    ]


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


def test_given_names_written_before_the_full_name_are_the_same_person():
    text = (
        "Chuyện ấy khiến chị Thạch Nê trăn trở, bàn với Chi ủy ấp tìm cách nhắc bà con. Nhờ vậy, ấp không còn ai bị lừa. "
        "Với những đóng góp đó, chị Sơn Thị Thạch Nê, Chi hội trưởng Chi hội Phụ nữ ấp được tặng Bằng khen."
    )
    assert _people(text) == [("Sơn Thị Thạch Nê", ["Chi hội trưởng Chi hội Phụ nữ ấp"])]
    # written alike, not only folded alike: "A Pơ" is not "Đinh A Pó"
    text = (
        "Dự có đồng chí A Pơ, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh. Gia đình ông Đinh A Pó, thôn Trà Xinh được thăm hỏi."
    )
    assert [name for name, _ in _people(text)][:1] == ["A Pơ"]


def test_mong_and_ke_close_an_institutions_name():
    assert _people("Bà Hà Thị Mận, Hiệu trưởng Trường Mầm non Sơn Ca mong công trình sớm xong.") == [
        ("Hà Thị Mận", ["Hiệu trưởng Trường Mầm non Sơn Ca"])
    ]
    assert _people("Ông Lò Văn Sơn, Hiệu trưởng Trường Tiểu học Nà Nhạn kể lại chuyện cũ.") == [
        ("Lò Văn Sơn", ["Hiệu trưởng Trường Tiểu học Nà Nhạn"])
    ]


def test_ubkt_is_the_inspection_commission():
    assert _people("Đồng chí Bế Văn Lợi, Tỉnh ủy viên, Chủ nhiệm UBKT Tỉnh ủy phát biểu.") == [
        ("Bế Văn Lợi", ["Tỉnh ủy viên", "Chủ nhiệm UBKT Tỉnh ủy"])
    ]


def test_each_form_of_discipline_counts_the_people_disciplined():
    text = "Năm 2014, các cấp đã thi hành kỷ luật 57 đảng viên với các hình thức: khiển trách 30, cảnh cáo 19, khai trừ 8."
    assert _quantities(text) == [
        (57, "đảng viên", "exact"), (30, "đảng viên", "exact"), (19, "đảng viên", "exact"), (8, "đảng viên", "exact")
    ]
    # a number after a form of discipline with no count before it in the sentence is left alone
    assert _quantities("Hình thức khiển trách 30.") == []


def test_the_last_name_of_a_list_behind_its_own_honorific_after_a_comma_closes_it():
    assert _people("Các ông Lò Văn Khánh, Tòng Văn Piên, bà Lường Thị Ún - Trưởng bản đề nghị xã hỗ trợ.") == [
        ("Lò Văn Khánh", ["Trưởng bản"]), ("Tòng Văn Piên", ["Trưởng bản"]), ("Lường Thị Ún", ["Trưởng bản"])
    ]
    # a rank after the comma is the next person's title, not an honorific skipped
    assert ("Phan Minh Khoa", ["Thượng tá", "Phó Giám đốc Công an tỉnh"]) in _people(
        "Dự có Đại tá Lê Văn Hậu, Thượng tá Phan Minh Khoa - Phó Giám đốc Công an tỉnh."
    )


def test_phong_chong_and_hiv_aids_are_one_word_in_a_bodys_name():
    assert _people("Bác sĩ Vũ Đình Lâm, Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh cho biết thêm.") == [
        ("Vũ Đình Lâm", ["Bác sĩ", "Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh"])
    ]
    # … but a count's noun stops at the comma, as the labels write it
    assert _quantities("Xã có 9 câu lạc bộ phòng, chống bạo lực gia đình.") == [(9, "câu lạc bộ", "exact")]


def test_shopkeepers_and_the_tax_offices_after_2025_are_posts():
    assert _people("Bà Đào Thị Nụ, chủ tiệm may ở thôn Đông, cho biết đã dùng hóa đơn điện tử.")[0] == (
        "Đào Thị Nụ", ["chủ tiệm may"]
    )
    assert _people("Ông Vũ Văn Tuyến, Phó Trưởng Thuế cơ sở 3 tỉnh Ninh Bình cho biết.") == [
        ("Vũ Văn Tuyến", ["Phó Trưởng Thuế cơ sở 3 tỉnh Ninh Bình"])
    ]


def test_recruits_the_military_service_council_and_the_district_youth_union():
    assert _people("Tân binh Lý Văn Khiêm, thôn Nà Khá, xúc động chia sẻ.") == [("Lý Văn Khiêm", ["Tân binh"])]
    assert _people("Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng NVQS huyện Lương Văn Tú phát biểu.") == [
        ("Lương Văn Tú", ["Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng NVQS huyện"])
    ]
    assert _people("Dự có Đỗ Văn Toản - Bí thư Quận đoàn, Lý Thị Mơ - Chủ tịch Hội LHPN quận.")[0] == (
        "Đỗ Văn Toản", ["Bí thư Quận đoàn"]
    )


def test_the_disease_of_the_people_counted_is_their_kind():
    assert _quantities("Lũy kế toàn huyện có 318 người nhiễm HIV và 57 bệnh nhân lao đang điều trị.") == [
        (318, "người nhiễm HIV", "exact"), (57, "bệnh nhân lao", "exact")
    ]
    assert _quantities("Có 4 người mắc bệnh sởi.") == [(4, "người", "exact")]  # a verb of falling ill ends it


def _kind(text):
    return extract_text(text)["event"]["kind"]


def test_a_voters_meeting_in_the_lead_and_livelihoods_or_vouchers_given_are_events():
    page = (
        "Cử tri vùng cao kiến nghị về đường giao thông\n"
        "Ngày 24/11/2023, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Mường Tè đã tiếp xúc cử tri các xã Pa Ủ, Pa Vệ Sử "
        "trước Kỳ họp thứ 14, HĐND tỉnh khóa XV. Cử tri đề nghị sớm sửa đường."
    )
    assert _kind(page) == "hoi_nghi"
    assert _kind("Trao sinh kế giúp phụ nữ nghèo lập nghiệp\nNgày 3/4/2022, Hội LHPN tỉnh trao 40 con bò.") == "trao_qua"
    assert _kind("Chợ Tết Công đoàn: 2.000 đoàn viên được tặng phiếu mua hàng\nNgày 20/1/2023, LĐLĐ tỉnh tổ chức.") == "trao_qua"


def test_the_inspection_commissions_symbol_names_its_issuer():
    text = "Năm 2021, UBKT Tỉnh ủy đã mở 2 lớp tập huấn; ban hành Hướng dẫn số 09-HD/UBKTTU về kiểm tra tài chính đảng."
    assert _documents(text) == [("Hướng dẫn", "09", "HD/UBKTTU")]
    assert extract_text(text)["documents"][0]["issuer"] == "UBKT Tỉnh ủy"


def test_a_type_written_in_lower_case_before_a_count_is_the_verb():
    text = "Qua kiểm tra, UBKT các cấp kết luận 27 đảng viên có vi phạm; LĐLĐ tỉnh đã hướng dẫn 95 công đoàn cơ sở."
    assert _documents(text) == []
    assert _quantities(text) == [(27, "đảng viên", "exact"), (95, "công đoàn cơ sở", "exact")]
    assert _documents("Thực hiện Kết luận 18 của Ban Bí thư, xã triển khai.") == [("Kết luận", "18", None)]


def test_basic_construction_a_list_and_a_festival_end_no_numbered_name():
    assert _quantities("Lĩnh vực xây dựng cơ bản 37 ý kiến, văn hóa - xã hội 22 ý kiến.") == [
        (37, "ý kiến", "exact"), (22, "ý kiến", "exact")
    ]
    assert _quantities("UBND tỉnh công bố danh mục 842 thủ tục hành chính.") == [(842, "thủ tục hành chính", "exact")]
    assert _quantities("Đoàn đến thăm, chúc Tết 9 chùa trên địa bàn.")[0][:2] == (9, "chùa")


def test_an_incidents_means_is_its_kind_and_reoffending_is_the_clauses_verb():
    assert _quantities("Năm 2024 xảy ra 21 vụ lừa đảo qua mạng, 3 vụ lừa đảo qua điện thoại.") == [
        (21, "vụ lừa đảo qua mạng", "exact"), (3, "vụ lừa đảo qua điện thoại", "exact")
    ]
    assert _quantities("Trong năm, 14 người tái phạm tội.") == [(14, "người", "exact")]


def test_jrai_clan_names_open_a_delegates_name():
    assert _people("Đại biểu Rah Lan Chung, Bí thư Huyện đoàn Ia Grai chia sẻ kinh nghiệm.") == [
        ("Rah Lan Chung", ["Bí thư Huyện đoàn Ia Grai"])
    ]


def test_the_one_name_a_roles_colon_lists_keeps_its_posts_after_it():
    text = (
        "Ban gồm 5 thành viên. Trưởng ban: ông Lý Văn Phúc, Phó Chủ tịch Ủy ban MTTQ xã; Phó Trưởng ban: bà Đặng Thị "
        "Xuân, Chủ tịch Hội Nông dân xã."
    )
    assert _people(text) == [
        ("Lý Văn Phúc", ["Trưởng ban", "Phó Chủ tịch Ủy ban MTTQ xã"]),
        ("Đặng Thị Xuân", ["Phó Trưởng ban", "Chủ tịch Hội Nông dân xã"]),
    ]
    # the next role after a comma is no post of the first name's
    assert _people("Trưởng ban: Hà Văn Lập, Phó Trưởng ban: Mã Thị Hồng.") == [
        ("Hà Văn Lập", ["Trưởng ban"]), ("Mã Thị Hồng", ["Phó Trưởng ban"])
    ]
