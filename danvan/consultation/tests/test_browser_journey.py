"""Real-browser journey on a phone-sized screen: read a piece of the draft, comment with one tap on a stance,
see the comment counted in the synthesis."""

import pytest

from danvan.consultation.tests.conftest import make_consultation
from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_read_a_piece_on_a_phone_comment_with_one_tap_and_see_it_in_the_synthesis(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    c = make_consultation(world.a.reviewer, world.a.btgdv)
    page, url = browser_page, live_server.url
    page.goto(url + "/tai-khoan/dang-nhap/")
    page.fill("#id_username", "tinh-37")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Đơn vị và phạm vi của bạn")
    page.goto(url + f"/gop-y-du-thao/{c.pk}/")
    page.click("text=Tăng trưởng kinh tế bình quân đạt 7,5%/năm.")
    page.wait_for_selector("h1.piece-code")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the piece fits the phone's width
    assert "Tăng trưởng kinh tế bình quân đạt 7,5%/năm." in page.inner_text(".piece-text")
    page.click(".stance-buttons label:has-text('Tán thành')")
    page.click("button.send")
    page.wait_for_selector("text=Đã ghi nhận ý kiến")
    page.goto(url + f"/gop-y-du-thao/{c.pk}/tong-hop/")
    assert page.inner_text(".total-comments") == "1"
    assert "1 ý kiến" in page.inner_text(".synthesis-piece")
