"""Twenty-sixth round of issue 14: the shapes of an event and a headline the blind sets still missed: things given by
number that a household keeps ("trao 300 bồn chứa nước"), the days of a class written in brackets ("Trong 3 ngày
(14 - 16/10)"), and a photo's caption above the headline closed by a credit with initials ("Ảnh: T.LINH"); tested
on invented pages (other bodies, places, days and figures than the blind pages)."""

from danvan.textmine import extract_text


def _page(*lines: str, published: str = "Thứ Năm, 16/10/2025 - 09:20") -> str:
    return "\n".join(["HỘI LIÊN HIỆP PHỤ NỮ TỈNH", published, *lines])


def test_things_given_by_number_are_a_gift() -> None:
    result = extract_text(
        _page(
            "Trao 300 bồn chứa nước cho hội viên vùng khô hạn",
            "Ngày 14/10/2025, Hội LHPN tỉnh phối hợp với một doanh nghiệp trao 300 bồn chứa nước loại 500 lít cho "
            "hội viên nghèo ở 6 xã ven biển. Tổng trị giá là 600 triệu đồng.",
        )
    )
    assert result["event"] == {"kind": "trao_qua", "period": None, "date": "2025-10-14"}


def test_the_days_of_a_class_in_brackets() -> None:
    result = extract_text(
        _page(
            "Bồi dưỡng nghiệp vụ cho cán bộ Hội cơ sở",
            "Trong 3 ngày (14 - 16/10), Hội LHPN tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2025 cho 90 "
            "học viên là chủ tịch Hội các xã, phường.",
        )
    )
    assert result["event"] == {"kind": "tap_huan", "period": "2025", "date": "2025-10-14"}


def test_a_caption_with_a_credit_in_initials_is_no_headline() -> None:
    result = extract_text(
        "\n".join(
            [
                "BÁO TÂY NGUYÊN ĐIỆN TỬ",
                "16/10/2025 09:20",
                "Thượng tá Đinh Văn Phú, Chủ tịch Hội Cựu chiến binh huyện trao Giấy khen cho các tập thể. Ảnh: T.LINH",
                "Cựu chiến binh huyện Ea Súp làm kinh tế giỏi",
                "Ngày 15/10, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết phong trào năm 2025 với 80 đại biểu "
                "là hội viên tiêu biểu.",
            ]
        )
    )
    assert result["title"] == "Cựu chiến binh huyện Ea Súp làm kinh tế giỏi"
    assert result["event"]["date"] == "2025-10-15"
