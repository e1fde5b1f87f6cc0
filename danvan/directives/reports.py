"""The review report of a period's key tasks, in the Party layout, through `documents`."""

from datetime import date

from django.utils import timezone

from danvan.core.text import format_date
from danvan.directives.choices import TaskStatus
from danvan.documents.docx import Heading, Paragraph, ReportDocument, Signature, Table, render_report_docx
from danvan.org.bloc import name_parts
from danvan.reporting.synthesis.rendering import heading_lines, layout_of


def review_docx(unit, period, rows, today: date | None = None) -> bytes:
    """Each task of the period with its latest progress (status, percent, last note), then the counts."""
    rows = list(rows)
    counts = {s: sum(1 for r in rows if r.progress.shown == s) for s in TaskStatus.values}
    table = []
    for i, r in enumerate(rows, start=1):
        t = r.task
        notes = [p.note for p in t.progress_reports.all() if p.note]
        table.append([i, t.title, ", ".join(u.name for u in t.lead_units.all()), format_date(t.deadline),
                      str(TaskStatus(r.progress.shown).label), f"{r.progress.percent}%", notes[-1] if notes else ""])
    body: list[Heading | Paragraph | Table] = [
        Heading("I-", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM"),
        Paragraph(f"Trong {period.label_vi.lower()}, {unit.name} triển khai {len(rows)} nhiệm vụ trọng tâm: "
                  f"{counts[TaskStatus.DONE]} nhiệm vụ hoàn thành, {counts[TaskStatus.IN_PROGRESS]} nhiệm vụ đang "
                  f"thực hiện, {counts[TaskStatus.NOT_STARTED]} nhiệm vụ chưa triển khai, "
                  f"{counts[TaskStatus.LATE]} nhiệm vụ chậm tiến độ."),
        Table(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Tỷ lệ", "Ghi chú"], table)
        if table else Paragraph("Trong kỳ chưa có nhiệm vụ trọng tâm."),
        Heading("II-", "NHIỆM VỤ THỜI GIAN TỚI"),
        Paragraph("Tập trung hoàn thành các nhiệm vụ chậm tiến độ và đang thực hiện; tiếp tục theo dõi, đôn đốc "
                  "các đơn vị chủ trì báo cáo tiến độ."),
    ]
    doc = ReportDocument(superior_org=heading_lines(unit)[0], issuing_body=heading_lines(unit)[1], doc_type="BC",
                         number=None, symbol=unit.symbol, place=name_parts(unit.area)["name"],
                         date=today or timezone.localdate(), title_type="BÁO CÁO",
                         subject=f"Sơ kết, đánh giá kết quả thực hiện nhiệm vụ trọng tâm {period.label_vi.lower()}",
                         signature=Signature("", "", ""), body=body, recipients=["Lưu"])
    return render_report_docx(doc, layout_of(unit))
