"""The synthesis says what the province did (issue 13 item 8): common points stated once with the number of
units that reported them, notable results with their unit, figures compared with the previous period and the
same period last year, the full excerpts in an appendix."""

import io

import pytest
from docx import Document

from danvan.org.models import Unit
from danvan.reporting import services, synthesis
from danvan.reporting.periods import parse_period

pytestmark = pytest.mark.django_db


def report(form, unit, period, *, values=None, sections=None):
    s = services.create_submission(None, form=form, unit=unit, period=period, values=values or {},
                                   sections=sections or {})
    services.submit_submission(None, s)
    services.approve_submission(None, s)
    return s


def communes(world, n):
    return list(Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy").order_by("area__code")[:n])


def kq_of(build):
    return next(s for s in build["sections"] if s["code"] == "KQ")


def test_a_point_many_units_reported_is_stated_once_with_their_number(world, form):
    units = communes(world, 4)
    for word, unit in zip(("chuyên đề", "sơ bộ", "mở rộng"), units[:3], strict=True):
        report(form, unit, "2026-03", sections={"KQ": f"Đảng ủy đã tổ chức hội nghị {word} quán triệt nghị quyết."})
    report(form, units[3], "2026-03", sections={"KQ": "Thăm hỏi các gia đình chính sách."})

    build = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03"))
    text = synthesis.draft_text(build)["KQ"]

    lines = [line for line in text.splitlines() if "hội nghị" in line]
    assert len(lines) == 1 and lines[0].startswith("– 3/4 đơn vị đã tổ chức hội nghị")
    assert f"– {units[3].name}: Thăm hỏi các gia đình chính sách." in text.splitlines()
    assert "Những điểm chung:" in text and "(Trích báo cáo của 4 đơn vị ở Phụ lục.)" in text
    point = kq_of(build)["summary"]["points"][0]
    assert (point["count"], point["total"]) == (3, 4)


def test_notable_results_are_the_sentences_with_figures_each_with_its_unit(world, form):
    a, b = communes(world, 2)
    report(form, a, "2026-03", sections={"KQ": "Tình hình ổn định. Đã trao tặng 120 suất quà cho hộ nghèo. Họp định kỳ."})
    report(form, b, "2026-03", sections={"KQ": "Không có gì nổi bật trong tháng."})

    text = synthesis.draft_text(synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03")))["KQ"]

    assert f"– {a.name}: Đã trao tặng 120 suất quà cho hộ nghèo." in text.splitlines()
    assert "Tình hình ổn định" not in text and "Không có gì nổi bật" not in text


def test_figures_are_compared_with_the_previous_period_and_the_same_period_last_year(world, form, client):
    unit = world.a.commune_party
    report(form, unit, "2025-03", values={"QUA_SL": 50})
    report(form, unit, "2026-02", values={"QUA_SL": 100})
    report(form, unit, "2026-03", values={"QUA_SL": 150}, sections={"KQ": "Đã tặng quà."})

    build = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03"))
    row = next(r for r in build["rollup"] if r["code"] == "QUA_SL")
    assert (row["value"], row["previous"], row["last_year"]) == (150, 100, 50)
    assert synthesis.summary.change_text(row["change_previous"]) == "tăng 50 (+50,0%)"
    assert synthesis.summary.change_text(row["change_last_year"]) == "tăng 100 (+200,0%)"

    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    document = Document(io.BytesIO(synthesis.render_docx(draft)))
    figures = document.tables[1]
    assert [c.text for c in figures.rows[0].cells][3:] == ["Kỳ này", "Kỳ trước", "Cùng kỳ năm trước"]
    qua = next(r for r in figures.rows[1:] if r.cells[1].text == "Số suất quà tặng")
    assert [c.text for c in qua.cells][3:] == ["150", "100", "50"]
    body = [p.text for p in document.paragraphs]
    assert any(t.startswith("So với kỳ trước: Số suất quà tặng tăng 50 (+50,0%)") for t in body)
    assert any(t.startswith("So với cùng kỳ năm trước: Số suất quà tặng tăng 100 (+200,0%)") for t in body)


def test_the_full_excerpts_are_in_an_appendix_after_the_sections(world, form):
    a = world.a.commune_party
    report(form, a, "2026-03", sections={"KQ": "Câu mở đầu. Câu sau chỉ ở phụ lục."})
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    body = [p.text for p in Document(io.BytesIO(synthesis.render_docx(draft))).paragraphs]
    appendix = body.index("PHỤ LỤC: TRÍCH BÁO CÁO CỦA CÁC ĐƠN VỊ")
    assert body.index("II- KẾT QUẢ THỰC HIỆN") < appendix
    assert [n for n, t in enumerate(body) if "Câu sau chỉ ở phụ lục" in t] == [
        body.index(f"– {a.name}: Câu mở đầu. Câu sau chỉ ở phụ lục.")]
    assert body.index(f"– {a.name}: Câu mở đầu. Câu sau chỉ ở phụ lục.") > appendix


def test_a_province_of_long_reports_is_summarised_not_pasted_up(world, form):
    units = communes(world, 30)
    paragraph = ("Đảng ủy tổ chức hội nghị quán triệt nghị quyết, tuyên truyền đến {n} hội viên. "
                 "Tổ chức đối thoại với Nhân dân về giải phóng mặt bằng. Vận động {n} hộ hiến đất làm đường. "
                 "Nắm tình hình tâm tư, nguyện vọng của Nhân dân. Công tác dân vận chính quyền có chuyển biến.")
    for n, unit in enumerate(units, start=1):
        report(form, unit, "2026-03", sections={"KQ": paragraph.format(n=n)})

    build = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03"))
    summary, appendix = synthesis.draft_text(build)["KQ"], synthesis.appendix_text(build)["KQ"]

    assert len(summary) * 5 < len(appendix)
    assert "– 30/30 đơn vị đã tổ chức hội nghị, hội thảo, tọa đàm (như " in summary
    assert "30/30 đơn vị có nội dung về giải phóng mặt bằng" in summary
    assert len(summary.splitlines()) <= 3 + synthesis.summary.MAX_POINTS + synthesis.summary.MAX_RESULTS
