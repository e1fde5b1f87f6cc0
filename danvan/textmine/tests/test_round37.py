"""Thirty-seventh round: tested on invented sentences (other places, names and figures than the blind pages)."""

from danvan.textmine import extract_text


def _quantities(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


def _kind(text):
    return extract_text(text)["event"]["kind"]


def test_a_capitalised_body_is_counted_at_the_start_of_a_clause_after_a_comma():
    # the period before the comma says when, the number opens the clause: "Năm 2019, 157 Ban TTND …"
    assert _quantities("Năm 2019, 157 Ban TTND đã tổ chức 902 cuộc giám sát.") == [
        (157, "Ban TTND", "exact"),
        (902, "cuộc giám sát", "exact"),
    ]
    assert (26, "Ban TTND", "exact") in _quantities("Trong 9 tháng, 26 Ban TTND trong thị xã đã giám sát 41 cuộc.")
    # a unit's name with its number is still no count
    assert _quantities("Tiểu đoàn 3, Sư đoàn 9 đã hỗ trợ người dân.") == []


def test_compound_nouns_of_rooms_houses_vaccines_and_fishing_groups_stay_whole():
    assert _quantities("Huyện xây mới 17 phòng ở bán trú cho học sinh.") == [(17, "phòng ở bán trú", "exact")]
    assert _quantities("Trường dựng 5 phòng ở tạm sau lũ.") == [(5, "phòng ở tạm", "exact")]
    assert _quantities("Dự án bàn giao 640 căn nhà ở xã hội.") == [(640, "căn nhà ở xã hội", "exact")]
    assert _quantities("Công nhân được tiêm 3 mũi vắc xin.") == [(3, "mũi vắc xin", "exact")]
    assert _quantities("Xã duy trì 19 tổ đoàn kết trên biển.") == [(19, "tổ đoàn kết trên biển", "exact")]


def test_an_honorific_after_a_compound_ending_in_a_worship_word_opens_a_name():
    # "tượng" (a statue) before "Bà …" names a deity; in "đối tượng" it does not: a headline the reflow joined to a
    # caption ("… hỗ trợ sai đối tượng" + "Ông Lê Văn …") keeps the caption's honorific out of the name
    text = "Xã thu hồi tiền hỗ trợ sai đối tượng Ông Đỗ Văn Khanh (giữa), Trưởng ban TTND xã Tân Phú trao đổi với người dân."
    assert [name for name, _ in _people(text)] == ["Đỗ Văn Khanh"]
    assert _people("Người dân dâng hương tại đền Bà Chúa Xứ.") == []


def test_lam_before_a_post_ends_a_bare_title():
    # "Trưởng ban làm trưởng đoàn": the head of the board leads the delegation; "việc làm" is still a body's word
    (name, titles), = _people("Đoàn do ông Vũ Văn Hưng, Trưởng ban làm trưởng đoàn, đã làm việc với xã.")
    assert name == "Vũ Văn Hưng" and titles[0] == "Trưởng ban"
    assert _people("Bà Lò Thị Tâm, Giám đốc Trung tâm Dịch vụ việc làm tỉnh, phát biểu.") == [
        ("Lò Thị Tâm", ["Giám đốc Trung tâm Dịch vụ việc làm tỉnh"])
    ]


def test_nha_truong_after_a_school_post_names_the_school():
    assert _people("Thầy Hà Văn Dũng, Hiệu trưởng nhà trường cho biết trường có 412 học sinh.") == [
        ("Hà Văn Dũng", ["Hiệu trưởng nhà trường"])
    ]


def test_dong_nghiep_counts_colleagues_not_money():
    assert _quantities("Mỗi sáng chị cùng 4 đồng nghiệp nấu cơm cho học sinh.") == [(4, "đồng nghiệp", "exact")]


def test_a_conference_that_shares_out_a_fund_is_a_conference():
    text = (
        "Phân bổ 7,4 tỷ đồng Quỹ “Vì người nghèo” năm 2021\n"
        "Sáng 9/3, Ban vận động Quỹ “Vì người nghèo” tỉnh tổ chức hội nghị thống nhất phương án phân bổ Quỹ năm 2021. "
        "Bà Hà Thị Yến chủ trì."
    )
    assert _kind(text) == "hoi_nghi"
    # giving out the fund's money is still a gift-giving
    text = "Trao 1,2 tỷ đồng hỗ trợ hộ nghèo\nNgày 4/2, Ủy ban MTTQ huyện trao 1,2 tỷ đồng hỗ trợ xây nhà cho 30 hộ nghèo."
    assert _kind(text) == "trao_qua"


def test_members_of_a_named_body_before_a_colon_list_each_get_the_membership():
    text = "Các thành viên Ban Thường trực: Lầu Thị Dua, Giàng A Sử trực tiếp xuống 4 bản."
    assert _people(text) == [
        ("Lầu Thị Dua", ["thành viên Ban Thường trực"]),
        ("Giàng A Sử", ["thành viên Ban Thường trực"]),
    ]
    assert _people("các trưởng thôn Nà Sang, Khuổi Lừa đều dự họp.") == []  # hamlets, no people


def test_giam_sat_phan_bien_with_its_comma_is_one_body_name():
    assert _people("Bà Lương Thị Sen, Phó Trưởng Ban Giám sát, phản biện xã hội Ủy ban MTTQ tỉnh, phát biểu.") == [
        ("Lương Thị Sen", ["Phó Trưởng Ban Giám sát, phản biện xã hội Ủy ban MTTQ tỉnh"])
    ]


def test_a_capitalised_body_is_counted_after_a_verb_of_assigning_or_a_place_word():
    assert _quantities("Tỉnh đã bố trí 318 Công an chính quy về xã.")[0][:1] == (318,)
    assert _quantities("Thành lập tổ công tác ở 9 Ban CHQS huyện.") == [(9, "Ban CHQS huyện", "exact")]


def test_a_lower_case_programme_or_project_before_a_counted_noun_counts_it():
    # "chương trình 135", "đề án 06 của Tỉnh ủy" stay documents' numbers; a unit after the number makes it a count
    assert _quantities("Khóa học theo chương trình 180 tiết, tập trung vào giao tiếp.") == [(180, "tiết", "exact")]
    assert _quantities("Cử tri đề nghị đẩy nhanh dự án 900 căn hộ.") == [(900, "căn hộ", "exact")]
    assert _quantities("Hộ nghèo được hỗ trợ theo chương trình 135 và Quyết định 74.") == []


def test_targets_exceeded_are_counted_exactly():
    # "đạt và vượt 14/17 chỉ tiêu": 14 targets met and exceeded, not "over 14"
    assert (14, "chỉ tiêu chủ yếu", "exact") in _quantities("Năm 2022, huyện đạt và vượt 14/17 chỉ tiêu chủ yếu.")
    assert _quantities("Hội vượt 3 chỉ tiêu.") == [(3, "chỉ tiêu", "exact")]
    assert _quantities("Số hộ thoát nghèo vượt 120 hộ.") == [(120, "hộ", "over")]


def _documents(text):
    return [(d["type"], d["number"], d["symbol"], d["issuer"]) for d in extract_text(text)["documents"]]


def test_a_law_or_ordinance_named_with_commas_or_whose_name_holds_cua_is_read_up_to_its_number():
    assert _documents("Đoàn giám sát việc thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 tại xã.") == [
        ("Luật", "55", "2024/QH15", None)
    ]
    assert ("Pháp lệnh", "06", "2003/PL-UBTVQH11", None) in _documents(
        "Thực hiện Pháp lệnh Dân số số 06/2003/PL-UBTVQH11 và Chỉ thị số 09-CT/HU."
    )
    assert ("Luật", "87", "2015/QH13", None) in _documents(
        "Đề nghị thực hiện Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 nghiêm túc."
    )


def test_a_post_before_the_body_it_heads_is_the_issuer():
    assert _documents("Theo Quyết định số 311/QĐ-CAT ngày 2/4/2024 của Giám đốc Công an tỉnh về khen thưởng.") == [
        ("Quyết định", "311", "QĐ-CAT", "Giám đốc Công an tỉnh")
    ]
    # a provincial police code names the provincial police written earlier in the sentence
    assert _documents("Công an tỉnh ban hành Kế hoạch 41, 42/KH-CAT về đợt cao điểm.") == [
        ("Kế hoạch", "41", "KH-CAT", "Công an tỉnh"),
        ("Kế hoạch", "42", "KH-CAT", "Công an tỉnh"),
    ]


def test_a_page_that_retells_a_numbered_report_is_a_report():
    text = (
        "Quý III/2023, toàn tỉnh kỷ luật 21 đảng viên\n"
        "(BTN) - Theo Báo cáo số 77-BC/UBKT ngày 9/10/2023 của Ủy ban Kiểm tra Tỉnh ủy về kết quả công tác kiểm tra quý "
        "III năm 2023, cấp ủy các cấp đã thi hành kỷ luật 21 đảng viên."
    )
    assert _kind(text) == "bao_cao"
    text = (
        "Huyện đội báo cáo Đoàn công tác Quân khu kết quả dân vận năm 2021\n"
        "Ngày 3/12, Ban CHQS huyện báo cáo Đoàn công tác của Quân khu 9 về kết quả công tác dân vận năm 2021."
    )
    assert _kind(text) == "bao_cao"
    # an election night's quick count "theo báo cáo nhanh" is no report the page retells
    text = (
        "Gia Nghĩa: 99% cử tri đi bầu\n"
        "(BĐN) - Theo báo cáo nhanh của Ủy ban bầu cử tỉnh, đến 19 giờ ngày 22/5, toàn tỉnh có 99% cử tri đi bầu."
    )
    assert _kind(text) is None


def test_a_lead_that_meets_for_its_periodic_briefing_is_a_giao_ban():
    assert _kind(
        "Không để dịch cúm gia cầm lây lan\nChiều 3/4, Ban Chỉ đạo phòng, chống dịch bệnh động vật tỉnh họp giao ban "
        "đánh giá công tác quý I/2024, triển khai nhiệm vụ quý II."
    ) == "giao_ban"


def test_handing_over_houses_capital_and_counted_gifts_are_gift_givings():
    assert _kind('Bàn giao 5 "Mái ấm Công đoàn" cho đoàn viên\nNgày 2/10, LĐLĐ tỉnh bàn giao 5 nhà cho đoàn viên.') == "trao_qua"
    assert _kind("Trao vốn và bò giống cho 20 hội viên\nNgày 5/6, Hội LHPN xã trao vốn cho hội viên nghèo.") == "trao_qua"
    assert _kind(
        "Hơn 4.000 suất quà Tết đến với công nhân\nNgày 12/1, LĐLĐ tỉnh tổ chức chương trình “Tết Sum vầy” cho công nhân."
    ) == "trao_qua"
    # a gathering the lead holds comes before the headline's count of gifts
    assert _kind(
        "Hơn 9.000 suất quà Tết đến với người nghèo\nNgày 8/4/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị "
        "giao ban công tác dân vận quý I năm 2025."
    ) == "giao_ban"


def test_ban_dang_xem_opens_a_breadcrumb_not_a_headline():
    text = (
        "Báo Điện tử tỉnh\nCập nhật: 16:45, 20/04/2012 (GMT+7)\nBạn đang xem: Hội nghị báo cáo viên\n"
        "Thông tin thời sự tháng 4 cho báo cáo viên toàn tỉnh\n"
        "Sáng 19/4, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên định kỳ tháng 4/2012 theo hình thức trực tuyến."
    )
    assert extract_text(text)["title"] == "Thông tin thời sự tháng 4 cho báo cáo viên toàn tỉnh"


def test_sessions_propagandists_conferences_and_chat_groups_are_counted_nouns():
    # "kỳ" alone is a period ("3 kỳ liên tiếp"); "kỳ họp" is a council's session
    assert _quantities("Năm 2023, HĐND xã tổ chức 5 kỳ họp, trong đó 3 kỳ họp chuyên đề.") == [
        (5, "kỳ họp", "exact"),
        (3, "kỳ họp chuyên đề", "exact"),
    ]
    assert _quantities("Tại kỳ họp thứ 9, HĐND tỉnh thông qua nghị quyết.") == []
    assert _quantities("Ban tổ chức 7 hội nghị báo cáo viên cấp tỉnh.") == [(7, "hội nghị báo cáo viên cấp tỉnh", "exact")]
    assert _quantities("Các xã lập 26 nhóm Zalo để nắm dư luận.") == [(26, "nhóm Zalo", "exact")]


def test_a_surname_that_is_also_a_body_word_stays_the_names():
    # "Đoàn" is the Youth Union and a surname: before "Văn"/"Thị" and a capital it opens the name
    assert _people("Hiền tài Đoàn Văn Tám, Đầu họ đạo Tân Hòa, nêu 12 ý kiến.") == [
        ("Đoàn Văn Tám", ["Hiền tài", "Đầu họ đạo Tân Hòa"])
    ]
    assert _people("Phó Chủ tịch Đoàn Thị Lụa phát biểu.") == [("Đoàn Thị Lụa", ["Phó Chủ tịch"])]


def test_posts_of_cao_dai_and_catholic_communities():
    assert _people("Lễ sanh Ngọc Bửu Thanh, Cai quản Thánh thất Phú Mỹ, chia sẻ kinh nghiệm.") == [
        ("Ngọc Bửu Thanh", ["Lễ sanh", "Cai quản Thánh thất Phú Mỹ"])
    ]
    assert _people("Ông Vũ Văn Khiêm, Trùm xứ giáo xứ Hải Lạng, đề nghị nạo vét kênh.") == [
        ("Vũ Văn Khiêm", ["Trùm xứ giáo xứ Hải Lạng"])
    ]


def test_a_share_per_mille_is_read_like_a_share_per_cent():
    assert _quantities("Độ mặn 6‰ lấn sâu hơn 40 km vào đất liền.") == [(6, "‰", "exact"), (40, "km", "over")]


def test_a_school_gate_in_quotes_and_a_class_size_are_counted():
    assert _quantities('Phường ra mắt 9 "cổng trường an toàn giao thông" trong tháng.') == [
        (9, "cổng trường an toàn giao thông", "exact")
    ]
    # "sĩ số" (a class's size) is no "số" before a document's or a hamlet's number
    assert _quantities("Trường duy trì sĩ số 642 học sinh.") == [(642, "học sinh", "exact")]


def test_a_share_range_written_tight_gives_both_ends():
    assert _quantities("Giá sầu riêng giảm 60-70% so với cùng kỳ.") == [(60, "%", "exact"), (70, "%", "exact")]
    assert _quantities("Thực hiện Kết luận 01-KL/TW, ngày 30-5 hội nghị họp.") == []


def test_a_village_elder_of_a_hamlet_and_a_clan_head_are_posts():
    assert _people("Ông Lò Văn Thón, già bản Huổi Mý, xã Chiềng Sơn, nêu ý kiến.") == [
        ("Lò Văn Thón", ["già bản Huổi Mý"])
    ]
    (name, titles), = _people("Ông Vàng Seo Lử, trưởng họ Vàng, thôn Lũng Phìn, kể lại.")
    assert name == "Vàng Seo Lử" and titles[0].startswith("trưởng họ")


def test_a_course_of_skills_or_knowledge_is_a_training():
    assert _kind(
        "Hơn 900 đại biểu HĐND xã được bồi dưỡng kỹ năng giám sát\nNgày 4/6, Thường trực HĐND tỉnh tổ chức hội nghị "
        "bồi dưỡng kỹ năng hoạt động cho đại biểu HĐND cấp xã."
    ) == "tap_huan"


def test_a_posts_colon_list_behind_a_plural_honorific_gives_each_name_the_post():
    text = "Trưởng ban: ông Hà Văn Sáu, Chủ tịch Ủy ban MTTQ xã; Thành viên: các ông, bà Lý Văn Tư, Đặng Thị Mơ, Vi Văn Hòa."
    assert _people(text) == [
        ("Hà Văn Sáu", ["Trưởng ban", "Chủ tịch Ủy ban MTTQ xã"]),
        ("Lý Văn Tư", ["Thành viên"]),
        ("Đặng Thị Mơ", ["Thành viên"]),
        ("Vi Văn Hòa", ["Thành viên"]),
    ]


def test_a_commune_civil_servant_is_a_post_as_an_official_is():
    assert _people("Bà Đinh Thị Huế, công chức văn hóa - xã hội xã, cho biết.") == [
        ("Đinh Thị Huế", ["công chức văn hóa - xã hội xã"])
    ]


def test_a_body_described_in_lower_case_before_the_name_keeps_its_words():
    assert _people("Giám đốc Sở Giao thông vận tải Mai Văn Tuấn cho biết, tuyến đường sẽ xong trong năm.") == [
        ("Mai Văn Tuấn", ["Giám đốc Sở Giao thông vận tải"])
    ]
    # a place's name run into the person's gives no invented person
    names = [name for name, _ in _people("Chủ tịch Công đoàn Khu kinh tế Đông Nam Nguyễn Văn Hào cho biết, như sau.")]
    assert "Đông Nam Nguyễn Văn Hào" not in names
