"""Twenty-fifth round of issue 14: the shapes of people and titles that holdout28 and holdout29 missed or invented:
a people's name read as a person, a sentence's full stop read as a degree's dot, and the bodies of posts that run
on; tested on invented sentences (other names, places, posts and bodies than the pages)."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


# the name of one of the country's peoples opens no person unless a name follows it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ở thôn Kon Trang có 31 hộ hội viên Ba Na trồng sâm dây trên 9 ha.", {}),
        ("Các đoàn viên Cơ Tu và hội viên Ê Đê cùng dọn vệ sinh đường làng.", {}),
        ("Đại biểu Gia Rai đã phát biểu tại hội nghị.", {}),
        # a family name that is also a people's, before a name, stays the person's
        ("Ông Mông Văn Páo, hội viên Hội Nông dân xã, kể lại.", {"Mông Văn Páo": ["hội viên Hội Nông dân xã"]}),
        ("Hội viên Thái Văn Lực đã trả hết nợ vay.", {"Thái Văn Lực": ["Hội viên"]}),
    ],
)
def test_a_peoples_name_is_no_person(text: str, expected: dict) -> None:
    assert _people(text) == expected


# a title at a line's end closed by a full stop is no degree written with its dot: the next line opens a new sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kinh phí lấy theo Quyết định của Thủ tướng Chính phủ.\nÔng Y Khoa Byă, Chủ tịch UBND xã Ea Hồ, cho biết.",
            {"Y Khoa Byă": ["Chủ tịch UBND xã Ea Hồ"]},
        ),
        (
            "Việc chi trả theo Nghị định của Chính phủ và Quyết định của Thủ tướng Chính phủ.\n"
            "Mục sư Ka Sô Ha Lâm, Quản nhiệm Chi hội Tin lành Đạ Nhim, phát biểu.",
            {"Ka Sô Ha Lâm": ["Mục sư", "Quản nhiệm Chi hội Tin lành Đạ Nhim"]},
        ),
        ("Dự lớp có TS. Đinh Thị Hạnh, Phó Giám đốc Trung tâm.", {"Đinh Thị Hạnh": ["TS.", "Phó Giám đốc Trung tâm"]}),
        ("PGS.TS. Vũ Minh Quân trình bày chuyên đề.", {"Vũ Minh Quân": ["PGS.TS."]}),
    ],
)
def test_a_full_stop_after_a_title_is_no_degrees_dot(text: str, expected: dict) -> None:
    assert _people(text) == expected
