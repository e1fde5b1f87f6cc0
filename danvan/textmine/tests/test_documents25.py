"""Twenty-fifth round of issue 14: the shapes of document references the blind sets still missed: an issuer that
ran on into the next reference ("của Bộ Y tế và Kế hoạch 31 …"), a chain cut inside "Trung ương", the issuer written
as the sentence's subject ("Ban Thường vụ Hội … đã ban hành Hướng dẫn 05 …"), a law named and then numbered, and the
same law named again without its number, a joint document's two issuers, an issuer shared with the next reference of
the same body; tested on invented sentences (other numbers and bodies than the pages)."""

import pytest

from danvan.textmine.documents import find_documents


def _docs(text: str) -> list[tuple]:
    return [(d["type"], d["number"], d["symbol"], d["issuer"]) for d in find_documents(text, None)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issuer stops before the next reference joined by "và"
        (
            "Năm qua, Sở đã thực hiện Quyết định 1204/QĐ-BYT của Bộ Y tế và Kế hoạch 31/KH-SYT ngày 4/2/2025 của Sở "
            "Y tế; khám cho 3.400 người.",
            [("Quyết định", "1204", "QĐ-BYT", "Bộ Y tế"), ("Kế hoạch", "31", "KH-SYT", "Sở Y tế")],
        ),
        (
            "Thực hiện Hướng dẫn 17/HD-TWH của Trung ương Hội Cựu chiến binh Việt Nam và Kế hoạch số 8/KH-CCB của "
            "Ban Thường vụ Hội Cựu chiến binh tỉnh, các cấp Hội đã thăm hỏi hội viên.",
            [
                ("Hướng dẫn", "17", "HD-TWH", "Trung ương Hội Cựu chiến binh Việt Nam"),
                ("Kế hoạch", "8", "KH-CCB", "Ban Thường vụ Hội Cựu chiến binh tỉnh"),
            ],
        ),
        # a steering committee of the centre: the chain is not cut inside "Trung ương"
        (
            "Các xã triển khai Kế hoạch 77-KH/BCĐTW của Ban Chỉ đạo Trung ương; rà soát hộ nghèo.",
            [("Kế hoạch", "77", "KH/BCĐTW", "Ban Chỉ đạo Trung ương")],
        ),
        # the body that issued it is the sentence's subject
        (
            "Trước đó, ngày 3/3, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện đã ban hành Hướng dẫn 05-HD/PN về tổ "
            "chức ngày hội.",
            [("Hướng dẫn", "05", "HD/PN", "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện")],
        ),
        (
            "Để chuẩn bị, Ban Thường vụ Huyện đoàn đã có công văn số 212-CV/HĐ đề nghị các cơ sở Đoàn rà soát.",
            [("Công văn", "212", "CV/HĐ", "Ban Thường vụ Huyện đoàn")],
        ),
        # a law named, then numbered, with its issuer after the number
        (
            "Cán bộ được học Luật Phòng, chống ma túy số 73/2021/QH14 của Quốc hội và các văn bản hướng dẫn.",
            [("Luật", "73", "2021/QH14", "Quốc hội")],
        ),
        # a joint document names both bodies that signed it
        (
            "Các cấp Hội triển khai Thông tư liên tịch số 14/TTLT-BNV-TWĐTN của Bộ Nội vụ và Ban Chấp hành Trung ương "
            "Đoàn; kết nạp 120 hội viên.",
            [("Thông tư liên tịch", "14", "TTLT-BNV-TWĐTN", "Bộ Nội vụ và Ban Chấp hành Trung ương Đoàn")],
        ),
        # a reference listed after one of the same body (its symbol's) takes that body as its issuer
        (
            "Học viên được nghe Kế hoạch 41-KH/HĐTN-PT của Ban Thường vụ Huyện đoàn về khởi nghiệp, Hướng dẫn "
            "9-HD/HĐTN-VP về sổ đoàn viên.",
            [
                ("Kế hoạch", "41", "KH/HĐTN-PT", "Ban Thường vụ Huyện đoàn"),
                ("Hướng dẫn", "9", "HD/HĐTN-VP", "Ban Thường vụ Huyện đoàn"),
            ],
        ),
        # nor a reference of another body
        (
            "Học viên được nghe Kế hoạch 41-KH/HĐTN-PT của Ban Thường vụ Huyện đoàn về khởi nghiệp, Hướng dẫn "
            "9-HD/HPN-VP về sổ hội viên.",
            [
                ("Kế hoạch", "41", "KH/HĐTN-PT", "Ban Thường vụ Huyện đoàn"),
                ("Hướng dẫn", "9", "HD/HPN-VP", None),
            ],
        ),
    ],
)
def test_document_shapes(text, expected):
    assert _docs(text) == expected


def test_a_law_named_again_without_its_number_is_the_numbered_one():
    text = (
        "Học viên tìm hiểu Luật Thanh niên số 57/2020/QH14, có hiệu lực từ ngày 01/01/2021. Theo Luật Thanh niên, "
        "đoàn viên được tham gia góp ý chính sách."
    )
    assert _docs(text) == [("Luật", "57", "2020/QH14", None)]


def test_a_law_named_without_a_number_anywhere_is_still_read():
    assert _docs("Các xã tuyên truyền Luật Đất đai tới từng hộ dân.") == [("Luật", None, None, None)]


def test_a_type_word_ending_a_line_takes_no_number_from_the_next():
    text = "Trang chủ » Tin tức » Dân chủ - Pháp luật\n09:40 | 12/03/2019\nTuyên truyền Nghị quyết 12-NQ/HU tới cơ sở."
    assert _docs(text) == [("Nghị quyết", "12", "NQ/HU", None)]
