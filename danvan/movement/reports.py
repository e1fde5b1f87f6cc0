"""The movement's documents: the statistics as .xlsx, the filtered list as .xlsx, and the Party-format .docx
"Báo cáo kết quả thực hiện phong trào thi đua Dân vận khéo" — every one through `documents`.

Figures come from movement.selectors; this module only lays them out.
"""

from datetime import date

from django.utils import timezone

from danvan.core.text import format_date
from danvan.documents.docx import Heading, Paragraph, ReportDocument, Signature, Table, render_report_docx
from danvan.documents.xlsx import render_table_xlsx
from danvan.movement.choices import Kind, Level, Status
from danvan.org.bloc import name_parts
from danvan.reporting.synthesis.rendering import heading_lines, layout_of

TITLE = "Báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo”"
FIGURES = [("total", "Tổng số mô hình, điển hình (cuối kỳ)"), ("new", "Đăng ký mới trong kỳ"),
           ("effective", "Được đánh giá hiệu quả trong kỳ"), ("recognised", "Được khen thưởng, công nhận trong kỳ"),
           ("replicated", "Nhân rộng trong kỳ")]


def figure_rows(figures: dict, field_names: dict[str, str], kind_names: dict[str, str]) -> list[list]:
    """The statistics as (section, item, number) rows, in the order the report reads them."""
    rows = [["Tổng hợp", label, figures[key]] for key, label in FIGURES]
    rows += [["Theo lĩnh vực", field_names.get(code, code), n] for code, n in figures["by_field"].items()]
    rows += [["Khen thưởng theo cấp", str(Level(level).label), n] for level, n in figures["by_level"].items()]
    rows += [["Theo tổ chức đăng ký", kind_names.get(code, code), n]
             for code, n in sorted(figures["by_organisation_kind"].items())]
    return rows


def stats_xlsx(title: str, figures: dict, field_names: dict, kind_names: dict, breakdown: list[dict]) -> bytes:
    rows = figure_rows(figures, field_names, kind_names)
    rows += [["Theo địa bàn (tổng số / mới)", b["area"].name, f"{b['total']} / {b['new']}"] for b in breakdown]
    return render_table_xlsx(title, ["Nhóm", "Chỉ tiêu", "Số lượng"], rows, sheet_name="Thống kê")


def list_xlsx(models) -> bytes:
    """The filtered list, one model per row."""
    header = ["STT", "Tên mô hình, điển hình", "Loại", "Lĩnh vực", "Đơn vị đăng ký", "Địa bàn", "Ngày đăng ký",
              "Trạng thái", "Ngày triển khai", "Nhân rộng từ"]
    rows = [[i, m.name, str(Kind(m.kind).label), m.field.name, m.unit.name, ", ".join(a.name for a in m.areas.all()),
             m.registered_on, str(Status(m.status).label), m.launched_on, m.origin.name if m.origin_id else ""]
            for i, m in enumerate(models, start=1)]
    return render_table_xlsx("Danh sách mô hình, điển hình “Dân vận khéo”", header, rows, sheet_name="Danh sách")


def report_docx(unit, period, figures: dict, field_names: dict, recognitions, outstanding,
                today: date | None = None) -> bytes:
    """The period's report of `unit`, in the Party layout (or the state layout for a state body)."""
    superior, issuing = heading_lines(unit)
    n = figures
    body = [
        Heading("I-", "KẾT QUẢ THỰC HIỆN"),
        Heading("1.", "Số lượng mô hình, điển hình", level=2),
        Paragraph(f"Trong {period.label_vi.lower()} "
                  f"(từ {format_date(period.start)} đến {format_date(period.end)}), toàn đơn vị có {n['new']} mô hình, "
                  f"điển hình đăng ký mới, nâng tổng số đến cuối kỳ lên {n['total']} mô hình, điển hình; "
                  f"{n['effective']} mô hình được đánh giá hiệu quả; {n['recognised']} mô hình, điển hình được khen "
                  f"thưởng, công nhận; {n['replicated']} mô hình được nhân rộng."),
        Table(["Lĩnh vực", "Số mô hình"], [[field_names.get(c, c), v] for c, v in n["by_field"].items()],
              total=["Tổng số", n["total"]]),
        Heading("2.", "Khen thưởng, công nhận", level=2),
    ]
    recognitions = list(recognitions)
    if recognitions:
        body.append(Table(["STT", "Mô hình, điển hình", "Đơn vị", "Hình thức", "Quyết định", "Cấp"],
                          [[i, r.model.name, r.model.unit.name, r.form,
                            f"{r.decision_number} ngày {format_date(r.decision_date)} của {r.issuer}",
                            str(Level(r.level).label)] for i, r in enumerate(recognitions, start=1)]))
    else:
        body.append(Paragraph("Trong kỳ chưa có mô hình, điển hình được khen thưởng, công nhận."))
    body.append(Heading("3.", "Một số mô hình tiêu biểu", level=2))
    for m in outstanding:
        description = " ".join(filter(None, [m.content or m.goals, m.outputs]))
        body.append(Paragraph(f"- {m.name} ({m.unit.name}, lĩnh vực {m.field.name}): {description or 'đạt hiệu quả.'}"))
    if not outstanding:
        body.append(Paragraph("Chưa có mô hình được đánh giá hiệu quả trong kỳ."))
    body += [Heading("II-", "PHƯƠNG HƯỚNG THỜI GIAN TỚI"),
             Paragraph("Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”; theo dõi, đánh giá, nhân rộng các "
                       "mô hình hiệu quả.")]
    doc = ReportDocument(superior_org=superior, issuing_body=issuing, doc_type="BC", number=None, symbol=unit.symbol,
                         place=name_parts(unit.area)["name"], date=today or timezone.localdate(),
                         title_type="BÁO CÁO", subject=f"Kết quả thực hiện phong trào thi đua “Dân vận khéo” "
                                                       f"{period.code}",
                         signature=Signature("", "", ""), body=body, recipients=["Lưu"])
    return render_report_docx(doc, layout_of(unit))
