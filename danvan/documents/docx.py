"""Render a report as .docx in the Party or the state layout (pure functions over python-docx).

Every size and fixed text comes from `layouts.py`; this module only places things on the page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from danvan.documents.formats import format_figure
from danvan.documents.layouts import Layout, TextStyle, get_layout

__all__ = [
    "Heading",
    "Paragraph",
    "ReportDocument",
    "Signature",
    "Table",
    "format_document_number",
    "format_number_vi",
    "format_place_date",
    "render_report_docx",
]

Cell = str | int | float | Decimal | None
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}

# Elements that must follow the ones we add, in the order of the OOXML schema (Word refuses others).
_AFTER_TBL_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
# fmt: off
_AFTER_P_BDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
)
# fmt: on


@dataclass(frozen=True)
class Heading:
    """A heading of the body: level 1 "I-", level 2 "1.", level 3 "a)"; the label is part of the data."""

    label: str
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    """A table of the body; `total` is a last row in bold (the roll-up of lower levels' figures)."""

    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    total: Sequence[Cell] | None = None
    caption: str = ""
    widths_mm: Sequence[float] | None = None


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Signature:
    authority: str  # "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"; "" when the head signs in person
    position: str  # "PHÓ BÍ THƯ", "PHÓ TRƯỞNG BAN"
    name: str


@dataclass(frozen=True)
class ReportDocument:
    superior_org: str
    issuing_body: str
    doc_type: str  # BC, KH, CV ...
    number: int | None
    symbol: str
    place: str
    date: date
    title_type: str  # "BÁO CÁO"; ignored for a công văn
    subject: str  # trích yếu
    signature: Signature
    body: Sequence[Block] = field(default_factory=list)
    recipients: Sequence[str] = field(default_factory=list)


def format_number_vi(value: Cell, decimals: int = 2) -> str:
    """A number the Vietnamese way: "1.234.567", "1.234,5"; text is returned as it is, None as ""."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return format_figure(value, max_decimals=decimals)


def format_document_number(number: int | None, doc_type: str, symbol: str, layout: str = "party") -> str:
    """ "Số 12-BC/BTGDVTU" (Party) or "Số: 12/BC-UBND" (state); leading zero below 10.

    A missing number leaves a blank to fill in by hand when the document is issued.
    """
    spec = get_layout(layout)
    shown = spec.number_blank if number is None else f"{number:0{spec.number_digits}d}"
    return spec.number_format.format(number=shown, doc_type=doc_type, symbol=symbol)


def format_place_date(place: str, day: date, layout: str = "party") -> str:
    """ "Ninh Bình, ngày 05 tháng 01 năm 2026": leading zero for days below 10 and for months 1-2."""
    spec = get_layout(layout)
    month = f"{day.month:02d}" if day.month in spec.padded_months else str(day.month)
    return spec.place_date_format.format(place=place, day=f"{day.day:02d}", month=month, year=day.year)


def _set_fonts(r_pr, font_name: str) -> None:
    """Name the font for every script (ascii, hAnsi, eastAsia, cs) so Vietnamese renders in it."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), font_name)


def _add_run(paragraph: DocxParagraph, text: str, style: TextStyle, layout: Layout):
    run = paragraph.add_run(text)
    run.font.size = Pt(style.size_pt)
    run.font.bold = style.bold
    run.font.italic = style.italic
    run.font.underline = style.underline
    _set_fonts(run._r.get_or_add_rPr(), layout.font_name)
    return run


def _para(container, text: str, style: TextStyle, layout: Layout, *, body: bool = False) -> DocxParagraph:
    """A paragraph in one style ("\n" becomes a line break); `body` adds the body's indent and spacing."""
    paragraph = container.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        run = _add_run(paragraph, "", style, layout)
        if i:
            run.add_break()
        run.add_text(line)
    fmt = paragraph.paragraph_format
    fmt.alignment = _ALIGN[style.align]
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(layout.body.space_after_pt if body else 0)
    if body:
        fmt.first_line_indent = Mm(layout.body.first_line_indent_mm)
        fmt.line_spacing = Pt(layout.body.line_spacing_pt)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    else:
        fmt.line_spacing = 1.0
    return paragraph


def _cell(cell: _Cell) -> _Cell:
    """An emptied cell (python-docx gives each cell one empty paragraph)."""
    for paragraph in list(cell.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    return cell


def _no_borders(table: DocxTable) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.insert_element_before(borders, *_AFTER_TBL_BORDERS)


def _layout_table(container: DocxDocument | _Cell, rows: int, widths_mm: Sequence[float]) -> DocxTable:
    table = container.add_table(rows=rows, cols=len(widths_mm))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    return table


def _rule(container, layout: Layout, width_mm: float, column_mm: float) -> DocxParagraph:
    """A short centred rule: a bottom border on an empty paragraph indented to `width_mm`."""
    paragraph = _para(container, "", TextStyle(layout.rule_height_pt), layout)
    indent = Mm(max(column_mm - width_mm, 0) / 2)
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_P_BDR)
    return paragraph


def _page_number_header(document: DocxDocument, layout: Layout) -> None:
    """PAGE field centred at the top of every page but the first."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("begin", "PAGE", "separate", "2", "end"):
        run = _add_run(paragraph, "", layout.page_number, layout)
        if part in ("begin", "separate", "end"):
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), part)
            run._r.append(char)
        elif part == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        else:
            run.add_text(part)  # shown until the reader's word processor updates the field


def _setup(document: DocxDocument, layout: Layout) -> None:
    page = layout.page
    section = document.sections[0]
    section.page_width, section.page_height = Mm(page.width_mm), Mm(page.height_mm)
    section.top_margin, section.bottom_margin = Mm(page.top_mm), Mm(page.bottom_mm)
    section.left_margin, section.right_margin = Mm(page.left_mm), Mm(page.right_mm)
    section.header_distance = Mm(page.header_distance_mm)
    normal = document.styles["Normal"]
    normal.font.size = Pt(layout.body.size_pt)
    r_pr = normal.element.get_or_add_rPr()
    _set_fonts(r_pr, layout.font_name)
    _set_language(r_pr, layout.language)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for default_r_pr in defaults.iter(qn("w:rPr")):
            _set_fonts(default_r_pr, layout.font_name)
            _set_language(default_r_pr, layout.language)


def _set_language(r_pr, language: str) -> None:
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    for attr in ("val", "eastAsia", "bidi"):
        lang.set(qn(f"w:{attr}"), language)


def _header(document: DocxDocument, doc: ReportDocument, layout: Layout) -> None:
    left_mm, right_mm = layout.header_left_mm, layout.header_right_mm
    table = _layout_table(document, 2, (left_mm, right_mm))
    _no_borders(table)
    left, right = _cell(table.cell(0, 0)), _cell(table.cell(0, 1))
    if doc.superior_org:  # a provincial People's Committee has no superior body line
        _para(left, doc.superior_org, layout.superior_org, layout)
    _para(left, doc.issuing_body, layout.issuing_body, layout)
    if layout.issuing_mark:
        _para(left, layout.issuing_mark, layout.number, layout)
    else:
        _rule(left, layout, layout.rule_width_mm, left_mm)
    for text, style in layout.national_lines:
        _para(right, text, style, layout)
    left, right = _cell(table.cell(1, 0)), _cell(table.cell(1, 1))
    number = format_document_number(doc.number, doc.doc_type, doc.symbol, layout.name)
    _para(left, number, layout.number, layout)
    if doc.doc_type == layout.letter_type:
        _para(left, layout.letter_subject_prefix + doc.subject, layout.letter_subject, layout)
    _para(right, format_place_date(doc.place, doc.date, layout.name), layout.place_date, layout)


def _title(document: DocxDocument, doc: ReportDocument, layout: Layout) -> None:
    if doc.doc_type == layout.letter_type:
        _para(document, "", layout.subject, layout)
        return
    first = _para(document, doc.title_type, layout.title, layout)
    first.paragraph_format.space_before = Pt(layout.title_space_before_pt)
    _para(document, doc.subject, layout.subject, layout)
    if layout.subject_rule:
        _para(document, layout.subject_rule, layout.subject, layout)
    else:
        _rule(document, layout, layout.rule_width_mm, layout.page.text_width_mm)
    _para(document, "", layout.subject, layout)


def _table(document: DocxDocument, block: Table, layout: Layout) -> None:
    size = layout.body.table_size_pt
    if block.caption:
        _para(document, block.caption, TextStyle(size, bold=True), layout)
    columns = len(block.header)
    widths = block.widths_mm or [layout.page.text_width_mm / columns] * columns
    rows = list(block.rows) + ([block.total] if block.total is not None else [])
    table = _layout_table(document, 1 + len(rows), widths)
    table.style = document.styles["Table Grid"]
    header_row = table.rows[0]
    repeat = OxmlElement("w:tblHeader")  # repeat the header row on each page
    header_row._tr.get_or_add_trPr().insert_element_before(repeat, "w:tblCellSpacing", "w:jc", "w:hidden")
    for cell, text in zip(header_row.cells, block.header, strict=True):
        _para(_cell(cell), text, TextStyle(size, bold=layout.body.table_header_bold), layout)
    for r, values in enumerate(rows, start=1):
        bold = block.total is not None and r == len(rows)
        for cell, value in zip(table.rows[r].cells, values, strict=True):
            align = "left" if isinstance(value, str) else "right"
            _para(_cell(cell), format_number_vi(value), TextStyle(size, bold=bold, align=align), layout)
    _para(document, "", TextStyle(size), layout)


def _body(document: DocxDocument, doc: ReportDocument, layout: Layout) -> None:
    body_style = TextStyle(layout.body.size_pt, align="justify")
    for block in doc.body:
        if isinstance(block, Heading):
            style = layout.headings[min(max(block.level, 1), len(layout.headings)) - 1]
            _para(document, f"{block.label} {block.text}".strip(), style, layout, body=True)
        elif isinstance(block, Paragraph):
            _para(document, block.text, body_style, layout, body=True)
        elif isinstance(block, Table):
            _table(document, block, layout)
        else:
            raise TypeError(f"Unknown block {block!r}")


def _closing(document: DocxDocument, doc: ReportDocument, layout: Layout) -> None:
    """Recipients on the left, signature on the right, side by side."""
    left_mm = layout.recipients_left_mm
    table = _layout_table(document, 1, (left_mm, layout.page.text_width_mm - left_mm))
    _no_borders(table)
    left, right = _cell(table.cell(0, 0)), _cell(table.cell(0, 1))
    if doc.recipients:
        _para(left, layout.recipients_heading_text, layout.recipients_heading, layout)
        for recipient in doc.recipients:
            _para(left, recipient, layout.recipients, layout)
    else:
        _para(left, "", layout.recipients, layout)
    sig = doc.signature
    if sig.authority:
        _para(right, sig.authority, layout.signature_authority, layout)
    _para(right, sig.position, layout.signature_position, layout)
    for _ in range(layout.signature_gap_lines):
        _para(right, "", layout.signature_position, layout)
    _para(right, sig.name, layout.signature_name, layout)


def render_report_docx(doc: ReportDocument, layout: str = "party") -> bytes:
    """The report as the bytes of a .docx file in the named layout ("party" or "state")."""
    spec = get_layout(layout)
    document = Document()
    _setup(document, spec)
    _header(document, doc, spec)
    _title(document, doc, spec)
    _body(document, doc, spec)
    _closing(document, doc, spec)
    _page_number_header(document, spec)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
