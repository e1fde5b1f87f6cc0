"""A pasted citation fills a document's fields; a conclusion's numbered tasks are proposed."""

import pytest

from danvan.directives.parsing import parse_citation, propose_tasks

CITATIONS = [
    ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng về tăng cường và đổi mới sự lãnh đạo "
     "của Đảng đối với công tác dân vận trong tình hình mới",
     {"type": "NQ", "number": "25", "symbol": "NQ/TW", "issued_on": "2013-06-03",
      "external_issuer": "Ban Chấp hành Trung ương",
      "subject": "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"}),
    ("Quyết định số 18/2026/QĐ-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Ninh Bình ban hành quy chế phối hợp",
     {"type": "QĐ", "number": "18", "symbol": "2026/QĐ-UBND", "issued_on": "2026-03-12", "external_issuer": "",
      "issuer": "Ủy ban nhân dân tỉnh Ninh Bình"}),
    ("Kế hoạch số 45-KH/TU ngày 10 tháng 9 năm 2013 của Tỉnh ủy Ninh Bình về thực hiện Nghị quyết 25",
     {"type": "KH", "number": "45", "symbol": "KH/TU", "issued_on": "2013-09-10"}),
    ("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong "
     "cách Hồ Chí Minh", {"type": "CT", "number": "05", "external_issuer": "Bộ Chính trị"}),
    ("Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận",
     {"type": "KL", "number": "114", "external_issuer": "Ban Bí thư", "issued_on": "2015-07-14"}),
    ("Quyết định 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội",
     {"type": "QĐ", "number": "217", "symbol": "QĐ/TW", "issued_on": "2013-12-12",
      "subject": "Quy chế giám sát và phản biện xã hội"}),
    ("Hướng dẫn số 12-HD/BTGDVTU ngày 5/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận năm 2026",
     {"type": "HD", "number": "12", "symbol": "HD/BTGDVTU", "issued_on": "2026-01-05"}),
    ("Công văn số 230/UBND-VX ngày 7/4/2026 của UBND tỉnh về tổ chức đối thoại",
     {"type": "CV", "number": "230", "symbol": "UBND-VX"}),
    ("Đề án số 03-ĐA/TU ngày 20/2/2026 của Tỉnh ủy về xây dựng đội ngũ cán bộ dân vận",
     {"type": "ĐA", "number": "03", "symbol": "ĐA/TU"}),
    ("Chương trình hành động số 15-CTr/TU ngày 1/3/2026 của Tỉnh ủy thực hiện Nghị quyết Đại hội",
     {"type": "CTr", "number": "15", "symbol": "CTr/TU", "issued_on": "2026-03-01"}),
    ("Thông báo số 7-TB/ĐU ngày 02/02/2026 của Đảng ủy xã về kết luận hội nghị",
     {"type": "TB", "number": "7", "symbol": "TB/ĐU", "subject": "Kết luận hội nghị"}),
    ("Quy chế số 09-QC/TU ngày 9/9/2025 của Tỉnh ủy về công tác dân vận của hệ thống chính trị",
     {"type": "QC", "number": "09", "issued_on": "2025-09-09"}),
    ("Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội về chính sách tài khóa",
     {"type": "NQ", "number": "43", "symbol": "2022/QH15", "external_issuer": "Quốc hội"}),
    ("nghị quyết 25-NQ/TW, ngày 03 tháng 6 năm 2013",
     {"type": "NQ", "number": "25", "symbol": "NQ/TW", "issued_on": "2013-06-03", "external_issuer": ""}),
]


@pytest.mark.parametrize(("text", "expected"), CITATIONS, ids=[c[0][:30] for c in CITATIONS])
def test_a_citation_fills_the_documents_fields(text, expected):
    found = parse_citation(text)
    assert found["found"]
    assert {k: found[k] for k in expected} == expected


def test_an_implementing_plan_names_the_document_it_implements_and_takes_it_as_subject():
    found = parse_citation("Kế hoạch số 45-KH/TU ngày 10/9/2013 của Tỉnh ủy Ninh Bình thực hiện Nghị quyết số "
                           "25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng")
    assert found["implements_reference"].startswith("Nghị quyết số 25-NQ/TW")
    assert found["subject"].startswith("Thực hiện Nghị quyết số 25-NQ/TW")


def test_text_without_a_numbered_document_finds_nothing():
    assert parse_citation("Hội nghị sơ kết 6 tháng đầu năm") == {"found": False}
    assert parse_citation("") == {"found": False}


def test_numbered_tasks_are_proposed_from_an_inline_conclusion():
    text = ("Hội nghị thống nhất 3 nhiệm vụ trọng tâm: 1. Tăng cường công tác dân vận chính quyền; "
            "2. Tổ chức tốt đối thoại với nhân dân; 3. Đẩy mạnh phong trào “Dân vận khéo”. Các đồng chí nhất trí.")
    assert propose_tasks(text) == ["Tăng cường công tác dân vận chính quyền", "Tổ chức tốt đối thoại với nhân dân",
                                   "Đẩy mạnh phong trào “Dân vận khéo”"]


def test_the_tasks_section_of_a_report_wins_over_other_numbered_lists():
    text = ("I. KẾT QUẢ\n1. Tổ chức 12 hội nghị\n2. Tập huấn 300 lượt cán bộ\n3. Đối thoại 5 cuộc\n"
            "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM\n1) Sơ kết 10 năm Nghị quyết 25;\n2) Tổ chức đối thoại ở 100% xã.\n")
    assert propose_tasks(text) == ["Sơ kết 10 năm Nghị quyết 25", "Tổ chức đối thoại ở 100% xã"]


def test_a_text_without_a_numbered_list_proposes_nothing():
    assert propose_tasks("Ngày 2.500 người tham dự hội nghị.") == []
