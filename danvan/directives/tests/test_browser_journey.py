"""Real-browser journey on a phone-sized screen: a commune records a dialogue with a commitment, then finds it
counted in this month's report draft (DT_CUOC, taken from the records)."""

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_dialogue_with_a_commitment_is_counted_in_the_months_report_draft(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    page, url = browser_page, live_server.url
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto(url + "/chi-dao/hoat-dong/moi/")
    page.fill("#id_username", "xa-37")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:has-text('Ghi nhận hoạt động')")
    wide = page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 390)"
                         ".map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 12)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, wide  # the form fits the phone's width
    page.select_option("#id_kind", "dialogue")
    page.fill("#id_title", "Đối thoại về giải phóng mặt bằng đường tỉnh")
    page.fill("#id_participants", "120")
    page.fill("#id_issues", "Giá đền bù thấp hơn giá thị trường.")
    page.fill("#id_commitment_1", "Rà soát lại giá đền bù, trả lời bằng văn bản")
    page.fill("#id_commitment_1_deadline", "2027-01-31")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Đã ghi nhận hoạt động.")
    assert "Rà soát lại giá đền bù" in page.locator("#commitments").inner_text()

    page.goto(url + "/bao-cao/moi/")
    assert world.a.commune_party.name in page.locator("#id_unit").inner_text()
    page.click("button:has-text('Tạo bản nháp')")
    page.wait_for_selector("text=Đã tạo bản nháp")
    assert page.input_value("#v-DT_CUOC") == "1"
    assert "Đối thoại về giải phóng mặt bằng đường tỉnh" in page.content()
    page.screenshot(path="var/browser-directives-draft.png", full_page=True)
    assert problems == []
