"""The pages: lists with bounded query counts, the forms write through the services, the review .docx."""

import io
from datetime import date

import pytest
from docx import Document

from danvan.directives.models import Activity, Directive, Task
from danvan.directives.services.tasks import report_progress
from danvan.directives.tests.conftest import activity, directive, task

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/chi-dao/", "/chi-dao/nhiem-vu/?period=2026-H1", "/chi-dao/hoat-dong/",
                                 "/chi-dao/hoat-dong/lich/?month=2026-03", "/chi-dao/hoat-dong/dan-chu-co-so/?year=2026"])
def test_lists_answer_with_a_bounded_number_of_queries(world, client, django_assert_max_num_queries, url):
    for i in range(8):
        directive(world.a.reporter, world.a.commune_party, number=str(100 + i))
        parent = task(world.a.reporter, world.a.commune_party, title=f"Nhiệm vụ {i}")
        task(world.a.reporter, world.a.commune_party, title=f"Nhiệm vụ con {i}", parent=parent)
        activity(world.a.reporter, world.a.commune_party, title=f"Hoạt động {i}", starts_on=date(2026, 3, 1 + i))
    client.force_login(world.a.reporter)
    with django_assert_max_num_queries(25):
        response = client.get(url)
    assert response.status_code == 200


def test_a_pasted_citation_fills_the_form_then_saving_records_it(world, client):
    client.force_login(world.a.reviewer)
    page = client.post("/chi-dao/van-ban/moi/", {"action": "parse", "citation": (
        "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng về tăng cường công tác dân vận")})
    html = page.content.decode()
    assert 'value="25"' in html and 'value="NQ/TW"' in html and 'value="2013-06-03"' in html
    assert '<option value="Ban Chấp hành Trung ương" selected>' in html
    saved = client.post("/chi-dao/van-ban/moi/", {
        "unit": world.a.btgdv.pk, "external_issuer": "Ban Chấp hành Trung ương", "type": "NQ", "number": "25",
        "symbol": "NQ/TW", "issued_on": "2013-06-03", "subject": "Tăng cường công tác dân vận"})
    assert saved.status_code == 302
    d = Directive.objects.get(number="25")
    detail = client.get(saved["Location"]).content.decode()
    assert "Chưa ban hành (1/1)" in detail and world.a.btgdv.name in detail and d.reference == "25-NQ/TW"


def test_recording_a_dialogue_with_a_commitment_on_the_page(world, client):
    client.force_login(world.a.reporter)
    response = client.post("/chi-dao/hoat-dong/moi/", {
        "unit": world.a.commune_party.pk, "kind": "dialogue", "title": "Đối thoại về đất đai", "starts_on": "2026-03-02",
        "participants": 80, "issues": "Cấp sổ đỏ chậm", "commitment_1": "Cấp sổ trong quý II",
        "commitment_1_deadline": "2026-06-30"})
    assert response.status_code == 302
    a = Activity.objects.get(title="Đối thoại về đất đai")
    assert a.details == {"issues": "Cấp sổ đỏ chậm"} and a.commitments.get().text == "Cấp sổ trong quý II"
    assert "Cấp sổ trong quý II" in client.get(response["Location"]).content.decode()


def test_tasks_proposed_from_a_conclusion_are_created_once_confirmed(world, client):
    client.force_login(world.a.reviewer)
    read = client.post("/chi-dao/nhiem-vu/de-xuat/", {"action": "read", "text": "1. Sơ kết; 2. Đối thoại; 3. Tập huấn"})
    assert 'value="Đối thoại"' in read.content.decode()
    created = client.post("/chi-dao/nhiem-vu/de-xuat/", {
        "action": "create", "task": ["Sơ kết", "Tập huấn"], "unit": world.a.btgdv.pk, "period": "2026-H2",
        "deadline": "2026-12-31", "lead_units": [world.a.commune_party.pk]})
    assert created.status_code == 302
    assert sorted(Task.objects.values_list("title", flat=True)) == ["Sơ kết", "Tập huấn"]


def test_the_review_report_lists_each_task_with_its_latest_progress(world, client):
    t = task(world.a.reviewer, world.a.btgdv, title="Sơ kết Nghị quyết 25", period="2026-H1",
             lead_units=[world.a.commune_party])
    report_progress(world.a.reviewer, t, status="in_progress", percent=70, reported_on=date(2026, 5, 1),
                    note="Đã xong 7/10 xã")
    client.force_login(world.a.reviewer)
    response = client.get(f"/chi-dao/nhiem-vu/bao-cao.docx?period=2026-H1&unit={world.a.btgdv.pk}")
    assert response.status_code == 200
    text = "\n".join(cell.text for table in Document(io.BytesIO(response.content)).tables
                     for row in table.rows for cell in row.cells)
    assert "Sơ kết Nghị quyết 25" in text and "70%" in text and "Đã xong 7/10 xã" in text


def test_reporting_progress_on_the_task_page(world, client):
    t = task(world.a.reporter, world.a.commune_party, deadline=date(2099, 1, 1))
    client.force_login(world.a.reporter)
    response = client.post(f"/chi-dao/nhiem-vu/{t.pk}/", {"status": "in_progress", "percent": 55,
                                                          "reported_on": "2026-03-01", "note": ""})
    assert response.status_code == 302
    assert 'id="task-percent">55%' in client.get(f"/chi-dao/nhiem-vu/{t.pk}/").content.decode()


def test_the_task_timeline_has_its_own_heading_apart_from_the_progress_reports(world, client):
    # Without it "Giao nhiệm vụ" read as one more line of "Báo cáo tiến độ" under "Chưa có báo cáo".
    t = task(world.a.reporter, world.a.commune_party, deadline=date(2099, 1, 1))
    client.force_login(world.a.reporter)
    page = client.get(f"/chi-dao/nhiem-vu/{t.pk}/").content.decode()
    assert page.index('<h2 id="timeline">Diễn biến</h2>') < page.index('<ol class="timeline">')


@pytest.mark.parametrize(("url", "labels"), [
    ("/chi-dao/", ["Văn bản", "Cơ quan ban hành", "Ngày", "Thực hiện"]),
    ("/chi-dao/nhiem-vu/?period=2026-H1", ["Nhiệm vụ", "Kỳ", "Thời hạn", "Tiến độ", "Tình trạng"]),
    ("/chi-dao/hoat-dong/", ["Hoạt động", "Loại", "Ngày", "Người tham gia"]),
])
def test_the_lists_read_as_labelled_cards_on_a_phone(world, client, url, labels):
    directive(world.a.reporter, world.a.commune_party)
    task(world.a.reporter, world.a.commune_party)
    activity(world.a.reporter, world.a.commune_party)
    client.force_login(world.a.reporter)
    page = client.get(url).content.decode()
    assert '<table class="responsive">' in page
    assert all(f'<td data-label="{label}">' in page for label in labels)
