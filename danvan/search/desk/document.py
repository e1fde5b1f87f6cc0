"""The desk as a one-page .docx "Tình hình tuần" a leader can print, through `documents`."""

from datetime import date

from danvan.documents.docx import Heading, Paragraph, ReportDocument, Signature, Table, render_report_docx
from danvan.org.bloc import name_parts
from danvan.reporting.synthesis.rendering import heading_lines, layout_of
from danvan.search.desk import DeskTileResult

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def week_docx(unit, tiles: list[DeskTileResult], today: date) -> bytes:
    superior, issuing = heading_lines(unit)
    body: list = [Paragraph(f"Tình hình đến ngày {today:%d/%m/%Y} của {unit.name} và các tổ chức trực thuộc.")]
    for i, tile in enumerate(tiles):
        body.append(Heading(f"{ROMAN[i] if i < len(ROMAN) else i + 1}-", tile.title.upper()))
        body.append(Table(["Nội dung", "Số liệu"], [[str(f.label), str(f.value)] for f in tile.figures],
                          widths_mm=[110, 55]))
    doc = ReportDocument(superior_org=superior, issuing_body=issuing, doc_type="BC", number=None, symbol=unit.symbol,
                         place=name_parts(unit.area)["name"], date=today, title_type="BÁO CÁO",
                         subject="Tình hình tuần", signature=Signature("", "", ""), body=body, recipients=["Lưu"])
    return render_report_docx(doc, layout_of(unit))
