"""Eleventh round of issue 14: rules drawn from the misses on holdout10 (development material since it was scored),
tested on invented sentences (other names, places and numbers than the blind pages)."""

import pytest

from .test_generalisation5 import _people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a one-syllable body's word that ends a name before the verb of the clause names no body
        ("Hội nghị do đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Lê Quang Trường chủ trì.",
         "Lê Quang Trường", ["Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"]),
        # a commune the index knows only with other marks ("Hồ") is no place before a name ("Hờ A Lồng")
        ("Dự có đồng chí Phó Bí thư Đảng ủy - Chủ tịch UBND xã Hờ A Lồng và 40 hộ dân.", "Hờ A Lồng",
         ["Phó Bí thư Đảng ủy - Chủ tịch UBND xã"]),
        # what the holder is in charge of goes on past a hyphen between two lower-case fields
        ("Có bà Trần Thị Hoa, Phó Trưởng ban phụ trách kinh tế - xã hội, phát biểu.", "Trần Thị Hoa",
         ["Phó Trưởng ban phụ trách kinh tế - xã hội"]),
        # "đang là" gives a post, as "hiện là" and "nay là" do, past an aside between commas
        ("Ông Điểu Lên, cháu nội ông, đang là Bí thư Chi đoàn ấp.", "Điểu Lên", ["Bí thư Chi đoàn ấp"]),
        # "tiểu khu 5" is a residential unit known by its number, like "khu 5" or "khóm 5"
        ("Chị Lò Thị Xuân, Bí thư Chi đoàn tiểu khu 7, phường Chiềng Lề, kể lại.", "Lò Thị Xuân",
         ["Bí thư Chi đoàn tiểu khu 7"]),
        # the years spent in a post: the comma closes the post, with the lower-case words that describe it
        ("Hơn 15 năm làm Chi hội trưởng nông dân, ông Hà Văn Tòng đã giúp 20 hộ thoát nghèo.", "Hà Văn Tòng",
         ["Chi hội trưởng nông dân"]),
        ("Gần 10 năm làm Chi hội trưởng phụ nữ, bà Lường Thị Mai ở bản Nà Hẹ đã vận động 30 hộ.", "Lường Thị Mai",
         ["Chi hội trưởng phụ nữ"]),
    ],
)
def test_titles_of_names_the_chain_or_the_sentence_holds(text, name, titles):
    got = _people(text)[name]
    for title in titles:
        assert title in got


def test_a_commune_written_with_its_own_marks_stays_a_place_before_a_name():
    # the index's spelling ("Hồ") and a name after it: the place is read, and the name after it
    people = _people("Dự có đồng chí Chủ tịch UBND xã Hồ Nguyễn Văn Lâm.")
    assert "Hồ Nguyễn Văn Lâm" not in people


def test_a_verb_after_a_post_that_is_not_the_whole_clause_gives_no_title():
    assert _people("Hơn 10 năm làm Chủ tịch Hội Nông dân xã đã qua, ông Hà Văn Tòng vẫn đi vận động.")["Hà Văn Tòng"] == []


def test_a_foreign_name_of_two_syllables_after_an_honorific_closes_a_list():
    people = _people("Dự có các bà Chau Sóc Khanh, Trần Thị Kim Cúc, Yasmin - Phó Chủ tịch Hội LHPN tỉnh.")
    for name in ("Chau Sóc Khanh", "Trần Thị Kim Cúc", "Yasmin"):
        assert people[name] == ["Phó Chủ tịch Hội LHPN tỉnh"]


def test_a_vietnamese_word_of_one_syllable_after_an_honorific_is_no_name():
    assert _people("Bà Hương cũng trao Giấy khen.") == {}


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        ("Cùng dự có các Phó Chủ tịch Hội Nông dân xã Đinh Văn Mười, Xa Thị Lan và 30 hội viên.",
         ["Đinh Văn Mười", "Xa Thị Lan"], "Phó Chủ tịch Hội Nông dân xã"),
        ("Dự có các trưởng thôn: Mùa A Páo, Giàng A Dế, Thào Thị Mỷ và các đồng chí phụ trách thôn.",
         ["Mùa A Páo", "Giàng A Dế", "Thào Thị Mỷ"], "trưởng thôn"),
        ("Các trưởng bản Vàng A Chư, Lầu Thị Dợ, Chảo A Sử đề nghị xã hỗ trợ xi măng.",
         ["Vàng A Chư", "Lầu Thị Dợ", "Chảo A Sử"], "trưởng bản"),
    ],
)
def test_a_title_after_cac_is_each_listed_name_s(text, names, title):
    people = _people(text)
    for name in names:
        assert people[name] == [title]


def test_a_title_after_cac_before_hamlets_names_no_people():
    assert _people("Các trưởng thôn Nà Lạn, Nà Cọ đề nghị xã hỗ trợ xi măng.") == {}


def test_without_cac_only_the_first_name_after_a_title_gets_it():
    people = _people("Dự hội nghị có Phó Chủ tịch Hội Nông dân xã Đinh Văn Mười, ông Xa Văn Lâm và 30 hội viên.")
    assert people["Đinh Văn Mười"] == ["Phó Chủ tịch Hội Nông dân xã"]
    assert people["Xa Văn Lâm"] == []
