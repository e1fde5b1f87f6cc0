"""Real-browser journey on a phone-sized screen: a leader searches without diacritics from the header, opens the
incident, then opens the desk."""

from datetime import date

import pytest

from danvan.situation import services
from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_leader_searches_without_diacritics_opens_the_incident_then_the_desk_on_a_phone(
        live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    today = date.today()
    incident = services.create_incident(
        world.a.reporter, unit=world.a.commune_party, title="Tranh chấp nghĩa trang ở Gia Viễn",
        description="Người dân phản đối việc di dời nghĩa trang.", areas=[world.a.commune], started_on=today,
        severity=3, people_count=20, today=today)
    page, url = browser_page, live_server.url
    page.goto(url + "/tai-khoan/dang-nhap/")
    page.fill("#id_username", "tinh-37")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Đơn vị và phạm vi của bạn")

    page.keyboard.press("/")  # the header's search box takes the focus
    page.keyboard.type("nghia trang gia vien")
    page.keyboard.press("Enter")
    page.wait_for_selector("h2:has-text('Vụ việc phức tạp')")
    assert page.locator(".search-hits mark").first.inner_text() == "nghĩa"
    page.click("text=Tranh chấp nghĩa trang ở Gia Viễn")
    page.wait_for_url(f"**/tinh-hinh/vu-viec/{incident.pk}/")
    assert "Tranh chấp nghĩa trang ở Gia Viễn" in page.locator("h1").inner_text()

    page.goto(url + "/tim-kiem/ban-lam-viec/")
    page.wait_for_selector("h1:has-text('Bàn làm việc của lãnh đạo')")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the tiles fit the phone's width
    tile = page.locator("#tile-situationincidents")
    assert "Phát sinh" in tile.inner_text() and "mức 3: 1" in tile.inner_text()
