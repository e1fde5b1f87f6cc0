"""Copied web pages: headline, date line and event kind read past the page's furniture (invented pages)."""

import pytest

from danvan.textmine import extract_text
from danvan.textmine.dates import date_line

PAGE = """SỞ NỘI VỤ TỈNH BẮC NINH
Đoàn kết - Kỷ cương - Hiệu quả
Trang chủ > Tin tức > Hoạt động
Thứ Ba, 02/12/2025
{date}
Hội Chữ thập đỏ huyện tổng kết hoạt động năm 2025 và trao quà cho hộ khó khăn
Toàn cảnh hội nghị.
Sáng 8/12, Hội Chữ thập đỏ huyện Yên Phong tổ chức hội nghị tổng kết hoạt động năm 2025, triển khai nhiệm vụ năm 2026, với 120 đại biểu dự.
"""


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Cập nhật: 07:05, 09/12/2025 (GMT+7)", "2025-12-09"),
        ("21:40 | 09/12/2025", "2025-12-09"),
        ("09/12/2025 - 21:40", "2025-12-09"),
        ("Ngày đăng 09/12/2025 | 21:40", "2025-12-09"),
        ("Thứ Ba, 09/12/2025", "2025-12-09"),
        ("[ 09/12/2025 ]", "2025-12-09"),
        ("Cập nhật lúc 21:40 ngày 09/12/2025", "2025-12-09"),
    ],
)
def test_date_lines_in_every_common_format_give_the_page_date(line, iso):
    assert date_line(line).isoformat() == iso
    got = extract_text(PAGE.format(date=line))
    assert got["published"] == iso  # the article's own date, not the site header's 02/12
    assert got["title"] == "Hội Chữ thập đỏ huyện tổng kết hoạt động năm 2025 và trao quà cho hộ khó khăn"


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert date_line("Ngày 09/12/2025, xã tổ chức hội nghị") is None


def test_a_date_line_is_never_glued_to_a_long_headline():
    text = "Huyện Yên Phong ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới\n21:40 | 09/12/2025\n\nNội dung."
    got = extract_text(text)
    assert got["title"] == "Huyện Yên Phong ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới"
    assert got["published"] == "2025-12-09"


def test_headline_after_a_header_with_site_name_breadcrumb_and_slogan_kind_and_period_from_it():
    got = extract_text(PAGE.format(date="09/12/2025 07:00"))
    assert got["event"] == {"kind": "tong_ket", "period": "2025", "date": "2025-12-08"}


@pytest.mark.parametrize(
    "title,kind",
    [
        ("Đại hội Hội Cựu chiến binh xã Tam Đa lần thứ VII", "dai_hoi"),
        ("Bí thư Huyện ủy đối thoại với thanh niên", "doi_thoai"),
        ("Lớp tập huấn kỹ năng cho cán bộ Mặt trận cơ sở", "tap_huan"),
        ("Ủy ban MTTQ huyện giám sát việc chi trả trợ cấp", "giam_sat"),
        ("Hội Nông dân trao 30 suất quà cho hội viên", "trao_qua"),
        ("Bàn giao 12 căn nhà Đại đoàn kết", "trao_qua"),
        ("Hội nghị sơ kết 3 năm thực hiện Chỉ thị 15", "so_ket"),
        ("Hội nghị biểu dương gương điển hình", "hoi_nghi"),
    ],
)
def test_event_kind_from_the_headline(title, kind):
    assert extract_text(f"{title}\n\nNgày 3/3/2025, các đơn vị cùng tham dự.")["event"]["kind"] == kind


def test_an_event_only_named_in_the_headline_is_not_one():
    got = extract_text("Góp ý văn kiện trình Đại hội Đảng bộ huyện\n\nCác chi bộ đã gửi ý kiến.")
    assert got["event"]["kind"] is None


def test_kind_and_first_day_from_the_lead_when_the_headline_lacks_them():
    got = extract_text(
        "Cán bộ Đoàn vùng cao nâng cao kỹ năng\n\nTrong 2 ngày 12 và 13/4/2024, Tỉnh đoàn tổ chức lớp tập huấn "
        "nghiệp vụ công tác Đoàn năm 2024 cho 90 cán bộ."
    )
    assert got["event"] == {"kind": "tap_huan", "period": "2024", "date": "2024-04-12"}


def test_comrades_are_counted_people_not_dong_and_slogans_are_not_quantities():
    got = extract_text(
        'Có 27 đồng chí là bí thư chi bộ và 9 điểm cầu; phong trào “2 tăng, 2 giảm”, “5 tốt” và "3 không"; '
        "trao 40 suất quà trị giá 12 triệu đồng."
    )
    assert [(q["value"], q["unit"]) for q in got["quantities"]] == [
        (27, "đồng chí"),
        (9, "điểm cầu"),
        (40, "suất quà"),
        (12_000_000, "đồng"),
    ]


def test_a_figure_repeated_in_headline_and_body_is_one_quantity_with_its_mentions():
    got = extract_text(
        "Bàn giao 30 căn nhà Đại đoàn kết cho hộ nghèo\n\nNgày 2/3/2025, Ủy ban MTTQ huyện tổ chức lễ bàn giao "
        "30 căn nhà Đại đoàn kết cho hộ nghèo tại các xã vùng sâu, mỗi căn trị giá 60 triệu đồng."
    )
    houses = [q for q in got["quantities"] if q["value"] == 30]
    assert len(houses) == 1 and houses[0]["mentions"] == 2


def test_the_same_figure_twice_in_the_body_stays_two_results():
    got = extract_text(
        "Kết quả giảm nghèo\n\nNăm 2024, xã Tân Lập có 12 hộ thoát nghèo nhờ vốn vay ưu đãi của Hội Nông dân và "
        "sự giúp đỡ của các đoàn thể. Năm 2025, xã Tân Lập tiếp tục có 12 hộ thoát nghèo nhờ mô hình chăn nuôi bò."
    )
    assert [q["value"] for q in got["quantities"] if q["value"] == 12] == [12, 12]


def test_without_a_date_line_the_headline_is_the_first_line_under_the_breadcrumb():
    got = extract_text(
        "Hội Nông dân tỉnh Hà Tĩnh\nTrang chủ > Tin tức > Hoạt động\n\nHội Nông dân huyện giao ban quý II năm 2025"
        "\n\nNgày 3/7/2025, Hội Nông dân huyện Can Lộc tổ chức hội nghị giao ban công tác Hội quý II năm 2025 với "
        "các chi hội trưởng."
    )
    assert got["title"] == "Hội Nông dân huyện giao ban quý II năm 2025"
    assert got["event"] == {"kind": "giao_ban", "period": "2025-Q2", "date": "2025-07-03"}


def test_kinds_of_administrative_unit_counted_together_are_one_unit():
    got = extract_text(
        "Ý kiến tổng hợp từ 9 huyện, thị xã, thành phố và 140 xã, phường, thị trấn; 6 thôn, bản."
    )
    assert [(q["value"], q["unit"]) for q in got["quantities"]] == [
        (9, "huyện, thị xã, thành phố"),
        (140, "xã, phường, thị trấn"),
        (6, "thôn, bản"),
    ]


def test_a_situation_report_has_the_month_it_covers_but_a_story_no_period():
    report = extract_text(
        "Tư tưởng nhân dân trước mùa mưa bão\n\nQua nắm tình hình trong tháng 8/2025, đa số nhân dân các xã "
        "ven biển đồng tình với chủ trương di dời dân khỏi vùng nguy hiểm."
    )
    story = extract_text(
        "Người giữ rừng ở bản Lướt\n\nNăm 2024, ông Lò Văn Pọm cùng 20 hộ trong bản nhận khoán bảo vệ 300 ha "
        "rừng phòng hộ đầu nguồn."
    )
    assert (report["event"]["kind"], report["event"]["period"]) == (None, "2025-08")
    assert (story["event"]["kind"], story["event"]["period"]) == (None, None)
