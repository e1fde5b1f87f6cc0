"""Twenty-ninth round: what classifies a counted noun (a faith's name, "miền núi", "biên giới", "vùng cao", "tự quản",
"di cư", "nhà ở xã hội"), a second post after "Trưởng khối dân vận", bodies whose names hold a comma, a list of ranked
names given one post by a verb, and a ward known by its number before a name; tested on invented sentences (other
places, figures and names than the blind pages)."""

import pytest

from danvan.textmine import extract_text


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ban đã thăm 37 chùa Phật giáo Nam tông Khmer trong dịp lễ.", "chùa Phật giáo Nam tông Khmer"),
        ("Xã có 3 chi hội Tin Lành sinh hoạt ổn định.", "chi hội Tin Lành"),
        ("Đoàn gặp gỡ 12 chức sắc Cao Đài tại thánh thất.", "chức sắc Cao Đài"),
        ("Tỉnh có 8 huyện miền núi với đông đồng bào dân tộc thiểu số.", "huyện miền núi"),
        ("Đồn phụ trách 5 xã biên giới của tỉnh.", "xã biên giới"),
        ("Hội tổ chức tập huấn ở 14 thôn vùng cao.", "thôn vùng cao"),
        ("Công an xã duy trì 52 mô hình tự quản về an ninh trật tự.", "mô hình tự quản"),
        ("Huyện vận động 23 hộ di cư tự do ổn định cuộc sống.", "hộ di cư tự do"),
        ("Thành phố khởi công 4 dự án nhà ở xã hội cho công nhân.", "dự án nhà ở xã hội"),
    ],
)
def test_what_classifies_a_counted_noun_stays_with_it(text, unit):
    assert _units(text)[0][1] == unit


def test_a_place_after_a_faiths_name_is_still_no_part_of_the_count():
    # the faith's name is the kind; "ở xã X" after it says where
    assert _units("Đã trao quà cho 9 chùa Phật giáo Nam tông Khmer ở xã Vĩnh Hải.")[0][1] == "chùa Phật giáo Nam tông Khmer"


def test_a_second_post_after_the_head_of_the_mass_mobilisation_bloc():
    text = "Đồng chí Hà Văn Toản, Trưởng khối dân vận, Phó Bí thư Đảng ủy xã Yên Thắng, phát biểu tại hội nghị."
    assert _people(text) == [("Hà Văn Toản", ["Trưởng khối dân vận", "Phó Bí thư Đảng ủy xã Yên Thắng"])]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Dự có đồng chí Đỗ Thanh Bình, Trưởng Ban Chính sách, chiến lược Tỉnh ủy, và 200 đại biểu.",
            "Trưởng Ban Chính sách, chiến lược Tỉnh ủy",
        ),
        (
            "Đại úy Vi Thị Hằng, Trưởng phòng Công tác đảng, công tác chính trị Công an tỉnh, trình bày tham luận.",
            "Trưởng phòng Công tác đảng, công tác chính trị Công an tỉnh",
        ),
    ],
)
def test_a_body_whose_name_holds_a_comma_stays_whole(text, title):
    assert _people(text)[0][1][-1] == title


def test_ranked_names_given_one_post_by_a_verb_each_hold_it():
    text = "Thượng tá Đinh Công Lý, Thiếu tá Hoàng Văn Mạnh được bầu giữ chức Phó Chủ tịch Hội CCB huyện."
    assert _people(text) == [
        ("Đinh Công Lý", ["Thượng tá", "Phó Chủ tịch Hội CCB huyện"]),
        ("Hoàng Văn Mạnh", ["Thiếu tá", "Phó Chủ tịch Hội CCB huyện"]),
    ]


def test_ranked_names_without_a_post_stay_without_one():
    text = "Thượng tá Đinh Công Lý, Thiếu tá Hoàng Văn Mạnh tham dự buổi lễ."
    assert _people(text) == [("Đinh Công Lý", ["Thượng tá"]), ("Hoàng Văn Mạnh", ["Thiếu tá"])]


def test_a_ward_known_by_its_number_before_a_name():
    text = "Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 2 Lương Thị Nga cho biết phường có 24 tổ dân phố."
    assert _people(text) == [("Lương Thị Nga", ["Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 2"])]


def _documents(text):
    return [(d["type"], d["number"], d["symbol"], d["issuer"]) for d in extract_text(text)["documents"]]


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "Cán bộ được phổ biến Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 của Quốc hội.",
            ("Luật", "02", "2016/QH14", "Quốc hội"),
        ),
        ("Năm 2024, Ban ban hành Quy chế làm việc số 03-QC/BDVHU.", ("Quy chế làm việc", "03", "QC/BDVHU", None)),
        (
            "Quán triệt Nghị quyết số 57-NQ/TW của Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII.",
            ("Nghị quyết", "57", "NQ/TW", "Ban Chấp hành Trung ương Đảng"),
        ),
        (
            "Thực hiện Kế hoạch số 14-KH/BCĐ của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh, các xã đã vào cuộc.",
            ("Kế hoạch", "14", "KH/BCĐ", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh"),
        ),
    ],
)
def test_documents_a_law_with_a_comma_a_working_rule_a_plenum_and_a_steering_committee(text, document):
    assert document in _documents(text)


def test_a_law_named_with_a_comma_and_no_number_runs_no_further():
    found = extract_text("Giải đáp về Luật Thi đua, khen thưởng và Kế hoạch 21-KH/UBND của UBND huyện.")["documents"]
    assert [d["title"] for d in found if d["type"] == "Luật"] == ["Thi đua, khen thưởng"]


def test_a_post_named_later_without_a_name_is_listed_in_its_short_form():
    text = (
        "Dự có đồng chí Vi Văn Hùng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy. "
        "Đồng chí Trưởng ban đề nghị các xã sớm hoàn thành báo cáo."
    )
    assert _people(text) == [
        ("Vi Văn Hùng", ["Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Trưởng ban"])
    ]


def test_a_short_post_two_people_could_hold_is_nobodys():
    text = (
        "Dự có ông Hà Văn Dũng, Chủ tịch UBND xã, và ông Lò Văn Tâm, Chủ tịch Hội Nông dân xã. "
        "Ông Chủ tịch cho biết xã đã về đích sớm."
    )
    assert [t for _n, titles in _people(text) for t in titles] == ["Chủ tịch UBND xã", "Chủ tịch Hội Nông dân xã"]


def test_a_southern_by_name_after_the_full_name_is_the_same_person():
    text = (
        "Ông Trần Văn Lợi (Sáu Lợi), Trưởng ấp Phú Hòa, vận động bà con hiến đất. "
        "Nhờ ông Sáu Lợi, ấp đã có 3 tuyến đường mới."
    )
    assert _people(text) == [("Trần Văn Lợi", ["Trưởng ấp Phú Hòa"])]


def test_a_role_among_a_peoples_community_keeps_it_and_its_commune():
    text = "Các ông Thạch Sa Ren, Kim Thol, người có uy tín trong đồng bào Khmer xã Long Hiệp, được tặng quà."
    assert [t for _n, titles in _people(text) for t in titles] == [
        "người có uy tín trong đồng bào Khmer xã Long Hiệp"
    ] * 2


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Huyện giao đồng chí Mai Thị Nga, Phó Trưởng Ban Dân vận Huyện ủy chỉ đạo hoàn thành kế hoạch.",
            "Phó Trưởng Ban Dân vận Huyện ủy",
        ),
        ("Linh mục Giuse Đỗ Văn Hòa, Chánh xứ Giáo xứ Tân Lập mong chính quyền hỗ trợ.", "Chánh xứ Giáo xứ Tân Lập"),
    ],
)
def test_a_title_stops_before_the_clauses_verb(text, title):
    assert _people(text)[0][1][-1] == title


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tổ hòa giải đã giải quyết 31 vụ việc mâu thuẫn trong thôn.", "vụ việc mâu thuẫn"),
        ("Tỉnh biểu dương 64 người có uy tín tiêu biểu năm nay.", "người có uy tín tiêu biểu"),
        ("Xã có 870 hộ đồng bào dân tộc thiểu số được hỗ trợ.", "hộ đồng bào dân tộc thiểu số"),
        ("Phường vận động 126 hộ kinh doanh ký cam kết.", "hộ kinh doanh"),
    ],
)
def test_the_pinned_convention_keeps_what_kind_a_count_is(text, unit):
    assert _units(text)[0][1] == unit


def test_a_grant_of_many_is_a_count_and_a_level_is_none():
    assert _units("Huyện đã làm thủ tục cấp 38 giấy phép khai thác thủy sản cho ngư dân.") == [(38, "giấy phép")]
    assert _units("Xã có hai trường cấp 2 và 17 thôn.") == [(17, "thôn")]


def test_a_by_name_written_before_the_full_name_is_the_same_person():
    text = (
        "Ông Ba Tâm bên con đường mới.\n"
        "Hơn 15 năm nay, ông Lê Văn Tâm (Ba Tâm), Trưởng ấp Bình Phú, vận động bà con làm đường."
    )
    assert [p for p, _t in _people(text)] == ["Lê Văn Tâm"]


def test_a_place_a_list_of_names_follows_is_no_name():
    text = "Dự có các đồng chí Phó Chủ tịch UBND huyện Hà Quảng: Nông Văn Lượng, Hoàng Thị Thoa cùng bà con."
    assert _people(text) == [
        ("Nông Văn Lượng", ["Phó Chủ tịch UBND huyện Hà Quảng"]),
        ("Hoàng Thị Thoa", ["Phó Chủ tịch UBND huyện Hà Quảng"]),
    ]


def test_the_confederation_of_labour_in_a_title_and_a_second_post_after_it():
    text = "Dự có bà Trần Thị Kim, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch LĐLĐ tỉnh Bình Phước."
    assert _people(text) == [
        ("Trần Thị Kim", ["Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch LĐLĐ tỉnh Bình Phước"])
    ]


def test_a_border_posts_name_before_a_bracket_is_no_person():
    text = "Thượng tá Vi Văn Sáng, Đồn trưởng Đồn Biên phòng Pa Vây Sử (xã Pa Vây Sử), cho biết."
    assert _people(text) == [("Vi Văn Sáng", ["Thượng tá", "Đồn trưởng Đồn Biên phòng Pa Vây Sử"])]


def test_a_role_after_a_dash_for_a_list_keeps_its_community_and_district():
    text = "Các ông Lầu A Sềnh, Vàng A Pó - người có uy tín tiêu biểu huyện Mường Nhé kiến nghị tăng hỗ trợ."
    assert [t for _n, titles in _people(text) for t in titles] == ["người có uy tín tiêu biểu huyện Mường Nhé"] * 2


@pytest.mark.parametrize("number", ["6b", "9c"])
def test_a_resolution_numbered_with_a_letter(number):
    text = f"Thực hiện Nghị quyết {number}/NQ-BCH của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam về chăm lo."
    assert _documents(text) == [("Nghị quyết", number, "NQ-BCH", "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Xã vận động 52 mạnh thường quân ủng hộ Quỹ.", "mạnh thường quân"),
        ("Hội trao 1.500 tấm tôn cho bà con vùng bão.", "tấm tôn"),
        ("Cử tri đã góp ý 3.120 lượt đối với đảng viên nơi cư trú.", "lượt"),
    ],
)
def test_a_benefactor_a_sheet_of_roofing_and_turns_about_someone(text, unit):
    assert _units(text)[0][1] == unit


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Tin tóm tắt.\nBan Dân vận Huyện ủy đã ban hành Kế hoạch 41-KH/BDVHU về dân vận khéo.", "Ban Dân vận Huyện ủy"),
        ("Thực hiện Thông tư số 08/2023/TT-BTC của Bộ Tài chính mới ban hành, xã đã rà soát.", "Bộ Tài chính"),
        ("Quán triệt Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 7 khóa X về nông nghiệp.", "Hội nghị Trung ương 7 khóa X"),
        ("Theo Kế hoạch giám sát số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đoàn đã làm việc.",
         "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    ],
)
def test_issuers_at_a_lines_start_before_a_verb_and_a_plenum(text, issuer):
    assert [d[3] for d in _documents(text)] == [issuer]


def test_the_advised_committee_issues_both_directives_before_ban_hanh():
    text = "Khối dân vận xã đã tham mưu Đảng ủy ban hành Chỉ thị số 04-CT/ĐU và Chỉ thị số 05-CT/ĐU về dân vận."
    assert [d[3] for d in _documents(text)] == ["Đảng ủy", "Đảng ủy"]


def test_no_person_in_a_cults_name_nor_before_a_captions_honorific():
    assert _people('Đã vận động 12 hộ bỏ theo tà đạo "Bà Cô Dợ" trở về.') == []
    text = "Huyện đoàn tập huấn cho 90 đoàn viên\nAnh Y Blang, Bí thư Đoàn xã Ea Tul hướng dẫn đoàn viên."
    assert _people(text) == [("Y Blang", ["Bí thư Đoàn xã Ea Tul"])]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Xã hỗ trợ 23 hộ đồng bào Pa Kô làm nhà.", "hộ đồng bào Pa Kô"),
        ("Xã có 45 hộ người Dao sống ở thôn.", "hộ người Dao"),
        ("Đã tiếp nhận 16 ý kiến phản ánh của nhân dân.", "ý kiến phản ánh"),
    ],
)
def test_households_of_a_people_and_opinions_that_report(text, unit):
    assert _units(text)[0][1] == unit


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Linh mục Giuse Trần Văn Hòa, Chánh xứ giáo xứ Phú Lương, đã thông báo trong thánh lễ.",
         ["Linh mục", "Chánh xứ giáo xứ Phú Lương"]),
        ("Linh mục Phêrô Lê Văn Nam, Quản hạt Tân Châu cùng kiến nghị.", ["Linh mục", "Quản hạt Tân Châu"]),
        ("Ông Haji Ysa Ly, Chánh Ban Quản trị thánh đường Al-Ehsan, phát biểu.", ["Chánh Ban Quản trị thánh đường Al-Ehsan"]),
        ("Đại đức Thích Minh Quang làm Chánh Thư ký Ban Trị sự.", ["Đại đức", "Chánh Thư ký Ban Trị sự"]),
    ],
)
def test_clergy_posts_a_parish_in_lower_case_and_a_post_a_verb_gives(text, titles):
    assert _people(text)[0][1] == titles


def test_a_clergy_title_and_another_persons_after_va_share_nothing():
    text = "Dự có Hòa thượng Thích Thiện Tâm và Chánh phối sư Lê Văn Tám, Hội thánh Cao Đài Tòa thánh Tây Ninh."
    assert _people(text)[0] == ("Thích Thiện Tâm", ["Hòa thượng"])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tiến sĩ Lò Văn Hải, Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, phát biểu.",
         "Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
        ("Bà Trần Thị Mai, Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh, cho biết.",
         "Trưởng ban Dân chủ, Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh"),
    ],
)
def test_the_fronts_departments_whose_names_hold_a_hyphen_or_a_comma(text, title):
    assert _people(text)[0][1][-1] == title


def test_a_symbols_body_code_is_no_issuer_written_before():
    text = "Đảng ủy ban hành Chương trình hành động số 05-CTr/ĐU thực hiện Nghị quyết Đại hội và Kế hoạch số 15-KH/ĐU."
    assert [d[3] for d in _documents(text)] == ["Đảng ủy", "Đảng ủy"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Toàn huyện có 64 Ban Công tác Mặt trận thôn, bản hoạt động tốt.", "Ban Công tác Mặt trận thôn, bản"),
        ("Xã kiện toàn 18 Ban Thanh tra nhân dân.", "Ban Thanh tra nhân dân"),
        ("Hội nghị được truyền tới 12 điểm cầu huyện, thị xã, thành phố.", "điểm cầu huyện, thị xã, thành phố"),
        ("Hội nghị có 98 điểm cầu cấp xã và hơn 4.000 đại biểu.", "điểm cầu cấp xã"),
    ],
)
def test_committees_counted_by_name_and_bridge_points_by_level(text, unit):
    assert _units(text)[0][1] == unit


def test_a_headlines_last_role_does_not_take_a_captions_honorific_and_name():
    text = "Bí thư Đảng ủy phường đối thoại với hơn 200 người dân\nÔng Điểu Văn Hoàng phát biểu tại buổi đối thoại."
    assert _people(text) == [("Điểu Văn Hoàng", [])]
    assert _people("Dự có đồng chí Ông Văn Tám, Phó Chủ tịch UBND xã.") == [("Ông Văn Tám", ["Phó Chủ tịch UBND xã"])]


def test_a_rank_after_a_post_stays_a_title_of_its_own():
    text = "Dự có Chỉ huy trưởng Ban Chỉ huy Quân sự xã Thiếu úy Vàng A Dơ."
    assert _people(text) == [("Vàng A Dơ", ["Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Thiếu úy"])]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Trung tá Hà Văn Lực, Chính trị viên Đồn Biên phòng Bạch Long Vĩ, cho biết.", "Chính trị viên Đồn Biên phòng Bạch Long Vĩ"),
        ("Dự có Thiếu tá Lò Thị Hoa, Trợ lý dân vận Phòng Chính trị, tham luận.", "Trợ lý dân vận Phòng Chính trị"),
        ("Đại tá Trần Văn Sơn, Tham mưu trưởng Vùng Cảnh sát biển 2, phát biểu.", "Tham mưu trưởng Vùng Cảnh sát biển 2"),
    ],
)
def test_the_armed_forces_posts_after_a_name(text, title):
    assert _people(text)[0][1][-1] == title


def test_a_bodys_chain_stops_before_the_verb_it_issues_by():
    from danvan.textmine.orgs import consume_chain
    from danvan.textmine.textutil import tokenize

    text = "Bộ Chính trị ban hành Quy định số 124-QĐ/TW về công tác dân vận."
    toks = tokenize(text)
    assert text[: toks[consume_chain(toks, 0, text=text) - 1].end] == "Bộ Chính trị"
