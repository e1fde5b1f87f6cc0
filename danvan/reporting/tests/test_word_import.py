"""A Word or text report becomes a proposed draft: sections by heading, figures with their sentence."""

import io

import docx
import pytest

from danvan.reporting.models import Submission

# Figures other apps pre-fill (DON_NHAN from petitions…) need a reason to be overridden: these specs are about
# what the import writes, so they run without them (reporting/tests/test_sourced_values.py covers overrides).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_other_apps_sources")]

REPORT = """BÁO CÁO
Kết quả công tác dân vận tháng 3 năm 2026

I- KẾT QUẢ THỰC HIỆN
Đảng ủy phường đã phối hợp trao 120 suất quà cho hộ nghèo, tổng giá trị 36 triệu đồng; hỗ trợ 1,5 tấn gạo.
Tổ chức 2 lớp tập huấn cho 150 lượt người tham dự.

II- TÌNH HÌNH NHÂN DÂN
Nhân dân phấn khởi, tin tưởng; còn 3 đơn thư về đất đai.

III- HẠN CHẾ
Một số chi hội còn lúng túng.

IV- NHIỆM VỤ THÁNG TỚI
Tiếp tục thực hiện phong trào thi đua "Dân vận khéo".
"""


def _docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _post(client, world, data: bytes, name: str):
    client.force_login(world.a.reporter)
    upload = io.BytesIO(data)
    upload.name = name
    return client.post("/api/v1/submissions/import", {"file": upload, "form": "BC-DV-THANG",
                                                      "unit": world.a.commune_party.pk, "period": "2026-03"})


def test_word_report_is_proposed_as_a_draft_and_nothing_is_saved(client, world):
    response = _post(client, world, _docx_bytes(REPORT), "bao-cao-thang-3.docx")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["values"]["QUA_SL"] == 120 and body["values"]["GAO_TAN"] == 1.5
    assert body["values"]["QUA_GT"] == 36_000_000
    assert "120 suất quà" in body["evidence"]["QUA_SL"][0]["sentence"]
    assert "120 suất quà" in body["sections"]["KQ"] and "phấn khởi" in body["sections"]["TT"]
    assert set(body["sections"]) >= {"KQ", "TT", "HC", "NV"}
    assert body["existing_submission"] is None
    assert not Submission.objects.filter(unit=world.a.commune_party).exists()


def test_plain_text_and_bad_files(client, world):
    assert _post(client, world, REPORT.encode("utf-8"), "bao-cao.txt").json()["values"]["TH_LOP"] == 2
    broken = _post(client, world, b"PK\x03\x04 not really a zip", "hong.docx")
    assert broken.status_code == 400 and "Không đọc được" in broken.json()["detail"]
    assert _post(client, world, b"", "rong.txt").status_code == 400


def test_import_for_a_unit_outside_the_reporters_scope_is_404(client, world):
    client.force_login(world.a.reporter)
    upload = io.BytesIO(REPORT.encode())
    upload.name = "x.txt"
    response = client.post("/api/v1/submissions/import", {"file": upload, "form": "BC-DV-THANG",
                                                          "unit": world.b.commune_party.pk, "period": "2026-03"})
    assert response.status_code == 404


def test_ui_upload_review_then_confirm_saves_the_draft(client, world):
    client.force_login(world.a.reporter)
    upload = io.BytesIO(_docx_bytes(REPORT))
    upload.name = "bao-cao.docx"
    review = client.post("/bao-cao/nhap-van-ban/", {"file": upload, "form": "BC-DV-THANG",
                                                     "unit": world.a.commune_party.pk, "period": "2026-03"})
    assert review.status_code == 200
    page = review.content.decode()
    assert 'value="120"' in page and "120 suất quà" in page
    assert not Submission.objects.filter(unit=world.a.commune_party).exists()
    confirm = client.post("/bao-cao/nhap-van-ban/xac-nhan/", {
        "form": "BC-DV-THANG", "unit": world.a.commune_party.pk, "period": "2026-03", "v_QUA_SL": "120",
        "v_GAO_TAN": "1,5", "s_KQ": "Trao 120 suất quà."})
    assert confirm.status_code == 302
    saved = Submission.objects.get(unit=world.a.commune_party, period="2026-03")
    assert {v.indicator.code: float(v.value) for v in saved.values.select_related("indicator")
            if v.sourced_value is None} == {"QUA_SL": 120.0, "GAO_TAN": 1.5}
    assert saved.status == "draft"


# --- importing into a report that already exists ----------------------------------------------------------

FIGURES_ONLY = """BÁO CÁO THÁNG 3
I- KẾT QUẢ THỰC HIỆN
Phường trao 120 suất quà cho hộ nghèo, tổng trị giá 42.500.000 đồng cho các hộ khó khăn; hỗ trợ 2 tấn gạo.
Trong tháng tiếp nhận 7 đơn thư, đã giải quyết 5 đơn.
"""


def _upload_to_check_page(client, world, text: str):
    client.force_login(world.a.reporter)
    upload = io.BytesIO(text.encode("utf-8"))
    upload.name = "bao-cao.txt"
    return client.post("/bao-cao/nhap-van-ban/", {"file": upload, "form": "BC-DV-THANG",
                                                   "unit": world.a.commune_party.pk, "period": "2026-03"})


def _existing_draft(world):
    from danvan.reporting import services
    from danvan.reporting.models import ReportForm

    return services.create_submission(
        world.a.reporter, form=ReportForm.objects.get(code="BC-DV-THANG"), unit=world.a.commune_party,
        period="2026-03", values={"QUA_GT": "42.500.000", "QUA_SL": "10", "GAO_TAN": "3"},
        sections={"TT": "Nhân dân phấn khởi, tin tưởng.", "KQ": "Nội dung cũ."})


def _as_browser_posts(page_values: dict, ticked: list[str], existing) -> dict:
    """What the check page's form sends: every field (empty ones too), the ticked boxes, the version."""
    from danvan.reporting.models import ReportForm

    form = ReportForm.objects.get(code="BC-DV-THANG")
    data = {f"v_{c}": "" for c in form.form_indicators.values_list("indicator__code", flat=True)}
    data |= {f"s_{c}": "" for c in form.sections.values_list("code", flat=True)}
    data |= page_values
    return {**data, "form": "BC-DV-THANG", "unit": existing.unit_id, "period": "2026-03", "choose": "1",
            "apply": ticked, "version": existing.version}


def _content(submission):
    submission.refresh_from_db()
    # The values the draft takes from records (DVK_TONG, DVK_MOI) are not the file's: they are left out here.
    values = {v.indicator.code: v.value for v in submission.values.select_related("indicator")
              if v.sourced_value is None}
    return values, dict(submission.sections.values_list("code", "text"))


def test_check_page_shows_what_the_draft_holds_next_to_each_proposed_value(client, world):
    _existing_draft(world)
    page = _upload_to_check_page(client, world, FIGURES_ONLY).content.decode()
    assert "được giữ nguyên" in page and "Đang lưu" in page
    row = page[page.index('name="v_QUA_GT"'):]
    row = row[:row.index("</tr>")]
    # proposed from the file (Vietnamese separators, so it is read back the same), and what is saved now
    assert 'value="42.500.000"' in row and "42.500.000" in row.split("current")[1]
    sl = page[page.index('name="v_QUA_SL"'):]
    assert 'value="120"' in sl[:200] and "10" in sl[:sl.index("</tr>")].split("current")[1]
    assert "Nhân dân phấn khởi, tin tưởng." in page  # the saved section shown for comparison
    ticked = page[page.index('value="v_QUA_SL"'):]
    assert " checked" in ticked[:ticked.index(">")]  # proposed values are ticked to be written


def test_confirming_an_import_keeps_every_figure_and_section_not_taken_from_the_file(client, world):
    existing = _existing_draft(world)
    _upload_to_check_page(client, world, FIGURES_ONLY)
    response = client.post("/bao-cao/nhap-van-ban/xac-nhan/", _as_browser_posts(
        {"v_QUA_SL": "120", "v_GAO_TAN": "2", "v_DON_NHAN": "7", "s_KQ": "Trao 120 suất quà."},
        ["v_QUA_SL", "v_DON_NHAN", "s_KQ"], existing))
    assert response.status_code == 302, response.content.decode()[:2000]
    values, sections = _content(existing)
    assert values["QUA_GT"] == 42_500_000  # not in the confirmed fields: kept
    assert values["QUA_SL"] == 120 and values["DON_NHAN"] == 7  # ticked: taken from the file
    assert values["GAO_TAN"] == 3  # typed but not ticked: the saved value stays
    assert sections == {"TT": "Nhân dân phấn khởi, tin tưởng.", "KQ": "Trao 120 suất quà."}


def test_import_cannot_write_into_a_submitted_report(client, world):
    from danvan.reporting import services

    existing = _existing_draft(world)
    services.submit_submission(world.a.reporter, existing)
    existing.refresh_from_db()
    page = _upload_to_check_page(client, world, FIGURES_ONLY).content.decode()
    assert "Không thể ghi nội dung này vào báo cáo" in page and "Ghi vào báo cáo</button>" not in page
    response = client.post("/bao-cao/nhap-van-ban/xac-nhan/", _as_browser_posts(
        {"v_QUA_SL": "120"}, ["v_QUA_SL"], existing))
    assert response.status_code == 400
    assert _content(existing)[0]["QUA_SL"] == 10


def test_nothing_ticked_saves_nothing_and_a_bad_value_is_shown_on_the_check_page(client, world):
    existing = _existing_draft(world)
    client.force_login(world.a.reporter)
    nothing = client.post("/bao-cao/nhap-van-ban/xac-nhan/", _as_browser_posts({"v_QUA_SL": "120"}, [], existing))
    assert nothing.status_code == 400 and "chưa chọn số liệu" in nothing.content.decode()
    bad = client.post("/bao-cao/nhap-van-ban/xac-nhan/", _as_browser_posts(
        {"v_QUA_SL": "mười", "v_GAO_TAN": "2"}, ["v_QUA_SL", "v_GAO_TAN"], existing))
    page = bad.content.decode()
    assert bad.status_code == 400 and "không phải là số" in page and 'value="mười"' in page
    assert _content(existing)[0] == {"QUA_GT": 42_500_000, "QUA_SL": 10, "GAO_TAN": 3}


def test_a_draft_changed_since_the_check_page_is_not_overwritten(client, world):
    from danvan.reporting import services

    existing = _existing_draft(world)
    stale = _as_browser_posts({"v_QUA_SL": "120"}, ["v_QUA_SL"], existing)
    services.update_submission(world.a.reporter, existing, version=existing.version, values={"QUA_SL": "11"})
    client.force_login(world.a.reporter)
    response = client.post("/bao-cao/nhap-van-ban/xac-nhan/", stale)
    assert response.status_code == 409 and "đã được người khác thay đổi" in response.content.decode()
    assert _content(existing)[0]["QUA_SL"] == 11


# --- what is read from the file -----------------------------------------------------------------------------


def test_source_sentence_is_not_cut_at_the_thousands_dot(client, world):
    body = _post(client, world, FIGURES_ONLY.encode(), "bao-cao.txt").json()
    sentence = body["evidence"]["QUA_SL"][0]["sentence"]
    assert "tổng trị giá 42.500.000 đồng cho các hộ khó khăn;" in sentence
    assert body["values"]["QUA_GT"] == 42_500_000


def test_received_and_settled_petitions_feed_their_own_indicators(client, world):
    body = _post(client, world, FIGURES_ONLY.encode(), "bao-cao.txt").json()
    assert body["values"]["DON_NHAN"] == 7 and body["values"]["DON_XONG"] == 5
    page = _upload_to_check_page(client, world, FIGURES_ONLY).content.decode()
    xong = page[page.index('name="v_DON_XONG"'):]
    assert 'value="5"' in xong[:100] and "đã giải quyết 5 đơn" in xong[:xong.index("</tr>")]
