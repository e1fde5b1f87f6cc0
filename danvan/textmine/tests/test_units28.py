"""Twenty-eighth round: how far a counted noun runs. A word of the word list is not cut by a stop word inside it, a
word of a thing's state is no unit's word; tested on invented sentences (other places, figures and nouns than the
blind pages)."""

import pytest

from danvan.textmine import extract_text


def _units(text):
    return [(q["value"], q["unit"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Biên phòng đã cứu 23 ngư dân gặp nạn.", "ngư dân"),  # "dân" is a stop word, "ngư dân" one word
        ("Giáo xứ có 4.800 giáo dân sinh sống.", "giáo dân"),
        ("Có 9 tàu luôn neo đậu tại cảng.", "tàu"),  # an adverb opens the clause
        ("Bão làm 12 tàu bị chìm.", "tàu"),
        ("Tỉnh có 2.150 tàu dài trên 12 m.", "tàu"),  # an adjective of length is no kind of boat
        ("Đã có 7 thuyền mất liên lạc.", "thuyền"),
    ],
)
def test_a_word_is_not_cut_and_a_state_is_no_unit(text, unit):
    assert _units(text)[0][1] == unit
