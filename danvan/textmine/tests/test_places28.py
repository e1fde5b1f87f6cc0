"""Communes listed after one named with its place word (the twenty-eighth round; invented sentences on real
divisions)."""

from danvan.textmine import extract_text


def _communes(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text)["places"] if p["level"] == "commune"]


def test_communes_listed_after_one_place_word():
    text = "Đoàn đã làm việc tại xã Bản Liền, Nậm Đét của huyện Bắc Hà, tỉnh Lào Cai."
    assert {"Bản Liền", "Nậm Đét"} <= set(_communes(text))


def test_the_list_stops_before_a_name_that_is_no_commune_of_that_province():
    text = "Ông Lê Văn An, trú tại xã Bản Liền, Nguyễn Văn Bình và Lò Văn Chung dự họp."
    assert "Nguyễn Văn Bình" not in " ".join(_communes(text))
