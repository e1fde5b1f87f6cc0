"""Every upload path of reporting (Word import page and API, Excel page and API) keeps the one set of upload
limits: a refusal names the limit in Vietnamese and nothing is written."""

import io

import pytest

from danvan.reporting.models import ImportJob, ReportForm, Submission
from danvan.testing.uploads import paragraphs_docx, zip_bomb

pytestmark = pytest.mark.django_db


def _file(data: bytes, name: str):
    upload = io.BytesIO(data)
    upload.name = name
    return upload


def _word_page(client, world, data: bytes, name: str = "bao-cao.docx"):
    client.force_login(world.a.reporter)
    return client.post("/bao-cao/nhap-van-ban/", {"file": _file(data, name), "form": "BC-DV-THANG",
                                                   "unit": world.a.commune_party.pk, "period": "2026-03"})


def test_word_import_page_refuses_a_file_of_forty_thousand_empty_paragraphs(client, world):
    response = _word_page(client, world, paragraphs_docx(40_000))
    assert response.status_code == 400
    assert "Văn bản có quá nhiều đoạn: tối đa 20.000 đoạn." in response.content.decode()
    assert not Submission.objects.exists()


def test_word_import_api_refuses_a_zip_bomb(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/api/v1/submissions/import", {
        "file": _file(zip_bomb(4 * 1024 * 1024), "bom.docx"), "form": "BC-DV-THANG",
        "unit": world.a.commune_party.pk, "period": "2026-03"})
    assert response.status_code == 400
    assert "tỉ lệ nén" in response.json()["detail"]


def test_the_size_limit_is_the_setting(client, world, settings):
    settings.UPLOAD_MAX_BYTES = 1024
    response = _word_page(client, world, ("Tổ chức 2 hội nghị. " * 100).encode(), "a.txt")
    assert response.status_code == 400 and "Tệp quá lớn: tối đa 1 KB." in response.content.decode()


def test_the_check_page_shows_a_few_source_sentences_and_counts_the_rest(client, world):
    text = "I- KẾT QUẢ THỰC HIỆN\n" + "Tổ chức 2 lớp tập huấn cho cán bộ.\n" * 300
    response = _word_page(client, world, text.encode(), "a.txt")
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("“Tổ chức 2 lớp tập huấn cho cán bộ.”") == 5
    assert "và 295 câu khác" in page


def test_excel_page_refuses_a_zip_bomb_and_queues_nothing(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/bao-cao/excel/tai-len/", {"form": "BC-DV-THANG", "period": "2026-03",
                                                       "file": _file(zip_bomb(4 * 1024 * 1024), "a.xlsx")})
    assert response.status_code == 400
    assert "tỉ lệ nén trên 200 lần" in response.content.decode()
    assert not ImportJob.objects.exists() and not Submission.objects.exists()


def test_excel_api_refuses_a_zip_bomb(client, world):
    client.force_login(world.a.reporter)
    response = client.post("/api/v1/excel/upload", {"form": "BC-DV-THANG", "period": "2026-03",
                                                     "file": _file(zip_bomb(4 * 1024 * 1024), "a.xlsx")})
    assert response.status_code == 400, response.content
    assert "tỉ lệ nén trên 200 lần" in str(response.json())
    assert not ImportJob.objects.exists()


# --- a long report is read by the task worker ------------------------------------------------------------

LONG = "I- KẾT QUẢ THỰC HIỆN\n" + "Tổ chức 2 lớp tập huấn cho cán bộ.\n" * 40


def test_a_long_word_report_is_read_in_the_background_then_checked(client, world, settings,
                                                                   django_capture_on_commit_callbacks):
    from danvan.reporting.excel.tasks import run_word_import

    settings.WORD_IMPORT_ASYNC_PARAGRAPHS = 30
    with django_capture_on_commit_callbacks(execute=False) as queued:
        response = _word_page(client, world, LONG.encode(), "dai.txt")
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/bao-cao/nhap-van-ban/tac-vu/{job.pk}/"
    assert job.kind == "word" and job.unit == world.a.commune_party and len(queued) == 1
    waiting = client.get(response["Location"])
    assert "Đang chờ" in waiting.content.decode() and 'hx-trigger="every 1s"' in waiting.content.decode()
    run_word_import.call(job.pk)
    job.refresh_from_db()
    assert job.status == "done" and job.progress == 100 and job.result["values"]["TH_LOP"] == 2
    page = client.get(response["Location"]).content.decode()
    assert "và 35 câu khác" in page and 'name="v_TH_LOP"' in page
    assert not Submission.objects.exists()
    # Another user (even of the same province) cannot follow someone else's job.
    client.force_login(world.a.reviewer)
    assert client.get(response["Location"]).status_code == 404


def test_a_background_read_over_the_limits_fails_with_the_limit_named(client, world, settings):
    from danvan.reporting.excel.tasks import run_word_import
    from danvan.reporting.services import queue_word_import

    form = ReportForm.objects.get(code="BC-DV-THANG")
    job = queue_word_import(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                            file_bytes=paragraphs_docx(25_000), filename="rong.docx")
    run_word_import.call(job.pk)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.errors[0]["message"] == "Văn bản có quá nhiều đoạn: tối đa 20.000 đoạn."
