"""Upload limits: a file may not expand past them, and the refusal names the limit in Vietnamese."""

import pytest

from danvan.documents.limits import LimitExceeded, UploadLimits, check_upload
from danvan.testing.uploads import (
    many_members_zip,
    paragraphs_docx,
    pdf_pages,
    table_docx,
    zip_bomb,
)
from danvan.textmine.readers import read_bytes

LIMITS = UploadLimits()


def _refused(data: bytes, name: str, limits: UploadLimits = LIMITS) -> LimitExceeded:
    with pytest.raises(LimitExceeded) as caught:
        read_bytes(data, name, limits)
    return caught.value


def test_a_file_over_the_size_limit_is_refused_before_it_is_read():
    exc = _refused(b"x" * 2048, "a.txt", UploadLimits(max_bytes=1024))
    assert exc.limit == "max_bytes" and exc.message == "Tệp quá lớn: tối đa 1 KB."


def test_a_zip_bomb_is_refused_by_its_compression_ratio():
    exc = _refused(zip_bomb(4 * 1024 * 1024), "bom.docx")
    assert exc.limit == "zip_ratio" and "tỉ lệ nén trên 200 lần" in exc.message


def test_zip_members_their_size_and_the_total_are_limited():
    assert _refused(many_members_zip(1_001), "a.docx").limit == "zip_members"
    one_big = UploadLimits(zip_member_bytes=1024 * 1024, zip_ratio=10**6)
    exc = _refused(zip_bomb(2 * 1024 * 1024), "a.xlsx", one_big)
    assert exc.limit == "zip_member_bytes" and exc.message.endswith("tối đa 1 MB.")
    several = UploadLimits(zip_total_bytes=3 * 1024 * 1024, zip_ratio=10**6)
    exc = _refused(zip_bomb(1024 * 1024, members=4), "a.xlsx", several)
    assert exc.limit == "zip_total_bytes" and "khi giải nén" in exc.message


def test_a_word_file_of_empty_paragraphs_stops_at_the_paragraph_limit():
    exc = _refused(paragraphs_docx(40_000), "rong.docx")
    assert exc.limit == "word_paragraphs"
    assert exc.message == "Văn bản có quá nhiều đoạn: tối đa 20.000 đoạn."


def test_within_the_paragraph_limit_every_paragraph_is_read():
    doc = read_bytes(paragraphs_docx(10_000, "Tổ chức 2 hội nghị."), "a.docx", LIMITS)
    assert doc.text.count("Tổ chức 2 hội nghị.") == 10_000


def test_characters_and_table_cells_are_limited():
    exc = _refused(paragraphs_docx(50, "x" * 100), "a.docx", UploadLimits(word_chars=4_000))
    assert exc.limit == "word_chars" and exc.message == "Văn bản quá dài: tối đa 4.000 ký tự."
    exc = _refused(table_docx(30, 10), "a.docx", UploadLimits(word_table_cells=200))
    assert exc.limit == "word_table_cells" and "200 ô" in exc.message
    exc = _refused(("y" * 5_000).encode(), "a.txt", UploadLimits(word_chars=4_000))
    assert exc.limit == "word_chars"


def test_a_vertically_merged_cell_is_read_once_per_row_as_word_shows_it():
    doc = read_bytes(table_docx(3, 2, merged_first_column=True), "a.docx", LIMITS)
    assert doc.text.split("\n") == ["gộp | r0c1", "gộp | r1c1", "gộp | r2c1"]


def test_a_pdf_with_too_many_pages_is_refused_before_its_text_is_extracted():
    exc = _refused(pdf_pages(6), "a.pdf", UploadLimits(pdf_pages=5))
    assert exc.limit == "pdf_pages" and exc.message == "Tệp PDF có quá nhiều trang: tối đa 5 trang."


def test_check_upload_leaves_a_sane_file_alone():
    check_upload(paragraphs_docx(10, "a"), "a.docx", LIMITS)
    check_upload(b"not a zip", "a.docx", LIMITS)  # the reader says what is wrong with it
