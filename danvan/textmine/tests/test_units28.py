"""Twenty-eighth round: how far a counted noun runs. A word of the word list is not cut by a stop word inside it, a
word of a thing's state is no unit's word, and a model learned from the labels lengthens a counted noun with what
classifies it; tested on invented sentences (other places, figures and nouns than the blind pages)."""

import pytest

from danvan.textmine import extract_text, unit_model


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


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đã hòa giải 44 vụ việc tranh chấp đất đai.", "vụ việc tranh chấp đất đai"),
        ("Huyện có 4 xã, phường ven biển.", "xã, phường ven biển"),
        ("Huyện bàn giao 37 căn nhà tình thương cho hộ nghèo.", "căn nhà tình thương"),
        ("Tỉnh bố trí đất cho 410 hộ tái định cư ở xã Tân Hòa.", "hộ tái định cư"),
        ("Thành phố có 120 khu nhà trọ.", "khu nhà trọ"),
    ],
)
def test_the_model_runs_a_counted_noun_on_to_what_classifies_it(text, unit):
    assert _units(text)[0][1] == unit


def test_without_the_model_the_rules_unit_stands(monkeypatch):
    monkeypatch.setattr(unit_model, "ENABLED", False)
    assert _units("Huyện bàn giao 37 căn nhà tình thương cho hộ nghèo.")[0][1] == "căn nhà"


class _Everything:
    """A model that reads every token after the number as the unit's, with full confidence."""

    def tag(self, features):
        return ["U"] * len(features)

    def marginal(self, tag, k):
        return 1.0


@pytest.fixture
def greedy():
    unit_model.use(_Everything())
    yield
    unit_model.use(None)  # the next reader opens the shipped model again


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Xã có 35 hộ tại thôn Nà Lằng.", "hộ"),  # a place's preposition
        ("Xã có 35 hộ và trang trại.", "hộ"),  # a conjunction
        ("Xã có 35 hộ được hỗ trợ vốn.", "hộ"),  # the clause's verb
        ("Hội hướng dẫn 35 hộ thành lập tổ hợp tác.", "hộ"),
        ("Xã có 35 hộ Nguyễn Văn An.", "hộ"),  # a capitalised name that is no people's, faith's or body's
        ("Xã có 35 hộ, 12 trang trại.", "hộ"),  # a comma before another figure
        ("Hội có 35 phụ nữ người Dao.", "phụ nữ"),  # persons are counted as persons
    ],
)
def test_the_model_never_runs_a_unit_across_a_gate(greedy, text, unit):
    assert _units(text)[0][1] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hội hỗ trợ 30 triệu đồng xây nhà.", 30_000_000, "đồng"),  # money
        ("Xã thu hồi 12 ha đất rừng.", 12, "ha"),  # a measure
        ("Tỷ lệ đạt 45 % kế hoạch.", 45, "%"),
    ],
)
def test_money_measures_and_shares_are_never_read_on(greedy, text, value, unit):
    assert (value, unit) in _units(text)


def test_a_faith_and_the_fatherland_may_be_read_on(greedy):
    assert _units("Đoàn tặng 300 lá cờ Tổ quốc.")[0][1] == "lá cờ Tổ quốc"
    assert _units("Tỉnh có 45 chùa Phật giáo Nam tông Khmer.")[0][1] == "chùa Phật giáo Nam tông Khmer"
