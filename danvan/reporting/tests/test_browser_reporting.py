"""Real-browser journey of periodic reporting on a phone-sized screen: report, submit, approve, see the roll-up."""

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import PASSWORD, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base_url: str, username: str, path: str) -> None:
    page.context.clear_cookies()
    page.goto(base_url + path)
    assert "/tai-khoan/dang-nhap/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_commune_reports_province_approves_and_the_rollup_shows_it(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    page = browser_page
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("dialog", lambda dialog: dialog.accept())  # the "submit?" confirmation

    # The commune reporter opens this month's report for their unit (the defaults) …
    sign_in(page, live_server.url, "xa-37", "/bao-cao/moi/")
    page.wait_for_selector("h1:has-text('Báo cáo mới')")
    assert world.a.commune_party.name in page.locator("#id_unit").inner_text()
    page.click("button:has-text('Tạo bản nháp')")
    page.wait_for_selector("text=Đã tạo bản nháp")

    # … types figures the Vietnamese way, writes a section, and submits.
    page.fill("#v-QUA_SL", "120")
    page.fill("#v-QUA_GT", "74.000")
    page.fill("#v-GAO_TAN", "33,5")
    page.fill("#s-KQ", "Tặng 120 suất quà cho hộ khó khăn.")
    page.click("button:has-text('Nộp báo cáo')")
    page.wait_for_selector("text=Đã nộp báo cáo.")
    assert page.locator("#status").inner_text().startswith("Đã nộp")
    assert page.input_value("#v-QUA_GT") == "74.000" and page.input_value("#v-GAO_TAN") == "33,5"
    page.screenshot(path="var/browser-reporting-submitted.png", full_page=True)

    # The provincial reviewer approves it from the review queue.
    sign_in(page, live_server.url, "tinh-37", "/bao-cao/duyet/")
    page.wait_for_selector(f"text={world.a.commune_party.name}")
    page.check("input[name=ids]")
    page.click("button:has-text('Duyệt các báo cáo đã chọn')")
    page.wait_for_selector("text=Đã duyệt 1 báo cáo.")
    assert "Không có báo cáo nào chờ bạn duyệt" in page.content()

    # The roll-up of the province shows the figures at once, with a chart of the communes (this month is
    # still open: the roll-up opens on the last ended one unless asked for another).
    from django.utils import timezone

    from danvan.reporting.periods import period_for_date

    page.goto(live_server.url + "/bao-cao/tong-hop/?period=" + period_for_date(timezone.localdate()).code)
    page.wait_for_selector("td[data-code=QUA_GT]")
    assert page.locator("td[data-code=QUA_GT]").inner_text() == "74.000"
    assert page.locator("td[data-code=GAO_TAN]").inner_text() == "33,5"
    page.wait_for_selector("#rollup-chart[data-ready='1'] svg")
    page.screenshot(path="var/browser-reporting-rollup.png", full_page=True)

    # Drill down to the commune.
    page.click(f".children-table >> text={world.a.commune_party.name}")
    page.wait_for_selector(f".crumbs strong:has-text('{world.a.commune_party.name}')")
    assert page.locator("td[data-code=QUA_SL]").inner_text() == "120"

    # The province compiles its report from what was approved and downloads it as .docx.
    page.goto(live_server.url + "/bao-cao/bao-cao-tong-hop/")
    page.select_option("#s-unit", str(world.a.btgdv.pk))
    page.fill("#s-period", period_for_date(timezone.localdate()).code)
    page.click("text=Tạo bản nháp")
    page.wait_for_selector("#d-section-KQ")
    assert "Tặng 120 suất quà" in page.input_value("#d-section-KQ")
    with page.expect_download() as download:
        page.click("text=Tải văn bản (.docx)")
    import docx

    document = docx.Document(download.value.path())
    header_text = " ".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header_text and "BAN TUYÊN GIÁO VÀ DÂN VẬN" in header_text

    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
