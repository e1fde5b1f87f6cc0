"""Twenty-seventh round of issue 14: a model of title extents lengthens a title the rules cut at the first word they
could not place; tested on invented sentences (other names, bodies and places than the blind pages)."""

import pytest

from danvan.textmine import extract_text, title_model
from danvan.textmine.textutil import tokenize
from danvan.textmine.title_model import Page, extended


def _titles(text):
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a worker's or an engineer's workplace after the role
        (
            "Chị Lò Thị Hoa, công nhân Khu công nghiệp Bá Thiện, chia sẻ về đời sống.",
            "Lò Thị Hoa",
            "công nhân Khu công nghiệp Bá Thiện",
        ),
        (
            "Anh Sầm Văn Khải, kỹ sư Nhà máy Thủy điện Nậm Mu, đã hiến 200 m2 đất.",
            "Sầm Văn Khải",
            "kỹ sư Nhà máy Thủy điện Nậm Mu",
        ),
        # a department whose name runs past a word the rules read as the end of a body
        (
            "Dự buổi đối thoại có ông Phạm Văn Khoa, Phó Trưởng phòng Công tác đảng và công tác chính trị Bộ Chỉ huy "
            "Quân sự tỉnh.",
            "Phạm Văn Khoa",
            "Phó Trưởng phòng Công tác đảng và công tác chính trị Bộ Chỉ huy Quân sự tỉnh",
        ),
    ],
)
def test_the_model_runs_a_title_on_to_its_body(text, name, title):
    assert _titles(text)[name] == [title]


def test_without_the_model_the_rules_title_stands(monkeypatch):
    monkeypatch.setattr(title_model, "ENABLED", False)
    text = "Anh Sầm Văn Khải, kỹ sư Nhà máy Thủy điện Nậm Mu, đã hiến 200 m2 đất."
    assert _titles(text)["Sầm Văn Khải"] == ["kỹ sư"]


def test_a_whole_title_between_commas_is_left_alone():
    assert _titles("Ông Lê Văn Hải, Chủ tịch UBND xã, cùng đoàn công tác đã kiểm tra.")["Lê Văn Hải"] == [
        "Chủ tịch UBND xã"
    ]


class _NoModel:
    def tag(self, features):
        raise AssertionError("the model was asked about a title that no word continues")


def test_the_model_is_not_asked_when_no_word_continues_the_title():
    text = "Ông Lê Văn Hải, Chủ tịch UBND xã, cùng đoàn công tác đã kiểm tra."
    page = Page(text, tokenize(text), ["Lê Văn Hải"])
    assert extended(page, _NoModel(), "Lê Văn Hải", ["Chủ tịch UBND xã"]) == ["Chủ tịch UBND xã"]


class _Shorter:
    """A model that reads only the first two words of the window as a title, with full confidence."""

    def tag(self, features):
        return ["B", "I"] + ["O"] * (len(features) - 2)

    def marginal(self, tag, k):
        return 1.0


def test_the_model_never_shortens_a_title():
    text = "Ông Lê Văn Hải, Chủ tịch UBND xã Tân Lập cùng đoàn công tác đã kiểm tra."
    page = Page(text, tokenize(text), ["Lê Văn Hải"])
    assert extended(page, _Shorter(), "Lê Văn Hải", ["Chủ tịch UBND xã Tân Lập"]) == ["Chủ tịch UBND xã Tân Lập"]


def test_a_window_stops_at_the_next_person():
    text = "Ông Lê Văn Hải, Chủ tịch UBND xã và bà Đỗ Thị Mai, Phó Chủ tịch UBND xã dự họp."
    page = Page(text, tokenize(text), ["Lê Văn Hải", "Đỗ Thị Mai"])
    (left, right, *_), = page.windows("Lê Văn Hải")
    assert text[page.tokens[left].start : page.tokens[right - 1].end] == "Ông Lê Văn Hải, Chủ tịch UBND xã và bà"
    assert page.find(page.windows("Lê Văn Hải")[0], "Phó Chủ tịch UBND xã") is None


class _Greedy:
    """A model that reads every word after "<name> là" as one title, with full confidence."""

    def __init__(self, page, name):
        self.start = page.occ[name][0][1] + 1 - page.windows(name)[0][0]

    def tag(self, features):
        return ["O"] * self.start + ["B"] + ["I"] * (len(features) - self.start - 1)

    def marginal(self, tag, k):
        return 1.0


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ông Vừ Văn Sếnh là người có uy tín ở bản Pá Khoang", "người có uy tín"),  # where he lives
        ("Ông Vừ Văn Sếnh là nông dân người Mông", "nông dân"),  # his people
        ("Ông Vừ Văn Sếnh là Trưởng bản - Bí thư chi bộ", "Trưởng bản"),  # a second post after a dash
    ],
)
def test_the_model_does_not_run_a_title_past_what_closes_it(text, title):
    page = Page(text, tokenize(text), ["Vừ Văn Sếnh"])
    assert extended(page, _Greedy(page, "Vừ Văn Sếnh"), "Vừ Văn Sếnh", [title]) == [title]


def test_a_post_given_out_by_a_list_is_not_lengthened():
    text = "Ông Vừ Văn Sếnh là Trưởng bản Pá Khoang"
    page = Page(text, tokenize(text), ["Vừ Văn Sếnh"])
    model = _Greedy(page, "Vừ Văn Sếnh")
    assert extended(page, model, "Vừ Văn Sếnh", ["Trưởng bản"]) == ["Trưởng bản Pá Khoang"]
    assert extended(page, model, "Vừ Văn Sếnh", ["Trưởng bản"], shared={"truong ban"}) == ["Trưởng bản"]


def test_no_title_runs_into_a_co_verb() -> None:
    # "đồng chủ trì" (co-chairs) is the clause's verb: the model may not take "đồng" into the title before it
    people = {
        p["name"]: p["titles"]
        for p in extract_text(
            "Ông Hà Văn Lực - Phó Trưởng phòng Công tác đảng và công tác chính trị đồng chủ trì buổi làm việc."
        )["people"]
    }
    assert all(not t.endswith(" đồng") for t in people.get("Hà Văn Lực", []))


def test_each_thread_opens_its_own_tagger() -> None:
    # a CRFsuite tagger holds the sequence it tags: the web server's threads and the worker never share one
    import threading

    mine = title_model.tagger()
    theirs: list[object] = []
    thread = threading.Thread(target=lambda: theirs.append(title_model.tagger()))
    thread.start()
    thread.join()
    assert mine is not None and theirs[0] is not None
    assert theirs[0] is not mine
    assert title_model.tagger() is mine  # and opens it once
