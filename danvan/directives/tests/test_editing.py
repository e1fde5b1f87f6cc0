"""Correcting after recording (documents, tasks, activities: version, 409, audit), undoing a progress report,
the evidence of a progress report (pages and API), and proposals read from uploaded files."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from danvan.core.audit import ConflictError
from danvan.core.models import AuditEvent
from danvan.directives.models import Activity, Directive, Task, TaskEvent
from danvan.directives.selectors.activities import SOURCES
from danvan.directives.services import activities as activity_services
from danvan.directives.services import directives as directive_services
from danvan.directives.services import tasks as task_services
from danvan.directives.tests.conftest import activity, directive, task
from danvan.testing.uploads import docx_from_body

pytestmark = pytest.mark.django_db


def docx(*paragraphs: str) -> bytes:
    return docx_from_body("".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs))


PLAN = docx("TỈNH ỦY LÀO CAI", "*", "Số 45-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lào Cai, ngày 10 tháng 9 năm 2013",
            "KẾ HOẠCH", "thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương",
            "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng "
            "cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch.")
CONCLUSION = docx("THÔNG BÁO KẾT LUẬN", "Hội nghị sơ kết 5 năm thực hiện Nghị quyết 25.",
                  "II. NHIỆM VỤ TRỌNG TÂM", "1. Tăng cường dân vận chính quyền.", "2. Đối thoại định kỳ với nhân dân.",
                  "3. Tập huấn kỹ năng dân vận cho cán bộ cơ sở.")


def audit(action: str) -> tuple[dict, dict]:
    """The `before` and `after` of the latest event of `action`."""
    event = AuditEvent.objects.filter(action=action).latest("pk")
    return event.before or {}, event.after or {}


# --- services ------------------------------------------------------------------------------------------


def test_a_document_is_corrected_with_its_version_and_audited(world):
    d = directive(world.a.reviewer, world.a.btgdv)
    directive_services.update_directive(world.a.reviewer, d, version=1, subject="Kế hoạch thực hiện NQ 25",
                                        number="46")
    d.refresh_from_db()
    assert (d.number, d.subject, d.version) == ("46", "Kế hoạch thực hiện NQ 25", 2)
    before, after = audit("directives.directive.update")
    assert before["number"] == "45" and after["number"] == "46"
    with pytest.raises(ConflictError):
        directive_services.update_directive(world.a.reviewer, d, version=1, subject="Cũ")
    with pytest.raises(ValidationError) as refused:
        directive_services.update_directive(world.a.reviewer, d, version=2, number="", unit=world.a.commune_party)
    assert set(refused.value.message_dict) == {"number", "__all__"}


def test_a_document_cannot_implement_itself_through_the_chain(world):
    a = directive(world.a.reviewer, world.a.btgdv, number="1", issued_on=date(2026, 1, 1))
    b = directive(world.a.reviewer, world.a.btgdv, number="2", implements=a, issued_on=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="vòng lặp"):
        directive_services.update_directive(world.a.reviewer, a, version=1, implements=b)


def test_a_commune_reporter_cannot_correct_the_provinces_document(world):
    d = directive(world.a.reviewer, world.a.btgdv)
    with pytest.raises(PermissionDenied, match="quyền"):
        directive_services.update_directive(world.a.reporter, d, version=1, subject="x")


def test_a_task_is_corrected_and_its_timeline_says_so(world):
    t = task(world.a.reporter, world.a.commune_party)
    task_services.update_task(world.a.reporter, t, version=1, title="Đối thoại định kỳ", deadline=date(2026, 9, 30),
                              support_units=[world.a.commune_front])
    t.refresh_from_db()
    assert (t.title, t.deadline, t.version) == ("Đối thoại định kỳ", date(2026, 9, 30), 2)
    assert [u.pk for u in t.support_units.all()] == [world.a.commune_front.pk]
    assert TaskEvent.objects.filter(task=t, kind="edited").exists()
    assert audit("directives.task.update")[0]["title"] == "Tổ chức đối thoại với nhân dân"
    with pytest.raises(ConflictError):
        task_services.update_task(world.a.reporter, t, version=1, title="x")
    with pytest.raises(ValidationError) as refused:
        task_services.update_task(world.a.reporter, t, version=2, lead_units=[], period="2027")
    assert set(refused.value.message_dict) == {"lead_units", "__all__"}


def test_an_activity_is_corrected_and_the_sources_count_it_as_it_is_now(world):
    a = activity(world.a.reporter, world.a.commune_party, kind="dialogue", details={"issues": "Đường sá"})
    window = (world.a.commune_party, date(2026, 3, 1), date(2026, 3, 31))
    assert SOURCES["DT_CUOC"](*window).value == 1
    activity_services.update_activity(world.a.reporter, a, version=1, kind="training", participants=40)
    a.refresh_from_db()
    assert (a.kind, a.participants, a.details, a.version) == ("training", 40, {}, 2)
    assert SOURCES["DT_CUOC"](*window).value == 0 and SOURCES["TH_LUOT"](*window).value == 40
    assert audit("directives.activity.update")[0]["kind"] == "dialogue"
    with pytest.raises(ConflictError):
        activity_services.update_activity(world.a.reporter, a, version=1, title="x")
    with pytest.raises(ValidationError) as refused:
        activity_services.update_activity(world.a.reporter, a, version=2, ends_on=date(2026, 2, 1),
                                          participant_groups={"Thanh niên": 99})
    assert set(refused.value.message_dict) == {"ends_on", "participant_groups"}


def test_the_latest_progress_report_is_withdrawn_and_the_one_before_shows_again(world):
    t = task(world.a.reporter, world.a.commune_party)
    task_services.report_progress(world.a.reporter, t, status="in_progress", percent=30, reported_on=date(2026, 2, 1))
    task_services.report_progress(world.a.reporter, t, status="done", percent=100, reported_on=date(2026, 3, 1))
    t.refresh_from_db()
    removed = task_services.withdraw_progress(world.a.reporter, t, version=t.version)
    t.refresh_from_db()
    assert (t.status, t.percent, t.reported_on) == ("in_progress", 30, date(2026, 2, 1))
    assert removed.percent == 100 and t.progress_reports.count() == 1
    assert audit("directives.task.withdraw_progress")[0]["progress"]["percent"] == 100
    task_services.withdraw_progress(world.a.reporter, t, version=t.version)
    t.refresh_from_db()
    assert (t.status, t.percent, t.reported_on) == ("not_started", 0, None)
    with pytest.raises(ValidationError, match="chưa có báo cáo"):
        task_services.withdraw_progress(world.a.reporter, t, version=t.version)
    with pytest.raises(ConflictError):
        task_services.withdraw_progress(world.a.reporter, t, version=1)


def test_evidence_is_checked(world):
    t = task(world.a.reporter, world.a.commune_party)
    a = activity(world.a.reporter, world.a.commune_party, starts_on=date(2026, 3, 10))
    d = directive(world.a.reviewer, world.a.btgdv)
    with pytest.raises(ValidationError) as refused:
        task_services.report_progress(world.a.reporter, t, status="in_progress", percent=10,
                                      reported_on=date(2026, 3, 1), evidence_activity=a, evidence_directive=d)
    assert "evidence_activity" in refused.value.message_dict


# --- pages ---------------------------------------------------------------------------------------------


def test_the_edit_pages_correct_and_a_stale_form_answers_409(world, client):
    d = directive(world.a.reviewer, world.a.btgdv)
    t = task(world.a.reviewer, world.a.btgdv, lead_units=[world.a.commune_party])
    a = activity(world.a.reviewer, world.a.btgdv, kind="supervision")
    client.force_login(world.a.reviewer)
    assert f"/chi-dao/van-ban/{d.pk}/sua/" in client.get(d.get_absolute_url()).content.decode()
    page = client.get(f"/chi-dao/van-ban/{d.pk}/sua/")
    assert page.status_code == 200 and 'value="45"' in page.content.decode()
    form = {"type": "KH", "number": "45", "symbol": "KH/TU", "issued_on": "2026-01-10", "subject": "Đã sửa",
            "version": 1, "file": SimpleUploadedFile("kh.docx", PLAN)}
    assert client.post(f"/chi-dao/van-ban/{d.pk}/sua/", form).status_code == 302
    d.refresh_from_db()
    assert d.subject == "Đã sửa" and d.file.name.endswith(".docx") and d.version == 2
    stale = client.post(f"/chi-dao/van-ban/{d.pk}/sua/", {**form, "subject": "Cũ", "file": ""})
    assert stale.status_code == 409 and "người khác thay đổi" in stale.content.decode()

    assert f"/chi-dao/nhiem-vu/{t.pk}/sua/" in client.get(t.get_absolute_url()).content.decode()
    saved = client.post(f"/chi-dao/nhiem-vu/{t.pk}/sua/", {
        "title": "Nhiệm vụ đã sửa", "deadline": "2026-12-31", "lead_units": [world.a.commune_party.pk],
        "version": 1})
    assert saved.status_code == 302 and Task.objects.get(pk=t.pk).title == "Nhiệm vụ đã sửa"
    assert client.post(f"/chi-dao/nhiem-vu/{t.pk}/sua/", {"title": "x", "deadline": "2026-12-31",
                                                          "lead_units": [world.a.commune_party.pk],
                                                          "version": 1}).status_code == 409

    assert f"/chi-dao/hoat-dong/{a.pk}/sua/" in client.get(a.get_absolute_url()).content.decode()
    saved = client.post(f"/chi-dao/hoat-dong/{a.pk}/sua/", {
        "kind": "supervision", "title": "Giám sát đã sửa", "starts_on": "2026-03-01", "participants": 12,
        "findings": "Chậm chi trả", "version": 1})
    assert saved.status_code == 302
    a.refresh_from_db()
    assert (a.title, a.details, a.version) == ("Giám sát đã sửa", {"findings": "Chậm chi trả"}, 2)
    assert client.post(f"/chi-dao/hoat-dong/{a.pk}/sua/", {"kind": "supervision", "title": "y",
                                                           "starts_on": "2026-03-01", "participants": 1,
                                                           "version": 1}).status_code == 409


def test_a_commune_reporter_neither_sees_nor_uses_the_provinces_edit_pages(world, client):
    d = directive(world.a.reviewer, world.a.btgdv)
    t = task(world.a.reviewer, world.a.btgdv, lead_units=[world.a.btgdv])
    client.force_login(world.a.reporter)
    assert "/sua/" not in client.get(d.get_absolute_url()).content.decode()
    assert client.get(f"/chi-dao/van-ban/{d.pk}/sua/").status_code == 404
    assert client.get(f"/chi-dao/nhiem-vu/{t.pk}/sua/").status_code == 404


def test_progress_with_evidence_on_the_page_then_withdrawn(world, client, django_assert_max_num_queries):
    t = task(world.a.reporter, world.a.commune_party)
    a = activity(world.a.reporter, world.a.commune_party, title="Đối thoại tháng Ba", task=t)
    d = directive(world.a.reviewer, world.a.btgdv)
    client.force_login(world.a.reporter)
    page = client.get(t.get_absolute_url()).content.decode()
    assert "Đối thoại tháng Ba" in page and 'name="evidence_directive"' in page
    assert client.post(t.get_absolute_url(), {"status": "in_progress", "percent": 50, "reported_on": "2026-03-05",
                                              "evidence_activity": a.pk}).status_code == 302
    assert client.post(t.get_absolute_url(), {"status": "in_progress", "percent": 60, "reported_on": "2026-03-06",
                                              "evidence_directive": d.pk}).status_code == 302
    with django_assert_max_num_queries(30):
        page = client.get(t.get_absolute_url()).content.decode()
    reports = page.split('id="reports"')[1].split("</ul>")[0]
    assert a.get_absolute_url() in reports and d.get_absolute_url() in reports
    assert "Rút báo cáo gần nhất" in page
    t.refresh_from_db()
    assert client.post(f"/chi-dao/nhiem-vu/{t.pk}/rut-bao-cao/", {"version": t.version}).status_code == 302
    t.refresh_from_db()
    assert (t.percent, t.progress_reports.count()) == (50, 1)
    client.post(f"/chi-dao/nhiem-vu/{t.pk}/rut-bao-cao/", {"version": 1})  # stale: nothing removed
    assert t.progress_reports.count() == 1


def test_the_task_detail_page_queries_do_not_grow_with_reports(world, client, django_assert_max_num_queries):
    t = task(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)

    def queries_with(n):
        for i in range(n):
            a = activity(world.a.reporter, world.a.commune_party, title=f"HĐ {i}", starts_on=date(2026, 3, 1 + i))
            task_services.report_progress(world.a.reporter, Task.objects.get(pk=t.pk), status="in_progress",
                                          percent=10 + i, reported_on=date(2026, 3, 1 + i), evidence_activity=a)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert client.get(t.get_absolute_url()).status_code == 200
        return len(ctx.captured_queries)

    assert queries_with(1) == queries_with(6)


def test_a_report_file_proposes_its_tasks_and_a_document_file_fills_the_form(world, client):
    client.force_login(world.a.reviewer)
    read = client.post("/chi-dao/nhiem-vu/de-xuat/", {"action": "read",
                                                     "file": SimpleUploadedFile("ket-luan.docx", CONCLUSION)})
    html = read.content.decode()
    assert read.status_code == 200 and "Tăng cường dân vận chính quyền" in html and "Tập huấn kỹ năng" in html
    central = directive(world.a.reviewer, world.a.btgdv, type="NQ", number="25", symbol="NQ/TW",
                        issued_on=date(2013, 6, 3), external_issuer="Ban Chấp hành Trung ương")
    page = client.post("/chi-dao/van-ban/moi/", {"action": "parse", "source": SimpleUploadedFile("kh.docx", PLAN)})
    html = page.content.decode()
    assert page.status_code == 200 and 'value="45"' in html and 'value="KH/TU"' in html
    assert 'value="2013-09-10"' in html and f'<option value="{central.pk}" selected>' in html


def test_an_unreadable_or_too_large_file_is_refused_in_vietnamese(world, client):
    client.force_login(world.a.reviewer)
    broken = client.post("/chi-dao/nhiem-vu/de-xuat/", {"action": "read",
                                                       "file": SimpleUploadedFile("x.docx", b"PK\x03\x04 hong")})
    assert broken.status_code == 200 and "Không đọc được tệp" in broken.content.decode()
    with override_settings(UPLOAD_MAX_BYTES=1000):
        big = client.post("/chi-dao/van-ban/moi/", {"action": "parse",
                                                    "source": SimpleUploadedFile("kh.docx", PLAN + b"x" * 2000)})
    assert big.status_code == 400 and "errorlist" in big.content.decode()
    assert not Directive.objects.exists()


# --- API -----------------------------------------------------------------------------------------------


def test_api_patches_with_version_and_answers_409_when_stale(world, client):
    d = directive(world.a.reviewer, world.a.btgdv)
    t = task(world.a.reviewer, world.a.btgdv, lead_units=[world.a.commune_party])
    a = activity(world.a.reviewer, world.a.btgdv)
    client.force_login(world.a.reviewer)
    body = client.patch(f"/api/v1/directives/{d.pk}", {"version": 1, "subject": "Sửa qua API"},
                        content_type="application/json")
    assert body.status_code == 200 and (body.json()["subject"], body.json()["version"]) == ("Sửa qua API", 2)
    assert client.patch(f"/api/v1/directives/{d.pk}", {"version": 1, "subject": "x"},
                        content_type="application/json").status_code == 409
    body = client.patch(f"/api/v1/tasks/{t.pk}", {"version": 1, "title": "Sửa qua API", "directive": d.pk},
                        content_type="application/json")
    assert body.status_code == 200 and (body.json()["title"], body.json()["directive"]) == ("Sửa qua API", d.pk)
    body = client.patch(f"/api/v1/tasks/{t.pk}", {"version": 2, "directive": None}, content_type="application/json")
    assert body.json()["directive"] is None
    body = client.patch(f"/api/v1/activities/{a.pk}", {"version": 1, "participants": 55, "task": t.pk},
                        content_type="application/json")
    assert body.status_code == 200 and (body.json()["participants"], body.json()["task"]) == (55, t.pk)
    bad = client.patch(f"/api/v1/activities/{a.pk}", {"version": 2, "kind": "khong-co"},
                       content_type="application/json")
    assert bad.status_code == 400 and "Loại hoạt động" in bad.json()["detail"]
    assert Activity.objects.get(pk=a.pk).version == 2


def test_api_progress_with_evidence_the_task_detail_and_withdrawal(world, client):
    t = task(world.a.reporter, world.a.commune_party)
    a = activity(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    reported = client.post(f"/api/v1/tasks/{t.pk}/progress", {"status": "in_progress", "percent": 40,
                                                              "reported_on": "2026-03-05", "evidence_activity": a.pk},
                           content_type="application/json")
    assert reported.status_code == 201
    detail = client.get(f"/api/v1/tasks/{t.pk}").json()
    assert detail["reports"][0]["evidence"] == {"kind": "activity", "id": a.pk, "label": a.title,
                                                "url": a.get_absolute_url()}
    withdrawn = client.post(f"/api/v1/tasks/{t.pk}/progress/withdraw", {"version": detail["version"]},
                            content_type="application/json")
    assert withdrawn.status_code == 200 and withdrawn.json()["progress"] == 0
    assert client.post(f"/api/v1/tasks/{t.pk}/progress/withdraw", {"version": 1},
                       content_type="application/json").status_code == 409


def test_api_hides_evidence_the_reader_may_not_see_and_refuses_foreign_evidence(world, client):
    t = task(world.a.reviewer, world.a.btgdv, lead_units=[world.a.commune_party])
    b_activity = activity(world.b.reporter, world.b.commune_party)
    client.force_login(world.a.reviewer)
    refused = client.post(f"/api/v1/tasks/{t.pk}/progress", {"status": "in_progress", "percent": 10,
                                                             "reported_on": "2026-03-05",
                                                             "evidence_activity": b_activity.pk},
                          content_type="application/json")
    assert refused.status_code == 404 and not t.progress_reports.exists()
    commune_task = task(world.a.reporter, world.a.commune_party)
    other = activity(world.a.reviewer, world.a.btgdv, title="Hội nghị của tỉnh")
    task_services.report_progress(world.a.reviewer, commune_task, status="in_progress", percent=20,
                                  reported_on=date(2026, 3, 6), evidence_activity=other)
    client.force_login(world.a.reporter)  # the commune reads its task, not the province's activity
    detail = client.get(f"/api/v1/tasks/{commune_task.pk}")
    assert detail.status_code == 200 and detail.json()["reports"][0]["evidence"] is None
    assert "Hội nghị của tỉnh" not in client.get(commune_task.get_absolute_url()).content.decode()
    client.force_login(world.b.reviewer)
    assert client.get(f"/api/v1/tasks/{t.pk}").status_code == 404
    assert client.patch(f"/api/v1/tasks/{t.pk}", {"version": 1, "title": "x"},
                        content_type="application/json").status_code == 404


def test_api_reads_uploaded_files(world, client):
    client.force_login(world.a.reporter)
    tasks = client.post("/api/v1/tasks/propose-file", {"file": SimpleUploadedFile("kl.docx", CONCLUSION)})
    assert tasks.status_code == 200 and tasks.json()["tasks"] == [
        "Tăng cường dân vận chính quyền", "Đối thoại định kỳ với nhân dân",
        "Tập huấn kỹ năng dân vận cho cán bộ cơ sở"]
    fields = client.post("/api/v1/directives/parse-file", {"file": SimpleUploadedFile("kh.docx", PLAN)}).json()
    assert (fields["type"], fields["number"], fields["symbol"], fields["issued_on"]) == ("KH", "45", "KH/TU",
                                                                                         "2013-09-10")
    assert fields["issuer"] == "Tỉnh ủy Lào Cai" and "25-NQ/TW" in fields["implements_reference"]
    with override_settings(UPLOAD_MAX_BYTES=1000):
        big = client.post("/api/v1/tasks/propose-file", {"file": SimpleUploadedFile("kl.docx", CONCLUSION + b"x" * 2000)})
    assert big.status_code == 400 and "detail" in big.json()
    empty = client.post("/api/v1/directives/parse-file", {"file": SimpleUploadedFile("x.txt", b"")})
    assert empty.status_code == 400
