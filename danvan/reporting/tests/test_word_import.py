"""A Word or text report becomes a proposed draft: sections by heading, figures with their sentence."""

import io

import docx
import pytest

from danvan.reporting.models import Submission

pytestmark = pytest.mark.django_db

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
    assert {v.indicator.code: float(v.value) for v in saved.values.select_related("indicator")} == {
        "QUA_SL": 120.0, "GAO_TAN": 1.5}
    assert saved.status == "draft"
