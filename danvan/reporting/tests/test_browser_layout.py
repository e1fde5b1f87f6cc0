"""Layout seen in a real browser: what the screenshots of the user guide showed wrong stays right."""

import pytest

from danvan.reporting import services
from danvan.reporting.models import ReportForm
from danvan.reporting.tests.test_browser_reporting import sign_in
from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORD_REPORT = """I- KẾT QUẢ THỰC HIỆN
Đảng ủy phường đã phối hợp trao 120 suất quà cho hộ nghèo, tổng giá trị 36 triệu đồng; hỗ trợ 1,5 tấn gạo.
"""

# How many lines an element's text takes: its client rectangles, one per line box.
LINES = "el => { const r = document.createRange(); r.selectNodeContents(el); " \
        "return new Set(Array.from(r.getClientRects(), b => Math.round(b.top))).size; }"
BOX = "el => { const b = el.getBoundingClientRect(); return [b.left, b.right]; }"


def test_word_import_check_page_shows_the_indicator_name_as_the_main_text(live_server, browser_page,  # noqa: F811
                                                                       tmp_path):
    build_world("37", "12")
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    report = tmp_path / "bao-cao.txt"
    report.write_text(WORD_REPORT, encoding="utf-8")
    sign_in(page, live_server.url, "xa-37", "/bao-cao/nhap-van-ban/")
    page.fill("#f-period", "2026-03")
    page.set_input_files("#f-file", str(report))
    page.click("button:has-text('Đọc tệp')")
    page.wait_for_selector("label[for=v-QUA_SL]")
    name, code = page.locator("label[for=v-QUA_SL]"), page.locator("label[for=v-QUA_SL] + *")
    assert "QUA_SL" in code.inner_text()
    style = "el => { const s = getComputedStyle(el); return [parseFloat(s.fontSize), s.color]; }"
    (name_size, name_colour), (code_size, code_colour) = name.evaluate(style), code.evaluate(style)
    assert name_size > code_size
    assert name_colour != code_colour  # the code is muted, the name is not


def test_review_queue_never_breaks_a_code_at_its_hyphens(live_server, browser_page):  # noqa: F811
    world = build_world("37", "12")
    form = ReportForm.objects.get(code="BC-DV-THANG")
    s = services.create_submission(world.admin, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": 7})
    services.submit_submission(world.admin, s)
    page = browser_page
    sign_in(page, live_server.url, "tinh-37", "/bao-cao/duyet/")
    for width in (1280, 700):  # wide, and narrow enough that the columns are squeezed
        page.set_viewport_size({"width": width, "height": 900})
        assert page.locator("td[data-label='Biểu mẫu']", has_text="BC-DV-THANG").evaluate(LINES) == 1, width
        assert page.locator("td[data-label='Kỳ']", has_text="2026-03").evaluate(LINES) == 1, width


def test_excel_page_of_a_provincial_user_keeps_long_unit_names_in_their_card(live_server, browser_page):  # noqa: F811
    build_world("37", "12")
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server.url, "tinh-37", "/bao-cao/excel/")
    page.wait_for_selector("#t-unit")
    left, right = page.locator("section.card").nth(0), page.locator("section.card").nth(1)
    _, left_edge = left.evaluate(BOX)
    right_start, _ = right.evaluate(BOX)
    assert left_edge <= right_start
    for inner in ("#t-unit", "#t-form", "button:has-text('Tải mẫu .xlsx')"):
        _, inner_right = page.locator(inner).evaluate(BOX)
        assert inner_right <= left_edge, inner
    assert "5.000 dòng" in right.inner_text()
