"""Event kinds read in the thirtieth round: a headline's topic, gifts at a visit or a programme, money given
(invented pages, none from a blind set)."""

from functools import partial

from .test_events28 import _event as _event_on

_event = partial(_event_on, head="Báo Hậu Giang điện tử\nTrang chủ › Xã hội\nThứ Tư, 11/12/2024, 09:20\n")


def test_a_kind_word_after_ve_in_the_headline_is_the_topic():
    ev = _event(
        "Quán triệt Quy định 11 về tiếp dân, đối thoại",
        "Sáng 10/12, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị.",
    )
    assert ev["kind"] == "so_ket"


def test_gifts_given_at_a_visit_with_greetings():
    ev = _event(
        "Thăm, chúc mừng Lễ Sene Dolta tại các chùa Khmer",
        "Ngày 10/12, đoàn công tác Ban Dân vận Tỉnh ủy đã đến thăm, chúc mừng Lễ Sene Dolta tại 6 chùa Khmer.\n"
        "Tại chùa Kos Thum, Hòa thượng Danh Hiền cảm ơn sự quan tâm của Tỉnh ủy. Nhân dịp này, đoàn trao 120 phần quà "
        "cho hộ Khmer nghèo.",
    )
    assert ev["kind"] == "trao_qua"


def test_money_given_is_a_gift():
    ev = _event(
        "Mặt trận tỉnh hỗ trợ người dân vùng lũ",
        "Chiều 10/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức trao 6,5 tỷ đồng từ nguồn ủng hộ cho 5 huyện bị thiệt hại.",
    )
    assert ev["kind"] == "trao_qua" and ev["date"] == "2024-12-10"


def test_a_third_quarters_briefing_reviewing_nine_months_is_the_quarter():
    ev = _event(
        "Giao ban công tác dân vận 9 tháng năm 2024",
        "Ngày 10/12, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III, đánh giá kết quả 9 tháng đầu năm "
        "2024.",
    )
    assert ev["kind"] == "giao_ban" and ev["period"] == "2024-Q3"


def test_nine_months_alone_stay_nine_months():
    ev = _event(
        "Sơ kết công tác dân vận 9 tháng năm 2024",
        "Ngày 10/12, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết công tác dân vận 9 tháng năm 2024.",
    )
    assert ev["period"] == "2024-9M"


def test_a_year_after_trat_tu_is_a_period_and_after_tu_a_moment():
    ev = _event(
        "Chủ tịch xã đối thoại với nhân dân về an ninh",
        "Tối 10/12, UBND xã Hưng Long tổ chức hội nghị đối thoại với nhân dân về công tác bảo đảm an ninh, trật tự năm "
        "2024.",
    )
    assert ev["kind"] == "doi_thoai" and ev["period"] == "2024"


def test_a_supervision_team_supervising_is_a_supervision():
    ev = _event(
        "Nhân dân đánh giá cao công an xã",
        "Ngày 10/12/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh giám sát việc tiếp nhận tin báo tại xã.",
    )
    assert ev["kind"] == "giam_sat" and ev["date"] == "2024-12-10"


def test_a_quarter_planned_in_the_headline_yields_to_the_quarter_briefed():
    ev = _event(
        "Triển khai nhiệm vụ bảo đảm an ninh vùng đồng bào Khmer quý IV",
        "Sáng 8/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2024, triển khai nhiệm vụ quý IV.",
    )
    assert ev["period"] == "2024-Q3"
