"""Twenty-fifth round of issue 14: the shapes of an event's kind, period and day that the blind sets still missed: a
lead that chairs ("chủ trì") the event, a review that is the lead's verb, a photo's caption between the headline and
the lead, "chương trình đối thoại", gifts given by number ("tặng 200 suất quà"), a field of work in the headline,
"3 tháng đầu năm" and "hồi tháng 8"; tested on invented pages (other bodies, places, days and figures than the
blind pages)."""

import pytest

from danvan.textmine import extract_text


def _event(text: str) -> dict:
    return extract_text(text)["event"]


def _page(headline: str, *body: str, published: str = "Thứ Tư, 14/05/2025 - 08:10") -> str:
    return "\n".join(["BAN DÂN VẬN HUYỆN ỦY", published, headline, *body])


@pytest.mark.parametrize(
    ("headline", "lead", "expected"),
    [
        # the lead's body chairs the gathering: "chủ trì hội nghị giao ban …" holds it as "tổ chức" does
        (
            "Khối dân vận vận động Nhân dân hiến đất làm đường giao thông nông thôn",
            "Chiều 12/5, Ban Dân vận Huyện ủy Lục Nam chủ trì hội nghị giao ban công tác dân vận tháng 4/2025 với "
            "Ủy ban MTTQ và các đoàn thể huyện.",
            {"kind": "giao_ban", "period": "2025-04", "date": "2025-05-12"},
        ),
        (
            "Các đoàn thể đồng hành cùng chính quyền trong giải phóng mặt bằng",
            "Sáng 9/5, Ban Dân vận Thị ủy chủ trì hội nghị giao ban khối dân vận quý I năm 2025 với các xã, phường.",
            {"kind": "giao_ban", "period": "2025-Q1", "date": "2025-05-09"},
        ),
        # the review is the lead's verb itself: "Hội Cựu chiến binh tỉnh sơ kết công tác Hội 6 tháng đầu năm …"
        (
            "Cựu chiến binh góp hơn 5 tỷ đồng làm nhà tình nghĩa",
            "Sáng 11/5, Hội Cựu chiến binh tỉnh sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng "
            "cuối năm 2025.",
            {"kind": "so_ket", "period": "2025-H1", "date": "2025-05-11"},
        ),
        # "chương trình đối thoại": "trình" there is part of "chương trình", not "trình Đại hội"
        (
            "Bí thư Tỉnh ủy trả lời 27 câu hỏi của sinh viên",
            "(TN) - Sáng 10/5, Tỉnh đoàn phối hợp với Văn phòng Tỉnh ủy tổ chức chương trình đối thoại giữa Bí thư "
            "Tỉnh ủy với sinh viên năm 2025.",
            {"kind": "doi_thoai", "period": "2025", "date": "2025-05-10"},
        ),
        # gifts given by number with "tặng": the day is the first of the two listed
        (
            "Tặng 240 suất quà cho hộ nghèo dịp Tết Chôl Chnăm Thmây",
            "Trong hai ngày 6 và 7/5, đoàn công tác của Huyện ủy đã đến thăm, chúc mừng các chùa Khmer và tặng 240 "
            "suất quà cho hộ nghèo tại các xã Long Sơn, Tân Hưng.",
            {"kind": "trao_qua", "period": None, "date": "2025-05-06"},
        ),
        # a headline that names a field of work ("Giám sát …") over a lead that holds a review of that work
        (
            "Giám sát sát dân, dân tin Mặt trận hơn",
            "Ngày 13/5, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội "
            "năm 2024.",
            {"kind": "tong_ket", "period": "2024", "date": "2025-05-13"},
        ),
        # "3 tháng đầu năm" is the first quarter, before the second quarter that is planned
        (
            "Khối dân vận góp phần đưa nước sạch về bản",
            "Ngày 4/4, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban khối dân vận 3 tháng đầu năm 2025, triển "
            "khai nhiệm vụ quý II.",
            {"kind": "giao_ban", "period": "2025-Q1", "date": "2025-04-04"},
        ),
        # a gathering held first is the event, the review it is joined to is not: "tổ chức hội nghị biểu dương …,
        # gắn với sơ kết 5 năm …"
        (
            "Biểu dương 30 mô hình dân vận khéo",
            "Sáng 8/5, Ban Dân vận Huyện ủy tổ chức hội nghị biểu dương mô hình dân vận khéo năm 2025, gắn với sơ kết "
            "5 năm thực hiện Quy chế dân chủ ở cơ sở.",
            {"kind": "hoi_nghi", "period": "2025", "date": "2025-05-08"},
        ),
    ],
)
def test_the_event_read_from_the_lead(headline, lead, expected):
    assert _event(_page(headline, lead, "Dự hội nghị có đại diện lãnh đạo các xã, thị trấn trong huyện.")) == expected


def test_a_caption_between_the_headline_and_the_lead_is_passed():
    text = _page(
        "Vinh danh 85 người có uy tín trong đồng bào dân tộc thiểu số",
        "Già làng Lò Văn Khiêm kể chuyện vận động bà con bỏ hủ tục ở bản Nà Hẩu.",
        "Ngày 7/5, Ban Dân vận Huyện ủy phối hợp với Phòng Dân tộc huyện tổ chức hội nghị biểu dương người có uy "
        "tín năm 2025. Dự hội nghị có 85 người có uy tín tiêu biểu.",
    )
    assert _event(text) == {"kind": "hoi_nghi", "period": "2025", "date": "2025-05-07"}


def test_a_caption_that_says_the_event_over_a_lead_that_dates_it():
    text = _page(
        "Giao ban khối dân vận tháng 4",
        "Đồng chí Vàng Thị Sính, Trưởng Ban Dân vận Huyện ủy, kết luận buổi giao ban.",
        "Chiều 6/5, Ban Dân vận Huyện ủy tổ chức giao ban công tác dân vận tháng 4/2025 với các cơ quan khối dân vận.",
    )
    assert _event(text) == {"kind": "giao_ban", "period": "2025-04", "date": "2025-05-06"}


def test_a_month_past_is_not_the_period_and_the_hoi_of_a_body_is_kept():
    dialogue = _page(
        "Đối thoại tháo gỡ vướng mắc đất sản xuất ở thôn Kon Brai",
        "Ngày 6/5/2025, Ban Dân vận Huyện ủy tổ chức buổi đối thoại với 30 hộ dân thôn Kon Brai về đất sản xuất. "
        "Vụ việc từng khiến bà con kéo đến trụ sở xã hồi tháng 2.",
    )
    assert _event(dialogue)["period"] is None
    briefing = _page(
        "Giao ban công tác Hội tháng 4",
        "Chiều 5/5, Ban Thường vụ Hội Nông dân huyện tổ chức giao ban công tác Hội tháng 4/2025 với các cơ sở Hội.",
    )
    assert _event(briefing)["period"] == "2025-04"
