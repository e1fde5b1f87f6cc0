"""Twenty-seventh round of issue 14 (documents): the issuer written as the subject before an adverb and "ban hành";
tested on invented sentences."""

from danvan.textmine import extract_text


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(d["number"], d["issuer"]) for d in extract_text(text)["documents"]]


def test_the_subject_before_an_adverb_and_the_verb_issued_it() -> None:
    assert _issuers("Hội Nông dân tỉnh thống nhất ban hành Kế hoạch số 21-KH/HND ngày 3/3/2024 về phát triển hội viên.") == [
        ("21", "Hội Nông dân tỉnh")
    ]
    assert _issuers("Ban Thường vụ Huyện ủy đã kịp thời ban hành Chỉ thị số 05-CT/HU về công tác dân vận.") == [
        ("05", "Ban Thường vụ Huyện ủy")
    ]


def test_the_same_day_and_issuer_for_references_joined_before_cung_ngay() -> None:
    docs = extract_text(
        "Học viên được quán triệt Chỉ thị số 05-CT/TW và Chỉ thị số 06-CT/TW cùng ngày 15/5/2016 của Bộ Chính trị."
    )["documents"]
    assert [(d["number"], d["date"], d["issuer"]) for d in docs] == [
        ("05", "2016-05-15", "Bộ Chính trị"),
        ("06", "2016-05-15", "Bộ Chính trị"),
    ]


def test_without_cung_ngay_the_date_stays_with_its_own_reference() -> None:
    docs = extract_text("Thực hiện Kế hoạch số 12-KH/TU ngày 3/3/2020 và Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy.")[
        "documents"
    ]
    assert [(d["number"], d["date"]) for d in docs] == [("12", "2020-03-03"), ("14", None)]
