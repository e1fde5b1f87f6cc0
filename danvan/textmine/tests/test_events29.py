"""Event kinds and periods read from the lead (the twenty-ninth round; invented pages, none from a blind set)."""

from functools import partial

from .test_events28 import _event as _event_on

# pages published on 10/12/2024 (the dates below are read against it)
_event = partial(_event_on, head="Báo Sông Lam điện tử\nTrang chủ › Chính trị\nThứ Ba, 10/12/2024, 08:15\n")


def test_a_committee_hearing_a_report_is_a_report():
    ev = _event(
        "Thường trực Huyện ủy nghe báo cáo công tác dân vận năm 2024",
        "Chiều 9/12, Thường trực Huyện ủy làm việc với Ban Dân vận Huyện ủy, nghe báo cáo kết quả công tác dân vận năm "
        "2024 và phương hướng năm 2025.",
    )
    assert ev == {"kind": "bao_cao", "period": "2024", "date": "2024-12-09"}


def test_a_report_presented_at_the_councils_session():
    ev = _event(
        "Cử tri kiến nghị sớm sửa chữa đường liên xã",
        "Sáng 9/12, tại kỳ họp thứ mười HĐND tỉnh, đồng chí Lê Văn Sơn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo "
        "cáo của Ủy ban MTTQ tỉnh về công tác tham gia xây dựng chính quyền năm 2024.",
    )
    assert ev["kind"] == "bao_cao" and ev["date"] == "2024-12-09"


def test_a_report_quoted_as_the_news_is_a_report_on_its_own_date():
    ev = _event(
        "Tình hình nhân dân quý III/2024: phấn khởi vì được mùa",
        "Theo Báo cáo số 71-BC/BDVTU ngày 8/10/2024 của Ban Dân vận Tỉnh ủy về tình hình nhân dân quý III năm 2024, "
        "nhân dân phấn khởi.",
    )
    assert ev["kind"] == "bao_cao" and ev["date"] == "2024-10-08"


def test_a_report_on_relief_given_is_a_report_not_a_gift():
    ev = _event(
        "Đã phân bổ 8 tỷ đồng hỗ trợ người dân vùng lũ",
        "Ngày 6/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Báo cáo số 98/BC-MTTQ-BTT về kết quả vận động và "
        "phân bổ kinh phí ủng hộ đồng bào bị lũ.",
    )
    assert ev["kind"] == "bao_cao"


def test_a_conference_that_also_gives_gifts_is_the_conference():
    ev = _event(
        "Gần 5 tỷ đồng ủng hộ Quỹ ngay tại hội nghị phát động",
        "Sáng 9/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phát động Tháng cao điểm “Vì người nghèo” "
        "và an sinh xã hội năm 2024, kết hợp trao quà cho người lao động khó khăn.",
    )
    assert ev["kind"] == "hoi_nghi"


def test_a_course_opened_is_a_training():
    ev = _event(
        "Nâng cao kỹ năng vận động quần chúng cho cán bộ xã",
        "Ngày 9/12, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy khai giảng lớp tập huấn nghiệp vụ công tác dân vận "
        "năm 2024 cho 120 học viên.",
    )
    assert ev["kind"] == "tap_huan" and ev["date"] == "2024-12-09"


def test_the_role_of_supervision_in_a_headline_is_no_supervision():
    ev = _event(
        "Phát huy vai trò giám sát, phản biện xã hội của Mặt trận",
        "Sáng 9/12, Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt các quy định mới của Bộ Chính trị về công tác Mặt trận.",
    )
    assert ev["kind"] == "hoi_nghi"


def test_a_supervision_visit_takes_the_year_of_its_programme():
    ev = _event(
        "Giám sát thực hiện Quy chế dân chủ ở xã Tân Lập",
        "Ngày 9/12, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Trần Thị Lan, Trưởng Ban Dân vận Tỉnh ủy làm trưởng "
        "đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại xã Tân Lập. Cuộc giám sát nằm trong Kế hoạch số "
        "12-KH/TU ngày 8/1/2024 của Ban Thường vụ Tỉnh ủy về kiểm tra, giám sát năm 2024.",
    )
    assert ev == {"kind": "giam_sat", "period": "2024", "date": "2024-12-09"}


def test_a_report_quoted_without_its_number_or_sent_is_a_report():
    ev = _event(
        "Nông dân góp 9 tỷ đồng làm đường",
        "Theo báo cáo kết quả công tác Hội năm 2024 của Hội Nông dân huyện vừa gửi Ban Thường vụ Huyện ủy, hội viên đã "
        "đóng góp 9 tỷ đồng.",
    )
    assert ev["kind"] == "bao_cao" and ev["period"] == "2024"
    ev = _event(
        "Tình hình nhân dân 6 tháng đầu năm: ổn định",
        "Ban Dân vận Tỉnh ủy vừa có báo cáo gửi Thường trực Tỉnh ủy về tình hình nhân dân 6 tháng đầu năm 2024.",
    )
    assert ev["kind"] == "bao_cao"


def test_support_handed_over_is_a_gift():
    ev = _event(
        "Trao hỗ trợ cho công nhân bị ảnh hưởng bởi dịch bệnh",
        "Ngày 9/12, Liên đoàn Lao động tỉnh trao hỗ trợ cho 300 công nhân khu công nghiệp.",
    )
    assert ev["kind"] == "trao_qua" and ev["date"] == "2024-12-09"


def test_a_supervision_takes_its_programme_year_from_the_article_after_the_lead():
    ev = _event(
        "Giám sát việc hỗ trợ nhà ở cho hộ nghèo",
        "Ngày 9/12, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh làm việc với UBND xã Tân Lập.",
        "Đây là nội dung giám sát chuyên đề năm 2024 theo Kế hoạch số 21/KH-MTTQ-BTT của Ban Thường trực.",
    )
    assert ev == {"kind": "giam_sat", "period": "2024", "date": "2024-12-09"}


def test_a_body_reporting_to_the_standing_committee_and_houses_in_quotes():
    ev = _event(
        "Hội LHPN tỉnh báo cáo Thường trực Tỉnh ủy kết quả công tác Hội năm 2024",
        "Ngày 9/12/2024, Đảng đoàn Hội LHPN tỉnh đã có buổi báo cáo với Thường trực Tỉnh ủy về kết quả công tác Hội.",
    )
    assert ev["kind"] == "bao_cao" and ev["date"] == "2024-12-09"
    ev = _event(
        'Trao 4 "Ngôi nhà khăn quàng đỏ" cho thiếu nhi',
        'Ngày 9/12, Tỉnh đoàn tổ chức trao 4 "Ngôi nhà khăn quàng đỏ" cho thiếu nhi có hoàn cảnh khó khăn.',
    )
    assert ev["kind"] == "trao_qua"


def test_a_review_held_ahead_of_a_congress_is_the_review():
    ev = _event(
        "Hội LHPN tỉnh triển khai nhiệm vụ năm 2025, hướng về Đại hội Phụ nữ tỉnh",
        "Ngày 9/12, Ban Chấp hành Hội LHPN tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025.",
    )
    assert ev["kind"] == "tong_ket"
