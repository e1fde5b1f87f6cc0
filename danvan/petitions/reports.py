"""The petitions' documents: the statistics and the list as .xlsx, and the Party-format .docx "Báo cáo kết quả
công tác tiếp công dân, tiếp nhận và giám sát giải quyết đơn thư" — every one through `documents`.

Figures come from petitions.selectors; this module only lays them out. A denouncer's identity is never
written into a document.
"""

from datetime import date

from django.utils import timezone

from danvan.core.text import format_date
from danvan.documents.docx import Heading, Paragraph, ReportDocument, Signature, Table, render_report_docx
from danvan.documents.xlsx import render_table_xlsx
from danvan.org.bloc import name_parts
from danvan.petitions import rules
from danvan.petitions.choices import Channel, Kind, Status
from danvan.petitions.selectors import WITHHELD
from danvan.reporting.synthesis.rendering import heading_lines, layout_of

TITLE = "Báo cáo kết quả công tác tiếp công dân, tiếp nhận và giám sát giải quyết đơn thư"
FIGURES = [("received", "Đơn tiếp nhận trong kỳ"), ("accepted", "Đơn thụ lý"), ("rejected", "Đơn không thụ lý"),
           ("forwarded", "Đơn chuyển cơ quan có thẩm quyền"), ("answered", "Đơn đã trả lời, giải quyết"),
           ("answered_on_time", "Giải quyết đúng hạn"), ("answered_late", "Giải quyết quá hạn"),
           ("overdue", "Đơn đang quá hạn (hiện nay)")]


def _label(choices, code: str) -> str:
    try:
        return str(choices(code).label)
    except ValueError:
        return code or "(chưa phân loại)"


def figure_rows(figures: dict, topics: dict[str, str]) -> list[list]:
    rows = [["Tổng hợp", label, figures[key]] for key, label in FIGURES]
    average = figures["average_days"]
    rows.append(["Tổng hợp", "Số ngày giải quyết bình quân", "" if average is None else str(average).replace(".", ",")])
    rows += [["Theo loại đơn", _label(Kind, c), n] for c, n in figures["by_kind"].items()]
    rows += [["Theo nguồn đơn", _label(Channel, c), n] for c, n in figures["by_channel"].items()]
    rows += [["Theo chủ đề", topics.get(c, c) or "(chưa phân loại)", n] for c, n in figures["by_topic"].items()]
    return rows


def chart_data(figures: dict, topics: dict[str, str]) -> dict:
    return {"by_kind": [{"name": _label(Kind, c), "value": n} for c, n in figures["by_kind"].items()],
            "by_channel": [{"name": _label(Channel, c), "value": n} for c, n in figures["by_channel"].items()],
            "by_topic": [{"name": topics.get(c, c) or "(chưa phân loại)", "value": n}
                         for c, n in figures["by_topic"].items()],
            "timeliness": [{"name": "Đúng hạn", "value": figures["answered_on_time"]},
                           {"name": "Quá hạn", "value": figures["answered_late"]}]}


def stats_xlsx(title: str, figures: dict, topics: dict[str, str]) -> bytes:
    return render_table_xlsx(title, ["Nhóm", "Chỉ tiêu", "Số lượng"], figure_rows(figures, topics),
                             sheet_name="Thống kê")


def list_xlsx(petitions) -> bytes:
    """The filtered list, one petition per row; a denouncer's name is withheld, no contact is ever exported."""
    header = ["STT", "Mã", "Loại đơn", "Người đứng đơn", "Trích yếu", "Đơn vị xử lý", "Địa bàn", "Ngày nhận",
              "Hạn thụ lý", "Hạn giải quyết", "Trạng thái", "Ngày trả lời", "Quá hạn"]
    rows = []
    for i, p in enumerate(petitions, start=1):
        names = WITHHELD if rules.is_confidential(p) else ", ".join(x.name for x in p.petitioners.all())
        rows.append([i, p.code, _label(Kind, p.kind), names, p.subject, p.unit.name, p.area.name, p.received_on,
                     p.acceptance_due, p.resolution_due, _label(Status, p.status), p.answered_on,
                     "Có" if p.answered_late or (p.due_on and p.due_on < timezone.localdate()) else ""])
    return render_table_xlsx("Danh sách đơn thư", header, rows, sheet_name="Danh sách")


def report_docx(unit, period, figures: dict, topics: dict[str, str], sessions, today: date | None = None) -> bytes:
    """The period's report of `unit`, in the Party layout (or the state layout for a state body)."""
    superior, issuing = heading_lines(unit)
    n = figures
    citizens = sum(s.citizens_count for s in sessions)
    average = "" if n["average_days"] is None else f"; thời gian giải quyết bình quân {n['average_days']} ngày"
    body = [
        Heading("I-", "KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN"),
        Paragraph(f"Trong {period.label_vi.lower()} (từ {format_date(period.start)} đến {format_date(period.end)}), "
                  f"đã tổ chức {len(sessions)} buổi tiếp công dân, tiếp {citizens} lượt công dân."),
        Heading("II-", "TIẾP NHẬN, PHÂN LOẠI VÀ XỬ LÝ ĐƠN THƯ"),
        Paragraph(f"Tiếp nhận {n['received']} đơn; thụ lý {n['accepted']} đơn; không thụ lý {n['rejected']} đơn; "
                  f"chuyển cơ quan có thẩm quyền {n['forwarded']} đơn."),
        Table(["Loại đơn", "Số đơn"], [[_label(Kind, c), v] for c, v in n["by_kind"].items()],
              total=["Tổng số", n["received"]]),
        Heading("III-", "KẾT QUẢ GIẢI QUYẾT VÀ GIÁM SÁT GIẢI QUYẾT"),
        Paragraph(f"Đã trả lời, giải quyết {n['answered']} đơn, trong đó đúng hạn {n['answered_on_time']} đơn, "
                  f"quá hạn {n['answered_late']} đơn{average}. Hiện còn {n['overdue']} đơn quá hạn chưa giải quyết."),
        Heading("IV-", "PHƯƠNG HƯỚNG THỜI GIAN TỚI"),
        Paragraph("Tiếp tục thực hiện nghiêm việc tiếp công dân định kỳ của người đứng đầu cấp ủy; theo dõi, đôn đốc "
                  "giải quyết đơn thư đúng thời hạn; giám sát việc giải quyết các đơn đã chuyển."),
    ]
    doc = ReportDocument(superior_org=superior, issuing_body=issuing, doc_type="BC", number=None, symbol=unit.symbol,
                         place=name_parts(unit.area)["name"], date=today or timezone.localdate(),
                         title_type="BÁO CÁO", subject=f"Kết quả công tác tiếp công dân, tiếp nhận và giám sát giải "
                                                       f"quyết đơn thư {period.code}",
                         signature=Signature("", "", ""), body=body, recipients=["Lưu"])
    return render_report_docx(doc, layout_of(unit))
