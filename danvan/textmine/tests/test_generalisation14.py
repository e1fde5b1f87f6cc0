"""Fourteenth round of issue 14: rules drawn from the shapes that recur in the misses of holdout9–holdout13 when each
was first scored (development material since), tested on invented sentences (other names, places and numbers than
the pages)."""

import pytest

from danvan.textmine import extract_text

from .test_generalisation5 import _people

# A settlement's word the lexicon knows ends a role with the hamlet's name, whatever the word: "bon" (M'nông, S'tiêng)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Điểu Bình, người có uy tín bon Bu Dốt, phát biểu.", {"Điểu Bình": ["người có uy tín bon Bu Dốt"]}),
        ("Bà Thị Mai, hội viên nông dân bon Sơn Hòa, kể lại.", {"Thị Mai": ["hội viên nông dân bon Sơn Hòa"]}),
        ("Anh Lò Văn Tún, hội viên nông dân bản Nà Ớt, kể lại.", {"Lò Văn Tún": ["hội viên nông dân bản Nà Ớt"]}),
    ],
)
def test_a_role_goes_on_with_any_settlement_and_its_name(text, expected):
    assert _people(text) == expected


def test_every_settlement_word_of_the_lexicon_is_a_named_noun():
    from danvan.textmine.roles import NAMED_NOUNS
    from danvan.textmine.textutil import fold, load_json

    kinds = load_json("lexicon.json")["place_types"]
    assert {fold(k) for k, level in kinds.items() if level is None and k.islower() and " " not in k} <= NAMED_NOUNS


# A bracketed aside after a name does not break the names waiting for a shared title


@pytest.mark.parametrize(
    "aside",
    ["(người Tày)", "(52 tuổi)", "(bên phải)"],
)
def test_an_aside_after_a_name_keeps_it_waiting_for_the_shared_title(aside):
    text = f"Dự có đồng chí Mã Thị Lan {aside} và đồng chí Giàng A Páo, cùng là Phó Chủ tịch Hội Nông dân tỉnh."
    assert _people(text) == {
        "Mã Thị Lan": ["Phó Chủ tịch Hội Nông dân tỉnh"],
        "Giàng A Páo": ["Phó Chủ tịch Hội Nông dân tỉnh"],
    }


def test_without_a_shared_title_the_aside_gives_nothing():
    # names joined by a comma: since the seventeenth round names joined by "và" share the title (test_generalisation17)
    text = "Dự có đồng chí Mã Thị Lan (người Tày), đồng chí Giàng A Páo, Phó Chủ tịch Hội Nông dân tỉnh."
    assert _people(text) == {"Mã Thị Lan": [], "Giàng A Páo": ["Phó Chủ tịch Hội Nông dân tỉnh"]}


# A post held besides, given to a person called later by the last word of the name


def test_a_post_held_besides_goes_to_the_person_called_by_the_given_name():
    text = "Ông Hoàng Văn Sinh sống ở xóm Đồi từ nhỏ. Ông Sinh còn là tổ trưởng tổ an ninh xóm. Ai cũng quý ông."
    assert _people(text) == {"Hoàng Văn Sinh": ["tổ trưởng tổ an ninh xóm"]}


def test_a_given_name_no_one_has_takes_no_post():
    text = "Ông Hoàng Văn Sinh sống ở xóm Đồi từ nhỏ. Ông Tám còn là tổ trưởng tổ an ninh xóm."
    assert _people(text).get("Hoàng Văn Sinh") == []


def test_a_post_not_right_after_the_given_name_is_not_given():
    text = "Ông Hoàng Văn Sinh sống ở xóm Đồi từ nhỏ. Ông Sinh kể rằng con trai ông hiện là tổ trưởng tổ an ninh xóm."
    assert _people(text).get("Hoàng Văn Sinh") == []


# A number that ends a business's name is the name's


def test_a_number_closing_a_business_name_is_part_of_it():
    text = "Dự có ông Lê Văn Tài, Giám đốc Công ty CP Xi măng Hà Tiên 2; bà Hà Thị Hoa, Chủ tịch Hội LHPN tỉnh."
    assert _people(text)["Lê Văn Tài"] == ["Giám đốc Công ty CP Xi măng Hà Tiên 2"]


def test_a_number_before_a_word_after_a_business_is_a_count():
    text = "Ông Lê Văn Tài, Giám đốc Công ty TNHH May Hòa Bình 3 năm liền đạt danh hiệu."
    assert _people(text)["Lê Văn Tài"] == ["Giám đốc Công ty TNHH May Hòa Bình"]


# Documents: the issuer after a document's quoted name; the post at the head of the body that signs


def _documents(text: str) -> list[tuple]:
    return [(d["type"], d["number"], d["issuer"]) for d in extract_text(text)["documents"]]


def test_the_issuer_after_a_quoted_name_is_the_document_s():
    text = "Thực hiện Đề án 938 “Tuyên truyền, vận động phụ nữ” của Thủ tướng Chính phủ, Hội mở 4 lớp tập huấn."
    assert _documents(text) == [("Đề án", "938", "Thủ tướng Chính phủ")]


def test_a_quoted_name_with_no_issuer_after_it_gives_none():
    text = "Thực hiện đề án 06 “Nâng cao chất lượng hội viên” và Kế hoạch 45-KH/HND của Ban Thường vụ Hội Nông dân tỉnh."
    assert _documents(text)[0] == ("Đề án", "06", None)


def test_the_post_before_the_body_named_by_the_symbol_signs():
    text = "Năm 2021, bà được Chủ tịch UBND huyện Tam Nông tặng Giấy khen theo Quyết định 812/QĐ-UBND ngày 4/5/2021."
    assert _documents(text) == [("Quyết định", "812", "Chủ tịch UBND huyện Tam Nông")]


def test_the_body_alone_stays_the_issuer_without_a_post_before_it():
    text = "Năm 2021, bà được UBND huyện Tam Nông tặng Giấy khen theo Quyết định 812/QĐ-UBND ngày 4/5/2021."
    assert _documents(text) == [("Quyết định", "812", "UBND huyện Tam Nông")]


# Quantities: a crop's number in what is farmed keeps "trên" an "on"; "lao động nông thôn" (3 labels of 3)


def _quantities(text: str) -> list[tuple]:
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


def test_an_area_farmed_with_the_crop_s_number_is_exact():
    assert _quantities("Ấp vận động bà con không gieo sạ, không trồng lúa vụ 2 trên 48 ha.") == [(48, "ha", "exact")]


def test_an_area_given_over_a_figure_stays_over():
    assert _quantities("Bà con hiến trên 15 ha đất làm đường.") == [(15, "ha", "over")]


def test_rural_workers_are_counted_with_their_kind():
    assert _quantities("Năm qua, huyện dạy nghề cho 1.250 lao động nông thôn.") == [(1250, "lao động nông thôn", "exact")]
