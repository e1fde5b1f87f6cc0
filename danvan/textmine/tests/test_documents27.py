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
