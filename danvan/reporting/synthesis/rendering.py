"""The synthesised report as a .docx (Party or state layout, by the unit's kind) and its figures as .xlsx.

No query: the draft comes with its form, unit, kind and area loaded, the figures in the build (`files`
reads them)."""

import io
import re
from copy import copy, deepcopy
from datetime import date

from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from danvan.documents.docx import Heading, Paragraph, ReportDocument, Signature, Table, render_report_docx
from danvan.documents.xlsx import FONT_NAME, FORMATS, render_table_xlsx
from danvan.org.bloc import BTGDV, DANG_UY, name_parts, unit_name
from danvan.org.choices import Level
from danvan.reporting.periods import ROMAN
from danvan.reporting.synthesis.content import lower_first
from danvan.reporting.synthesis.drafting import appendix_text, completeness_sentence
from danvan.reporting.synthesis.summary import change_text

DOC_TYPE = "BC"
TITLE = "BÁO CÁO"
COMPARED_HEADER = ("TT", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Kỳ trước", "Cùng kỳ năm trước")
COMPARED_WIDTHS_MM = (10, 65, 20, 22, 24, 24)  # the Party page's 165 mm of text width
APPENDIX_TITLE = "PHỤ LỤC: TRÍCH BÁO CÁO CỦA CÁC ĐƠN VỊ"
MAX_MISSING_LISTED = 30
MISSING_SHEET = "Đơn vị chưa gửi báo cáo"  # the .docx names it when the list is too long to print
OVERDUE, NOT_DUE = "Quá hạn", "Chưa đến hạn"
GROUP_TITLE_MAX = 150
# python-docx takes ~2 ms to build a paragraph: a province's 4 500 excerpts would take 9 s. A long section
# is rendered as one marker paragraph, then its paragraphs are cloned from ones the renderer made in the
# same styles (so every size still comes from documents/layouts.py) — about 10 µs each.
BULK_MIN_LINES = 20
MARKER = "\u2063§"  # an invisible separator and "§": never typed by staff (and stripped from their text)
TEMPLATE_PARAGRAPH, TEMPLATE_GROUP = MARKER + "P", MARKER + "H"
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u2063]")


def layout_of(unit) -> str:
    return "state" if unit.kind.is_state_body else "party"


def _province_of(unit):
    area = unit.area
    return area if area.level == Level.PROVINCE or area.parent_id is None else area.parent


def heading_lines(unit) -> tuple[str, str]:
    """(superior organisation line, issuing body line), in capitals.

    A provincial Ban Tuyên giáo và Dân vận: "TỈNH ỦY NINH BÌNH" / "BAN TUYÊN GIÁO VÀ DÂN VẬN"; a commune
    Party committee: "ĐẢNG BỘ TỈNH NINH BÌNH" / "ĐẢNG ỦY XÃ …"; another commune body: its provincial
    counterpart / its name; a People's Committee and provincial bodies: no superior line.
    """
    kind = unit.kind
    name = unit.name
    if kind.code == BTGDV:
        parts = name_parts(unit.area)
        committee = f"{parts['committee']} {parts['name']}"
        issuing = name[: -len(committee)].strip() if name.endswith(committee) else name
        return committee.upper(), issuing.upper()
    province = _province_of(unit)
    if kind.code == DANG_UY:
        return f"ĐẢNG BỘ {name_parts(province)['area']}".upper(), name.upper()
    if unit.area.level == Level.PROVINCE or kind.code == "ubnd" or not kind.province_name:
        return "", name.upper()
    return unit_name(kind.province_name, province).upper(), name.upper()


def clean(text: str) -> str:
    """Text without the characters XML (hence .docx) cannot hold."""
    return _XML_FORBIDDEN.sub("", text or "")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).splitlines() if line.strip()]


def _text_blocks(text: str) -> list:
    """One paragraph per line; a short line ending in ":" (a group title of the default text) is a sub-heading."""
    blocks: list = []
    for line in _lines(text):
        if line.endswith(":") and len(line) <= GROUP_TITLE_MAX and line[0] not in "–-+*":
            blocks.append(Heading("", line, level=3))
        else:
            blocks.append(Paragraph(line))
    return blocks


def _missing_sentence(completeness: dict) -> str:
    missing = completeness["missing_units"]
    if not missing:
        return ""
    if len(missing) > MAX_MISSING_LISTED:
        return (f"Còn {len(missing)} đơn vị chưa gửi báo cáo (danh sách ở trang “{MISSING_SHEET}” của tệp số "
                "liệu .xlsx).")
    return "Đơn vị chưa gửi báo cáo: " + ", ".join(u["name"] for u in missing) + "."


def rollup_table(build: dict) -> Table:
    """This period's figures beside the previous period's and the same period's last year."""
    rows = [(n, r["name"], r["unit_of_measure"], r["value"], r.get("previous"), r.get("last_year"))
            for n, r in enumerate(build["rollup"], start=1)]
    return Table(header=COMPARED_HEADER, rows=rows, widths_mm=COMPARED_WIDTHS_MM)


def comparison_sentences(build: dict) -> list[str]:
    """ "So với kỳ trước: Số mô hình tăng 12 (+8,5%); …" and the same against last year (figures on both sides)."""
    sentences = []
    for key, label in (("change_previous", "So với kỳ trước"), ("change_last_year", "So với cùng kỳ năm trước")):
        parts = [f"{r['name']} {change_text(r.get(key))}" for r in build["rollup"] if change_text(r.get(key))]
        if parts:
            sentences.append(f"{label}: " + "; ".join(parts) + ".")
    return sentences


def body_of(draft, build: dict, bulk: dict | None = None) -> list:
    """The body's blocks; with `bulk` (a dict to fill), long sections become markers expanded by `_expand`."""
    body: list = [Paragraph(line) for line in _lines(draft.intro)]
    completeness = build["completeness"]
    body += [Heading("I-", "TÌNH HÌNH BÁO CÁO VÀ SỐ LIỆU TỔNG HỢP"),
             Heading("1.", "Tình hình gửi báo cáo", level=2),
             Paragraph(completeness_sentence(completeness))]
    missing = _missing_sentence(completeness)
    if missing:
        body.append(Paragraph(missing))
    body += [Heading("2.", "Số liệu tổng hợp", level=2), rollup_table(build)]
    body += [Paragraph(sentence) for sentence in comparison_sentences(build)]
    texts = draft.sections or {}
    number = 1
    for section in build["sections"]:
        blocks = _text_blocks(texts.get(section["code"], ""))
        if not blocks:
            continue
        number += 1
        body.append(Heading(f"{ROMAN[number - 1] if number <= len(ROMAN) else number}-", section["title"].upper()))
        body += _maybe_bulk(section["code"], blocks, bulk)
    appendix = appendix_text(build)
    if any(appendix.values()):
        body.append(Heading("", APPENDIX_TITLE))
        for n, section in enumerate(s for s in build["sections"] if appendix.get(s["code"])):
            body.append(Heading(f"{n + 1}.", section["title"], level=2))
            body += _maybe_bulk("appendix:" + section["code"], _text_blocks(appendix[section["code"]]), bulk)
    if bulk:
        body += [Paragraph(TEMPLATE_PARAGRAPH), Heading("", TEMPLATE_GROUP, level=3)]
    return body


def _maybe_bulk(key: str, blocks: list, bulk: dict | None) -> list:
    """The blocks, or a marker standing for them when there are many (see BULK_MIN_LINES)."""
    if bulk is not None and len(blocks) >= BULK_MIN_LINES:
        bulk[key] = blocks
        return [Paragraph(MARKER + key)]
    return blocks


def document_of(draft, build: dict, bulk: dict | None = None) -> ReportDocument:
    unit = draft.unit
    superior, issuing = heading_lines(unit)
    signature = Signature(clean(draft.signer_authority), clean(draft.signer_position), clean(draft.signer_name))
    return ReportDocument(
        superior_org=superior, issuing_body=issuing, doc_type=DOC_TYPE, number=draft.number, symbol=unit.symbol,
        place=name_parts(unit.area)["name"], date=draft.issued_on or timezone.localdate(), title_type=TITLE,
        subject=clean(draft.subject), signature=signature, body=body_of(draft, build, bulk),
        recipients=_lines(draft.recipients))


def docx_bytes(draft, build: dict) -> bytes:
    """The draft as a .docx, with the figures and completeness of `build`."""
    bulk: dict = {}
    data = render_report_docx(document_of(draft, build, bulk), layout_of(draft.unit))
    return _expand(data, bulk) if bulk else data


def _expand(data: bytes, bulk: dict) -> bytes:
    """Replace each section marker by clones of the template paragraphs, one per block; drop the templates."""
    document = Document(io.BytesIO(data))
    markers = {p.text: p._p for p in document.paragraphs if p.text.startswith(MARKER)}
    templates = {Paragraph: markers.pop(TEMPLATE_PARAGRAPH), Heading: markers.pop(TEMPLATE_GROUP)}
    for code, blocks in bulk.items():
        marker = markers[MARKER + code]
        for block in blocks:
            element = deepcopy(templates[type(block)])
            texts = element.findall(".//" + qn("w:t"))
            texts[0].text = block.text
            for extra in texts[1:]:
                extra.getparent().remove(extra)
            marker.addprevious(element)
        marker.getparent().remove(marker)
    for element in templates.values():
        element.getparent().remove(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(build: dict, indicators: list[dict], unit_rows: list[list], missing: list[dict]) -> bytes:
    """The roll-up table (sheet 1), each unit's approved values (sheet 2, `content.unit_values`) and the
    units that have not reported (sheet 3, `content.missing_rows`) as an .xlsx workbook."""
    title = f"Số liệu tổng hợp {lower_first(build['period']['label_vi'])} — {build['unit']['name']}"
    rows = [(n, r["name"], r["unit_of_measure"], r["value"], r.get("previous"), r.get("last_year"))
            for n, r in enumerate(build["rollup"], start=1)]
    data = render_table_xlsx(title, COMPARED_HEADER, rows, sheet_name="Tổng hợp")
    workbook = load_workbook(io.BytesIO(data))
    _unit_sheet(workbook, indicators, unit_rows)
    _missing_sheet(workbook, missing, several=build["completeness"]["several_periods"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _missing_sheet(workbook, rows: list[dict], *, several: bool) -> None:
    sheet = workbook.create_sheet(MISSING_SHEET)
    header = ["TT", "Tổ chức", "Loại tổ chức", "Địa bàn"] + (["Kỳ chưa gửi"] if several else []) + [
        "Hạn nộp", "Tình trạng"]
    widths = [6, 50, 30, 25] + ([40] if several else []) + [12, 14]
    for c, text in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=c, value=text)
        cell.font = Font(name=FONT_NAME, size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(c)].width = widths[c - 1]
    probe = sheet.cell(row=1, column=len(header) + 1)
    probe.font = Font(name=FONT_NAME, size=12)
    text_style = copy(probe._style)
    probe.number_format = FORMATS["date"]
    date_style = copy(probe._style)
    sheet.delete_cols(len(header) + 1)
    if not rows:
        sheet.cell(row=2, column=2, value="Tất cả các đơn vị đã gửi báo cáo.")._style = copy(text_style)
    for r, row in enumerate(rows, start=2):
        values = [r - 1, row["name"], row["kind"], row["area"]] + (["; ".join(row["periods"])] if several else []) + [
            row["deadline"], OVERDUE if row["overdue"] else NOT_DUE]
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell._style = copy(date_style if isinstance(value, date) else text_style)
    sheet.freeze_panes = "C2"


def _unit_sheet(workbook, indicators: list[dict], rows: list[list]) -> None:
    sheet = workbook.create_sheet("Từng đơn vị")
    header = ["TT", "Tổ chức"] + [f"{i['name']} ({i['unit_of_measure']})" for i in indicators]
    for c, text in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=c, value=text)
        cell.font = Font(name=FONT_NAME, size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # Styling each cell through openpyxl's descriptors costs ~0.1 ms; copying a styled cell's style is ~free.
    styles = {}
    for key, number_format in (("text", None), ("integer", FORMATS["integer"]), ("decimal", FORMATS["decimal"])):
        probe = sheet.cell(row=1, column=len(header) + 1)
        probe.font = Font(name=FONT_NAME, size=12)
        if number_format:
            probe.number_format = number_format
        styles[key] = copy(probe._style)
    sheet.delete_cols(len(header) + 1)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate([r - 1, row[0]], start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell._style = copy(styles["text"])
        for c, value in enumerate(row[1:], start=3):
            if value is None:
                continue
            number = int(value) if value == value.to_integral_value() else float(value)
            cell = sheet.cell(row=r, column=c, value=number)
            cell._style = copy(styles["integer" if isinstance(number, int) else "decimal"])
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 50
    for c in range(3, len(header) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 16
    sheet.freeze_panes = "C2"
