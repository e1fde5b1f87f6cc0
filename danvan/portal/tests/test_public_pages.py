"""The public pages over HTTP: what a visitor reads, what they never read, caching, headers, query counts."""

import re
import xml.etree.ElementTree as ET  # noqa: S405  (our own feed and sitemap)

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.portal import services
from danvan.portal.tests.conftest import PRIVATE_MODEL_TEXT, public_model, published, write
from danvan.portal.tests.test_articles import _png

pytestmark = pytest.mark.django_db

PROVINCE = "/ninh-binh/"


def text(response) -> str:
    return response.content.decode()


def test_the_home_page_shows_the_latest_articles_models_and_the_citizen_links(client, world):
    article = published(world)
    model = public_model(world)
    body = text(client.get("/"))
    assert article.title in body and article.get_absolute_url() in body
    assert model.name in body and f"/mo-hinh/{model.pk}-bua-com-nghia-tinh/" in body
    for path in ("/gop-y/", "/kien-nghi/", "/tra-cuu/", "/tin-tuc/", "/mo-hinh/", PROVINCE):
        assert f'href="{path}"' in body


def test_an_article_page_has_open_graph_a_canonical_link_and_the_feed(client, world):
    article = published(world, cover=SimpleUploadedFile("bia.png", _png(400, 300)), cover_alt="Ảnh hội nghị")
    response = client.get("/tin-tuc/dan-van-kheo-o-xa-gia-vien/")
    body = text(response)
    assert response.status_code == 200
    assert '<link rel="canonical" href="http://testserver/tin-tuc/dan-van-kheo-o-xa-gia-vien/">' in body
    assert '<meta property="og:title" content="Dân vận khéo ở xã Gia Viễn">' in body
    assert '<meta property="og:type" content="article">' in body
    assert 'og:image" content="http://testserver/tin-tuc/dan-van-kheo-o-xa-gia-vien/anh-bia/"' in body
    assert 'href="/feed/37.xml"' in body
    assert "<p>Đoạn một.</p><p>Đoạn hai.</p>" in body
    cover = client.get("/tin-tuc/dan-van-kheo-o-xa-gia-vien/anh-bia/")
    assert cover.status_code == 200 and cover["Content-Type"] == "image/png" and cover.content.startswith(b"\x89PNG")
    assert article.cover_alt in body


def test_a_hostile_article_renders_inert(client, world):
    hostile = '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'
    published(world, title="Tin <script>alert(1)</script>", summary=hostile, body=hostile, cover_alt="x\" onload=\"y")
    for path in ("/", "/tin-tuc/", "/tin-tuc/tin-script-alert-1-script/", PROVINCE):
        tags = parsed_tags(text(client.get(path)))
        assert "script" not in [name for name, _ in tags], path
        assert not [(n, a) for n, attrs in tags for a, v in attrs if a.startswith("on")], path  # no event handler
        assert not [v for _, attrs in tags for a, v in attrs if a in ("href", "src") and "javascript:" in (v or "")]
    feed = client.get("/feed/37.xml").content.decode()
    assert "<script" not in feed  # the summary is escaped text inside the XML


def parsed_tags(html: str) -> list[tuple[str, list]]:
    """Every start tag of a page with its attributes, as a browser's parser sees them."""
    from html.parser import HTMLParser

    found: list = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(html)
    return found


def test_news_list_filters_by_province_and_topic_and_paginates(client, world):
    published(world, title="Tin Ninh Bình về bầu cử", topics=["bau_cu"])
    for i in range(13):
        published(world, title=f"Tin số {i}")
    body = text(client.get("/tin-tuc/?chu_de=bau_cu"))
    assert "Tin Ninh Bình về bầu cử" in body and "Tin số 3" not in body
    assert "Tin số" not in text(client.get("/tin-tuc/?tinh=12"))
    first = text(client.get("/tin-tuc/"))
    assert "Trang 1/2" in first and 'rel="next"' in first
    assert "Trang 2/2" in text(client.get("/tin-tuc/?page=2"))
    assert client.get("/tin-tuc/?page=abc&tinh=x%27&chu_de=<x>").status_code == 200  # hostile filters: ignored


def test_province_and_commune_pages_list_their_published_articles_and_models(client, world):
    article = published(world, area=world.a.commune)
    model = public_model(world)
    province = text(client.get(PROVINCE))
    assert article.title in province and model.name in province
    commune_slug = re.search(r'href="/ninh-binh/([a-z0-9-]+)/"', province)
    assert commune_slug
    commune = client.get(f"/ninh-binh/{_slug(world.a.commune.name)}/")
    assert commune.status_code == 200 and article.title in text(commune) and model.name in text(commune)
    assert client.get("/lai-chau/").status_code == 200 and article.title not in text(client.get("/lai-chau/"))


def _xml(data: bytes):
    return ET.fromstring(data)  # noqa: S314  (the page under test, not untrusted input)


def _slug(name):
    from danvan.portal.text import slugify_vi

    return slugify_vi(name)


def test_only_real_province_slugs_match_and_staff_urls_are_never_shadowed(client, world):
    assert client.get("/khong-phai-tinh/").status_code == 404
    assert client.get("/ninh-binh/khong-co-xa-nay/").status_code == 404
    assert client.get("/tai-khoan/dang-nhap/").status_code == 200  # staff URLs resolve first
    from django.urls import resolve

    assert resolve("/ninh-binh/").url_name == "province"
    assert resolve("/dia-ban/").namespace == "org"


def test_the_model_pages_show_only_the_public_fields(client, world):
    model = public_model(world)
    listing = text(client.get("/mo-hinh/"))
    assert model.name in listing
    page = client.get(f"/mo-hinh/{model.pk}-bua-com-nghia-tinh/")
    body = text(page)
    assert page.status_code == 200
    assert model.name in body and "Văn hóa" in body and "Mỗi tháng một bữa cơm" in body
    assert "12/QĐ-UBND" in body and "Bằng khen" in body
    assert not [s for s in PRIVATE_MODEL_TEXT if s in body]
    wrong = client.get(f"/mo-hinh/{model.pk}-ten-cu/")
    assert wrong.status_code == 301 and wrong["Location"] == f"/mo-hinh/{model.pk}-bua-com-nghia-tinh/"


def test_a_public_models_photos_are_public_and_its_documents_are_not(client, world):
    from danvan.core.services import attach_file

    model = public_model(world)
    photo = attach_file(world.a.reporter, model, SimpleUploadedFile("anh.png", _png(50, 50)), title="Bữa cơm")
    document = attach_file(world.a.reporter, model, SimpleUploadedFile("bien-ban.txt", "Biên bản".encode()))
    private = public_model(world, name="Mô hình riêng", public=False, recognised=False)
    hidden = attach_file(world.a.reporter, private, SimpleUploadedFile("anh.png", _png(50, 50)))
    body = text(client.get(f"/mo-hinh/{model.pk}-bua-com-nghia-tinh/"))
    assert f"/mo-hinh/anh/{photo.pk}/" in body and f"/mo-hinh/anh/{document.pk}/" not in body
    assert client.get(f"/mo-hinh/anh/{photo.pk}/").status_code == 200
    assert client.get(f"/mo-hinh/anh/{document.pk}/").status_code == 404
    assert client.get(f"/mo-hinh/anh/{hidden.pk}/").status_code == 404


def test_the_atom_feed_lists_a_provinces_articles(client, world):
    article = published(world)
    response = client.get("/feed/37.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    root = _xml(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.text for e in root.findall("a:entry/a:title", ns)]
    assert titles == [article.title]
    assert _xml(client.get("/feed/12.xml").content).findall("a:entry", ns) == []
    assert client.get("/feed/99999.xml").status_code == 404


def test_the_sitemap_lists_articles_models_and_provinces(client, world):
    article = published(world)
    model = public_model(world)
    draft = write(world.a.reporter, world.a.commune_party, title="Bản nháp chưa đăng")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locs = [e.text for e in _xml(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert f"http://testserver{article.get_absolute_url()}" in locs
    assert f"http://testserver/mo-hinh/{model.pk}-bua-com-nghia-tinh/" in locs
    assert "http://testserver/ninh-binh/" in locs
    assert not [loc for loc in locs if draft.slug in loc]


# ------------------------------------------------------------------------------------ visibility (anonymous)


def test_an_anonymous_visitor_sees_nothing_of_an_unpublished_article_or_a_private_model(client, world):
    draft = write(world.a.reporter, world.a.commune_party, title="Bản nháp bí mật")
    in_review = write(world.a.reporter, world.a.commune_party, title="Đang duyệt bí mật")
    services.submit_article(world.a.reporter, in_review)
    gone = published(world, title="Đã gỡ bí mật")
    services.unpublish_article(world.a.reviewer, gone, reason="Sai.")
    private = public_model(world, name="Mô hình chưa công khai", public=False)
    model = public_model(world)
    secrets = ["Bản nháp bí mật", "Đang duyệt bí mật", "Đã gỡ bí mật", "Mô hình chưa công khai", *PRIVATE_MODEL_TEXT]
    pages = ["/", "/tin-tuc/", "/mo-hinh/", PROVINCE, f"/ninh-binh/{_slug(world.a.commune.name)}/", "/feed/37.xml",
             "/sitemap.xml", f"/mo-hinh/{model.pk}-bua-com-nghia-tinh/"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not [s for s in secrets if s in text(response)], path
    for article in (draft, in_review, gone):
        assert client.get(f"/tin-tuc/{article.slug}/").status_code == 404
        assert client.get(f"/tin-tuc/{article.slug}/anh-bia/").status_code == 404
    assert client.get(f"/mo-hinh/{private.pk}-mo-hinh-chua-cong-khai/").status_code == 404


def test_a_signed_in_user_of_another_province_reads_the_same_public_page(client, world):
    published(world)
    anonymous = text(client.get("/tin-tuc/dan-van-kheo-o-xa-gia-vien/"))
    client.force_login(world.b.reviewer)
    signed_in = client.get("/tin-tuc/dan-van-kheo-o-xa-gia-vien/")
    assert signed_in.status_code == 200 and "Dân vận khéo ở xã Gia Viễn" in text(signed_in)
    assert "public" not in signed_in.get("Cache-Control", "")
    assert anonymous.count("<article") == text(signed_in).count("<article")


# ----------------------------------------------------------------------------------------------- caching


def test_publishing_shows_the_article_at_once_on_cached_pages(client, world, django_capture_on_commit_callbacks):
    first = client.get("/tin-tuc/")
    assert "Tin mới đăng" not in text(first)
    with django_capture_on_commit_callbacks(execute=True):
        article = write(world.a.reporter, world.a.commune_party, title="Tin mới đăng")
        services.submit_article(world.a.reporter, article)
    assert client.get("/tin-tuc/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304  # a draft changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_article(world.a.reviewer, article)
    for path in ("/tin-tuc/", "/", PROVINCE):
        assert "Tin mới đăng" in text(client.get(path)), path
    with django_capture_on_commit_callbacks(execute=True):
        services.unpublish_article(world.a.reviewer, article, reason="Gỡ.")
    assert "Tin mới đăng" not in text(client.get("/tin-tuc/"))


def test_making_a_model_public_or_private_shows_at_once(client, world, django_capture_on_commit_callbacks):
    from danvan.movement import services as movement

    with django_capture_on_commit_callbacks(execute=True):
        model = public_model(world, public=False)
    assert model.name not in text(client.get("/mo-hinh/"))
    with django_capture_on_commit_callbacks(execute=True):
        movement.set_model_public(world.a.reviewer, model, True)
    assert model.name in text(client.get("/mo-hinh/"))
    with django_capture_on_commit_callbacks(execute=True):
        movement.set_model_public(world.a.reviewer, model, False)
    assert model.name not in text(client.get("/mo-hinh/"))


# ------------------------------------------------------------------------------------------ security headers


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/tin-tuc/dan-van-kheo-o-xa-gia-vien/", "/mo-hinh/", PROVINCE,
                                  "/feed/37.xml", "/sitemap.xml"])
def test_public_pages_carry_the_security_headers_and_no_third_party_request(client, world, path):
    published(world)
    public_model(world)
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    found = re.search(r"script-src ([^;]*)", csp)
    assert found
    script_src = found.group(1)
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    body = text(response)
    if path.endswith(".xml"):
        return
    assert "<script" not in body  # the public pages need no script at all
    # Every asset the page loads comes from the site itself (links to other sites are not requests).
    loaded = re.findall(r'<(?:img|link|script|iframe|source)\b[^>]*\b(?:src|href)="([^"]+)"', body)
    assert all(u.startswith("/") or u.startswith("http://testserver/") for u in loaded), loaded
    assert 'style="' not in body


# ------------------------------------------------------------------------------------------- query counts


@pytest.mark.parametrize("path,limit", [("/", 8), ("/tin-tuc/", 6), ("/mo-hinh/", 6), (PROVINCE, 10)])
def test_list_pages_run_a_fixed_number_of_queries(client, world, path, limit):
    for i in range(3):
        published(world, title=f"Tin {i}")
        public_model(world, name=f"Mô hình {i}")
    client.get(path)  # warms the province list (cached)
    from django.core.cache import cache

    cache.delete_many([k for k in ("portal:generation",)])
    with CaptureQueriesContext(connection) as few:
        assert client.get(path + ("?page=1" if "?" not in path else "")).status_code == 200
    for i in range(3, 9):
        published(world, title=f"Tin {i}")
        public_model(world, name=f"Mô hình {i}")
    with CaptureQueriesContext(connection) as many:
        assert client.get(path + "?page=1&x=2").status_code == 200
    assert len(few) == len(many) <= limit, [q["sql"][:120] for q in many.captured_queries]
