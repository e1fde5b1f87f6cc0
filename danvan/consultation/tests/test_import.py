"""The .xlsx import of comments: a small file at once, a large one in the background (django.tasks) with
progress; per-cell errors either way and nothing written when any row is wrong; the page, the API, the job
seen only by whoever uploaded it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.consultation import imports, selectors, tasks
from danvan.consultation.models import Comment, ImportJob
from danvan.consultation.tests.test_synthesis import sheet

pytestmark = pytest.mark.django_db


def code(c):
    return selectors.version_pieces(selectors.latest_version(c))[3].code


def many(c, n, *, bad_row=None):
    rows = [[code(c), "tán thành", f"Ý kiến số {i} về chuyển đổi số", f"Người {i}", "nong_dan", "Xã A", "", "unit",
             "không"] for i in range(n)]
    if bad_row is not None:
        rows[bad_row][1], rows[bad_row][4] = "có lẽ", "sinh_vien"
    return sheet(rows)


def queued(user, c, unit, file_bytes) -> ImportJob:
    job = imports.upload(user, c, unit=unit, file_bytes=file_bytes).job
    assert job is not None
    return job


def test_a_large_file_is_queued_then_imported_by_the_task_with_progress(world, consultation, monkeypatch):
    monkeypatch.setattr(imports, "ASYNC_ROWS", 5)
    outcome = imports.upload(world.a.reviewer, consultation, unit=world.a.commune_party,
                             file_bytes=many(consultation, 12), filename="xa-a.xlsx")
    job = outcome.job
    assert job is not None and job.status == ImportJob.State.QUEUED and job.total_rows == 12
    assert Comment.objects.filter(consultation=consultation).count() == 0
    assert tasks.run_import.call(job.pk) == {"created": 12}
    job.refresh_from_db()
    assert (job.status, job.progress, job.result, job.file) == (ImportJob.State.DONE, 100, {"created": 12}, b"")
    saved = Comment.objects.filter(consultation=consultation)
    assert saved.count() == 12 and all(x.group_id and x.unit_id == world.a.commune_party.pk for x in saved)
    assert tasks.run_import.call(job.pk) == {"skipped": True}  # a job runs once


def test_a_large_file_with_bad_cells_fails_with_every_cell_and_writes_nothing(world, consultation, monkeypatch):
    monkeypatch.setattr(imports, "ASYNC_ROWS", 5)
    job = queued(world.a.reviewer, consultation, consultation.unit, many(consultation, 12, bad_row=7))
    tasks.run_import.call(job.pk)
    job.refresh_from_db()
    assert job.status == ImportJob.State.FAILED and job.progress == 100
    assert {(e["row"], e["column"]) for e in job.errors} == {(10, "B"), (10, "E")}
    assert Comment.objects.filter(consultation=consultation).count() == 0


def test_a_job_fails_cleanly_when_the_consultation_closed_meanwhile(world, consultation, monkeypatch):
    from danvan.consultation import services

    monkeypatch.setattr(imports, "ASYNC_ROWS", 5)
    job = queued(world.a.reviewer, consultation, consultation.unit, many(consultation, 8))
    services.transition_consultation(world.a.reviewer, consultation, "close")
    assert tasks.run_import.call(job.pk) == {"errors": 1}
    job.refresh_from_db()
    assert job.status == ImportJob.State.FAILED and "góp ý" in job.errors[0]["message"]


def test_the_page_imports_a_small_file_and_follows_a_large_one(client, world, consultation, monkeypatch):
    client.force_login(world.a.reviewer)
    url = f"/gop-y-du-thao/{consultation.pk}/nhap-excel/"
    page = client.get(url).content.decode()
    assert world.a.commune_party.name in page  # the collecting unit can be chosen
    small = client.post(url, {"unit": world.a.commune_party.pk,
                              "file": SimpleUploadedFile("a.xlsx", many(consultation, 3))})
    assert small.status_code == 200 and "Đã nhập 3 ý kiến" in small.content.decode()
    bad = client.post(url, {"file": SimpleUploadedFile("b.xlsx", many(consultation, 3, bad_row=1))})
    assert bad.status_code == 400 and "Không có ý kiến nào được lưu" in bad.content.decode()
    monkeypatch.setattr(imports, "ASYNC_ROWS", 5)
    large = client.post(url, {"file": SimpleUploadedFile("c.xlsx", many(consultation, 9))})
    assert large.status_code == 302
    job = ImportJob.objects.get()
    assert large["Location"] == f"/gop-y-du-thao/{consultation.pk}/nhap-excel/{job.pk}/"
    waiting = client.get(large["Location"]).content.decode()
    assert "Đang chờ" in waiting and "every 1s" in waiting
    tasks.run_import.call(job.pk)
    done = client.get(large["Location"], headers={"HX-Request": "true"}).content.decode()
    assert "Đã nhập 9 ý kiến" in done and "every 1s" not in done
    assert Comment.objects.filter(consultation=consultation).count() == 12
    client.force_login(world.a.reporter)  # another user of the same province does not see the job
    assert client.get(large["Location"]).status_code == 404


def test_the_api_answers_201_400_or_202_with_the_job(client, world, consultation, monkeypatch):
    client.force_login(world.a.reviewer)
    url = f"/api/v1/consultations/{consultation.pk}/imports"
    ok = client.post(url, {"file": SimpleUploadedFile("a.xlsx", many(consultation, 2))})
    assert ok.status_code == 201 and ok.json()["created"] == 2
    bad = client.post(url, {"file": SimpleUploadedFile("a.xlsx", many(consultation, 2, bad_row=0))})
    assert bad.status_code == 400 and {(e["row"], e["column"]) for e in bad.json()["errors"]} == {(3, "B"), (3, "E")}
    monkeypatch.setattr(imports, "ASYNC_ROWS", 5)
    queued = client.post(url, {"file": SimpleUploadedFile("a.xlsx", many(consultation, 6)),
                               "unit": world.a.commune_party.pk})
    assert queued.status_code == 202 and queued.json()["status"] == "queued"
    job = queued.json()["job"]
    tasks.run_import.call(job)
    polled = client.get(f"{url}/{job}").json()
    assert (polled["status"], polled["created"], polled["progress"]) == ("done", 6, 100)
    client.force_login(world.b.reviewer)
    assert client.get(f"{url}/{job}").status_code == 404
    assert client.post(url, {"file": SimpleUploadedFile("a.xlsx", many(consultation, 2))}).status_code == 404
