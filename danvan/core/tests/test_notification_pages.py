"""The notification inbox is core's page, at the paths it always had (links in sent notices keep working)."""

import pytest
from django.urls import resolve, reverse

from danvan.core import views

pytestmark = pytest.mark.django_db


def test_the_inbox_keeps_its_paths_under_core_names():
    assert reverse("core:notification_list") == "/bao-cao/thong-bao/"
    assert reverse("core:notifications_mark_read") == "/bao-cao/thong-bao/da-doc/"
    assert reverse("core:notifications_badge") == "/bao-cao/thong-bao/chua-doc/"
    assert resolve("/bao-cao/thong-bao/").func.view_class is views.NotificationListView


def test_the_inbox_page_is_core_s_and_links_back_to_itself(world, client):
    client.force_login(world.a.reviewer)
    page = client.get("/bao-cao/thong-bao/").content.decode()
    assert "Bạn chưa có thông báo nào." in page
    assert '<a href="/bao-cao/thong-bao/" aria-current="page">Thông báo</a>' in page
