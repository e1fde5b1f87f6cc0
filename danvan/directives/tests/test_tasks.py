"""Key tasks: a parent's progress follows its children, `late` is derived, progress reports are validated."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from danvan.directives import rules
from danvan.directives.selectors import tasks as selectors
from danvan.directives.services.tasks import report_progress
from danvan.directives.tests.conftest import task

pytestmark = pytest.mark.django_db
TODAY = date(2026, 7, 15)


def progress(t, today=TODAY):
    t.refresh_from_db()
    return selectors.progress_of([t], today)[t.pk]


@pytest.fixture
def family(world):
    """A provincial task broken down into two commune tasks (one of them broken down once more)."""
    parent = task(world.a.reviewer, world.a.btgdv, title="Tổ chức đối thoại ở 100% xã", deadline=date(2026, 12, 31))
    first = task(world.a.reporter, world.a.commune_party, title="Đối thoại ở xã", parent=parent,
                 deadline=date(2026, 12, 31))
    second = task(world.a.reporter, world.a.commune_party, title="Đối thoại lần hai", parent=parent,
                  deadline=date(2026, 12, 31))
    grandchild = task(world.a.reporter, world.a.commune_front, title="Mặt trận chuẩn bị nội dung", parent=second,
                      deadline=date(2026, 12, 31))
    return parent, first, second, grandchild


def test_a_parents_progress_is_the_average_of_its_childrens_always_fresh(world, family):
    parent, first, second, grandchild = family
    assert progress(parent) == rules.Progress("not_started", 0, False)
    report_progress(world.a.reporter, first, status="in_progress", percent=60, reported_on=date(2026, 7, 1))
    assert progress(parent) == rules.Progress("in_progress", 30, False)
    report_progress(world.a.reporter, grandchild, status="in_progress", percent=40, reported_on=date(2026, 7, 1))
    assert progress(second).percent == 40 and progress(parent).percent == 50


def test_a_parent_is_done_when_all_its_children_are(world, family):
    parent, first, second, grandchild = family
    for t in (first, grandchild):
        report_progress(world.a.reporter, t, status="done", percent=100, reported_on=date(2026, 7, 1))
    assert progress(parent) == rules.Progress("done", 100, False)


def test_a_parent_takes_no_report_of_its_own(world, family):
    with pytest.raises(ValidationError, match="nhiệm vụ con"):
        report_progress(world.a.reviewer, family[0], status="in_progress", percent=10, reported_on=date(2026, 7, 1))


def test_late_when_the_deadline_passed_without_done(world):
    t = task(world.a.reporter, world.a.commune_party, deadline=date(2026, 6, 30))
    assert progress(t, date(2026, 6, 30)).late is False
    assert progress(t, date(2026, 7, 1)).late is True and progress(t, date(2026, 7, 1)).shown == "late"
    report_progress(world.a.reporter, t, status="done", percent=100, reported_on=date(2026, 7, 2))
    t.refresh_from_db()
    assert progress(t, date(2026, 7, 3)).late is False


def test_a_progress_report_is_validated(world):
    t = task(world.a.reporter, world.a.commune_party)
    with pytest.raises(ValidationError) as refused:
        report_progress(world.a.reporter, t, status="done", percent=50, reported_on=date(2099, 1, 1))
    assert set(refused.value.message_dict) == {"percent", "reported_on"}
    with pytest.raises(ValidationError):
        report_progress(world.a.reporter, t, status="nope", percent=101, reported_on=date(2026, 1, 1))


def test_a_child_of_another_units_task_must_sit_below_it(world):
    parent = task(world.a.reporter, world.a.commune_party)
    with pytest.raises(ValidationError, match="cấp trên"):
        task(world.a.reviewer, world.a.btgdv, parent=parent)


# --- API ---------------------------------------------------------------------------------------------------


def test_api_creates_reports_and_lists_late_tasks(world, client):
    client.force_login(world.a.reviewer)
    payload = {"unit": world.a.btgdv.pk, "period": "2026-H2", "title": "Sơ kết Nghị quyết 25", "description": "",
               "deadline": "2026-01-31", "lead_units": [world.a.commune_party.pk],
               "support_units": [world.a.commune_front.pk]}
    created = client.post("/api/v1/tasks", payload, content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["status"], body["progress"], body["late"]) == ("late", 0, True)  # 31/01/2026 is in the past
    child = client.post("/api/v1/tasks", {**payload, "title": "Sơ kết ở xã", "unit": world.a.commune_party.pk,
                                          "deadline": "2099-12-31", "parent": body["id"]},
                        content_type="application/json").json()
    client.force_login(world.a.reporter)
    reported = client.post(f"/api/v1/tasks/{child['id']}/progress",
                           {"status": "in_progress", "percent": 40, "note": "Đã họp", "reported_on": "2026-02-01"},
                           content_type="application/json")
    assert reported.status_code == 201 and reported.json()["progress"] == 40
    client.force_login(world.a.reviewer)
    late = client.get("/api/v1/tasks?late=true&period=2026-H2").json()
    assert [t["id"] for t in late["items"]] == [body["id"]] and late["items"][0]["progress"] == 40
    assert client.get("/api/v1/tasks?status=in_progress").json()["items"][0]["id"] == child["id"]
    client.force_login(world.b.reviewer)
    assert client.get("/api/v1/tasks").json()["count"] == 0
    assert client.get(f"/api/v1/tasks/{child['id']}/progress").status_code in (404, 405)


def test_api_proposes_the_tasks_of_a_conclusion(world, client):
    client.force_login(world.a.reporter)
    text = "Kết luận: 1. Tăng cường dân vận chính quyền; 2. Đối thoại với nhân dân."
    body = client.post("/api/v1/tasks/propose", {"text": text}, content_type="application/json").json()
    assert body == {"tasks": ["Tăng cường dân vận chính quyền", "Đối thoại với nhân dân"]}


def test_api_refuses_a_bad_period_in_vietnamese(world, client):
    client.force_login(world.a.reviewer)
    response = client.post("/api/v1/tasks", {"unit": world.a.btgdv.pk, "period": "2026-13", "title": "x",
                                             "deadline": "2026-12-31", "lead_units": [world.a.btgdv.pk]},
                           content_type="application/json")
    assert response.status_code == 400 and "detail" in response.json()
