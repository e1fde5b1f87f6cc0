"""Twenty-seventh round of issue 14 (headlines): a breadcrumb written with slashes ("Thời sự / Chính trị") is page
furniture, and a headline of more than 100 characters that does not end like a sentence is no paragraph; tested on
invented pages."""

from danvan.textmine import extract_text

_LONG = (
    "Hội nghị giao ban công tác dân vận quý III: Lắng nghe, giải quyết kịp thời những kiến nghị chính đáng của "
    "nhân dân"
)


def _page(headline: str) -> str:
    return "\n".join(
        [
            "BÁO ĐIỆN TỬ TỈNH",
            "Thời sự / Chính trị",
            "Thứ Bảy, 04/10/2025 09:00",
            headline,
            "(BĐT) - Chiều 3/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III "
            "năm 2025 với 96 điểm cầu xã, phường.",
        ]
    )


def test_a_long_headline_under_a_slash_breadcrumb() -> None:
    assert len(_LONG) > 100
    result = extract_text(_page(_LONG))
    assert result["title"] == _LONG
    assert result["event"] == {"kind": "giao_ban", "period": "2025-Q3", "date": "2025-10-03"}


def test_a_slash_breadcrumb_is_never_the_headline() -> None:
    assert extract_text(_page("Giao ban công tác dân vận quý III"))["title"] == "Giao ban công tác dân vận quý III"


def test_a_long_line_ending_like_a_sentence_is_still_the_lead() -> None:
    # a page with no headline line: the paragraph is no headline (the first proper line above it is taken)
    result = extract_text(
        "\n".join(
            [
                "Hội Nông dân xã tổng kết năm 2025",
                "Ngày 20/12/2025",
                "Sáng 19/12, Hội Nông dân xã tổ chức hội nghị tổng kết công tác Hội năm 2025. Năm qua, Hội kết nạp "
                "45 hội viên.",
            ]
        )
    )
    assert result["title"] == "Hội Nông dân xã tổng kết năm 2025"


def _captioned(caption: str, headline: str) -> str:
    return "\n".join(
        [
            "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN",
            "Tin hoạt động | Dân vận",
            "Thứ Năm, 11/07/2024 | 09:10",
            caption,
            headline,
            "Chiều 10/7, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024, triển "
            "khai nhiệm vụ 6 tháng cuối năm.",
        ]
    )


def test_a_long_caption_naming_a_person_under_the_date_line_is_no_headline() -> None:
    caption = (
        "Đồng chí Ma Thị Quyên, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện kết "
        "luận hội nghị."
    )
    result = extract_text(_captioned(caption, "Khối dân vận đồng hành cùng chính quyền cơ sở"))
    assert result["title"] == "Khối dân vận đồng hành cùng chính quyền cơ sở"
    assert result["event"] == {"kind": "so_ket", "period": "2024-H1", "date": "2024-07-10"}


def test_a_caption_joined_to_the_headline_and_the_lead_still_leaves_the_lead() -> None:
    caption = "Đồng chí Ma Thị Quyên, HUV, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị"  # no full stop
    result = extract_text(_captioned(caption, "Dân vận góp phần giữ vững ổn định ở cơ sở trong 6 tháng đầu năm"))
    assert result["title"] == "Dân vận góp phần giữ vững ổn định ở cơ sở trong 6 tháng đầu năm"
    assert result["event"] == {"kind": "so_ket", "period": "2024-H1", "date": "2024-07-10"}
