"""The navigation bar is what the apps registered (core.registry.navigation), the same links as before for each user."""

import re

import pytest
from django.urls import reverse

from danvan.core import registry
from danvan.core.context_processors import visible_items

pytestmark = pytest.mark.django_db

NAV = re.compile(r'<nav class="nav">(.*?)</nav>', re.DOTALL)
LINK = re.compile(r'<a href="([^"]+)"[^>]*>([^<]+)')
EVERYONE = ["Trang chủ", "Địa bàn", "Tổ chức", "Bàn làm việc", "Báo cáo", "Tình hình", "Dân vận khéo", "Chỉ đạo",
            "Hoạt động", "Đơn thư", "Góp ý dự thảo", "Thông báo", "Tổng hợp", "Cổng thông tin"]


def rendered_nav(client, url="/") -> list[tuple[str, str]]:
    """(url, label) of every link of the bar, before the account links (user name, password, log out)."""
    match = NAV.search(client.get(url).content.decode())
    if match is None:
        return []
    bar = match.group(1).split('<span class="nav-user">')[0]
    return [(href, label.strip()) for href, label in LINK.findall(bar)]


def registered(user) -> list[tuple[str, str]]:
    return [(reverse(item.url_name), str(item.label)) for item in visible_items(user)]


@pytest.mark.parametrize("who", ["reviewer", "reporter"])
def test_members_see_the_registered_items_in_todays_order(world, client, who):
    user = getattr(world.a, who)
    client.force_login(user)
    nav = rendered_nav(client)
    assert nav == registered(user)
    assert [label for _, label in nav] == [*EVERYONE, "Kiểm duyệt", "Mã API"]  # both may report: the portal queue


def test_an_administrator_also_sees_the_audit_trail_and_the_catalogues(world, client):
    client.force_login(world.admin)
    nav = rendered_nav(client)
    assert nav == registered(world.admin)
    assert [label for _, label in nav] == [*EVERYONE, "Kiểm duyệt", "Nhật ký", "Danh mục", "Mã API"]
    assert (reverse("admin:index"), "Danh mục") in nav


def test_an_anonymous_visitor_sees_only_public_items(client):
    from django.contrib.auth.models import AnonymousUser

    assert rendered_nav(client, reverse("accounts:login")) == registered(AnonymousUser()) == []
    registry.navigation.register(registry.NavItem("test-portal", "Cổng thông tin", "core:home", public=True))
    try:
        assert rendered_nav(client, reverse("accounts:login")) == [(reverse("core:home"), "Cổng thông tin")]
    finally:
        registry.navigation.unregister("test-portal")


def test_the_current_section_is_marked_and_the_unread_count_shows(world, client):
    client.force_login(world.a.reporter)
    page = client.get(reverse("reporting:submission_list")).content.decode()
    assert f'<a href="{reverse("reporting:submission_list")}" aria-current="page">Báo cáo</a>' in page
    assert page.count('aria-current="page"') == 1


def test_the_bar_queries_only_for_the_unread_count_it_prints(world, rf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from danvan.core.context_processors import navigation
    from danvan.core.permissions import Action

    request = rf.get("/")
    request.user = world.a.reporter
    request.user.scope_for(Action.REPORT)  # read once per request by every page (cached on the user)
    with CaptureQueriesContext(connection) as queries:
        links = list(navigation(request)["navigation"])
    badges = [link.key for link in links if link.badge is not None]
    assert len(queries) == 0 and badges == ["notifications", "portal_moderation"]
    with CaptureQueriesContext(connection) as queries:
        assert str(links[[link.key for link in links].index("notifications")].badge) == "0"
    assert len(queries) == 1


def test_the_phone_menu_can_be_opened_from_the_keyboard_and_by_a_screen_reader(client, django_user_model):
    """On a phone the bar is behind ☰: its checkbox must stay focusable (no display:none outside the desktop rule)."""
    from danvan.core.tests.test_stylesheet import css

    client.force_login(django_user_model.objects.create_user("menu", password="x"))
    page = client.get("/").content.decode()
    toggle = _match(r'<input type="checkbox" id="nav-toggle"[^>]*>', page).group(0)
    burger = _match(r'<label for="nav-toggle"[^>]*>', page).group(0)
    assert 'aria-label="Mở trình đơn"' in toggle and "aria-hidden" not in burger
    phone_rules = css().split("@media (min-width: 860px)")[0]
    toggle_rule = _match(r"\.nav-toggle \{([^}]*)\}", phone_rules).group(1)
    assert "display: none" not in toggle_rule


def _match(pattern: str, text: str) -> re.Match[str]:
    found = re.search(pattern, text)
    assert found is not None, pattern
    return found
