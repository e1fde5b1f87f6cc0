"""Twenty-sixth round of issue 14: the shapes of document references the blind sets still missed: an issuer that ran
on into the verb after it ("của Ban Thường trực … hướng dẫn tổ chức …") or took in the body that proposed the document
("Sở Tư pháp trình UBND tỉnh ban hành …"), the head of a body who signed ("Chủ tịch UBND xã đã ban hành …"), a
committee named by its task in lower case ("Ban vận động"), a level word alone as the subject ("huyện đã ban hành
công văn số …/UBND-…"), a joint document's third issuer, the day written before the
issuing subject, and the government's dispatches ("Công điện"); tested on invented sentences (other numbers,
bodies and places than the pages)."""

import pytest

from danvan.textmine.documents import find_documents


def _docs(text: str) -> list[tuple]:
    return [(d["type"], d["number"], d["symbol"], d["date"], d["issuer"]) for d in find_documents(text, None)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body after "của" ends before the verb the sentence goes on with
        (
            "Năm qua, Mặt trận đã triển khai Thông tri số 07/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ "
            "Việt Nam hướng dẫn tổ chức Ngày hội Đại đoàn kết ở khu dân cư.",
            [("Thông tri", "07", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
        ),
        # the subject that issues is the body after "trình", not the one that proposed it
        (
            "Ông Lò Văn Tám giao Ban Dân tộc tỉnh phối hợp Sở Tư pháp trình UBND tỉnh ban hành kế hoạch số 71/KH-UBND "
            "về triển khai chính sách.",
            [("Kế hoạch", "71", "KH-UBND", None, "UBND tỉnh")],
        ),
        # the post at the body's head signs
        (
            "Căn cứ kết quả kiểm tra, Chủ tịch UBND phường đã ban hành Quyết định số 27/QĐ-XPHC ngày 04/4/2025 xử phạt "
            "cơ sở 12 triệu đồng.",
            [("Quyết định", "27", "QĐ-XPHC", "2025-04-04", "Chủ tịch UBND phường")],
        ),
        # a committee named by its task
        (
            "Theo kế hoạch số 9/KH-BVĐ ngày 03/02/2025 của Ban vận động, xã đã rà soát các hộ.",
            [("Kế hoạch", "9", "KH-BVĐ", "2025-02-03", "Ban vận động")],
        ),
        # a joint resolution of three bodies; the subject after the last comma is not a fourth
        (
            "Thực hiện Nghị quyết liên tịch số 88/2019/NQLT-UBTVQH14-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, "
            "Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Mặt trận đã giám sát 30 cuộc.",
            [
                (
                    "Nghị quyết liên tịch",
                    "88",
                    "2019/NQLT-UBTVQH14-ĐCTUBTWMTTQVN",
                    None,
                    "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
                )
            ],
        ),
        (
            "Theo Thông tư liên tịch số 05/2020/TTLT-BTC-BNV của Bộ Tài chính, Bộ Nội vụ, Hội Nông dân tỉnh đã hướng "
            "dẫn các huyện.",
            [("Thông tư liên tịch", "05", "2020/TTLT-BTC-BNV", None, "Bộ Tài chính, Bộ Nội vụ")],
        ),
        # the day before the subject that issued it
        (
            "Trước đó, ngày 12/8/2024, Ban Thường vụ Đảng ủy phường đã ban hành Kết luận số 21-KL/ĐU về vụ việc.",
            [("Kết luận", "21", "KL/ĐU", "2024-08-12", "Ban Thường vụ Đảng ủy phường")],
        ),
        # dispatches, as written and in lower case
        (
            "Thực hiện Công điện số 15/CĐ-UBND của UBND tỉnh, các xã đã sơ tán 140 hộ.",
            [("Công điện", "15", "CĐ-UBND", None, "UBND tỉnh")],
        ),
        (
            "Theo công điện 31/CĐ-TTg của Thủ tướng Chính phủ về ứng phó bão, xã đã chằng chống nhà cửa.",
            [("Công điện", "31", "CĐ-TTg", None, "Thủ tướng Chính phủ")],
        ),
        # the level alone as the subject: the people's committee of that level named before
        (
            "UBND huyện Mường Lát đã chỉ đạo khắc phục. Theo ông Hà Văn Bốn, Phó Chủ tịch UBND huyện Mường Lát, ngay "
            "sau khi có phản ánh, huyện đã ban hành công văn số 702/UBND-TNMT ngày 3/6/2023 giao phòng chuyên môn "
            "kiểm tra.",
            [("Công văn", "702", "UBND-TNMT", "2023-06-03", "UBND huyện Mường Lát")],
        ),
        (
            "UBND xã Tân Lập đã họp với các thôn. Sau đó, xã đã ban hành Công văn số 12/UBND-VP gửi các thôn.",
            [("Công văn", "12", "UBND-VP", None, "UBND xã Tân Lập")],
        ),
    ],
)
def test_document_shapes_of_round_26(text: str, expected: list[tuple]) -> None:
    assert _docs(text) == expected


def test_body_name_with_works_is_not_cut_at_trinh() -> None:
    # "công trình" is a word of the name, no verb "trình"; "trình" as the verb is where the name ends
    from danvan.textmine.document_issuers import _before_verb

    assert _before_verb("Ban Quản lý dự án công trình giao thông huyện") == "Ban Quản lý dự án công trình giao thông huyện"
    assert _before_verb("Sở Xây dựng trình UBND tỉnh") == "Sở Xây dựng"
