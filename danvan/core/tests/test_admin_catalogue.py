"""The catalogue page (Django admin): every group and entry named in Vietnamese, read-only entries offer "Xem"."""

import re

import pytest
from django.tasks import task

pytestmark = pytest.mark.django_db


@task()
def sample_task(n: int) -> int:
    return n


def entry_links(page: str, href: str) -> list[str]:
    """The link texts of the catalogue row whose entry points at `href` (its name, then Xem/Thay đổi)."""
    row = re.search(rf'<tr class="model-[^"]*">(?:(?!</tr>).)*?href="{re.escape(href)}"(?:(?!</tr>).)*</tr>', page,
                    re.DOTALL)
    assert row, href
    return [re.sub(r"<[^>]+>", "", text).strip() for text in re.findall(r"<a [^>]*>(.*?)</a>", row.group(0))]


def test_catalogue_names_background_tasks_in_vietnamese(world, client):
    client.force_login(world.admin)
    page = client.get("/quan-tri/").content.decode()
    assert "Tác vụ nền" in page and "Kết quả tác vụ" in page
    assert "Tasks Database Backend" not in page and "Task Results" not in page


def test_background_task_list_and_detail_speak_vietnamese(world, client):
    result = sample_task.enqueue(3)
    client.force_login(world.admin)
    listing = client.get("/quan-tri/django_tasks_database/dbtaskresult/").content.decode()
    for label in ("Tác vụ", "Trạng thái", "Xếp hàng lúc", "Chờ chạy", "sample_task"):
        assert label in listing
    for english in ("Task name", "Enqueued at", "Queue name", ">READY<", ">Ready<"):
        assert english not in listing
    detail = client.get(f"/quan-tri/django_tasks_database/dbtaskresult/{result.id}/change/").content.decode()
    for label in ("Tham số", "Chạy sau", "Chi tiết lỗi", "Hàng đợi"):
        assert label in detail
    for english in ("Args kwargs", "Run after", "Traceback", "Exception class path"):
        assert english not in detail


def test_read_only_user_entry_offers_view_not_change(world, client):
    client.force_login(world.admin)
    page = client.get("/quan-tri/").content.decode()
    assert entry_links(page, "/quan-tri/accounts/user/") == ["Người dùng", "Xem"]
    detail = client.get(f"/quan-tri/accounts/user/{world.a.reporter.pk}/change/")
    assert detail.status_code == 200 and "xa-37" in detail.content.decode()
    assert 'name="_save"' not in detail.content.decode()
    refused = client.post(f"/quan-tri/accounts/user/{world.a.reporter.pk}/change/", {"username": "doi-ten"})
    assert refused.status_code == 403
    world.a.reporter.refresh_from_db()
    assert world.a.reporter.username == "xa-37"
