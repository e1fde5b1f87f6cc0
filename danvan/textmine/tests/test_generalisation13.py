"""Thirteenth round of issue 14: rules drawn from the misses on holdout12 (development material since it was scored),
tested on invented sentences (other names, places and numbers than the blind pages)."""

import pytest

from danvan.textmine import extract_text

from .test_generalisation5 import _people
from .test_generalisation10 import _quantities

# People: a hamlet's own name that opens with a settlement's word is no person


@pytest.mark.parametrize(
    "text",
    [
        "Năm ngoái, ông được bà con bầu làm Trưởng Ban công tác Mặt trận thôn Làng Mít.",
        "Anh là Trưởng thôn Làng Trên từ năm 2019.",
        "Chị vừa trúng cử Bí thư Chi đoàn bản Bản Lìm.",
        "Đoàn về thăm Chi hội trưởng phụ nữ buôn Buôn Tría.",
    ],
)
def test_a_hamlet_named_with_its_settlement_word_is_no_person(text):
    assert _people(text) == {}


def test_a_family_name_spelled_like_a_settlement_word_is_still_a_name():
    # "Bàn" (a Dao family name) folds like "Bản" but is written with another mark
    assert _people("Trưởng thôn Bàn Văn Tiến cho biết cả thôn đã xong.") == {"Bàn Văn Tiến": ["Trưởng thôn"]}


def test_the_opening_post_after_a_paper_s_mark_is_the_person_s():
    text = "(Báo Nông thôn) - Gần 15 năm làm trưởng thôn Làng Mít, ông Hồ Văn Kiểm được bà con quý mến."
    assert _people(text) == {"Hồ Văn Kiểm": ["trưởng thôn Làng Mít"]}


def test_the_commune_between_commas_after_the_opening_post_is_no_obstacle():
    text = "Hơn 12 năm làm tổ trưởng tổ hòa giải ấp Tân Lợi, xã Phú Hòa, bà Võ Thị Lành đã hòa giải nhiều vụ."
    assert _people(text) == {"Võ Thị Lành": ["tổ trưởng tổ hòa giải ấp Tân Lợi"]}


def test_a_rank_before_the_next_name_is_the_next_person_s():
    text = "Dự có Đại tá Trịnh Văn Lực, Trung tá Mai Xuân Hòa - Phó Chủ tịch Hội Cựu chiến binh huyện."
    people = _people(text)
    assert people["Trịnh Văn Lực"] == ["Đại tá", "Phó Chủ tịch Hội Cựu chiến binh huyện"]
    assert people["Mai Xuân Hòa"] == ["Trung tá", "Phó Chủ tịch Hội Cựu chiến binh huyện"]


def test_a_rank_after_a_name_with_no_name_after_it_stays_that_person_s():
    text = "Thăm hỏi ông Vi Văn Nhàn, Thượng tá đã nghỉ hưu, sống ở thôn Đồng Tâm."
    assert _people(text)["Vi Văn Nhàn"] == ["Thượng tá"]


def test_the_people_one_belongs_to_ends_a_role():
    text = "Em Triệu Thị Hoa, học sinh lớp 8 người Mông, được nhận học bổng."
    assert _people(text) == {"Triệu Thị Hoa": ["học sinh lớp 8"]}


def test_a_post_elected_to_a_bare_honorific_is_the_person_named_before():
    text = (
        "Ông Lường Văn Thắm sống ở bản Cọ. Ông Thắm vận động bà con làm đường. "
        "Ông vừa được bà con tín nhiệm bầu làm Trưởng ban công tác Mặt trận bản Cọ."
    )
    assert _people(text) == {"Lường Văn Thắm": ["Trưởng ban công tác Mặt trận bản Cọ"]}


@pytest.mark.parametrize(
    "text",
    [
        # no election: "làm" alone after a pronoun gives no post
        "Bà Nông Thị Yến dạy học ở xã. Bà làm Chủ tịch Hội khuyến học vui vẻ.",
        # nobody named with that honorific before: nobody to give the post to
        "Ông Lý Văn Sầu hiến đất. Bà được bầu làm Chi hội trưởng phụ nữ thôn.",
    ],
)
def test_a_bare_honorific_gives_no_post_without_an_election_or_a_person(text):
    assert all(titles == [] for titles in _people(text).values())


# The event


def test_giving_portions_of_scholarships_is_a_gift_giving():
    text = "Trao 150 suất học bổng cho học sinh nghèo\nNgày 12/9, Huyện đoàn trao 150 suất học bổng cho học sinh."
    assert extract_text(text)["event"]["kind"] == "trao_qua"


# Quantities


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Hội hỗ trợ 4 mô hình, mỗi mô hình 25 triệu đồng.", (25_000_000, "đồng", "exact")),
        # the road's kind stays with it since the twenty-eighth round's model, as the labels write "tuyến đường ấp"
        ("Xã chỉnh trang 12 tuyến đường thôn.", (12, "tuyến đường thôn", "exact")),
        ("Mỗi suất quà gồm 2tr tiền mặt và 10 kg gạo.", (2_000_000, "đồng", "exact")),
        # a dispute is counted with its noun, as every label of every set writes it (holdout11 and holdout12)
        ("Tổ hòa giải thành công 5/6 vụ tranh chấp.", (5, "vụ tranh chấp", "exact")),
        ("Xã giải quyết dứt điểm 21 vụ tranh chấp đất đai.", (21, "vụ tranh chấp đất đai", "exact")),
    ],
)
def test_money_per_item_a_verb_s_half_and_millions_of_cash(text, quantity):
    assert quantity in _quantities(text)


def test_a_page_number_is_still_no_count():
    assert _quantities("Xem trang 18 tuyến đường trong tài liệu.") == set()
