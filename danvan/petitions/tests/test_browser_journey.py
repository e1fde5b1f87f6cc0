"""Real-browser journey: receive a citizen at a reception session, create the petition there, forward it to an
outside body, record its answer after the deadline, and see it in the statistics as late."""

import pytest

from danvan.core.text import fold
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


def test_receive_at_a_session_forward_answer_late_and_see_it_late_in_the_statistics(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    page, url = browser_page, live_server.url
    sign_in(page, url, "xa-37")
    page.goto(url + "/don-thu/tiep-cong-dan/ghi-moi/")
    page.select_option("#id_unit", str(world.a.commune_party.pk))
    page.fill("#id_held_on", "2026-03-02")
    page.fill("#id_host_name", "Lê Văn Cường")
    page.fill("#id_citizens_count", "7")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Đã ghi buổi tiếp công dân")
    page.click("text=Tiếp nhận đơn tại buổi này")
    assert page.input_value("#id_received_on") == "2026-03-02"
    # The area box suggests places by name, typed without diacritics (core.forms.AreaCodeField + app.js).
    commune = world.a.commune
    page.fill("#id_area", fold(commune.name))
    page.wait_for_selector(f"#id_area + datalist option[value='{commune.code}']", state="attached")
    page.fill("#id_area", commune.code)  # what choosing the suggestion puts in the box
    page.wait_for_selector(f".area-picked:has-text('{commune.name}')")
    page.fill("#id_name", "Bùi Thị Hoa")
    page.fill("#id_phone", "0977 123 456")
    page.fill("#id_subject", "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất")
    page.fill("#id_content", "Hồ sơ nộp từ năm 2024 chưa được giải quyết.")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Mã tra cứu")
    code = page.inner_text(".petition-code")
    page.click("a.button:has-text('Chuyển đơn')")
    page.fill("#id_to_body", "Văn phòng Đăng ký đất đai tỉnh")
    page.fill("#id_forwarded_on", "2026-03-04")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Đã chuyển")
    assert "Văn phòng Đăng ký đất đai tỉnh" in page.content()
    page.click("a.button:has-text('Trả lời, giải quyết')")
    page.fill("#id_answered_on", "2026-04-20")  # the 30 days from the forward ended on 3/4
    page.fill("#id_result", "Đã cấp giấy chứng nhận.")
    page.click("form.stacked button[type=submit]")
    page.wait_for_selector("text=Trả lời quá hạn")

    sign_in(page, url, "tinh-37")
    page.goto(url + "/don-thu/thong-ke/?period=2026")
    late = page.inner_text("ul.late")
    assert code in late
    rows = page.inner_text("table.stats")
    assert "Giải quyết quá hạn\t1" in rows
