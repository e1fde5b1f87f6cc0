"""Chụp lại ảnh minh họa cho docs/huong-dan-su-dung.md.

Cách dùng (máy chủ thử nghiệm riêng, KHÔNG dùng cơ sở dữ liệu thật):

    cd /work/main   # thư mục mã nguồn
    export DEBUG=1 DANVAN_VAR_DIR=/tmp/danvan-guide
    .venv/bin/danvan migrate --noinput && .venv/bin/danvan import_divisions
    .venv/bin/danvan demo --password danvan2026
    .venv/bin/danvan shell -c "from danvan.accounts.services import create_user as cu, grant_membership as gm; from danvan.org.models import Unit; gm(None, user=cu(None, username='qt-phuly', password='danvan2026', full_name='Nguyễn Văn An'), unit=Unit.objects.get(name='Đảng ủy phường Phủ Lý'), role='unit_admin'); cu(None, username='mttq-phuly', password='danvan2026', full_name='Trần Thị Bình')"
    .venv/bin/danvan runserver 127.0.0.1:8765 --noreload &
    .venv/bin/python docs/images/make_screenshots.py http://127.0.0.1:8765

The browser is Debian's Chromium (`apt-get install chromium`), never one Playwright downloads.

`--out DIR` writes the pictures to DIR instead of docs/images, to compare them with the committed ones
before copying over those whose page really changed.

The script writes docs/images/*.png (phone 390 px and desktop 1280 px wide, viewport only, CSS
pixels). It changes the demo data: adds a tổ dân phố, grants mttq-phuly a role, creates an API
token. The last step deliberately fails five sign-ins to show the lock-out: sign-in from this
machine is then refused for LOGIN_LOCKOUT_MINUTES (15) minutes, so re-run only after that, or pass
--no-lockout.

`--reporting-only` takes just the periodic-reporting pictures (100-…, chapter 7 of the guide). They
follow one story through the demo data of today's date: xa-37 imports an Excel file, opens the
Đảng ủy phường Phủ Lý report of the current month, saves it (first with a negative number), submits
it; tinh-37 returns it, approves three reports of the queue at once and un-approves the Đảng ủy's
report of the previous month; xa-37 reads the notifications and submits again; then the dashboards
and the synthesised report of the previous month. They need demo data on which they have not run
yet (the current month's report of the Đảng ủy must not exist): rebuild the scratch database to
run them again.
"""

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent
PASSWORD = "danvan2026"  # noqa: S105  (the public demo password)
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}


class Shooter:
    def __init__(self, browser, base, out=OUT):
        self.browser = browser
        self.base = base.rstrip("/")
        self.out = Path(out)

    def page(self, user=None, viewport=DESKTOP):
        ctx = self.browser.new_context(viewport=viewport, device_scale_factor=1, locale="vi-VN",
                                       is_mobile=viewport is PHONE, has_touch=viewport is PHONE)
        page = ctx.new_page()
        if user:
            self.login(page, user)
        return page

    def login(self, page, user, password=PASSWORD, check=True):
        page.goto(self.base + "/tai-khoan/dang-nhap/")
        page.fill("#id_username", user)
        page.fill("#id_password", password)
        page.click("main button[type=submit]")
        page.wait_for_load_state("networkidle")
        if check and "/dang-nhap/" in page.url and password == PASSWORD:
            sys.exit(f"Không đăng nhập được bằng {user}: {page.inner_text('main')[:200]}")

    def go(self, page, path):
        page.goto(self.base + path)
        page.wait_for_load_state("networkidle")

    def shot(self, page, name, scroll_to=None, height=None, block="center"):
        if height:
            page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
        if scroll_to:
            page.locator(scroll_to).first.evaluate(f"e => e.scrollIntoView({{block: '{block}'}})")
        path = self.out / f"{name}.png"
        page.screenshot(path=str(path), type="png", scale="css", animations="disabled")
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


def basics(s):
    """Chương 1–10: đăng nhập, trang chủ, địa bàn, tổ chức, phân quyền, mã API, nhật ký, điện thoại."""

    # 1. Đăng nhập
    page = s.page()
    s.go(page, "/tai-khoan/dang-nhap/")
    page.fill("#id_username", "tinh-37")
    s.shot(page, "01-dang-nhap")
    s.login(page, "tinh-37", "sai-mat-khau")
    s.shot(page, "02-dang-nhap-sai")
    page.context.close()
    phone = s.page(viewport=PHONE)
    s.go(phone, "/tai-khoan/dang-nhap/")
    s.shot(phone, "03-dang-nhap-dien-thoai")
    phone.context.close()

    # 2. Trang chủ và phạm vi (cán bộ tỉnh, cán bộ xã)
    page = s.page("tinh-37")
    s.shot(page, "10-trang-chu-tinh")

    # 3. Địa bàn
    s.go(page, "/dia-ban/")
    s.shot(page, "20-dia-ban-hien-hanh")
    s.go(page, "/dia-ban/?era=current&parent=37")
    s.shot(page, "21-dia-ban-cap-duoi")
    s.go(page, "/dia-ban/")
    page.fill("#id_q", "dak lak")
    page.wait_for_timeout(1200)  # the list refreshes itself while typing
    page.wait_for_load_state("networkidle")
    s.shot(page, "22-dia-ban-tim-khong-dau")
    s.go(page, "/dia-ban/?era=legacy&parent=347")
    s.shot(page, "23-dia-ban-truoc-2025")
    s.go(page, "/dia-ban/current/13285/")
    s.shot(page, "24-dia-ban-hinh-thanh-tu")
    s.go(page, "/dia-ban/legacy/13285/")
    s.shot(page, "25-dia-ban-nay-thuoc")

    # 5. Tổ chức
    s.go(page, "/dia-ban/to-chuc/")
    s.shot(page, "40-to-chuc")
    s.go(page, "/dia-ban/to-chuc/?q=phu ly")
    s.shot(page, "41-to-chuc-tim")
    page.context.close()

    page = s.page("xa-37")
    s.shot(page, "11-trang-chu-xa")
    unit = page.locator("main table a").first.get_attribute("href")
    s.go(page, unit)
    s.shot(page, "42-to-chuc-chi-tiet")
    page.context.close()

    # 4. Thêm thôn, tổ dân phố (quản trị đơn vị cấp xã)
    page = accept_dialogs(s.page("qt-phuly"))  # "Thu hồi" asks for confirmation
    s.shot(page, "12-trang-chu-quan-tri-don-vi")
    s.go(page, "/dia-ban/current/13285/")
    text = page.inner_text("main")
    name = next(n for n in ("Tổ dân phố Lê Lợi", "Tổ dân phố Trần Hưng Đạo", "Tổ dân phố Biên Hòa",
                            f"Tổ dân phố số {len(text)}") if n not in text)
    page.fill("#id_name", name)
    page.select_option("#id_division_type", "tổ dân phố")
    s.shot(page, "30-them-thon", scroll_to="h2:has-text('Thêm thôn')")
    page.click("form[action$='them-thon/'] button")
    page.wait_for_load_state("networkidle")
    s.shot(page, "31-them-thon-xong", scroll_to="h2:has-text('Đơn vị trực thuộc')")
    page.evaluate("window.scrollTo(0, 0)")
    s.shot(page, "32-them-thon-thong-bao")

    # 6. Phân quyền thành viên
    s.go(page, unit)
    s.shot(page, "50-thanh-vien", scroll_to="h2:has-text('Thành viên')")
    mttq = page.locator("main table a", has_text="Ủy ban MTTQ").first.get_attribute("href")
    s.go(page, mttq)
    page.fill("#m-username", "mttq-phuly")
    page.select_option("#m-role", "reporter")
    s.shot(page, "51-phan-quyen")
    page.click("form[action$='/thanh-vien/'] button")
    page.wait_for_load_state("networkidle")
    s.shot(page, "52-phan-quyen-xong")
    page.fill("#m-username", "khong-co-ai")
    page.click("form[action$='/thanh-vien/'] button")
    page.wait_for_load_state("networkidle")
    s.shot(page, "53-phan-quyen-sai-ten")
    s.go(page, unit)
    page.locator("tr", has_text="qt-phuly").locator("button", has_text="Thu hồi").click()
    page.wait_for_load_state("networkidle")
    s.shot(page, "54-tu-thu-hoi")
    page.context.close()

    page = s.page("mttq-phuly")
    s.shot(page, "13-trang-chu-thanh-vien-moi")
    page.context.close()

    # 7. Mã truy cập API, đổi mật khẩu
    page = s.page("tinh-37")
    s.go(page, "/tai-khoan/ma-truy-cap/")
    page.fill("#id_name", "Bảng tổng hợp Excel")
    page.click("main form button")
    page.wait_for_load_state("networkidle")
    # Hide the real secret in the picture.
    page.evaluate("""() => { const t = document.querySelector('.token');
        if (t) t.textContent = t.textContent.trim().slice(0, 10) + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; }""")
    s.shot(page, "60-ma-api")
    s.go(page, "/api/v1/docs")
    page.wait_for_timeout(1500)
    s.shot(page, "61-api-docs")
    s.go(page, "/tai-khoan/doi-mat-khau/")
    page.fill("#id_old_password", PASSWORD)
    page.fill("#id_new_password1", "12345678")
    page.fill("#id_new_password2", "12345678")
    page.click("main form button")
    page.wait_for_load_state("networkidle")
    s.shot(page, "70-doi-mat-khau", height=1000)
    page.context.close()

    # 8. Nhật ký thay đổi, danh mục (quản trị hệ thống)
    page = s.page("admin")
    s.shot(page, "14-trang-chu-admin")
    s.go(page, "/nhat-ky/")
    s.shot(page, "80-nhat-ky")
    s.go(page, "/nhat-ky/?actor=qt-phuly")
    s.shot(page, "81-nhat-ky-loc")
    s.go(page, "/quan-tri/")
    s.shot(page, "82-danh-muc")
    page.context.close()

    # 9. Điện thoại
    phone = s.page("xa-37", viewport=PHONE)
    s.shot(phone, "90-dien-thoai-trang-chu")
    phone.click("label.nav-burger")
    s.shot(phone, "91-dien-thoai-menu")
    s.go(phone, "/dia-ban/")
    s.shot(phone, "92-dien-thoai-dia-ban")
    s.go(phone, "/dia-ban/current/13285/")
    s.shot(phone, "93-dien-thoai-chi-tiet")
    phone.context.close()


def lockout_shot(s):
    # 10. Khóa đăng nhập sau 5 lần sai (để cuối cùng: máy này bị khóa 15 phút).
    page = s.page()
    for _ in range(5):
        s.login(page, "xa-37", "mat-khau-sai")
    s.login(page, "xa-37", PASSWORD, check=False)  # even the right password is refused now
    if "quá nhiều lần" not in page.inner_text("main"):
        print("Cảnh báo: không thấy thông báo khóa đăng nhập", file=sys.stderr)
    page.fill("#id_password", "")
    s.shot(page, "04-khoa-dang-nhap")
    page.context.close()


# ---------------------------------------------------------------------------------------------------------
# Báo cáo định kỳ (docs/huong-dan-su-dung.md, chương 7). Chạy riêng: --reporting-only.

DRAFT_VALUES = {  # what a commune reporter types, the Vietnamese way ("18.000.000", "0,5")
    "QUA_SL": "45", "QUA_GT": "18.000.000", "GAO_TAN": "-0,5", "NHA_DDK": "1", "DVK_TONG": "7", "DVK_MOI": "1",
    "TH_LOP": "2", "TH_LUOT": "160", "DT_CUOC": "1", "DON_NHAN": "3", "DON_XONG": "3", "GS_CUOC": "1", "PB_HN": "0",
}
DRAFT_SECTIONS = {
    "KQ": "Đảng ủy phường chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 12/12 tổ dân phố; trao 45 suất quà "
          "cho hộ nghèo, gia đình chính sách; khởi công 1 nhà Đại đoàn kết.",
    "TT": "Tình hình tư tưởng nhân dân ổn định; nhân dân phấn khởi với kết quả Ngày hội Đại đoàn kết.",
    "HC": "Một số tổ dân phố chưa bố trí được kinh phí cho hoạt động của Ban công tác Mặt trận.",
    "NV": "Chỉ đạo chăm lo Tết Nguyên đán cho hộ nghèo, gia đình chính sách.",
    "KN": "Không có.",
}
RETURN_REASON = "Số lượt người dự tập huấn chưa khớp với danh sách điểm danh, đề nghị kiểm tra lại."
UNAPPROVE_REASON = "Đơn vị đề nghị điều chỉnh số nhà Đại đoàn kết: 1 căn bàn giao chậm, chuyển sang kỳ sau."
WORD_REPORT = [  # (text, is a heading) of the Word file a Front committee sends
    ("ỦY BAN MTTQ VIỆT NAM PHƯỜNG PHỦ LÝ", True),
    ("BÁO CÁO kết quả công tác dân vận {month}", True),
    ("I- KẾT QUẢ THỰC HIỆN", True),
    ("Trong tháng, Ủy ban MTTQ phường phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 12 khu dân cư. Đã trao "
     "85 suất quà cho hộ nghèo, hộ cận nghèo, tổng trị giá 42.500.000 đồng; hỗ trợ 1,2 tấn gạo cho các hộ khó khăn. "
     "Khởi công 2 nhà đại đoàn kết cho hộ nghèo ở tổ dân phố Châu Cầu. Tổ chức 3 lớp tập huấn nghiệp vụ công tác Mặt "
     "trận với 210 lượt người tham dự. Tổ chức 1 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; "
     "tiếp nhận 6 đơn thư, đã giải quyết 5 đơn; thực hiện 2 cuộc giám sát.", False),
    ("II- TÌNH HÌNH NHÂN DÂN", True),
    ("Tình hình tư tưởng nhân dân ổn định, phấn khởi với kết quả Ngày hội Đại đoàn kết. Một bộ phận nhân dân quan tâm "
     "đến tiến độ giải phóng mặt bằng đường vành đai.", False),
    ("III- HẠN CHẾ, KHÓ KHĂN", True),
    ("Kinh phí hoạt động của các Ban công tác Mặt trận ở khu dân cư còn hạn hẹp.", False),
    ("IV- NHIỆM VỤ THÁNG TỚI", True),
    ("Vận động nhân dân chuẩn bị đón Tết Nguyên đán, chăm lo cho hộ nghèo, gia đình chính sách.", False),
    ("V- KIẾN NGHỊ, ĐỀ XUẤT", True),
    ("Đề nghị Đảng ủy phường hỗ trợ kinh phí xây dựng nhà đại đoàn kết năm 2027.", False),
]
PARTY = "Đảng ủy phường Phủ Lý"
FRONT = "Ủy ban MTTQ Việt Nam phường Phủ Lý"


def press(page, selector):
    """Click a submit button and wait for the page it leads to (confirm dialogs are accepted)."""
    page.locator(selector).first.click()
    page.wait_for_load_state("networkidle")


def accept_dialogs(page):
    page.on("dialog", lambda dialog: dialog.accept())
    return page


def word_file(period: str) -> bytes:
    """The Front committee's report of `period` ("2026-12") as a .docx."""
    import io

    import docx  # python-docx, installed with danvan

    month = f"tháng {int(period[5:7])} năm {period[:4]}"
    document = docx.Document()
    for text, heading in WORD_REPORT:
        document.add_paragraph().add_run(text.format(month=month)).bold = heading
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def excel_filled(content: bytes, cells: dict) -> bytes:
    """The downloaded template with {unit name: {indicator code: value}} typed in (as a person would in Excel)."""
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content))
    ws = wb["Số liệu"]
    columns = {ws.cell(row=4, column=c).value: c for c in range(3, ws.max_column + 1)}
    for r in range(5, ws.max_row + 1):
        for name, values in cells.items():
            if ws.cell(row=r, column=2).value == name:
                for code, value in values.items():
                    ws.cell(row=r, column=columns[code], value=value)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def reporting(s):
    """Chương 7: báo cáo định kỳ. Cán bộ xã lập, nộp; cán bộ tỉnh duyệt, tổng hợp (cần dữ liệu mẫu mới)."""
    # Cán bộ xã: danh sách, Excel (trước khi có báo cáo kỳ này), báo cáo mới.
    page = accept_dialogs(s.page("xa-37"))
    s.go(page, "/bao-cao/")
    s.shot(page, "100-bao-cao-danh-sach")
    s.go(page, "/bao-cao/moi/")
    period = page.input_value("#id_period")  # the period of today's date, e.g. 2026-12
    if page.locator(f"#id_unit option:text-is('{PARTY}')").count() == 0:
        sys.exit(f"xa-37 không báo cáo được cho {PARTY}: cần dữ liệu mẫu (danvan demo).")

    s.go(page, "/bao-cao/excel/")
    page.select_option("#t-form", "BC-DV-THANG")
    page.fill("#t-period", period)
    page.select_option("#t-unit", label=PARTY)
    page.check("input[name=all_below]")
    s.shot(page, "120-excel")
    with page.expect_download() as download:
        page.click("form[action$='/excel/mau/'] button")
    template = Path(download.value.path()).read_bytes()
    page.select_option("#u-form", "BC-DV-THANG")
    page.fill("#u-period", period)
    page.set_input_files("#u-file", {"name": "so-lieu-phuong-phu-ly.xlsx", "mimeType": XLSX_TYPE,
                                     "buffer": excel_filled(template, {
                                         "Công đoàn phường Phủ Lý": {"QUA_SL": -3, "GAO_TAN": "nửa tấn"},
                                         "Hội Nông dân phường Phủ Lý": {"QUA_SL": 12, "QUA_GT": 2500000.5},
                                     })})
    press(page, "form[action$='/excel/tai-len/'] button")
    s.shot(page, "121-excel-loi-tung-o")
    s.go(page, "/bao-cao/excel/")
    page.select_option("#u-form", "BC-DV-THANG")
    page.fill("#u-period", period)
    page.set_input_files("#u-file", {"name": "so-lieu-phuong-phu-ly.xlsx", "mimeType": XLSX_TYPE,
                                     "buffer": excel_filled(template, {
                                         "Công đoàn phường Phủ Lý": {"QUA_SL": 3, "GAO_TAN": 0.5},
                                         "Hội Nông dân phường Phủ Lý": {"QUA_SL": 12, "QUA_GT": 2500000},
                                     })})
    press(page, "form[action$='/excel/tai-len/'] button")
    s.shot(page, "122-excel-nhap-xong")

    s.go(page, "/bao-cao/moi/")
    page.select_option("#id_form", "BC-DV-THANG")
    page.select_option("#id_unit", label=PARTY)
    page.fill("#id_period", period)
    s.shot(page, "101-bao-cao-moi")
    press(page, "main form[method=post] button[type=submit]")
    if "/moi/" in page.url:
        sys.exit(f"Không tạo được báo cáo {PARTY} kỳ {period} (đã có?): chạy lại trên dữ liệu mẫu mới.\n"
                 + page.inner_text("main")[:400])
    report_url = page.url.removeprefix(s.base)
    for code, value in DRAFT_VALUES.items():
        page.fill(f"#v-{code}", value)
    for code, text in DRAFT_SECTIONS.items():
        page.fill(f"#s-{code}", text)
    page.evaluate("window.scrollTo(0, 0)")
    s.shot(page, "102-bao-cao-nhap-so-lieu")
    press(page, "button[value=save]")
    s.shot(page, "103-bao-cao-loi-so-am", scroll_to=".indicator.has-error")
    page.fill("#v-GAO_TAN", "0,5")
    press(page, "button[value=save]")
    s.shot(page, "104-bao-cao-da-luu")
    press(page, "button[value=submit]")
    s.shot(page, "105-bao-cao-da-nop")
    page.context.close()

    # Nhập từ Word (cán bộ xã, cho Ủy ban MTTQ phường).
    page = accept_dialogs(s.page("xa-37"))
    s.go(page, "/bao-cao/nhap-van-ban/")
    page.select_option("#f-form", "BC-DV-THANG")
    page.select_option("#f-unit", label=FRONT)
    page.fill("#f-period", period)
    page.set_input_files("#f-file", {"name": f"Bao cao MTTQ thang {period[5:7]}.docx", "buffer": word_file(period),
                                     "mimeType": "application/vnd.openxmlformats-officedocument"
                                                 ".wordprocessingml.document"})
    s.shot(page, "110-nhap-van-ban")
    press(page, "main form button[type=submit]")
    s.shot(page, "111-nhap-van-ban-kiem-tra", height=1000)
    page.set_viewport_size(DESKTOP)
    press(page, "form[action$='/xac-nhan/'] button[type=submit]")
    s.shot(page, "112-nhap-van-ban-da-luu", height=900)
    page.context.close()

    # Cán bộ tỉnh: chờ duyệt, trả lại, duyệt nhiều, hủy duyệt.
    page = accept_dialogs(s.page("tinh-37"))
    s.go(page, "/bao-cao/duyet/")
    s.shot(page, "130-cho-duyet")
    s.go(page, report_url)
    page.fill("#return-reason", RETURN_REASON)
    s.shot(page, "133-tra-lai", scroll_to="h2:has-text('Duyệt báo cáo')")
    press(page, "form[action$='/tra-lai/'] button")
    s.go(page, "/bao-cao/duyet/")
    boxes = page.locator("input[name=ids]")
    for i in range(min(3, boxes.count())):
        boxes.nth(i).check()
    s.shot(page, "131-duyet-nhieu")
    press(page, "#review-form button[type=submit]")
    s.shot(page, "132-duyet-nhieu-xong")
    s.go(page, "/bao-cao/bao-cao-tong-hop/")
    previous = page.input_value("#s-period")  # the last finished period, e.g. 2026-11
    s.go(page, f"/bao-cao/?form=BC-DV-THANG&period={previous}&status=approved&q=dang uy phuong phu ly")
    page.locator("#results a", has_text=PARTY).first.click()
    page.wait_for_load_state("networkidle")
    unapproved_url = page.url.removeprefix(s.base)
    page.fill("#unapprove-reason", UNAPPROVE_REASON)
    s.shot(page, "134-huy-duyet", scroll_to="h2:has-text('Duyệt báo cáo')")
    press(page, "form[action$='/huy-duyet/'] button")
    page.context.close()

    # Cán bộ xã: thông báo, báo cáo bị trả lại, sửa và nộp lại; điện thoại.
    page = accept_dialogs(s.page("xa-37"))
    s.go(page, "/bao-cao/thong-bao/")
    s.shot(page, "160-thong-bao")
    page.locator(f"a[href='{report_url}']").first.click()
    page.wait_for_load_state("networkidle")
    s.shot(page, "106-bao-cao-bi-tra-lai")
    page.fill("#v-TH_LUOT", "185")
    press(page, "button[value=submit]")
    s.shot(page, "107-bao-cao-nop-lai", scroll_to="h2:has-text('Diễn biến')")
    page.context.close()
    phone = s.page("xa-37", viewport=PHONE)
    s.go(phone, unapproved_url)
    s.shot(phone, "108-dien-thoai-bao-cao", scroll_to="h2:has-text('Số liệu')")
    phone.context.close()
    phone = s.page("tinh-37", viewport=PHONE)
    s.go(phone, "/bao-cao/duyet/")
    s.shot(phone, "135-dien-thoai-cho-duyet")
    phone.context.close()

    # Cán bộ tỉnh: tình hình nộp, tổng hợp số liệu (bảng, biểu đồ, đi xuống xã, tổ chức, theo địa bàn).
    page = accept_dialogs(s.page("tinh-37"))
    s.go(page, f"/bao-cao/tong-hop/day-du/?form=BC-DV-THANG&period={previous}")
    s.shot(page, "140-tinh-hinh-nop")
    s.go(page, f"/bao-cao/tong-hop/?form=BC-DV-THANG&period={previous}")
    s.shot(page, "142-tong-hop-tinh")
    page.wait_for_selector("#rollup-chart[data-ready]")
    s.shot(page, "143-tong-hop-bieu-do", scroll_to="h2:has-text('Theo tổ chức')", block="start", height=900)
    page.set_viewport_size(DESKTOP)
    page.locator(".children-table a", has_text=PARTY).first.click()
    page.wait_for_load_state("networkidle")
    page.wait_for_selector("#rollup-chart[data-ready]")
    s.shot(page, "144-tong-hop-xa", height=1250)
    page.set_viewport_size(DESKTOP)
    commune_url = page.url
    page.locator(".children-table a", has_text=FRONT).first.click()
    page.wait_for_load_state("networkidle")
    s.shot(page, "145-tong-hop-to-chuc")
    page.goto(commune_url)
    page.wait_for_load_state("networkidle")
    page.click("a:has-text('Tình hình nộp ›')")
    page.wait_for_load_state("networkidle")
    s.shot(page, "141-tinh-hinh-nop-xa")
    s.go(page, f"/bao-cao/tong-hop/?form=BC-DV-THANG&period={previous}&area=current/37")
    page.wait_for_selector("#rollup-chart[data-ready]")
    s.shot(page, "146-tong-hop-dia-ban", scroll_to="h2:has-text('Theo địa bàn')", block="start", height=900)
    page.set_viewport_size(DESKTOP)

    # Báo cáo tổng hợp: tạo bản nháp, sửa, tải .docx và .xlsx.
    s.go(page, "/bao-cao/bao-cao-tong-hop/")
    page.select_option("#s-form", "BC-DV-THANG")
    page.fill("#s-period", previous)
    s.shot(page, "150-bao-cao-tong-hop-chon")
    press(page, "form[action$='/tao/'] button")
    s.shot(page, "151-bao-cao-tong-hop-ban-nhap")
    page.fill("#d-number", "45")
    page.fill("#d-issued_on", date.today().isoformat())
    page.fill("#d-signer_authority", "K/T TRƯỞNG BAN")
    page.fill("#d-signer_position", "PHÓ TRƯỞNG BAN")
    page.fill("#d-signer_name", "Nguyễn Thị Hồng")
    page.fill("#d-recipients", "- Thường trực Tỉnh ủy (để báo cáo),\n- Các đảng ủy xã, phường,\n- Lưu Văn phòng Ban.")
    press(page, "form[action$='/'][method=post]:has(#d-subject) button[type=submit]")
    s.shot(page, "152-bao-cao-tong-hop-noi-dung", scroll_to="h2:has-text('Nội dung văn bản')", block="start",
           height=1000)
    page.set_viewport_size(DESKTOP)
    s.shot(page, "153-bao-cao-tong-hop-nguoi-ky", scroll_to="#d-signer_name")
    for link in ("Tải văn bản (.docx)", "Tải số liệu (.xlsx)"):
        with page.expect_download() as download:
            page.click(f"a:has-text('{link}')")
        print(f"{download.value.suggested_filename}: {Path(download.value.path()).stat().st_size // 1024} KB")
    page.context.close()


def run(base, lockout=True, only_reporting=False, out=OUT):
    Path(out).mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        s = Shooter(browser, base, out)
        if not only_reporting:
            basics(s)
        reporting(s)
        if lockout and not only_reporting:
            lockout_shot(s)  # last: sign-in from this machine is refused for 15 minutes afterwards
        browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url", help="vd. http://127.0.0.1:8765")
    parser.add_argument("--no-lockout", action="store_true", help="không chụp màn hình khóa đăng nhập")
    parser.add_argument("--reporting-only", action="store_true",
                        help="chỉ chụp các ảnh báo cáo định kỳ (100-…, mục 7 của hướng dẫn)")
    parser.add_argument("--out", default=str(OUT),
                        help="thư mục ghi ảnh (mặc định: docs/images), vd. để so sánh với ảnh cũ trước khi thay")
    args = parser.parse_args()
    if not re.match(r"^https?://", args.base_url):
        parser.error("base_url phải bắt đầu bằng http:// hoặc https://")
    run(args.base_url, lockout=not args.no_lockout, only_reporting=args.reporting_only, out=args.out)
