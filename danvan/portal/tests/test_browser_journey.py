"""Real-browser journey on a phone-sized screen: a visitor opens the portal, reads an article from the home page,
follows it to its province's page; no script runs, nothing is requested from another site."""

import pytest

from danvan.testing.browser import browser_page  # noqa: F401  (fixture)
from danvan.testing.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_reads_an_article_from_the_home_page_on_a_phone(live_server, browser_page):  # noqa: F811
    from django.core.cache import cache

    from danvan.portal.tests.conftest import published

    cache.clear()
    world = build_world("37", "12")
    published(world, title="Dân vận khéo ở xã Gia Viễn", summary="Bữa cơm nghĩa tình cho người cao tuổi.",
              body="Đoạn một của tin.\n\nĐoạn hai của tin.")
    page, url = browser_page, live_server.url
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    page.goto(url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the page fits the phone's width
    page.click("text=Dân vận khéo ở xã Gia Viễn")
    page.wait_for_selector("h1:has-text('Dân vận khéo ở xã Gia Viễn')")
    assert page.url == url + "/tin-tuc/dan-van-kheo-o-xa-gia-vien/"
    assert "Đoạn hai của tin." in page.inner_text("article")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.click(".crumbs >> text=Ninh Bình")
    page.wait_for_selector("h1:has-text('Ninh Bình')")
    assert "Dân vận khéo ở xã Gia Viễn" in page.content()
    assert all(r.startswith(url) for r in requested), [r for r in requested if not r.startswith(url)]
    assert not errors, errors  # e.g. a CSP refusal would show here
    cache.clear()
