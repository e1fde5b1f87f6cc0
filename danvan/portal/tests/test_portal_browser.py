"""Real-browser checks of the public portal on a phone-sized page (390×844): the accessibility audit with the
vendored axe-core over every public page that can be discovered, the page weight, and the citizens'
journeys (comment on a piece of a draft; send a recommendation and look up its status)."""

import re
from pathlib import Path

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"  # axe-core 4.11.0
MAX_PAGE_BYTES = 150 * 1024
HREF = re.compile(r'href="(/[^"#?]*)"')
LOC = re.compile(r"<loc>https?://[^/<]+(/[^<]*)</loc>")
NOT_PUBLIC = ("/static/", "/api/", "/tai-khoan/", "/quan-tri/", "/quan-ly-cong/", "/media/")


@pytest.fixture
def portal(settings):
    """Two provinces, a public draft open for comment and a synthesised one; abuse timing relaxed for a robot
    that types instantly (the limits themselves are tested over HTTP)."""
    from danvan.consultation import services
    from danvan.consultation.tests.conftest import comment, make_consultation

    settings.PORTAL_MIN_SUBMIT_SECONDS = 0
    settings.PORTAL_SUSPECT_SECONDS = 0
    world = build_world("37", "12")
    open_draft = make_consultation(world.a.reviewer, world.a.btgdv, audience="public",
                                   title="Dự thảo Báo cáo chính trị (lấy ý kiến nhân dân)")
    done = make_consultation(world.a.reviewer, world.a.btgdv, audience="public", title="Dự thảo đã tổng hợp")
    x = comment(world.a.reviewer, done, "Đề nghị nêu rõ trách nhiệm người đứng đầu.",
                piece=done.pieces.order_by("order")[1].pk, channel="portal", anonymous=True)
    services.mark_notable(world.a.reviewer, x)
    for event in ("close", "synthesise"):
        services.transition_consultation(world.a.reviewer, done, event)
    from django.core.cache import cache

    cache.clear()
    return world, open_draft, done


def public_urls(page, base: str, extra: list[str]) -> list[str]:
    """Every public page reachable from "/" and "/sitemap.xml" (one per distinct shape), plus `extra`."""
    seen: set[str] = set()
    queue, found = ["/", "/sitemap.xml", *extra], list[str]()
    while queue and len(found) < 40:
        path = queue.pop(0)
        if path in seen or path.startswith(NOT_PUBLIC):
            continue
        seen.add(path)
        response = page.request.get(base + path)
        if response.status != 200:
            continue
        body = response.text()
        if "html" in response.headers.get("content-type", ""):
            found.append(path)
        for link in HREF.findall(body) + LOC.findall(body):
            if link not in seen and not link.endswith((".css", ".js", ".svg", ".png", ".xml", ".json")):
                queue.append(link)
    return found


def audit(page) -> dict:
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")  # evaluated by the driver: no inline script
    return page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',
                                                                          'wcag21aa', 'best-practice']}});
        return {passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))};
    }""")


def test_every_public_page_passes_the_accessibility_audit_and_stays_light(live_server, browser_page, portal):  # noqa: F811
    world, open_draft, done = portal
    page, base = browser_page, live_server.url
    first_piece = open_draft.pieces.order_by("order").first()
    extra = ["/gop-y/", f"/gop-y/{open_draft.pk}/", f"/gop-y/{done.pk}/",
             f"/gop-y/{open_draft.pk}/phan/{first_piece.pk}/",
             f"/gop-y/{open_draft.pk}/phan/{first_piece.pk}/gui-y-kien/", f"/gop-y/{done.pk}/phan/"
             f"{done.pieces.order_by('order')[1].pk}/", "/kien-nghi/", f"/kien-nghi/?tinh={world.a.province.code}",
             "/tra-cuu/"]
    urls = public_urls(page, base, [])
    urls += [u for u in extra if u not in urls]
    report, failures = {}, []
    for url in urls:
        page.context.clear_cookies()
        page.goto(base + url)
        # The page itself plus the stylesheets it links (uncompressed: an upper bound of what is transferred).
        total = len(page.request.get(base + url).body()) + sum(
            len(page.request.get(base + href).body())
            for href in page.eval_on_selector_all("link[rel=stylesheet]", "els => els.map(e => e.getAttribute('href'))"))
        result = audit(page)
        serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        score = round(100 * result["passes"] / max(1, result["passes"] + len(result["violations"])))
        report[url] = {"bytes": total, "score": score, "violations": result["violations"]}
        if serious:
            failures.append(f"{url}: {serious}")
        if total > MAX_PAGE_BYTES:
            failures.append(f"{url}: {total} bytes > {MAX_PAGE_BYTES}")
    print("axe-core 4.11.0 audit:", report)
    assert len(urls) >= 8, urls
    assert not failures, failures


def test_a_citizen_comments_on_a_piece_from_a_phone(live_server, browser_page, portal):  # noqa: F811
    from danvan.consultation.models import Comment

    _, open_draft, _ = portal
    page, base = browser_page, live_server.url
    page.goto(base + "/gop-y/")
    page.click(f"text={open_draft.title}")
    page.click("ol.toc a >> nth=1")
    page.click("text=Góp ý phần này")
    page.fill("#id_name", "Đinh Thị Mai")
    page.select_option("#id_group", "nong_dan")
    page.fill("#id_area", "Xã Gia Viễn, tỉnh Ninh Bình")
    page.check("input[name=stance][value=other]")
    page.fill("#id_text", "Đề nghị bổ sung giải pháp giữ chân cán bộ trẻ ở cơ sở.")
    page.check("#id_anonymous")
    page.click("form.citizen button[type=submit]")
    page.wait_for_selector("text=Cảm ơn bạn đã góp ý")
    comment = Comment.objects.get(consultation=open_draft)
    assert comment.channel == "portal" and comment.anonymous and comment.commenter_name == "Đinh Thị Mai"


def test_a_citizen_sends_a_recommendation_and_looks_up_its_status_from_a_phone(live_server, browser_page, portal):  # noqa: F811
    world, _, _ = portal
    page, base = browser_page, live_server.url
    page.goto(base + "/kien-nghi/")
    page.select_option("#id_tinh", world.a.province.code)
    page.click("button:has-text('Chọn tỉnh')")
    page.select_option("#id_commune", world.a.commune.code)
    page.check("input[name=kind][value=reflection]")
    page.fill("#id_name", "Vũ Văn Hùng")
    page.fill("#id_phone", "0912 345 678")
    page.fill("#id_subject", "Đèn đường thôn Đông không sáng")
    page.fill("#id_content", "Từ đầu tháng, đèn đường đoạn qua nhà văn hóa thôn Đông không sáng.")
    page.click("button:has-text('Gửi kiến nghị')")
    page.wait_for_selector("#ma-ho-so")
    code = page.inner_text("#ma-ho-so")
    page.click("main a:has-text('tra cứu kết quả')")
    page.fill("#id_code", code)
    page.fill("#id_phone_last4", "5678")
    page.click("form.citizen button[type=submit]")
    page.wait_for_selector(f"text=Hồ sơ {code}")
    assert "Đã tiếp nhận" in page.content() and "Vũ Văn Hùng" not in page.content()
