"""Real-browser journey on a phone-sized screen: register a model, a reviewer evaluates and recognises it,
the statistics change."""

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, url, username):
    page.context.clear_cookies()
    page.goto(url + "/tai-khoan/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Đơn vị và phạm vi của bạn")


def test_register_on_a_phone_then_a_reviewer_evaluates_and_recognises_and_the_statistics_change(
        live_server, browser_page):  # noqa: F811
    build_world("37", "12")
    page, url = browser_page, live_server.url
    sign_in(page, url, "tinh-37")
    page.goto(url + "/dan-van-kheo/thong-ke/?period=2026")
    assert page.locator("#fig-recognised").inner_text() == "0"

    sign_in(page, url, "xa-37")
    page.goto(url + "/dan-van-kheo/dang-ky/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the form fits the phone's width
    page.fill("#id_name", "Tổ tự quản đường hoa kiểu mẫu")
    page.select_option("#id_field", "nong_thon_moi")
    page.fill("#id_registered_on", "2026-02-01")
    page.fill("#id_goals", "10 km đường hoa.")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("h1:has-text('Tổ tự quản đường hoa kiểu mẫu')")
    page.click("a.button:has-text('Triển khai')")
    page.fill("#id_launched_on", "2026-02-10")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Đã triển khai")

    sign_in(page, url, "tinh-37")
    page.goto(url + "/dan-van-kheo/?q=duong hoa")
    page.click("text=Tổ tự quản đường hoa kiểu mẫu")
    page.click("a.button:has-text('Đánh giá')")
    page.fill("#id_period", "2026-Q1")
    page.fill("#id_evaluated_on", "2026-03-10")
    page.check("input[name=effective][value='1']")
    page.fill("#id_score_hieu_qua", "9")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Đã đánh giá")
    page.click("a.button:has-text('Khen thưởng')")
    page.fill("#id_decision_number", "25/QĐ-UBND")
    page.fill("#id_decision_date", "2026-03-20")
    page.fill("#id_issuer", "UBND tỉnh Ninh Bình")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Đã công nhận")
    assert "25/QĐ-UBND" in page.content()

    page.goto(url + "/dan-van-kheo/thong-ke/?period=2026")
    assert page.locator("#fig-recognised").inner_text() == "1"
    assert page.locator("#fig-effective").inner_text() == "1"
    page.wait_for_selector("#chart-by_field canvas")
    page.screenshot(path="var/browser-movement-stats.png", full_page=True)
