"""Thirty-third round: tested on invented sentences (other places, names and figures than the blind pages)."""

from danvan.textmine import extract_text


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


def test_a_post_after_a_dash_closing_a_list_under_a_lower_case_title_is_each_ones():
    text = (
        "Lớp bồi dưỡng khai giảng sáng 12/4. Các báo cáo viên: Lục Văn Khải, Đàm Thị Hồng Nhung - Phó Trưởng Ban "
        "Tuyên giáo Huyện ủy đã truyền đạt hai chuyên đề."
    )
    post = ["báo cáo viên", "Phó Trưởng Ban Tuyên giáo Huyện ủy"]
    assert _people(text) == [("Lục Văn Khải", post), ("Đàm Thị Hồng Nhung", post)]


def test_a_list_under_a_lower_case_title_with_no_dash_keeps_the_title_alone():
    text = "Dự họp có các trưởng thôn: Nông Văn Sáu, Hoàng Thị Lụa, Ma Văn Tòng cùng nhiều hộ dân."
    assert _people(text) == [(n, ["trưởng thôn"]) for n in ("Nông Văn Sáu", "Hoàng Thị Lụa", "Ma Văn Tòng")]


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


def test_a_figure_between_two_pairs_of_straight_quotes_is_no_slogans():
    text = 'Đoàn xã làm tuyến "Con đường bích họa" dài 2,3 km và trao 4 "Ngôi nhà khăn quàng đỏ" cho học sinh.'
    assert _units(text) == [(2.3, "km"), (4, "Ngôi nhà khăn quàng đỏ")]


def test_a_figure_inside_straight_quotes_is_still_a_slogans():
    text = 'Hội phát động phong trào "5 không, 3 sạch" và mô hình "Tiết kiệm 2.000 đồng mỗi ngày" ở 9 chi hội.'
    assert _units(text) == [(9, "chi hội")]


def test_a_figure_after_periodic_is_a_count_not_a_terms_number():
    assert _units("Bí thư Huyện ủy tiếp dân định kỳ 21 buổi, tiếp 96 lượt công dân.") == [
        (21, "buổi"),
        (96, "lượt công dân"),
    ]


def test_a_share_after_a_type_word_used_as_a_verb_is_no_document():
    result = extract_text("Tổ công nghệ số hướng dẫn 100% hộ dân cài ứng dụng; Hội thông báo 87% hội viên đã đóng hội phí.")
    assert result["documents"] == []
    assert [(q["value"], q["unit"]) for q in result["quantities"]] == [(100, "%"), (87, "%")]


def test_a_body_written_with_an_abbreviation_inside_its_name_continues_the_chain():
    text = "Dự có bà Đào Thị Mến, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh."
    assert _people(text) == [("Đào Thị Mến", ["Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Chủ tịch LĐLĐ tỉnh"])]


def test_a_steering_committee_named_in_lower_case_before_the_clauses_verb_is_the_title():
    text = "Bà Quách Thị Duyên, Phó Chủ tịch UBND huyện, Trưởng Ban chỉ đạo chủ trì; ông Vi Văn Ngọ, Phó Trưởng Ban chỉ đạo."
    assert _people(text) == [
        ("Quách Thị Duyên", ["Phó Chủ tịch UBND huyện", "Trưởng Ban chỉ đạo"]),
        ("Vi Văn Ngọ", ["Phó Trưởng Ban chỉ đạo"]),
    ]


def test_a_post_given_by_re_election_to_an_office():
    text = "Hội nghị lần thứ nhất bầu bà Hà Thị Khuyên, Huyện ủy viên, tái cử chức Chủ tịch Hội Nông dân huyện khóa IX."
    assert _people(text) == [("Hà Thị Khuyên", ["Huyện ủy viên", "Chủ tịch Hội Nông dân huyện khóa IX"])]


def test_a_body_in_lower_case_after_a_bare_head_closed_by_kiem():
    text = "Các ông Mông Văn Lả, Nịnh Văn Sầu - Bí thư chi bộ kiêm Trưởng bản được khen thưởng."
    post = ["Bí thư chi bộ kiêm Trưởng bản"]
    assert _people(text) == [("Mông Văn Lả", post), ("Nịnh Văn Sầu", post)]


def test_giving_blood_after_people_is_what_they_did_unless_merit_follows():
    text = "Năm qua có 348 người hiến máu từ 5 lần trở lên; tỉnh tôn vinh 65 người hiến máu tiêu biểu và 9 đợt hiến máu."
    assert _units(text) == [(348, "người"), (65, "người hiến máu tiêu biểu"), (9, "đợt hiến máu")]


def test_a_unit_ends_before_the_qualifier_of_the_next_figure():
    assert _units("Xảy ra 3 vụ khiếu kiện khoảng 60 hộ dân tham gia.") == [(3, "vụ khiếu kiện"), (60, "hộ dân")]


def test_friendship_bodies_foreign_posts_and_the_party_committee_member_of_a_district_in_town():
    text = (
        "Dự có ông Cầm Văn Nọi, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh; bà Hoàng Thị Dung, Phó Chủ tịch LHHN tỉnh; "
        "ông Bun Mi Xay, Phó Tỉnh trưởng tỉnh Luang Namtha; đồng chí Tạ Quang Khải, QUV, Trưởng Ban Dân vận Quận ủy."
    )
    assert _people(text) == [
        ("Cầm Văn Nọi", ["Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh"]),
        ("Hoàng Thị Dung", ["Phó Chủ tịch LHHN tỉnh"]),
        ("Bun Mi Xay", ["Phó Tỉnh trưởng tỉnh Luang Namtha"]),
        ("Tạ Quang Khải", ["QUV", "Trưởng Ban Dân vận Quận ủy"]),
    ]


def test_a_trade_union_of_a_school_runs_on_to_the_schools_name():
    text = "Bà Mạc Thị Hạnh, Chủ tịch Công đoàn Trường THCS Minh Khai, đề nghị; ông Tô Văn Hưng, Chủ tịch Công đoàn Trường Tiểu học Cát Linh, phát biểu."
    assert _people(text) == [
        ("Mạc Thị Hạnh", ["Chủ tịch Công đoàn Trường THCS Minh Khai"]),
        ("Tô Văn Hưng", ["Chủ tịch Công đoàn Trường Tiểu học Cát Linh"]),
    ]


def test_a_family_name_that_is_a_bodys_word_opens_a_listed_name():
    text = "Dự có các đồng chí Phó Chủ tịch UBND huyện: Lục Văn Sáng, Đoàn Minh Khoa, Bế Thị Yến."
    post = ["Phó Chủ tịch UBND huyện"]
    assert _people(text) == [("Lục Văn Sáng", post), ("Đoàn Minh Khoa", post), ("Bế Thị Yến", post)]


def _documents(text):
    return [(d["number"], d["date"], d["issuer"]) for d in extract_text(text)["documents"]]


def test_the_body_that_did_it_by_a_decision_is_its_issuer():
    text = "Năm 2019, cô Vi Thị Lan được Tổng LĐLĐ Việt Nam tặng Bằng khen theo Quyết định số 917/QĐ-TLĐ ngày 3/6/2019."
    assert _documents(text) == [("917", "2019-06-03", "Tổng LĐLĐ Việt Nam")]


def test_decisions_listed_after_a_semicolon_on_the_same_day_share_its_date_and_issuer():
    text = (
        "Hội nghị công bố Quyết định số 41-QĐ/TU ngày 9/3/2024 của Ban Thường vụ Tỉnh ủy về việc điều động đồng chí "
        "Lò Văn Mạnh; các Quyết định số 42, 43-QĐ/TU cùng ngày về công tác cán bộ."
    )
    got = _documents(text)
    assert got == [(n, "2024-03-09", "Ban Thường vụ Tỉnh ủy") for n in ("41", "42", "43")]


def test_people_after_rehabilitation_and_community_covid_teams_are_kinds():
    text = "Xã giúp 38 người sau cai nghiện có việc làm, duy trì 9 tổ Covid cộng đồng."
    assert _units(text) == [(38, "người sau cai nghiện"), (9, "tổ Covid cộng đồng")]


def test_a_laws_year_of_another_year_is_no_period_of_the_supervision():
    text = (
        "Giám sát thực hiện pháp luật về phòng, chống ma túy\n"
        "Ngày 12/10/2023, đoàn giám sát của Ủy ban MTTQ tỉnh giám sát việc thực hiện Luật Phòng, chống ma túy năm 2021 "
        "tại huyện Mường Tè theo Kế hoạch giám sát năm 2023."
    )
    assert extract_text(text, published="2023-10-13")["event"]["period"] == "2023"


def test_business_associations_and_radio_stations_are_bodies():
    text = (
        "Ông Mai Văn Quý, Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh, phát biểu. Các Phó Chủ tịch Hiệp hội gồm: "
        "Chu Văn Tín, Lại Thị Nga."
    )
    assert _people(text) == [
        ("Mai Văn Quý", ["Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh"]),
        ("Chu Văn Tín", ["Phó Chủ tịch Hiệp hội"]),
        ("Lại Thị Nga", ["Phó Chủ tịch Hiệp hội"]),
    ]


def test_a_conjunction_of_two_syllables_ends_a_unit():
    assert _units("Đoàn viên làm 14 tuyến đường hoa, đồng thời gắn biển tự quản.")[0] == (14, "tuyến đường hoa")


def test_acting_on_behalf_closes_a_schools_name():
    text = "Bà Lò Thị Hiền, Hiệu trưởng Trường Tiểu học Nà Tấu thay mặt các nhà trường cảm ơn nhà tài trợ."
    assert _people(text) == [("Lò Thị Hiền", ["Hiệu trưởng Trường Tiểu học Nà Tấu"])]


def test_a_verb_of_saying_ends_a_departments_name():
    text = "Ông Tạ Văn Lực, Giám đốc Sở Tài nguyên và Môi trường nhấn mạnh yêu cầu của tỉnh."
    assert _people(text) == [("Tạ Văn Lực", ["Giám đốc Sở Tài nguyên và Môi trường"])]


def test_meetings_talks_and_campaign_days_keep_their_activity():
    text = "Đoàn tổ chức 16 đợt ra quân, 11 buổi nói chuyện chuyên đề và 4 cuộc gặp gỡ thanh niên."
    assert [u for _, u in _units(text)][:2] == ["đợt ra quân", "buổi nói chuyện chuyên đề"]
    assert _units(text)[2][1].startswith("cuộc gặp gỡ")


def test_mobile_points_keep_what_they_are_for():
    assert _units("Huyện lập 21 điểm tiếp nhận hồ sơ lưu động tại các thôn.") == [(21, "điểm tiếp nhận hồ sơ lưu động")]


def test_counted_nouns_the_labels_keep_whole():
    text = "Hội phát 600 cuốn tài liệu, 40 tờ rơi song ngữ; thành lập 12 tổ vay vốn và 5 nhóm kiến nghị."
    assert _units(text) == [(600, "cuốn tài liệu"), (40, "tờ rơi song ngữ"), (12, "tổ vay vốn"), (5, "nhóm kiến nghị")]


def test_ranks_after_cac_are_each_ones_and_so_is_the_post_a_verb_gives_the_list():
    text = "Đại hội bầu xong Ban Thường vụ; các Thượng tá Lê Hữu Đạo, Phan Văn Kiên được bầu làm Phó Bí thư Đảng ủy Quân sự tỉnh."
    post = ["Thượng tá", "Phó Bí thư Đảng ủy Quân sự tỉnh"]
    assert _people(text) == [("Lê Hữu Đạo", post), ("Phan Văn Kiên", post)]


def test_party_cell_committee_members_and_regional_defence_commands():
    text = (
        "Đại hội bầu các đồng chí Vũ Văn Tỉnh, Lê Thị Nhạn - Chi ủy viên. Trung tá Y Bih Niê, Chính trị viên Ban Chỉ huy "
        "Phòng thủ khu vực 4 - Đắk Lắk, phát biểu."
    )
    assert _people(text) == [
        ("Vũ Văn Tỉnh", ["Chi ủy viên"]),
        ("Lê Thị Nhạn", ["Chi ủy viên"]),
        ("Y Bih Niê", ["Trung tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 4 - Đắk Lắk"]),
    ]


def test_standing_for_election_is_what_the_people_do():
    assert _units("Hội nghị hiệp thương lập danh sách 42 người ứng cử đại biểu HĐND tỉnh.") == [(42, "người")]


def test_a_consultation_meeting_counts_meetings():
    assert _units("Mặt trận tổ chức 14 hội nghị lấy ý kiến nhân dân về dự thảo.")[0] == (14, "hội nghị")


def test_a_post_after_the_last_of_several_appointed_names_is_each_ones():
    text = (
        "Ban Thường vụ Tỉnh ủy bổ nhiệm bà Giàng Thị Mỷ, Trưởng phòng Dân vận chính quyền và ông Lò Văn Sinh, HUV, "
        "Trưởng Ban Dân vận Huyện ủy Sìn Hồ, giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy."
    )
    got = dict(_people(text))
    assert got["Giàng Thị Mỷ"] == ["Trưởng phòng Dân vận chính quyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"]
    assert got["Lò Văn Sinh"][-1] == "Phó Trưởng Ban Dân vận Tỉnh ủy"


def test_a_newspaper_named_by_its_province_is_no_person_but_the_family_name_stays():
    text = "Bà Báo Thị Hường, Chủ tịch Hội LHPN xã, đề nghị công khai danh sách trên Báo Bạc Liêu, Đài Phát thanh - Truyền hình tỉnh."
    assert _people(text) == [("Báo Thị Hường", ["Chủ tịch Hội LHPN xã"])]


def test_mass_mobilisation_officers_are_a_kind_of_officer():
    assert _units("Tỉnh tập huấn cho 85 cán bộ dân vận xã, phường.")[0][1].startswith("cán bộ dân vận")


def test_a_ceremony_with_no_gift_is_no_conference():
    text = (
        "Xã Tân Lập đón nhận Huân chương Lao động hạng Ba\n"
        "Sáng 30/8/2024, Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Tân Lập tổ chức Lễ đón nhận Huân chương Lao động hạng "
        "Ba của Chủ tịch nước."
    )
    assert extract_text(text)["event"]["kind"] is None


def test_names_listed_after_a_colon_may_each_carry_an_aside_in_brackets():
    text = "Các tổ trưởng: Ma Thị Hoa (xóm Nà Mòn), Hoàng Văn Tịnh (xóm Khuổi Hẻo) được khen thưởng."
    assert _people(text) == [("Ma Thị Hoa", ["tổ trưởng"]), ("Hoàng Văn Tịnh", ["tổ trưởng"])]


def test_a_departments_fields_in_lower_case_run_on_to_the_body_it_belongs_to():
    text = "Ông Hồ Văn Nam, Trưởng phòng Dân vận chính quyền và Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy, cho biết."
    assert _people(text) == [("Hồ Văn Nam", ["Trưởng phòng Dân vận chính quyền và Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy"])]


def test_a_district_named_after_its_committee_in_a_caption_is_no_person():
    text = "Ảnh: Đồng chí Bí thư Huyện ủy Lạc Dương phát biểu khai mạc lớp tập huấn.\nNgày 10/4, lớp tập huấn khai giảng."
    assert _people(text) == []


def test_a_ceremony_keeps_its_date():
    text = (
        "Xã Tân Lập đón nhận Huân chương Lao động hạng Ba\n"
        "Sáng 30/8/2024, Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Tân Lập tổ chức Lễ đón nhận Huân chương Lao động hạng "
        "Ba của Chủ tịch nước."
    )
    assert extract_text(text, published="2024-08-31")["event"] == {"kind": None, "period": None, "date": "2024-08-30"}


def test_kinds_the_vocabulary_writes_in_capitals_are_counted():
    text = "Toàn tỉnh có 97 Tăng Ni, khoảng 18.500 Phật tử; còn 42 Mẹ Việt Nam anh hùng đang sống."
    assert _units(text) == [(97, "Tăng Ni"), (18500, "Phật tử"), (42, "Mẹ Việt Nam anh hùng")]


def test_a_tables_cells_with_a_figure_and_its_noun_are_read_as_text_is():
    text = (
        "Bản tin tháng 10\n"
        "Nội dung | Tháng 10 | Lũy kế 10 tháng\n"
        "Quỹ Vì người nghèo tiếp nhận | 186 triệu đồng | 2,35 tỷ đồng\n"
        "Nhà Đại đoàn kết bàn giao | 9 căn | 175 căn\n"
        "Hộ nghèo được tặng quà | 320 hộ nghèo | 2.960 hộ nghèo\n"
        "Số hội viên mới | 45\n"
    )
    assert _units(text) == [
        (45, "hội viên mới"),
        (186_000_000, "đồng"),
        (2_350_000_000, "đồng"),
        (9, "căn"),
        (175, "căn"),
        (320, "hộ nghèo"),
        (2960, "hộ nghèo"),
    ]


def test_a_campaigns_commanders_and_a_numbered_district_youth_union():
    text = (
        "Đồng chí Đinh Văn Quý, Phó Bí thư Tỉnh đoàn, Chỉ huy phó chiến dịch, phát biểu. Anh Trương Gia Huy, Phó Bí thư "
        "Quận đoàn 3, cho biết."
    )
    assert _people(text) == [
        ("Đinh Văn Quý", ["Phó Bí thư Tỉnh đoàn", "Chỉ huy phó chiến dịch"]),
        ("Trương Gia Huy", ["Phó Bí thư Quận đoàn 3"]),
    ]


def test_a_post_after_a_dash_closing_a_list_under_a_clergy_title_is_each_ones():
    text = "Tuyên dương các Linh mục Giuse Y Thuân, Phaolô A Kiều - Ủy viên Ủy ban Đoàn kết Công giáo tỉnh, được khen."
    post = ["Linh mục", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh"]
    assert _people(text) == [("Giuse Y Thuân", post), ("Phaolô A Kiều", post)]


def test_households_of_people_with_merit_are_a_policy_category():
    assert _units("Xã hỗ trợ sửa nhà cho 37 hộ người có công với cách mạng.")[0] == (37, "hộ người có công")
