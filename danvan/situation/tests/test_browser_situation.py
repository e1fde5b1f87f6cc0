"""Real-browser journey on a phone-sized screen: a commune user records notes, the province sees them and the warning."""

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base_url: str, username: str, path: str) -> None:
    page.context.clear_cookies()
    page.goto(base_url + path)
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_commune_records_notes_on_a_phone_and_the_province_sees_them_and_the_warning(live_server,
                                                                                      browser_page):  # noqa: F811
    world = build_world("37", "12")
    page = browser_page
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))

    sign_in(page, live_server.url, "xa-37", "/tinh-hinh/tin/moi/")
    for i in range(3):
        page.goto(live_server.url + "/tinh-hinh/tin/moi/")
        page.fill("#id_text", f"Bà con bức xúc về giải phóng mặt bằng, đền bù chậm (lần {i + 1}).")
        page.check("input[name=mood][value=angry]")
        page.select_option("#id_source_kind", "collaborator")
        page.click("button:has-text('Ghi tin')")
        page.wait_for_selector("text=Đã ghi tin.")
    assert "Giải phóng mặt bằng" in page.content() and "hệ thống gợi ý" in page.content()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"the note page scrolls sideways on a phone ({width}px)"
    page.screenshot(path="var/browser-situation-note.png", full_page=True)

    sign_in(page, live_server.url, "tinh-37", "/tinh-hinh/bang-tinh-hinh/")
    page.wait_for_selector("h1:has-text('Bảng tình hình')")
    body = page.content()
    assert world.a.commune.name in body and "Giải phóng mặt bằng" in body
    page.goto(live_server.url + "/tinh-hinh/canh-bao/")
    assert page.locator("table tbody tr").filter(has_text="Giải phóng mặt bằng").count() == 2  # commune, province
    page.goto(live_server.url + "/tinh-hinh/tin/")
    assert page.locator("table tbody tr").count() == 3
    assert problems == []
