"""The synthesis documents: "Báo cáo tổng hợp ý kiến góp ý dự thảo …" (.docx, Party format, through
`documents`) and the full comment list (.xlsx). Both are rendered from selectors' fresh reads."""

from __future__ import annotations

from django.utils import timezone

from danvan.consultation import selectors
from danvan.consultation.models import Consultation
from danvan.core.text import format_number
from danvan.documents.docx import Heading, Paragraph, ReportDocument, Signature, render_report_docx
from danvan.documents.xlsx import render_table_xlsx
from danvan.org.bloc import name_parts
from danvan.reporting.synthesis.rendering import heading_lines, layout_of

STANCE_LABELS = {"agree": "tán thành", "disagree": "không tán thành", "other": "có ý kiến khác"}
EXPORT_HEADER = ["Mã ý kiến", "Phần dự thảo", "Góp ý trên phiên bản", "Ý kiến", "Nội dung", "Người góp ý",
                 "Nhóm người góp ý", "Địa bàn", "Liên hệ", "Kênh", "Đơn vị thu thập", "Ẩn danh khi công bố",
                 "Mã nhóm ý kiến", "Nhóm ý kiến", "Ý kiến tiêu biểu", "Trạng thái kiểm duyệt", "Ngày nhập"]


def _n(value: int) -> str:
    return format_number(value)


def synthesis_docx(user, consultation: Consultation) -> tuple[str, bytes]:
    data = selectors.synthesis(user, consultation)
    totals = data["totals"]
    names = data["commenter_group_names"]
    body: list = [
        Paragraph(f"Thực hiện việc lấy ý kiến góp ý vào dự thảo “{consultation.title}”, từ ngày "
                  f"{consultation.opens_on:%d/%m/%Y} đến ngày {consultation.closes_on:%d/%m/%Y}, đã nhận được "
                  f"{_n(totals['comments'])} ý kiến của {_n(totals['units'])} cơ quan, đơn vị, trong đó "
                  f"{_n(totals['stance_counts']['agree'])} ý kiến tán thành, "
                  f"{_n(totals['stance_counts']['disagree'])} ý kiến không tán thành và "
                  f"{_n(totals['stance_counts']['other'])} ý kiến khác. Kết quả tổng hợp như sau:"),
    ]
    number = 0
    for piece in data["pieces"]:
        if not piece["count"] and not piece["proposal"]:
            continue
        number += 1
        body.append(Heading(f"{number}.", f"{piece['code']}{' — ' + piece['title'] if piece['title'] else ''}",
                            level=2))
        stances = ", ".join(f"{_n(n)} ý kiến {STANCE_LABELS[s]}" for s, n in piece["stance_counts"].items() if n)
        body.append(Paragraph(f"Có {_n(piece['count'])} ý kiến ({stances})."))
        if piece["commenter_groups"]:
            body.append(Paragraph("Theo thành phần: " + "; ".join(
                f"{names.get(code, code)}: {_n(n)}" for code, n in piece["commenter_groups"].items()) + "."))
        for group in piece["groups"]:
            body.append(Paragraph(f"- {_n(group['size'])} ý kiến: {group['label']}"))
        for note in piece["notable"]:
            who = ", ".join(filter(None, [note["commenter"], note["group"], note["area"]]))
            body.append(Paragraph(f"Ý kiến tiêu biểu ({who}): “{note['text']}”"))
        if piece["proposal"]:
            body.append(Paragraph(f"Đề xuất: {piece['proposal']}"))
    unit = consultation.unit
    superior, issuing = heading_lines(unit)
    doc = ReportDocument(
        superior_org=superior, issuing_body=issuing, doc_type="BC", number=None, symbol=unit.symbol,
        place=name_parts(unit.area)["name"], date=timezone.localdate(), title_type="BÁO CÁO",
        subject=f"Tổng hợp ý kiến góp ý dự thảo {consultation.title}",
        signature=Signature("", "", ""), body=body, recipients=["Lưu"])
    return f"bao-cao-tong-hop-gop-y-{consultation.pk}.docx", render_report_docx(doc, layout_of(unit))


def comments_xlsx(user, consultation: Consultation) -> tuple[str, bytes]:
    rows = selectors.export_rows(user, consultation)
    content = render_table_xlsx(f"Danh sách ý kiến góp ý dự thảo {consultation.title}", EXPORT_HEADER, rows,
                                sheet_name="Ý kiến")
    return f"y-kien-gop-y-{consultation.pk}.xlsx", content
