"""Drafts of several numbering styles split into the same kind of tree, with and without Word heading styles."""

import pytest

from danvan.consultation.reading import read_draft
from danvan.consultation.splitting import split_paragraphs
from danvan.consultation.tests.conftest import DRAFT, LAW, docx_bytes


def codes(text: str, filename: str = "d.txt") -> list[str]:
    return [p.code for p in split_paragraphs(read_draft(text.encode(), filename))]


def test_a_political_report_splits_by_part_roman_heading_clause_and_point():
    got = codes(DRAFT)
    assert got[:8] == [
        "Phần mở đầu", "Phần thứ nhất", "Phần thứ nhất › I", "Phần thứ nhất › I › khoản 1",
        "Phần thứ nhất › I › khoản 1 › điểm a", "Phần thứ nhất › I › khoản 1 › điểm b",
        "Phần thứ nhất › I › khoản 2", "Phần thứ nhất › II"]
    assert "Phần thứ hai › I › khoản 2" in got


def test_a_law_splits_by_chapter_section_article_clause_and_point():
    pieces = split_paragraphs(read_draft(LAW.encode(), "luat.txt"))
    by_code = {p.code: p for p in pieces}
    assert "Chương II › Mục 1 › Điều 5 › khoản 1 › điểm b" in by_code
    article = by_code["Chương I › Điều 1"]
    assert (article.title, article.text, article.level) == ("Phạm vi điều chỉnh", "Luật này quy định về dân chủ ở cơ sở.", 4)
    assert by_code["Chương I"].text == "QUY ĐỊNH CHUNG"
    assert by_code["Chương I › Điều 2 › khoản 2"].text == "Cơ quan, tổ chức."
    parent_index = by_code["Chương II › Mục 1 › Điều 5 › khoản 1"].parent
    assert parent_index is not None
    parent = pieces[parent_index]
    assert parent.code == "Chương II › Mục 1 › Điều 5"


@pytest.mark.parametrize("styled", [False, True])
def test_a_word_file_splits_the_same_with_or_without_heading_styles(styled):
    paragraphs = [(line, 1 if line.startswith(("Chương", "Điều")) else None) for line in LAW.splitlines()]
    got = [p.code for p in split_paragraphs(read_draft(docx_bytes(paragraphs, styled=styled), "luat.docx"))]
    assert got == codes(LAW)


def test_word_headings_without_numbering_still_make_pieces():
    paragraphs = [("Mở đầu", 1), ("Bối cảnh của nhiệm kỳ.", None), ("Những kết quả chủ yếu", 1),
                  ("1. Kinh tế tăng trưởng.", None)]
    got = [p.code for p in split_paragraphs(read_draft(docx_bytes(paragraphs, styled=True), "d.docx"))]
    assert got == ["Mở đầu", "Những kết quả chủ yếu", "Những kết quả chủ yếu › khoản 1"]


def test_markdown_and_odt_drafts_are_read():
    md = "# Chương I\n\n## Điều 1. Phạm vi\n\nNội dung.\n\n1. Khoản một.\n"
    assert codes(md, "d.md") == ["Chương I", "Chương I › Điều 1", "Chương I › Điều 1 › khoản 1"]
    import io
    import zipfile

    content = ('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
               'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               '<text:h text:outline-level="1">Điều 1. Phạm vi</text:h><text:p>1. Khoản một.</text:p>'
               '</office:text></office:body></office:document-content>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    pieces = split_paragraphs(read_draft(buffer.getvalue(), "d.odt"))
    assert [p.code for p in pieces] == ["Điều 1", "Điều 1 › khoản 1"]


def test_an_unreadable_or_empty_or_foreign_file_is_a_vietnamese_error():
    from django.core.exceptions import ValidationError

    for data, name in ((b"PK\x03\x04broken", "d.docx"), (b"   \n", "d.txt"), (b"x", "d.pdf")):
        with pytest.raises(ValidationError) as exc:
            read_draft(data, name)
        assert exc.value.message_dict["file"]
