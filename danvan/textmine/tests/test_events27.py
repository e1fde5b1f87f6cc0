"""Twenty-seventh round of issue 14 (events): a photo's caption between the headline and a lead that opens on the
days of the event ("Trong 2 ngày …") or on a day named from the publication's ("Hôm qua, …"), and that day read as
the event's; tested on invented pages (other bodies, places, days and figures than the blind pages)."""

from danvan.textmine import extract_text


def _page(*lines: str, published: str = "Thứ Ba, 14/04/2015 - 10:30") -> str:
    return "\n".join(["BÁO ĐIỆN TỬ TỈNH", "Xã hội › Đoàn thể", published, *lines])


def test_a_caption_over_a_lead_that_opens_on_the_days_of_a_class() -> None:
    result = extract_text(
        _page(
            "Bồi dưỡng kỹ năng vận động quần chúng cho 160 chi hội trưởng",
            # a caption of 60 characters or more, which a shorter line's test would not reach
            "Thượng úy Lò Văn Hạnh truyền đạt chuyên đề về dân vận tại lớp bồi dưỡng.",
            "Trong 3 ngày 10, 11 và 12/4/2015, Hội Cựu chiến binh tỉnh tổ chức lớp tập huấn công tác Hội năm 2015 cho "
            "160 chi hội trưởng các xã, thị trấn.",
        )
    )
    assert result["event"] == {"kind": "tap_huan", "period": "2015", "date": "2015-04-10"}


def test_yesterday_is_the_day_before_the_publication() -> None:
    result = extract_text(
        _page(
            "Tuyên dương 85 hội viên nông dân sản xuất giỏi",
            "Các hội viên tiêu biểu nhận Giấy khen của Ban Thường vụ Hội Nông dân tỉnh.",
            "(BĐT) - Hôm qua, Hội Nông dân tỉnh tổ chức hội nghị tuyên dương hội viên sản xuất, kinh doanh giỏi năm "
            "2015. 85 hội viên tiêu biểu được khen thưởng.",
        )
    )
    assert result["event"] == {"kind": "hoi_nghi", "period": "2015", "date": "2015-04-13"}


def test_this_morning_is_the_publication_day() -> None:
    result = extract_text(
        _page(
            "Hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân",
            "Sáng nay, UBND huyện tổ chức hội nghị đối thoại với hơn 200 hội viên nông dân về chuyển đổi cây trồng.",
        )
    )
    assert result["event"]["kind"] == "doi_thoai"
    assert result["event"]["date"] == "2015-04-14"


def test_a_short_line_without_a_day_after_a_caption_stays_the_caption() -> None:
    # the caption is the lead only when the line after it does not open on a day: nothing is guessed
    result = extract_text(
        _page(
            "Trao 40 suất quà cho hộ nghèo",
            "Lãnh đạo Hội trao quà cho các hộ.",
            "Hội Chữ thập đỏ huyện vừa trao 40 suất quà, mỗi suất trị giá 500.000 đồng, cho hộ nghèo ở 3 xã.",
        )
    )
    assert result["event"]["date"] is None
