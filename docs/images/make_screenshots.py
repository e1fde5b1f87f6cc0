"""Chụp lại ảnh minh họa cho docs/huong-dan-su-dung.md.

Cách dùng (máy chủ thử nghiệm riêng, KHÔNG dùng cơ sở dữ liệu thật):

    cd /work/main   # thư mục mã nguồn
    export DEBUG=1 DANVAN_VAR_DIR=/tmp/danvan-guide
    .venv/bin/danvan migrate --noinput && .venv/bin/danvan import_divisions
    .venv/bin/danvan demo --password danvan2026
    .venv/bin/danvan shell -c "from danvan.accounts.services import create_user as cu, grant_membership as gm; from danvan.org.models import Unit; gm(None, user=cu(None, username='qt-phuly', password='danvan2026', full_name='Nguyễn Văn An'), unit=Unit.objects.get(name='Đảng ủy phường Phủ Lý'), role='unit_admin'); cu(None, username='mttq-phuly', password='danvan2026', full_name='Trần Thị Bình')"
    .venv/bin/danvan runserver 127.0.0.1:8765 --noreload &
    .venv/bin/python docs/images/make_screenshots.py http://127.0.0.1:8765

The script writes docs/images/*.png (phone 390 px and desktop 1280 px wide, viewport only, CSS
pixels). It changes the demo data: adds a tổ dân phố, grants mttq-phuly a role, creates an API
token. The last step deliberately fails five sign-ins to show the lock-out: sign-in from this
machine is then refused for LOGIN_LOCKOUT_MINUTES (15) minutes, so re-run only after that, or pass
--no-lockout.
"""

import argparse
import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent
PASSWORD = "danvan2026"  # noqa: S105  (the public demo password)
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}


class Shooter:
    def __init__(self, browser, base):
        self.browser = browser
        self.base = base.rstrip("/")

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

    def shot(self, page, name, scroll_to=None, height=None):
        if height:
            page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
        if scroll_to:
            page.locator(scroll_to).first.evaluate("e => e.scrollIntoView({block: 'center'})")
        path = OUT / f"{name}.png"
        page.screenshot(path=str(path), type="png", scale="css", animations="disabled")
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


def run(base, lockout=True):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        s = Shooter(browser, base)

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
        page = s.page("qt-phuly")
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
        page.locator("tr", has_text="qt-phuly").locator("button").click()
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

        # 10. Khóa đăng nhập sau 5 lần sai (để cuối cùng: máy này bị khóa 15 phút).
        if lockout:
            page = s.page()
            for _ in range(5):
                s.login(page, "xa-37", "mat-khau-sai")
            s.login(page, "xa-37", PASSWORD, check=False)  # even the right password is refused now
            if "quá nhiều lần" not in page.inner_text("main"):
                print("Cảnh báo: không thấy thông báo khóa đăng nhập", file=sys.stderr)
            page.fill("#id_password", "")
            s.shot(page, "04-khoa-dang-nhap")
            page.context.close()
        browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url", help="vd. http://127.0.0.1:8765")
    parser.add_argument("--no-lockout", action="store_true", help="không chụp màn hình khóa đăng nhập")
    args = parser.parse_args()
    if not re.match(r"^https?://", args.base_url):
        parser.error("base_url phải bắt đầu bằng http:// hoặc https://")
    run(args.base_url, lockout=not args.no_lockout)
