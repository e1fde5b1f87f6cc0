"""The rendered .docx, opened again with python-docx: texts, fonts, sizes, page set-up."""

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from danvan.documents.docx import (
    Heading,
    Paragraph,
    ReportDocument,
    Signature,
    Table,
    render_report_docx,
)

FONT = "Times New Roman"
REPORT = ReportDocument(
    superior_org="TỈNH ỦY NINH BÌNH",
    issuing_body="BAN TUYÊN GIÁO VÀ DÂN VẬN",
    doc_type="BC",
    number=12,
    symbol="BTGDVTU",
    place="Ninh Bình",
    date=date(2026, 1, 5),
    title_type="BÁO CÁO",
    subject="Kết quả công tác dân vận tháng 12 năm 2025",
    signature=Signature("T/M BAN THƯỜNG VỤ", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hoa"),
    body=[
        Heading("I-", "KẾT QUẢ THỰC HIỆN"),
        Heading("1.", "Công tác nắm tình hình nhân dân", level=2),
        Paragraph("Tình hình nhân dân trên địa bàn tỉnh ổn định; nhân dân phấn khởi đón Tết."),
        Heading("a)", "Chăm lo đời sống", level=3),
        Table(
            ["TT", "Đơn vị", "Suất quà"],
            [[1, "Xã Gia Viễn", 1250], [2, "Phường Hoa Lư", 980.5]],
            total=["", "Tổng cộng", 2230.5],
            caption="Biểu 1. Tổng hợp suất quà",
        ),
    ],
    recipients=["- Ban Dân vận Trung ương,", "- Thường trực Tỉnh ủy,", "- Lưu Văn phòng Ban."],
)


def _open(report=REPORT, layout="party"):
    return Document(io.BytesIO(render_report_docx(report, layout)))


def _runs(paragraph):
    return [run for run in paragraph.runs if run.text]


def _paragraph(container, text):
    return next(p for p in container.paragraphs if p.text == text)


@pytest.fixture(scope="module")
def party():
    return _open()


@pytest.fixture(scope="module")
def state():
    return _open(
        replace(REPORT, superior_org="", issuing_body="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", symbol="UBND"),
        "state",
    )


def test_page_is_a4_with_party_margins(party):
    section = party.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [20, 20, 30, 15]


def test_every_run_is_times_new_roman_for_every_script(party):
    runs = [r for p in party.paragraphs for r in p.runs]
    runs += [
        r for t in party.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs
    ]
    assert len(runs) > 20
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {FONT}
    assert party.styles["Normal"].font.name == FONT


def test_party_header_columns(party):
    header = party.tables[0]
    left = header.cell(0, 0).paragraphs
    assert [p.text for p in left] == ["TỈNH ỦY NINH BÌNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*"]
    superior, issuing = _runs(left[0])[0], _runs(left[1])[0]
    assert (superior.font.size.pt, superior.font.bold) == (14, False)
    assert (issuing.font.size.pt, issuing.font.bold) == (14, True)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in left)
    party_line = _runs(header.cell(0, 1).paragraphs[0])[0]
    assert party_line.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert (party_line.font.size.pt, party_line.font.bold, party_line.font.underline) == (15, True, True)


def test_header_table_has_no_borders(party):
    borders = party.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}


def test_number_and_date_line(party):
    header = party.tables[0]
    number = _runs(header.cell(1, 0).paragraphs[0])[0]
    assert (number.text, number.font.size.pt) == ("Số 12-BC/BTGDVTU", 14)
    date_line = _runs(header.cell(1, 1).paragraphs[0])[0]
    assert date_line.text == "Ninh Bình, ngày 05 tháng 01 năm 2026"
    assert (date_line.font.italic, date_line.font.size.pt) == (True, 14)


def test_title_subject_and_rule(party):
    title = _paragraph(party, "BÁO CÁO")
    assert (_runs(title)[0].font.size.pt, _runs(title)[0].font.bold) == (16, True)
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    subject = _paragraph(party, REPORT.subject)
    assert (_runs(subject)[0].font.size.pt, _runs(subject)[0].font.bold) == (14, True)
    texts = [p.text for p in party.paragraphs]
    assert texts[texts.index(REPORT.subject) + 1] == "-----"


def test_body_paragraph_format(party):
    body = _paragraph(party, REPORT.body[2].text)
    fmt = body.paragraph_format
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(fmt.first_line_indent.mm) == 10
    assert fmt.space_after.pt >= 6
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY and 18 <= fmt.line_spacing.pt <= 22
    assert _runs(body)[0].font.size.pt == 14


def test_headings_by_level(party):
    level1, level2, level3 = (
        _paragraph(party, t)
        for t in ("I- KẾT QUẢ THỰC HIỆN", "1. Công tác nắm tình hình nhân dân", "a) Chăm lo đời sống")
    )
    assert _runs(level1)[0].font.bold and _runs(level2)[0].font.bold
    assert _runs(level3)[0].font.italic


def test_table_with_vietnamese_numbers_and_bold_total(party):
    caption = _paragraph(party, "Biểu 1. Tổng hợp suất quà")
    assert _runs(caption)[0].font.bold
    table = party.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["TT", "Đơn vị", "Suất quà"]
    assert all(_runs(c.paragraphs[0])[0].font.bold for c in table.rows[0].cells)
    assert [c.text for c in table.rows[2].cells] == ["2", "Phường Hoa Lư", "980,5"]
    total = table.rows[3].cells
    assert total[2].text == "2.230,5" and _runs(total[2].paragraphs[0])[0].font.bold
    assert total[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.rows[1].cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_signature_and_recipients(party):
    closing = party.tables[-1]
    recipients, signature = closing.cell(0, 0).paragraphs, closing.cell(0, 1).paragraphs
    heading = _runs(recipients[0])[0]
    assert (heading.text, heading.font.underline, heading.font.size.pt) == ("Nơi nhận:", True, 14)
    assert [p.text for p in recipients[1:]] == list(REPORT.recipients)
    assert {_runs(p)[0].font.size.pt for p in recipients[1:]} == {12}
    assert recipients[-1].text.startswith("- Lưu Văn phòng")
    lines = [p for p in signature if p.text]
    assert [p.text for p in lines] == ["T/M BAN THƯỜNG VỤ", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hoa"]
    assert [_runs(p)[0].font.bold for p in lines] == [True, False, True]
    assert len(signature) - len(lines) >= 3  # room for the handwritten signature and seal


def test_page_number_field_at_the_top_from_page_two(party):
    section = party.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    instructions = [el.text for el in header._p.iter(qn("w:instrText"))]
    assert [i.strip() for i in instructions] == ["PAGE"]
    assert {r.font.size.pt for r in header.runs} == {14}
    assert not "".join(p.text for p in section.first_page_header.paragraphs)


def test_cong_van_has_no_title_and_a_v_v_subject_under_the_number():
    letter = _open(replace(REPORT, doc_type="CV", subject="triển khai Tháng hành động vì người nghèo"))
    texts = [p.text for p in letter.paragraphs]
    assert "BÁO CÁO" not in texts and "-----" not in texts
    left = letter.tables[0].cell(1, 0).paragraphs
    assert left[0].text == "Số 12-CV/BTGDVTU"
    subject = _runs(left[1])[0]
    assert subject.text == "V/v triển khai Tháng hành động vì người nghèo"
    assert (subject.font.italic, subject.font.size.pt) == (True, 12)


def test_state_layout_header(state):
    right = state.tables[0].cell(0, 1).paragraphs
    motto, national = _runs(right[1])[0], _runs(right[0])[0]
    assert (national.text, national.font.size.pt, national.font.bold) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        13,
        True,
    )
    assert (motto.text, motto.font.size.pt, motto.font.bold, motto.font.underline) == (
        "Độc lập - Tự do - Hạnh phúc",
        14,
        True,
        True,
    )
    assert state.tables[0].cell(1, 0).paragraphs[0].text == "Số: 12/BC-UBND"
    assert state.tables[0].cell(1, 1).paragraphs[0].text == "Ninh Bình, ngày 05 tháng 01 năm 2026"
    left = state.tables[0].cell(0, 0).paragraphs
    assert left[0].text == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"  # no empty line for a missing superior body
    assert left[-1]._p.pPr.find(qn("w:pBdr")) is not None  # a drawn rule under the issuing body, no "*"


def test_state_margins_are_within_decree_30(state):
    section = state.sections[0]
    assert 20 <= round(section.top_margin.mm) <= 25 and 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35 and 15 <= round(section.right_margin.mm) <= 20


def test_multi_line_subject_keeps_its_line_break():
    doc = _open(replace(REPORT, subject="Sơ kết 6 tháng đầu năm\nvà nhiệm vụ trọng tâm 6 tháng cuối năm"))
    subject = next(p for p in doc.paragraphs if p.text.startswith("Sơ kết"))
    assert subject._p.find(".//" + qn("w:br")) is not None


def test_added_elements_keep_the_schema_order_word_requires(party):
    body = party.element.body
    for borders in body.iter(qn("w:pBdr")):
        siblings = [el.tag for el in borders.getparent()]
        assert siblings.index(qn("w:pBdr")) < siblings.index(qn("w:spacing")) < siblings.index(qn("w:jc"))
    for borders in body.iter(qn("w:tblBorders")):
        siblings = [el.tag for el in borders.getparent()]
        assert siblings.index(qn("w:tblBorders")) < siblings.index(qn("w:tblLook"))
    for run in body.iter(qn("w:r")):
        assert run[0].tag == qn("w:rPr")


def test_language_is_vietnamese(party):
    lang = party.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "vi-VN"


def test_unknown_block_is_refused():
    with pytest.raises(TypeError):
        render_report_docx(replace(REPORT, body=["plain string"]))


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice not installed"
)
def test_libreoffice_converts_it_to_pdf(tmp_path):
    source = tmp_path / "report.docx"
    source.write_bytes(render_report_docx(REPORT))
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run(  # noqa: S603  (a fixed command on a file we wrote)
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
