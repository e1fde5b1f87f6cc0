"""Excel: a form's template downloads, comes back filled, and is imported all or nothing, cell by cell checked."""

import contextlib
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell

from danvan.core.models import AuditEvent
from danvan.reporting import excel, services
from danvan.reporting.models import ImportJob, ReportForm, Submission
from danvan.reporting.periods import parse_period
from danvan.testing.browser import browser_page  # noqa: F401  (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_other_apps_sources")]

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(client, user, unit, *, period="2026-03", all_below=False, form_code="BC-DV-THANG") -> bytes:
    client.force_login(user)
    params = {"form": form_code, "period": period, "unit": unit.pk}
    if all_below:
        params["all_below"] = "1"
    response = client.get(reverse("reporting:excel_template"), params)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == XLSX
    return response.content


def fill(content: bytes, values: dict, *, unit_ids: dict | None = None) -> bytes:
    """Write {unit id: {indicator code: value}} into a template, and replace unit ids {old: new}."""
    wb = load_workbook(io.BytesIO(content))
    ws = wb[excel.DATA_SHEET]
    column = {ws.cell(row=excel.CODE_ROW, column=c).value: c for c in range(1, ws.max_column + 1)}
    for row in range(excel.FIRST_DATA_ROW, ws.max_row + 1):
        unit_id = ws.cell(row=row, column=1).value
        for code, value in values.get(unit_id, {}).items():
            ws.cell(row=row, column=column[code], value=value)
        if unit_ids and unit_id in unit_ids:
            ws.cell(row=row, column=1, value=unit_ids[unit_id])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def upload(client, content: bytes, *, period="2026-03", form_code="BC-DV-THANG", name="bao-cao.xlsx"):
    return client.post(reverse("reporting:excel_upload"), {
        "form": form_code, "period": period, "file": _file(content, name)})


def _file(content: bytes, name: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=XLSX)


def values_of(unit, period="2026-03") -> dict:
    s = Submission.objects.filter(unit=unit, period=period).first()
    return {v.indicator.code: v.value for v in s.values.select_related("indicator")} if s else {}


def test_template_has_hidden_meta_locked_unit_columns_instructions_and_number_validation(world, client):
    content = download(client, world.a.reporter, world.a.commune_party)
    wb = load_workbook(io.BytesIO(content))
    assert wb.sheetnames == ["Số liệu", "Hướng dẫn", "meta"]
    assert wb["meta"].sheet_state == "veryHidden"
    ws = wb["Số liệu"]
    assert ws.protection.sheet
    assert [ws.cell(row=4, column=c).value for c in (1, 3, 4)] == ["UNIT", "QUA_SL", "QUA_GT"]
    assert ws.cell(row=3, column=3).value == "Số suất quà tặng (suất)"
    assert (ws.cell(row=5, column=1).value, ws.cell(row=5, column=2).value) == (
        world.a.commune_party.pk, world.a.commune_party.name)
    assert ws.cell(row=5, column=1).protection.locked and not ws.cell(row=5, column=3).protection.locked
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert kinds == {"whole", "decimal"}
    assert "Hướng dẫn nhập số liệu" in wb["Hướng dẫn"].cell(row=1, column=1).value


def test_round_trip_download_fill_upload_saves_the_values(world, client):
    unit = world.a.commune_party
    content = fill(download(client, world.a.reporter, unit), {unit.pk: {"QUA_SL": 120, "GAO_TAN": 1.5,
                                                                        "QUA_GT": "36.000.000"}})
    response = upload(client, content)
    assert response.status_code == 200, response.content.decode()[:2000]
    assert "Đã nhập số liệu của 1 tổ chức" in response.content.decode()
    assert values_of(unit) == {"QUA_SL": 120, "GAO_TAN": Decimal("1.5"), "QUA_GT": 36_000_000}
    assert Submission.objects.get(unit=unit, period="2026-03").status == "draft"
    event = AuditEvent.objects.get(action="reporting.excel.import")
    assert event.after["created"] == 1 and event.actor == world.a.reporter

    # The next download is prefilled; changing one value updates the draft, leaving the rest alone.
    again = download(client, world.a.reporter, unit)
    assert load_workbook(io.BytesIO(again))["Số liệu"].cell(row=5, column=3).value == 120
    response = upload(client, fill(again, {unit.pk: {"QUA_SL": 130}}))
    assert response.status_code == 200
    assert values_of(unit)["QUA_SL"] == 130 and values_of(unit)["GAO_TAN"] == Decimal("1.5")
    upload(client, again)  # the prefilled file again: 120 back
    assert values_of(unit)["QUA_SL"] == 120


def test_all_units_below_get_one_row_each_and_unfilled_rows_are_skipped(world, client):
    content = download(client, world.a.reporter, world.a.commune_party, all_below=True)
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    ids = [ws.cell(row=r, column=1).value for r in range(5, ws.max_row + 1)]
    assert world.a.commune_party.pk in ids and world.a.commune_front.pk in ids
    response = upload(client, fill(content, {world.a.commune_front.pk: {"DT_CUOC": 2}}))
    assert response.status_code == 200
    assert values_of(world.a.commune_front) == {"DT_CUOC": 2}
    assert not Submission.objects.filter(unit=world.a.commune_party).exists()


def test_every_bad_cell_is_reported_with_row_column_reason_and_nothing_is_saved(world, client, form):
    party, front = world.a.commune_party, world.a.commune_front
    content = download(client, world.a.reporter, party, all_below=True)
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    row_of = {ws.cell(row=r, column=1).value: r for r in range(5, ws.max_row + 1)}
    bad = fill(content, {
        party.pk: {"QUA_SL": "mười", "QUA_GT": 1.5, "GAO_TAN": 2},  # C: not a number, D: not an integer
        front.pk: {"NHA_DDK": -3, "DT_CUOC": 4},  # F: below the minimum 0
    })
    rows, errors = excel.parse_upload(bad, form, world.a.reporter, period="2026-03")
    assert rows == []
    found = {(e["row"], e["column"], e["indicator"]) for e in errors}
    assert found == {(row_of[party.pk], "C", "QUA_SL"), (row_of[party.pk], "D", "QUA_GT"),
                     (row_of[front.pk], "F", "NHA_DDK")}
    messages = {e["column"]: e["message"] for e in errors}
    assert messages == {"C": "Số suất quà tặng: “mười” không phải là số.",
                        "D": "Giá trị quà tặng phải là số nguyên.",
                        "F": "Nhà đại đoàn kết xây mới, sửa chữa không được nhỏ hơn 0."}

    response = upload(client, bad)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Không có số liệu nào được lưu" in body and "“mười” không phải là số" in body
    assert not Submission.objects.filter(unit__in=[party, front]).exists()
    assert not AuditEvent.objects.filter(action__startswith="reporting.").exists()


def test_bad_unit_ids_and_duplicate_rows_are_reported_in_column_a(world, client, form):
    party = world.a.commune_party
    content = download(client, world.a.reporter, party, all_below=True)
    wb = load_workbook(io.BytesIO(content))
    ws = wb["Số liệu"]
    ws.cell(row=5, column=3, value=1)
    for row, unit_id in ((6, "abc"), (7, 999_999_999), (8, party.pk)):
        ws.cell(row=row, column=1, value=unit_id)
        ws.cell(row=row, column=3, value=1)
    out = io.BytesIO()
    wb.save(out)
    rows, errors = excel.parse_upload(out.getvalue(), form, world.a.reporter)
    assert [(e["row"], e["column"]) for e in errors] == [(6, "A"), (7, "A"), (8, "A")]
    assert "“abc” không hợp lệ" in errors[0]["message"]
    assert "Không có tổ chức mã 999999999" in errors[1]["message"]
    assert "đã có ở dòng 5" in errors[2]["message"]


def test_rows_of_units_outside_the_report_scope_are_refused_without_naming_them(world, client):
    party = world.a.commune_party
    content = download(client, world.a.reporter, party)
    for outsider in (world.b.commune_party, world.a.btgdv):
        response = upload(client, fill(content, {party.pk: {"QUA_SL": 1}}, unit_ids={party.pk: outsider.pk}))
        body = response.content.decode()
        assert response.status_code == 400
        assert f"Không có tổ chức mã {outsider.pk} trong phạm vi của bạn" in body
        assert outsider.name not in body
    assert not Submission.objects.exists()


def test_a_unit_seen_but_not_reportable_is_named_in_the_refusal(world, client, form):
    from danvan.accounts.services import grant_membership

    grant_membership(None, user=world.a.reporter, unit=world.a.btgdv, role="viewer")
    world.a.reporter.forget_scope()
    content = fill(download(client, world.a.reporter, world.a.commune_party),
                   {world.a.commune_party.pk: {"QUA_SL": 1}}, unit_ids={world.a.commune_party.pk: world.a.btgdv.pk})
    _, errors = excel.parse_upload(content, form, world.a.reporter)
    assert errors[0]["message"] == f"Bạn không có quyền báo cáo cho {world.a.btgdv.name} (mã {world.a.btgdv.pk})."


def _lock(form, unit, values, *, approve=False):
    """A report of `unit` for 2026-03 already submitted (and approved when asked)."""
    s = services.create_submission(None, form=form, unit=unit, period="2026-03", values=values)
    services.submit_submission(None, s)
    if approve:
        services.approve_submission(None, s)
    return s


def _rows_of(content: bytes) -> dict:
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    return {ws.cell(row=r, column=1).value: r for r in range(excel.FIRST_DATA_ROW, ws.max_row + 1)}


def test_a_template_with_submitted_and_approved_rows_uploads_when_only_open_rows_are_filled(world, client, form):
    party, front = world.a.commune_party, world.a.commune_front
    _lock(form, party, {"QUA_SL": 5, "GAO_TAN": "1,5"})
    _lock(form, front, {"QUA_SL": 3, "QUA_GT": 12_345_678}, approve=True)
    content = download(client, world.a.reporter, party, all_below=True)
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    row_of = _rows_of(content)
    assert "Đã nộp" in ws.cell(row=row_of[party.pk], column=2).value
    assert ws.cell(row=row_of[front.pk], column=3).protection.locked
    open_unit = next(unit_id for unit_id in row_of if unit_id not in (party.pk, front.pk))

    response = upload(client, fill(content, {open_unit: {"DT_CUOC": 2}}))
    body = response.content.decode()
    assert response.status_code == 200, body[:3000]
    assert "Đã nhập số liệu của 1 tổ chức" in body
    assert "không thay đổi — đã nộp/đã duyệt" in body and party.name in body and front.name in body
    assert Submission.objects.get(unit_id=open_unit, period="2026-03").status == "draft"
    assert values_of(party) == {"QUA_SL": 5, "GAO_TAN": Decimal("1.5")}
    assert Submission.objects.get(unit=front, period="2026-03").status == "approved"

    result = excel.upload(world.a.reporter, form_code=form.code, period_code="2026-03",
                          file_bytes=fill(content, {open_unit: {"DT_CUOC": 3}}))
    assert result.errors is None
    assert {k: result.result[k] for k in ("created", "updated", "unchanged", "locked", "rows")} == {
        "created": 0, "updated": 1, "unchanged": 2, "locked": 2, "rows": 3}
    assert [(u["unit"], u["status"]) for u in result.result["locked_units"]] == [
        (party.pk, "Đã nộp"), (front.pk, "Đã duyệt")]


def test_changing_a_submitted_report_through_a_file_is_an_error_at_its_cell(world, client, form):
    party = world.a.commune_party
    _lock(form, party, {"QUA_SL": 5})
    content = download(client, world.a.reporter, party, all_below=True)
    row_of = _rows_of(content)
    open_unit = next(unit_id for unit_id in row_of if unit_id != party.pk)
    # QUA_SL changed, TH_LOP added, GAO_TAN left empty (an empty cell keeps what was saved).
    changed = fill(content, {party.pk: {"QUA_SL": 6, "TH_LOP": 1}, open_unit: {"DT_CUOC": 2}})
    rows, errors = excel.parse_upload(changed, form, world.a.reporter)
    prefix = f"Báo cáo của {party.name} kỳ 2026-03 đã nộp, không sửa được"
    assert rows == []
    assert [(e["row"], e["column"], e["indicator"]) for e in errors] == [
        (row_of[party.pk], "C", "QUA_SL"), (row_of[party.pk], "I", "TH_LOP")]
    assert all(e["message"].startswith(prefix) for e in errors)
    assert "đang là 5" in errors[0]["message"] and "đang để trống" in errors[1]["message"]

    response = upload(client, changed)
    assert response.status_code == 400 and prefix in response.content.decode()
    assert values_of(party) == {"QUA_SL": 5}
    assert not Submission.objects.filter(unit_id=open_unit).exists()


def test_a_locked_row_changed_between_the_check_and_the_import_rolls_everything_back(world, client, form):
    party = world.a.commune_party
    s = _lock(form, party, {"QUA_SL": 5})
    content = download(client, world.a.reporter, party, all_below=True)
    open_unit = next(unit_id for unit_id in _rows_of(content) if unit_id != party.pk)
    rows, errors = excel.parse_upload(fill(content, {open_unit: {"DT_CUOC": 2}}), form, world.a.reporter)
    assert errors == [] and [r.get("locked", False) for r in rows] == [True, False]
    # Meanwhile the report is returned and corrected: the file's old figures must not overwrite it.
    services.return_submission(None, s, reason="Sửa số quà.")
    s.refresh_from_db()
    services.update_submission(world.a.reporter, s, version=s.version, values={"QUA_SL": 7})
    with pytest.raises(ValidationError, match="đã thay đổi"):
        services.import_values(world.a.reporter, form=form, period="2026-03", rows=rows)
    assert values_of(party) == {"QUA_SL": 7}
    assert not Submission.objects.filter(unit_id=open_unit).exists()


def test_wrong_form_period_or_file_is_refused_as_a_whole(world, client, form, settings):
    party = world.a.commune_party
    content = fill(download(client, world.a.reporter, party), {party.pk: {"QUA_SL": 1}})
    situation = ReportForm.objects.get(code="BC-TTND-THANG")
    cases = [
        (content, form, "2026-04", "không phải kỳ 2026-04"),
        (content, situation, "2026-03", "không phải BC-TTND-THANG"),
        (b"not an excel file", form, None, "không phải là tệp Excel .xlsx"),
        (content[: len(content) // 2], form, None, "không phải là tệp Excel"),
        (b"\0" * (excel.MAX_BYTES + 1), form, None, "Tệp quá lớn"),
        (b"", form, None, "Tệp rỗng"),
    ]
    for data, f, period, message in cases:
        rows, errors = excel.parse_upload(data, f, world.a.reporter, period=period)
        assert rows == [] and len(errors) == 1 and message in errors[0]["message"], (message, errors)
        assert errors[0]["row"] is None
    form.version = 2
    form.save()
    _, errors = excel.parse_upload(content, form, world.a.reporter)
    assert "Mẫu đã cũ" in errors[0]["message"]
    form.version = 1
    form.save()
    settings.UPLOAD_EXCEL_ROWS = 0  # the row limit is the one upload setting (danvan.core.uploads)
    _, errors = excel.parse_upload(content, form, world.a.reporter)
    assert "quá nhiều dòng" in errors[0]["message"]
    assert not Submission.objects.exists()


def test_parsing_a_large_file_costs_a_fixed_number_of_queries(world, client, form, django_assert_max_num_queries):
    content = download(client, world.a.reviewer, world.a.btgdv, all_below=True)
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    ids = [ws.cell(row=r, column=1).value for r in range(5, ws.max_row + 1)]
    assert len(ids) > excel.ASYNC_ROWS
    filled = fill(content, {unit_id: {"QUA_SL": i, "DT_CUOC": 1} for i, unit_id in enumerate(ids)})
    with django_assert_max_num_queries(8):
        rows, errors = excel.parse_upload(filled, form, world.a.reviewer)
    assert errors == [] and len(rows) == len(ids)


@override_settings(TASKS=IMMEDIATE)
def test_a_large_upload_runs_as_a_task_and_its_progress_reaches_100(world, client, monkeypatch,
                                                                   django_capture_on_commit_callbacks):
    from danvan.core import importjobs

    seen, importing = [], []
    real_update = importjobs.update_job
    monkeypatch.setattr(importjobs, "update_job",
                        lambda model, job_id, **f: (seen.append(f.get("progress")), real_update(model, job_id, **f)))
    monkeypatch.setattr(importjobs.SideProgress, "__call__", lambda self, done, total: importing.append((done, total)))
    content = download(client, world.a.reviewer, world.a.btgdv, all_below=True)
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    assert ws.max_row - 4 > excel.ASYNC_ROWS
    ids = [ws.cell(row=r, column=1).value for r in range(5, 5 + 210)]  # the other rows stay empty: skipped
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, fill(content, {unit_id: {"QUA_SL": 7} for unit_id in ids}))
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("reporting:excel_job", args=[job.pk])
    assert (job.status, job.progress, job.result["created"], job.errors) == ("done", 100, len(ids), [])
    progress = [p for p in seen if p is not None]
    assert progress == sorted(progress) and progress[0] < 50 and progress[-1] == 100 and len(progress) > 3
    assert importing == [(50, 210), (100, 210), (150, 210), (200, 210)]
    assert Submission.objects.filter(form__code="BC-DV-THANG", period="2026-03").count() == len(ids)
    assert job.file == b""  # the file is not kept once imported

    page = client.get(reverse("reporting:excel_job", args=[job.pk]), headers={"HX-Request": "true"})
    body = page.content.decode()
    assert '<progress' in body and 'value="100"' in body and "hx-trigger" not in body
    assert f"Đã nhập số liệu của {len(ids)} tổ chức" in body


@override_settings(TASKS=IMMEDIATE)
def test_a_large_upload_with_one_bad_cell_fails_and_saves_nothing(world, client, monkeypatch,
                                                                 django_capture_on_commit_callbacks):
    monkeypatch.setattr(excel.flows, "ASYNC_ROWS", 1)
    content = download(client, world.a.reporter, world.a.commune_party, all_below=True)
    ws = load_workbook(io.BytesIO(content))["Số liệu"]
    ids = [ws.cell(row=r, column=1).value for r in range(5, ws.max_row + 1)]
    values = {unit_id: {"QUA_SL": 3} for unit_id in ids}
    values[ids[-1]] = {"QUA_SL": -1}
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, fill(content, values))
    job = ImportJob.objects.get()
    assert (job.status, job.progress) == ("failed", 100)
    assert [(e["row"], e["column"]) for e in job.errors] == [(4 + len(ids), "C")]
    assert not Submission.objects.exists()


def test_a_running_job_page_polls_every_second(world, client, form):
    job = services.queue_import(world.a.reporter, form=form, period="2026-03", file_bytes=b"PK", filename="x.xlsx")
    client.force_login(world.a.reporter)
    body = client.get(reverse("reporting:excel_job", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in body and '<progress' in body and "Đang chờ" in body
    client.force_login(world.b.reporter)
    assert client.get(reverse("reporting:excel_job", args=[job.pk])).status_code == 404


def test_home_page_lists_forms_units_and_own_jobs_in_few_queries(world, client, form,
                                                                 django_assert_max_num_queries):
    for i in range(5):
        services.queue_import(world.a.reviewer, form=form, period="2026-03", file_bytes=b"PK",
                              filename=f"tep-{i}.xlsx")
    client.force_login(world.a.reviewer)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("reporting:excel_home"))
    body = response.content.decode()
    assert response.status_code == 200 and "tep-4.xlsx" in body and world.a.commune_front.name in body
    client.force_login(world.a.reporter)
    assert "tep-4.xlsx" not in client.get(reverse("reporting:excel_home")).content.decode()


def test_excel_pages_have_the_reporting_sub_menu_and_a_complete_breadcrumb(world, client, form):
    party = world.a.commune_party
    job = services.queue_import(world.a.reporter, form=form, period="2026-03", file_bytes=b"PK", filename="x.xlsx")
    client.force_login(world.a.reporter)
    home = client.get(reverse("reporting:excel_home")).content.decode()
    result = upload(client, fill(download(client, world.a.reporter, party), {party.pk: {"QUA_SL": 1}}),
                    name="ket-qua.xlsx").content.decode()
    job_page = client.get(reverse("reporting:excel_job", args=[job.pk])).content.decode()
    for page in (home, result, job_page):
        assert 'class="subnav"' in page and "reporting.css" in page
        assert f'href="{reverse("reporting:synthesis_start")}"' in page and f'href="{reverse("reporting:rollup")}"' in page
        assert "› </nav>" not in page and "›</nav>" not in page
    assert '<a href="/bao-cao/">Báo cáo</a> ›' not in home
    assert "Nhập số liệu bằng Excel</a> › Kết quả nhập tệp ket-qua.xlsx</nav>" in result
    assert "Nhập số liệu bằng Excel</a> › x.xlsx</nav>" in job_page


def test_api_template_upload_and_jobs(world, client, form, monkeypatch):
    from danvan.accounts.services import create_token

    token, raw = create_token(None, world.a.reporter, name="excel")
    auth = {"Authorization": f"Bearer {raw}"}
    party = world.a.commune_party
    url = "/api/v1/excel/template"
    response = client.get(url, {"form": form.code, "period": "2026-03", "unit": party.pk}, headers=auth)
    assert response.status_code == 200 and response["Content-Type"] == XLSX
    assert client.get(url, {"form": form.code, "period": "2026-03", "unit": world.b.commune_party.pk},
                      headers=auth).json() == {"detail": "Không tìm thấy."}
    assert client.get(url, {"form": form.code, "period": "2026-Q1", "unit": party.pk}, headers=auth).status_code == 400

    good = fill(response.content, {party.pk: {"QUA_SL": 9}})
    post = client.post("/api/v1/excel/upload", {"form": form.code, "period": "2026-03", "file": _file(good, "a.xlsx")},
                       headers=auth)
    assert post.status_code == 200 and post.json() == {"imported": 1, "created": 1, "updated": 0, "unchanged": 0,
                                                       "rows": 1, "locked": 0}
    bad = fill(response.content, {party.pk: {"QUA_SL": "x", "GAO_TAN": "y"}})
    post = client.post("/api/v1/excel/upload", {"form": form.code, "period": "2026-03", "file": _file(bad, "b.xlsx")},
                       headers=auth)
    assert post.status_code == 400
    assert post.json()["detail"] == "Tệp có 2 lỗi; không có số liệu nào được lưu."
    assert [(e["row"], e["column"], e["indicator"]) for e in post.json()["errors"]] == [
        (5, "C", "QUA_SL"), (5, "E", "GAO_TAN")]
    assert values_of(party) == {"QUA_SL": 9}
    post = client.post("/api/v1/excel/upload", {"form": form.code, "period": "2026-03"}, headers=auth)
    assert post.status_code == 400 and "detail" in post.json()

    monkeypatch.setattr(excel.flows, "ASYNC_ROWS", 0)
    post = client.post("/api/v1/excel/upload", {"form": form.code, "period": "2026-03", "file": _file(good, "c.xlsx")},
                       headers=auth)
    assert post.status_code == 202
    job_id = post.json()["job"]
    job = client.get(f"/api/v1/excel/jobs/{job_id}", headers=auth).json()
    assert (job["status"], job["progress"], job["filename"]) == ("queued", 0, "c.xlsx")
    _, other = create_token(None, world.a.reviewer, name="other")
    response = client.get(f"/api/v1/excel/jobs/{job_id}", headers={"Authorization": f"Bearer {other}"})
    assert response.status_code == 404 and response.json() == {"detail": "Không tìm thấy."}
    assert client.get("/api/v1/excel/jobs/99999999", headers=auth).status_code == 404


# ---------------------------------------------------------------------------------------------------------
# parse_upload never raises, whatever it is given


def _template_bytes(world) -> bytes:
    from danvan.reporting.excel import build_template

    form = ReportForm.objects.get(code="BC-DV-THANG")
    return build_template(form, parse_period("2026-03"), [world.a.commune_party, world.a.commune_front])


def _assert_sane(result):
    rows, errors = result
    assert isinstance(rows, list) and isinstance(errors, list)
    for e in errors:
        assert set(e) == {"row", "column", "indicator", "message"} and isinstance(e["message"], str)
    assert not (rows and errors)


FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=3000))
def test_fuzz_random_bytes(world, data):
    _assert_sane(excel.parse_upload(data, ReportForm.objects.get(code="BC-DV-THANG"), world.a.reporter))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=100_000), flips=st.lists(st.tuples(st.integers(0, 100_000),
                                                                                 st.integers(0, 255)), max_size=5))
def test_fuzz_truncated_or_damaged_template(world, cut, flips):
    data = bytearray(_template_bytes(world))
    for at, byte in flips:
        data[at % len(data)] = byte
    data = bytes(data[: max(cut % (len(data) + 1), 1)]) if cut % 3 else bytes(data)
    _assert_sane(excel.parse_upload(data, ReportForm.objects.get(code="BC-DV-THANG"), world.a.reporter))


CELL = st.one_of(
    st.none(), st.integers(min_value=-(10**20), max_value=10**20), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50), st.integers(30_000, 32_000).map(lambda n: "9" * n), st.integers(10_000, 32_000).map(lambda n: "ê," * n),
    st.sampled_from(["=1/0", "=SUM(C5:C6)", "=A1&\"x\"", "#REF!", "  ", "1.000.000", "12,5", "TRUE"]),
    st.booleans(), st.dates(),
)


@FUZZ
@given(cells=st.lists(st.tuples(st.integers(1, 12), st.integers(1, 16), CELL), max_size=25),
       merges=st.lists(st.tuples(st.integers(1, 8), st.integers(1, 8), st.integers(0, 3), st.integers(0, 3)),
                       max_size=3),
       drop_meta=st.booleans())
def test_fuzz_edited_templates_with_formulas_merged_cells_and_huge_strings(world, cells, merges, drop_meta):
    wb = load_workbook(io.BytesIO(_template_bytes(world)))
    ws = wb["Số liệu"]
    for row, col, value in cells:
        if not isinstance(ws.cell(row=row, column=col), MergedCell):
            with contextlib.suppress(Exception):  # openpyxl refuses control characters: not our concern
                ws.cell(row=row, column=col).value = value
    for row, col, dr, dc in merges:
        with contextlib.suppress(ValueError, TypeError):
            ws.merge_cells(start_row=row, start_column=col, end_row=row + dr, end_column=col + dc)
    if drop_meta:
        del wb["meta"]
    out = io.BytesIO()
    try:
        wb.save(out)
    except Exception:  # openpyxl refuses some values (illegal characters): not our parser's concern
        return
    _assert_sane(excel.parse_upload(out.getvalue(), ReportForm.objects.get(code="BC-DV-THANG"), world.a.reporter))


# ---------------------------------------------------------------------------------------------------------
# In a real browser


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_browser_download_fill_upload_and_watch_a_job_finish(live_server, browser_page, tmp_path):  # noqa: F811
    from danvan.reporting.excel.tasks import run_import
    from danvan.testing.world import PASSWORD, build_world

    world = build_world("37", "12")
    page = browser_page
    page.goto(live_server.url + "/tai-khoan/dang-nhap/")
    page.fill("#id_username", "xa-37")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Đơn vị và phạm vi của bạn")

    page.goto(live_server.url + reverse("reporting:excel_home"))
    page.fill("#t-period", "2026-03")
    with page.expect_download() as info:
        page.click("text=Tải mẫu .xlsx")
    template = tmp_path / "mau.xlsx"
    info.value.save_as(template)
    party = world.a.commune_party
    filled = tmp_path / "da-dien.xlsx"
    filled.write_bytes(fill(template.read_bytes(), {party.pk: {"QUA_SL": "mười", "TH_LOP": 2}}))
    page.fill("#u-period", "2026-03")
    page.set_input_files("#u-file", str(filled))
    page.click("text=Kiểm tra và nhập")
    page.wait_for_selector("text=Không có số liệu nào được lưu")
    assert "“mười” không phải là số" in page.locator("table.excel-errors").inner_text()
    page.screenshot(path="var/browser-excel-errors.png", full_page=True)

    filled.write_bytes(fill(template.read_bytes(), {party.pk: {"QUA_SL": 10, "TH_LOP": 2}}))
    page.goto(live_server.url + reverse("reporting:excel_home"))
    page.fill("#u-period", "2026-03")
    page.set_input_files("#u-file", str(filled))
    page.click("text=Kiểm tra và nhập")
    page.wait_for_selector("text=Đã nhập số liệu của 1 tổ chức")
    assert values_of(party) == {"QUA_SL": 10, "TH_LOP": 2}

    # A queued job's page polls until the worker has done it.
    form = ReportForm.objects.get(code="BC-DV-THANG")
    job = services.queue_import(world.a.reporter, form=form, period="2026-03",
                                file_bytes=fill(template.read_bytes(), {party.pk: {"QUA_SL": 11}}), filename="lon.xlsx")
    page.goto(live_server.url + reverse("reporting:excel_job", args=[job.pk]))
    page.wait_for_selector("text=Đang chờ")
    run_import.call(job.pk)
    page.wait_for_selector("text=Đã nhập số liệu của 1 tổ chức", timeout=10_000)
    assert page.locator("progress").get_attribute("value") == "100"
    page.screenshot(path="var/browser-excel-job.png", full_page=True)
