"""Sixth round of issue 14: rules drawn from the misses on every development set (dev … holdout5), tested on
invented sentences (other names, places and numbers than the blind pages)."""

import pytest

from danvan.textmine import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return [(p["name"], p["level"]) for p in extract_text(text)["places"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names are looked up without tone marks: the commune spelt as written wins over its namesake
        ("Đoàn công tác đến xã Tân Hóa, huyện Minh Hóa.", ("Tân Hóa", "commune")),
        ("Đoàn công tác đến xã Tân Hòa, huyện Phú Bình.", ("Tân Hòa", "commune")),
        # a hyphen inside a division's name
        ("Hội nghị tại phường Xuân Hương - Đà Lạt sáng nay.", ("Xuân Hương - Đà Lạt", "commune")),
        # the name pages wrote before 2025
        ("Hội Nông dân tỉnh Thừa Thiên Huế tổ chức hội nghị.", ("Thừa Thiên Huế", "province")),
    ],
)
def test_places(text, expected):
    assert expected in _places(text)


def test_a_level_of_the_apparatus_is_not_a_place():
    # "cấp huyện 7 cuộc": the district level held 7, no district named "7"
    assert _places("Đã tổ chức 40 cuộc giám sát, trong đó cấp huyện 7 cuộc, cấp xã 33 cuộc.") == []
    assert ("3", "district") in _places("Ủy ban MTTQ quận 3 tổ chức hội nghị.")
