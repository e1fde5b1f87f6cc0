"""The synthesised report: built from approved reports below, edited as a draft, rendered as .docx and .xlsx."""

import io
from datetime import date, timedelta
from urllib.parse import quote

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from docx import Document
from openpyxl import load_workbook

from danvan.core.audit import ConflictError
from danvan.core.models import AuditEvent
from danvan.org.models import Unit
from danvan.reporting import services, synthesis
from danvan.reporting.models import ReportForm, SynthesisDraft
from danvan.reporting.periods import parse_period
from danvan.testing.browser import browser_page  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def report(form, unit, period, *, values=None, sections=None, approve=True):
    s = services.create_submission(None, form=form, unit=unit, period=period, values=values or {},
                                   sections=sections or {})
    services.submit_submission(None, s)
    if approve:
        services.approve_submission(None, s)
    return s


def province_unit(world, kind_code):
    return Unit.objects.get(area=world.a.province, kind__code=kind_code)


def other_commune_party(world):
    return (Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy").exclude(pk=world.a.commune_party.pk)
            .order_by("area__code").first())


def test_excerpts_come_only_from_approved_reports_strictly_below_grouped_by_kind(world, form):
    party, front = world.a.commune_party, world.a.commune_front
    province_front = province_unit(world, "mttq")
    report(form, party, "2026-03", sections={"KQ": "Đảng ủy tặng 120 suất quà.", "TT": "Nhân dân phấn khởi."})
    report(form, front, "2026-03", sections={"KQ": "Mặt trận vận động\n\nủng hộ quỹ."})
    report(form, province_front, "2026-03", sections={"KQ": "MTTQ tỉnh tổ chức hội nghị."})
    report(form, other_commune_party(world), "2026-03", sections={"KQ": "Chưa duyệt, không được trích."},
           approve=False)
    report(form, world.a.btgdv, "2026-03", sections={"KQ": "Báo cáo của chính Ban, không trích."})
    report(form, world.b.commune_party, "2026-03", sections={"KQ": "Tỉnh khác, không trích."})

    build = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03"))

    kq = next(s for s in build["sections"] if s["code"] == "KQ")
    assert [g["title"] for g in kq["groups"]] == [
        "Đảng ủy các xã, phường", "Các cơ quan, tổ chức cấp tỉnh", "Ủy ban MTTQ Việt Nam các xã, phường"]
    assert [(e["unit_id"], e["text"]) for e in kq["excerpts"]] == [
        (party.pk, "Đảng ủy tặng 120 suất quà."), (province_front.pk, "MTTQ tỉnh tổ chức hội nghị."),
        (front.pk, "Mặt trận vận động ủng hộ quỹ.")]
    assert build["period"] == {"code": "2026-03", "label_vi": "Tháng 3 năm 2026"}
    text = synthesis.appendix_text(build)["KQ"]
    assert text.splitlines()[:2] == ["Đảng ủy các xã, phường:", f"– {party.name}: Đảng ủy tặng 120 suất quà."]
    assert "không trích" not in text and "Chưa duyệt" not in text
    summary = synthesis.draft_text(build)["KQ"]
    assert f"– {party.name}: Đảng ủy tặng 120 suất quà." in summary.splitlines()
    assert "không trích" not in summary and "Chưa duyệt" not in summary


def test_a_quarter_takes_each_month_and_labels_the_excerpts(world, form):
    party = world.a.commune_party
    report(form, party, "2026-01", values={"QUA_SL": 100}, sections={"KQ": "Tháng một."})
    report(form, party, "2026-02", values={"QUA_SL": 1234}, sections={"KQ": "Tháng hai."})
    build = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-Q1"))
    kq = next(s for s in build["sections"] if s["code"] == "KQ")
    assert [e["period_label"] for e in kq["excerpts"]] == ["Tháng 1 năm 2026", "Tháng 2 năm 2026"]
    assert f"– {party.name} (tháng 2 năm 2026): Tháng hai." in synthesis.appendix_text(build)["KQ"]
    qua = next(r for r in build["rollup"] if r["code"] == "QUA_SL")
    assert (qua["value"], qua["unit_of_measure"]) == (1334, "suất")
    assert build["completeness"]["several_periods"] and len(build["completeness"]["periods"]) == 3


def test_completeness_counts_expected_units_and_names_the_missing(world, form):
    report(form, world.a.commune_party, "2026-03")
    c = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03"))["completeness"]
    assert c["expected"] == 129 * 7 + 6 and c["submitted"] == 1 and c["approved"] == 1
    assert len(c["missing_units"]) == c["expected"] - 1 and c["missing_units"][0]["name"]
    assert synthesis.completeness_sentence(c).startswith(f"Có 1/{c['expected']} đơn vị gửi báo cáo")


def test_build_takes_a_bounded_number_of_queries(world, form, django_assert_max_num_queries):
    communes = list(Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy")[:12])
    for unit in communes:
        report(form, unit, "2026-03", values={"QUA_SL": 1}, sections={"KQ": "Kết quả.", "TT": "Ổn định."})
    btgdv = Unit.objects.select_related("kind", "area").get(pk=world.a.btgdv.pk)
    with django_assert_max_num_queries(14):  # 12 + the previous period's and last year's roll-up
        build = synthesis.build_synthesis(form, btgdv, parse_period("2026-03"))
    assert len(build["sections"][0]["excerpts"]) == 12
    with django_assert_max_num_queries(14 + 3 * 3):  # a quarter: completeness per month
        synthesis.build_synthesis(form, btgdv, parse_period("2026-Q1"))


def test_reviewer_drafts_edits_and_a_stale_edit_is_refused(world, form):
    report(form, world.a.commune_party, "2026-03", sections={"KQ": "Đã tặng quà."})
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    assert draft.subject == "Kết quả công tác dân vận tháng 3 năm 2026"
    assert "Đã tặng quà." in draft.sections["KQ"] and draft.version == 1
    services.update_draft(world.a.reviewer, draft, version=1, number=12, sections={"KQ": "Bản đã sửa."},
                          signer_name="Nguyễn Văn A")
    draft.refresh_from_db()
    assert (draft.number, draft.sections["KQ"], draft.signer_name, draft.version) == (12, "Bản đã sửa.",
                                                                                       "Nguyễn Văn A", 2)
    with pytest.raises(ConflictError):
        services.update_draft(world.a.reviewer, draft, version=1, number=13)
    # Refreshing re-drafts the sections and keeps the rest.
    services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03", version=2)
    draft.refresh_from_db()
    assert "Đã tặng quà." in draft.sections["KQ"] and draft.number == 12 and draft.version == 3
    actions = list(AuditEvent.objects.filter(object_type="reporting.synthesisdraft", object_id=str(draft.pk))
                   .order_by("id").values_list("action", flat=True))
    assert actions == ["reporting.synthesis.create", "reporting.synthesis.update", "reporting.synthesis.refresh"]


@pytest.mark.parametrize(("fields", "message"), [
    ({"number": "mười hai"}, "không phải là số nguyên"),
    ({"sections": {"XX": "…"}}, "Phần “XX” không có trong biểu mẫu."),
    ({"subject": "  "}, "Vui lòng nhập trích yếu."),
    ({"issued_on": "31/02/2026"}, "Ngày ban hành"),
    ({"colour": "đỏ"}, "Không sửa được trường: colour."),
])
def test_bad_edits_are_refused_and_nothing_is_written(world, form, fields, message):
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    with pytest.raises(ValidationError) as err:
        services.update_draft(world.a.reviewer, draft, version=1, intro="Đổi", **fields)
    assert message in " ".join(err.value.messages)
    draft.refresh_from_db()
    assert draft.version == 1 and draft.intro != "Đổi"


def test_only_staff_with_rights_over_the_unit_itself_compile_it(world, form):
    with pytest.raises(PermissionDenied):
        services.create_or_refresh_draft(world.a.reporter, form=form, unit=world.a.btgdv, period="2026-03")
    with pytest.raises(PermissionDenied):
        services.create_or_refresh_draft(world.b.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    # A commune reporter compiles for their own Đảng ủy (its bodies report to it).
    services.create_or_refresh_draft(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    with pytest.raises(ValidationError, match="không hợp lệ"):
        services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-13")


def _texts(container) -> list[str]:
    return [p.text for p in container.paragraphs]


def test_docx_in_the_party_layout(world, form):
    report(form, world.a.commune_party, "2026-03", values={"QUA_SL": 1234, "GAO_TAN": "1,5"},
           sections={"KQ": "Đã tặng quà."})
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    services.update_draft(world.a.reviewer, draft, version=1, number=12, issued_on=date(2026, 3, 20),
                          signer_authority="K/T TRƯỞNG BAN", signer_position="PHÓ TRƯỞNG BAN",
                          signer_name="Nguyễn Văn A")
    draft.refresh_from_db()
    document = Document(io.BytesIO(synthesis.render_docx(draft)))
    header = document.tables[0]
    left = _texts(header.cell(0, 0)) + _texts(header.cell(1, 0))
    right = _texts(header.cell(0, 1)) + _texts(header.cell(1, 1))
    assert left == ["TỈNH ỦY NINH BÌNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "Số 12-BC/BTGDVTU"]
    assert right == ["ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Bình, ngày 20 tháng 3 năm 2026"]
    body = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in body and "Kết quả công tác dân vận tháng 3 năm 2026" in body
    assert any(t.startswith("Có 1/909 đơn vị gửi báo cáo") for t in body)
    assert "II- KẾT QUẢ THỰC HIỆN" in body and f"– {world.a.commune_party.name}: Đã tặng quà." in body
    figures = document.tables[1]
    values = {row.cells[1].text: row.cells[3].text for row in figures.rows[1:]}
    assert values["Số suất quà tặng"] == "1.234" and values["Gạo hỗ trợ"] == "1,5"
    closing = document.tables[-1]
    assert _texts(closing.cell(0, 1))[:2] == ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
    assert _texts(closing.cell(0, 0))[0] == "Nơi nhận:"
    section = document.sections[0]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(m.mm) for m in margins] == [20, 20, 30, 15]
    fonts = {r.font.name for p in document.paragraphs for r in p.runs}
    assert fonts == {"Times New Roman"}


def test_docx_of_a_state_body_uses_the_state_layout(world, form):
    ubnd = Unit.objects.select_related("kind", "area__parent").get(area=world.a.commune, kind__code="ubnd")
    period = parse_period("2026-03")
    draft = synthesis.unsaved_draft(form, ubnd, period, synthesis.build_synthesis(form, ubnd, period))
    draft.number = 3
    document = Document(io.BytesIO(synthesis.render_docx(draft)))
    header = document.tables[0]
    assert _texts(header.cell(0, 1)) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert _texts(header.cell(0, 0))[0] == ubnd.name.upper()
    assert _texts(header.cell(1, 0)) == ["Số: 03/BC-UBND"]


def test_xlsx_holds_the_rollup_and_each_units_values(world, form):
    report(form, world.a.commune_party, "2026-03", values={"QUA_SL": 100, "GAO_TAN": "1,5"})
    report(form, world.a.commune_front, "2026-03", values={"QUA_SL": 20})
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    workbook = load_workbook(io.BytesIO(synthesis.render_xlsx(draft)))
    figures, per_unit = workbook.worksheets[:2]
    rows = {r[1]: r[3] for r in figures.iter_rows(min_row=3, values_only=True)}
    assert rows["Số suất quà tặng"] == 120 and rows["Gạo hỗ trợ"] == 1.5
    units = {r[1]: r[2] for r in per_unit.iter_rows(min_row=2, values_only=True)}
    assert units == {world.a.commune_party.name: 100, world.a.commune_front.name: 20}


def _data_rows(sheet) -> list[tuple]:
    return [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(v is not None for v in r)]


def test_xlsx_lists_the_units_that_have_not_reported_as_the_docx_says(world, form, client):
    from danvan.reporting.deadlines import deadline_for

    report(form, world.a.commune_party, "2026-03")
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    body = [p.text for p in Document(io.BytesIO(synthesis.render_docx(draft))).paragraphs]
    missing = synthesis.build_synthesis(form, world.a.btgdv, parse_period("2026-03"))["completeness"]["missing_units"]
    assert len(missing) == 908
    assert (f"Còn 908 đơn vị chưa gửi báo cáo (danh sách ở trang “{synthesis.MISSING_SHEET}” của tệp số "
            "liệu .xlsx).") in body

    deadline = deadline_for(form, parse_period("2026-03"))
    workbook = load_workbook(io.BytesIO(synthesis.render_xlsx(draft, today=deadline + timedelta(days=1))))
    assert workbook.sheetnames == ["Tổng hợp", "Từng đơn vị", "Đơn vị chưa gửi báo cáo"]
    sheet = workbook["Đơn vị chưa gửi báo cáo"]
    assert [c.value for c in sheet[1]] == ["TT", "Tổ chức", "Loại tổ chức", "Địa bàn", "Hạn nộp", "Tình trạng"]
    rows = _data_rows(sheet)
    assert len(rows) == 908 and {r[1] for r in rows} == {u["name"] for u in missing}
    assert [r[0] for r in rows] == list(range(1, 909)) and world.a.commune_party.name not in {r[1] for r in rows}
    front = next(r for r in rows if r[1] == world.a.commune_front.name)
    assert front[2:4] == ("Ủy ban MTTQ Việt Nam", "Phường Phủ Lý") and front[4].date() == deadline
    assert {r[5] for r in rows} == {"Quá hạn"}

    not_due = load_workbook(io.BytesIO(synthesis.render_xlsx(draft, today=deadline)))
    assert {r[5] for r in _data_rows(not_due["Đơn vị chưa gửi báo cáo"])} == {"Chưa đến hạn"}

    client.force_login(world.a.reviewer)
    download = client.get(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/tai-ve.xlsx")
    assert len(_data_rows(load_workbook(io.BytesIO(download.content))["Đơn vị chưa gửi báo cáo"])) == 908


def test_xlsx_of_a_quarter_names_the_months_each_unit_has_not_reported(world, form):
    party = world.a.commune_party
    report(form, party, "2026-02")
    report(form, party, "2026-03")
    period = parse_period("2026-Q1")
    build = synthesis.build_synthesis(form, world.a.btgdv, period, excerpts=False)
    sheet = load_workbook(io.BytesIO(synthesis.render_xlsx(build)))["Đơn vị chưa gửi báo cáo"]
    assert [c.value for c in sheet[1]][4:6] == ["Kỳ chưa gửi", "Hạn nộp"]
    rows = {r[1]: r for r in _data_rows(sheet)}
    assert len(rows) == len(build["completeness"]["missing_units"]) == 909
    assert rows[party.name][4] == "Tháng 1 năm 2026"
    assert rows[world.a.commune_front.name][4] == "Tháng 1 năm 2026; Tháng 2 năm 2026; Tháng 3 năm 2026"


def test_edit_page_shows_the_figures_the_vietnamese_way(world, form, client):
    report(form, world.a.commune_party, "2026-03", values={"QUA_SL": 10606, "GAO_TAN": "2,25"})
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    client.force_login(world.a.reviewer)
    page = client.get(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/").content.decode()
    assert ">10.606<" in page and ">2,25<" in page
    assert "10606" not in page and "2.25" not in page


def test_synthesis_pages_have_the_reporting_sub_menu(world, form, client):
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    client.force_login(world.a.reviewer)
    for url in ("/bao-cao/bao-cao-tong-hop/", f"/bao-cao/bao-cao-tong-hop/{draft.pk}/"):
        page = client.get(url).content.decode()
        assert 'class="subnav"' in page and "reporting.css" in page, url
        assert 'href="/bao-cao/excel/"' in page and 'href="/bao-cao/bao-cao-tong-hop/"' in page


URL = "/api/v1/reports/synthesis"


def test_api_get_returns_the_default_without_saving_then_the_files(client, world, form):
    report(form, world.a.commune_party, "2026-03", values={"QUA_SL": 7}, sections={"KQ": "Đã tặng quà."})
    client.force_login(world.a.reviewer)
    params = {"form": form.code, "period": "2026-03", "unit": world.a.btgdv.pk}
    body = client.get(URL, params).json()
    assert body["saved"] is False and body["id"] is None and not SynthesisDraft.objects.exists()
    assert "Đã tặng quà." in body["sections"][0]["text"]
    assert body["rollup"][0] == {"code": "QUA_SL", "name": "Số suất quà tặng", "unit_of_measure": "suất", "value": 7,
                                 "previous": None, "last_year": None}
    assert body["completeness"]["submitted"] == 1

    response = client.get(URL, {**params, "format": "docx"})
    assert response.status_code == 200
    assert response["Content-Type"] == ("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    name = f"Báo cáo tổng hợp BC-DV-THANG 2026-03 - {world.a.btgdv.name}.docx"
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{quote(name)}"
    assert Document(io.BytesIO(response.content)).tables[0].cell(0, 0).paragraphs[0].text == "TỈNH ỦY NINH BÌNH"
    response = client.get(URL, {**params, "format": "xlsx"})
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    assert load_workbook(io.BytesIO(response.content)).worksheets[0].cell(3, 4).value == 7
    assert not SynthesisDraft.objects.exists()


def test_api_creates_edits_and_refuses_stale_versions(client, world, form):
    client.force_login(world.a.reviewer)
    created = client.post(URL, {"form": form.code, "period": "2026-03", "unit": world.a.btgdv.pk},
                          content_type="application/json").json()
    assert created["saved"] and created["version"] == 1
    url = f"{URL}/{created['id']}"
    edited = client.put(url, {"version": 1, "number": 5, "sections": {"KQ": "Mới."}},
                        content_type="application/json").json()
    assert (edited["number"], edited["version"], edited["sections"][0]["text"]) == (5, 2, "Mới.")
    stale = client.put(url, {"version": 1, "number": 6}, content_type="application/json")
    assert stale.status_code == 409 and "thay đổi" in stale.json()["detail"]
    bad = client.put(url, {"version": 2, "sections": {"XX": "?"}}, content_type="application/json")
    assert bad.status_code == 400 and "XX" in bad.json()["detail"]
    got = client.get(URL, {"form": form.code, "period": "2026-03", "unit": world.a.btgdv.pk}).json()
    assert got["id"] == created["id"] and got["number"] == 5


def test_api_another_province_or_a_unit_out_of_scope_is_404(client, world, form):
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    client.force_login(world.b.reviewer)
    for fmt in ("json", "docx", "xlsx"):
        response = client.get(URL, {"form": form.code, "period": "2026-03", "unit": world.a.btgdv.pk, "format": fmt})
        assert response.status_code == 404 and response.json() == {"detail": "Không tìm thấy."}
    response = client.put(f"{URL}/{draft.pk}", {"version": 1, "number": 1}, content_type="application/json")
    assert response.status_code == 404
    client.force_login(world.a.reporter)  # a commune reporter does not see the province's report
    assert client.get(URL, {"form": form.code, "period": "2026-03", "unit": world.a.btgdv.pk}).status_code == 404
    bad = client.get(URL, {"form": form.code, "period": "2026-Q5", "unit": world.a.commune_party.pk})
    assert bad.status_code == 400 and "kỳ" in bad.json()["detail"]


def test_api_docx_queries_do_not_grow_with_units(client, world, form, django_assert_max_num_queries):
    for unit in Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy")[:10]:
        report(form, unit, "2026-03", values={"QUA_SL": 1}, sections={"KQ": "Kết quả."})
    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    client.force_login(world.a.reviewer)
    with django_assert_max_num_queries(25):
        response = client.get(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/tai-ve.docx")
    assert response.status_code == 200


def test_pages_choose_draft_edit_and_download(client, world, form):
    report(form, world.a.commune_party, "2026-03", values={"QUA_SL": 1234}, sections={"KQ": "Đã tặng quà."})
    client.force_login(world.a.reviewer)
    page = client.get("/bao-cao/bao-cao-tong-hop/")
    assert page.status_code == 200 and world.a.btgdv.name in page.content.decode()
    response = client.post("/bao-cao/bao-cao-tong-hop/tao/", {"form": form.code, "period": "2026-03",
                                                               "unit": world.a.btgdv.pk})
    draft = SynthesisDraft.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/bao-cao/bao-cao-tong-hop/{draft.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Tạo bản nháp" not in page and "Đã tặng quà." in page and "1.234" in page and "Lưu bản nháp" in page
    post = {"version": 1, "number": "7", "subject": draft.subject, "intro": "Mở đầu.", "section_KQ": "Sửa tay.",
            "signer_position": "TRƯỞNG BAN", "recipients": "- Như trên,\n- Lưu VP."}
    assert client.post(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/", post).status_code == 302
    draft.refresh_from_db()
    assert (draft.number, draft.sections["KQ"], draft.recipient_lines) == (7, "Sửa tay.", ["- Như trên,", "- Lưu VP."])
    stale = client.post(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/", {**post, "section_KQ": "Cũ."})
    assert stale.status_code == 409 and "Cũ." in stale.content.decode()
    download = client.get(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/tai-ve.xlsx")
    assert download.status_code == 200 and "filename*=utf-8''" in download["Content-Disposition"]
    client.force_login(world.b.reviewer)
    assert client.get(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/").status_code == 404
    assert client.get(f"/bao-cao/bao-cao-tong-hop/{draft.pk}/tai-ve.docx").status_code == 404


def test_a_long_section_renders_exactly_as_the_renderer_would_paragraph_by_paragraph(world, form):
    from danvan.documents.docx import render_report_docx

    draft = services.create_or_refresh_draft(world.a.reviewer, form=form, unit=world.a.btgdv, period="2026-03")
    lines = ["Đảng ủy các xã, phường:"] + [f"– Đảng ủy xã {n}: kết quả {n}\x0b." for n in range(40)]
    services.update_draft(world.a.reviewer, draft, version=1, sections={"KQ": "\n".join(lines), "TT": "Ngắn."})
    draft = synthesis.get_draft(world.a.reviewer, draft.pk)
    build = synthesis.build_synthesis(form, draft.unit, parse_period("2026-03"), excerpts=False)
    fast = Document(io.BytesIO(synthesis.render_docx(draft, build)))
    slow = Document(io.BytesIO(render_report_docx(synthesis.document_of(draft, build),
                                                  synthesis.layout_of(draft.unit))))
    assert [p._p.xml for p in fast.paragraphs] == [p._p.xml for p in slow.paragraphs]
    texts = [p.text for p in fast.paragraphs]
    assert "– Đảng ủy xã 39: kết quả 39." in texts and "Ngắn." in texts
    assert not [t for t in texts if "\u2063" in t]


# A transactional test flushes the divisions the session loaded: it runs only in its own `-m browser` process.
@pytest.mark.skipif("config.getoption('markexpr').strip() != 'browser'",
                    reason="browser journeys run with -m browser, in a separate process")
@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_browser_reviewer_drafts_edits_and_downloads(live_server, browser_page):  # noqa: F811
    from danvan.testing.world import PASSWORD, build_world

    world = build_world("37", "12")
    form = ReportForm.objects.get(code="BC-DV-THANG")
    report(form, world.a.commune_party, "2026-03", values={"QUA_SL": 1234}, sections={"KQ": "Đã tặng 1.234 suất quà."})
    page = browser_page
    page.goto(live_server.url + "/bao-cao/bao-cao-tong-hop/")
    page.fill("#id_username", "tinh-37")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:has-text('Báo cáo tổng hợp')")
    page.select_option("#s-unit", str(world.a.btgdv.pk))
    page.fill("#s-period", "2026-03")
    page.click("text=Tạo bản nháp")
    page.wait_for_selector("h1:has-text('tháng 3 năm 2026')")
    assert "Đã tặng 1.234 suất quà." in page.input_value("#d-section-KQ")
    page.fill("#d-number", "12")
    page.fill("#d-signer_name", "Nguyễn Văn A")
    page.click("text=Lưu bản nháp")
    page.wait_for_selector("text=Đã lưu bản nháp")
    assert page.input_value("#d-number") == "12"
    with page.expect_download() as download:
        page.click("text=Tải văn bản (.docx)")
    assert download.value.suggested_filename.endswith(".docx")
    page.screenshot(path="var/browser-synthesis.png", full_page=True)
