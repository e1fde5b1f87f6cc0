"""Real-browser journey (Playwright + Debian's Chromium) on a phone-sized screen."""

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_in_browse_to_a_commune_see_a_unit_and_be_refused_another_province(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    page = browser_page
    page.goto(live_server.url + "/")  # the public portal's home for a visitor; staff sign in from its footer
    page.click("text=Cán bộ đăng nhập")
    assert "/tai-khoan/dang-nhap/" in page.url

    page.fill("#id_username", "xa-37")
    page.fill("#id_password", "sai-mat-khau")
    page.click("button[type=submit]")
    assert page.locator(".errorlist").inner_text().startswith("Tên đăng nhập hoặc mật khẩu không đúng")

    page.fill("#id_username", "tinh-37")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Đơn vị và phạm vi của bạn")
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình" in page.content()

    # The area tree: provinces → Ninh Bình's communes, found by a search typed without diacritics.
    page.goto(live_server.url + "/dia-ban/")
    page.fill("#id_q", "ninh binh")
    page.wait_for_selector("#results >> text=Tỉnh Ninh Bình")
    page.goto(live_server.url + "/dia-ban/?era=current&parent=37")
    page.click(f"text={world.a.commune.name}")
    page.wait_for_selector("h1")
    assert world.a.commune.name in page.locator("h1").inner_text()
    assert "Hình thành từ" in page.content()  # lineage to the legacy communes

    # A unit of the commune, from the area page.
    page.click(f"text={world.a.commune_front.name}")
    page.wait_for_selector(f"h1:has-text('{world.a.commune_front.name}')")
    assert world.a.commune_party.name in page.content()
    page.screenshot(path="var/browser-unit.png", full_page=True)

    # Another province's unit: not found, nothing of it shown.
    response = page.goto(live_server.url + f"/dia-ban/to-chuc/{world.b.btgdv.pk}/")
    assert response.status == 404
    assert world.b.btgdv.name not in page.content()
    assert "Không tìm thấy trang" in page.content()
    page.screenshot(path="var/browser-journey.png", full_page=True)
