"""Thirty-second round: words of merit stay with the counted noun (pinned for holdout161 onwards), names with an aside
in brackets before the dash of a shared title, bodies named by their abbreviation after "Chi nhánh", workers' roles, a
report given by a body in the lead, a card handed over as a gift, a horizon year that is no period; tested on invented
sentences (other places, names and figures than the blind pages)."""

import pytest

from danvan.textmine import extract_text


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Hội nghị biểu dương 38 cá nhân xuất sắc trong phong trào thi đua.", "cá nhân xuất sắc"),
        ("Huyện có 64 gương điển hình tiên tiến được tuyên dương.", "gương điển hình tiên tiến"),
        ("Xã công nhận 17 mô hình tiêu biểu ở các thôn.", "mô hình tiêu biểu"),
        # a verb clause after the noun still ends it
        ("Khen thưởng 93 tập thể có thành tích xuất sắc trong năm.", "tập thể"),
    ],
)
def test_words_of_merit_stay_with_the_noun(text, unit):
    assert _units(text)[0][1] == unit


def test_names_with_an_aside_in_brackets_share_the_title_after_the_dash():
    text = (
        "Hội nghị góp ý dự thảo luật. Các ông Khúc Văn Lâm (xã Tân Phú), Hà Minh Tiến (xã Yên Lạc), Đỗ Văn Sang "
        "(xã Hòa Bình) - Chủ tịch Hội Cựu chiến binh xã cùng đề nghị sửa điều 12."
    )
    title = ["Chủ tịch Hội Cựu chiến binh xã"]
    assert _people(text) == [("Khúc Văn Lâm", title), ("Hà Minh Tiến", title), ("Đỗ Văn Sang", title)]


def test_one_name_with_an_aside_then_a_dashed_title():
    text = "Buổi đối thoại. Bà Lương Thị Hoa (thôn Đông) - Chi hội trưởng Chi hội Phụ nữ thôn phát biểu."
    assert _people(text) == [("Lương Thị Hoa", ["Chi hội trưởng Chi hội Phụ nữ thôn"])]


def test_a_list_of_delegates_whose_first_name_is_a_rarer_family_name():
    text = (
        "Hội nghị phản biện. Các đại biểu Lê Thị Xuân, Đậu Văn Khang - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh "
        "cùng góp ý."
    )
    title = ["Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"]
    assert _people(text) == [("Lê Thị Xuân", title), ("Đậu Văn Khang", title)]


def test_a_branch_of_a_bank_named_by_its_abbreviation_before_the_name():
    text = "Hội nghị giao ban. Phó Giám đốc Chi nhánh NHCSXH tỉnh Trịnh Văn Lộc thông tin về nguồn vốn."
    assert _people(text) == [("Trịnh Văn Lộc", ["Phó Giám đốc Chi nhánh NHCSXH tỉnh"])]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Buổi tập huấn. Bà Nông Thị Hằng, kế toán Ủy ban MTTQ xã Bình Long, nêu vướng mắc.",
         "kế toán Ủy ban MTTQ xã Bình Long"),
        ("Buổi tập huấn. Anh Vi Văn Tường, thợ đá làng nghề Hòa Sơn, chia sẻ.", "thợ đá làng nghề Hòa Sơn"),
    ],
)
def test_workers_and_clerks_roles_after_the_name(text, title):
    assert _people(text)[0][1] == [title]


def _event(text):
    ev = extract_text(text)["event"] or {}
    return ev.get("kind"), ev.get("period")


def test_a_body_reporting_to_the_standing_committee_is_a_report():
    text = (
        "Nổi lên 7 vụ khiếu kiện đông người\n"
        "Ngày 4/7, Ban Dân vận Tỉnh ủy Gia Lai báo cáo Thường trực Tỉnh ủy tình hình nhân dân 6 tháng đầu năm 2019, "
        "trong đó có nhiều vụ tranh chấp đất đai.\n"
    )
    assert _event(text) == ("bao_cao", "2019-H1")


def test_cards_handed_over_are_a_gift_giving():
    text = (
        "Trao 1.200 thẻ bảo hiểm y tế cho người cao tuổi huyện Mường Lát\n"
        "Sáng 3/5, Ủy ban MTTQ huyện phối hợp với Bảo hiểm xã hội huyện trao thẻ cho người cao tuổi.\n"
    )
    assert _event(text)[0] == "trao_qua"


def test_a_horizon_year_is_no_period():
    text = (
        "Triển khai đề án chuyển đổi số đến các xã\n"
        "Sáng 12/4, Ban Chỉ đạo tỉnh tổ chức hội nghị triển khai Đề án chuyển đổi số giai đoạn 2021 - 2025, tầm nhìn "
        "đến năm 2030 năm 2021, kết nối trực tuyến đến các xã.\n"
    )
    assert _event(text) == ("hoi_nghi", "2021")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ông Quàng Văn Sinh, Phó Chủ tịch UBND huyện, Trưởng Ban chỉ đạo chi trả dịch vụ môi trường rừng huyện phát "
         "biểu.", "Trưởng Ban chỉ đạo chi trả dịch vụ môi trường rừng huyện"),
        ("Bà Đinh Thị Nga, Phó Giám đốc Sở Nông nghiệp, Trưởng Ban Chỉ đạo phòng, chống cháy rừng của tỉnh chủ trì.",
         "Trưởng Ban Chỉ đạo phòng, chống cháy rừng của tỉnh"),
    ],
)
def test_a_steering_committee_keeps_its_purpose_up_to_its_level(text, title):
    assert _people(text)[0][1][-1] == title


def test_a_steering_committee_before_a_verb_keeps_no_clause():
    text = "Hội nghị sơ kết. Ông Lê Minh Hòa, Trưởng Ban Chỉ đạo phát biểu tại hội nghị huyện."
    assert _people(text) == [("Lê Minh Hòa", ["Trưởng Ban Chỉ đạo"])]


def test_bodies_of_fishermen_and_of_national_parks():
    text = (
        "Đại hội. Ông Đỗ Văn Hải, thuyền trưởng tàu BĐ 93311 TS, được bầu giữ chức Chủ tịch Nghiệp đoàn nghề cá xã "
        "Nhơn Lý. Ông Vũ Đình Toàn, Giám đốc Vườn quốc gia Cát Tiên cho biết."
    )
    assert _people(text) == [
        ("Đỗ Văn Hải", ["thuyền trưởng tàu BĐ 93311 TS", "Chủ tịch Nghiệp đoàn nghề cá xã Nhơn Lý"]),
        ("Vũ Đình Toàn", ["Giám đốc Vườn quốc gia Cát Tiên"]),
    ]


def test_a_role_given_by_lam_right_after_the_name():
    text = "Tàu cá QNg 90111 TS do ông Phan Văn Mười làm chủ tàu và tàu QNg 90222 TS do ông Lê Văn Tư làm thuyền trưởng bị chìm."
    assert _people(text) == [("Phan Văn Mười", ["chủ tàu"]), ("Lê Văn Tư", ["thuyền trưởng"])]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Mặt trận đã vận động 260 chủ tàu ký cam kết không vi phạm.", "chủ tàu"),
        ("Xã giao khoán rừng cho 47 cộng đồng bản quản lý.", "cộng đồng bản"),
        ("Lực lượng kiểm lâm tổ chức 129 đợt tuần tra trong năm.", "đợt tuần tra"),
    ],
)
def test_fishermen_and_forest_communities_counted(text, unit):
    assert _units(text)[0][1] == unit


def test_a_wage_per_month_and_more_is_a_lower_bound():
    q = extract_text("Doanh nghiệp tuyển công nhân với mức lương từ 4,2 triệu đồng/tháng trở lên.")["quantities"][0]
    assert (q["value"], q["qualifier"]) == (4200000, "over")


def test_commune_civil_servants_posts_joined_by_a_hyphen():
    text = "Buổi đối thoại. Chị Vàng Thị Mai, công chức văn phòng - thống kê xã Nậm Cắn, ghi nhận ý kiến."
    assert _people(text) == [("Vàng Thị Mai", ["công chức văn phòng - thống kê xã Nậm Cắn"])]


def test_clergy_and_community_titles_before_the_name():
    text = (
        "Đoàn đến chúc mừng Giám mục Phêrô Lê Văn Tâm, Giám mục Giáo phận Thanh Hóa, và thăm Lm. Giuse Đỗ Văn Hòa, "
        "Phó Chủ tịch UBĐKCG tỉnh. Chị Sùng Thị Dính, chủ homestay thôn Sà Phìn, đón đoàn."
    )
    assert _people(text) == [
        ("Phêrô Lê Văn Tâm", ["Giám mục", "Giám mục Giáo phận Thanh Hóa"]),
        ("Giuse Đỗ Văn Hòa", ["Lm.", "Phó Chủ tịch UBĐKCG tỉnh"]),
        ("Sùng Thị Dính", ["chủ homestay thôn Sà Phìn"]),
    ]


def test_a_name_cut_short_first_is_the_whole_name_found_later():
    text = (
        "Chủ tịch UBND tỉnh Phan Văn Trường trả lời ý kiến người dân. Ảnh: Minh Anh\n"
        "Chủ trì hội nghị có ông Phan Văn Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n"
    )
    assert [p[0] for p in _people(text)] == ["Phan Văn Trường"]


def test_a_count_of_meetings_in_the_headline_is_no_event():
    text = (
        "Mặt trận tỉnh tổ chức 1.050 cuộc tiếp xúc cử tri trong 6 tháng đầu năm\n"
        "Ngày 10/7, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2021.\n"
    )
    assert _event(text) == ("so_ket", "2021-H1")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Tỉnh có 143 chủ thể sản phẩm OCOP được công nhận.", "chủ thể sản phẩm OCOP"),
        ("Huyện đã vận động 78 chủ thể tham gia hội chợ.", "chủ thể"),
    ],
)
def test_owners_of_products_counted(text, unit):
    assert _units(text)[0][1] == unit


def test_boards_of_people_inspection_and_community_supervision_by_abbreviation():
    text = (
        "Hội nghị. Ông Hà Văn Lực, Trưởng ban TTND xã Tân Lập, cho biết. Bà Vi Thị Nga, Trưởng ban GSĐTCĐ xã "
        "Hòa Bình kể việc giám sát công trình."
    )
    assert _people(text) == [
        ("Hà Văn Lực", ["Trưởng ban TTND xã Tân Lập"]),
        ("Vi Thị Nga", ["Trưởng ban GSĐTCĐ xã Hòa Bình"]),
    ]


def test_an_association_named_in_lower_case_up_to_its_level():
    text = (
        "Buổi trao quà. Ông Lại Văn Hùng, Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo huyện "
        "phát biểu. Ông Cù Văn Tâm, Chủ tịch Hội Nông dân huyện, Sơn Dương cùng dự."
    )
    assert _people(text) == [
        ("Lại Văn Hùng", ["Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo huyện"]),
        ("Cù Văn Tâm", ["Chủ tịch Hội Nông dân huyện"]),
    ]


def test_sangha_posts_and_an_election_by_suy_cu():
    text = (
        "Đại hội Phật giáo tỉnh. Ni sư Thích Nữ Diệu Tâm, Trưởng Phân ban Ni giới tỉnh, báo cáo. Hòa thượng Thích "
        "Minh Đạo được suy cử Trưởng ban Trị sự."
    )
    assert _people(text) == [
        ("Thích Nữ Diệu Tâm", ["Ni sư", "Trưởng Phân ban Ni giới tỉnh"]),
        ("Thích Minh Đạo", ["Hòa thượng", "Trưởng ban Trị sự"]),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đảng bộ xã có 12 chi bộ trực thuộc.", "chi bộ trực thuộc"),
        ("Xã còn 57 trẻ suy dinh dưỡng cần được hỗ trợ.", "trẻ suy dinh dưỡng"),
        ("Công ty lắp 940 đồng hồ nước cho các hộ.", "đồng hồ nước"),
    ],
)
def test_health_and_party_units(text, unit):
    assert _units(text)[0][1] == unit


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Kết quả giám sát việc hỗ trợ hộ nghèo tại huyện Mường Tè", "giam_sat"),
        ("Xã Tân Sơn bầu Ban Thanh tra nhân dân nhiệm kỳ 2024 - 2026", "dai_hoi"),
        ("Khai giảng lớp dạy nghề đan lát cho 30 phụ nữ", "tap_huan"),
    ],
)
def test_kinds_named_in_the_headline(headline, kind):
    assert _event(headline + "\nNgày 3/4, tại xã, các đồng chí lãnh đạo dự.\n")[0] == kind


def test_a_buddhist_notice_is_a_document():
    doc = extract_text("Các chùa thực hiện Thông bạch số 215/TB-HĐTS của Ban Thường trực Hội đồng Trị sự.")["documents"][0]
    assert (doc["type"], doc["number"], doc["symbol"]) == ("Thông bạch", "215", "TB-HĐTS")


def test_residents_named_by_their_hamlet_are_no_person():
    text = (
        "Điểm trường Nà Lừa được xây xong\n"
        "Bà con bản Nà Lừa hiến 2.000 m2 đất. Việc người dân Nà Lừa tự nguyện nhường đất cho thấy hiệu quả phong trào. "
        "Ông Vàng Văn Sinh, Bí thư Chi bộ bản Nà Lừa, cho biết.\n"
    )
    assert [p[0] for p in _people(text)] == ["Vàng Văn Sinh"]


def test_a_law_after_a_colon_is_no_person():
    text = (
        "Lớp tập huấn. Các báo cáo viên: Hà Văn Tín, Lê Thị Mơ - Phó Chánh Thanh tra tỉnh đã truyền đạt các chuyên đề: "
        "Luật Khiếu nại; kỹ năng đối thoại."
    )
    assert [p[0] for p in _people(text)] == ["Hà Văn Tín", "Lê Thị Mơ"]
