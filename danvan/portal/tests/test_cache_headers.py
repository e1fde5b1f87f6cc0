"""The Cache-Control of every portal URL: read-only public pages are public and cached; a page with a form (a CSRF
token) or answering a citizen's POST is private and never stored, so a shared cache cannot serve one citizen's
form or input to another; staff pages are private. The URL patterns are enumerated: a new page must be classed
here, or the first test fails."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver

from danvan.portal import urls as portal_urls
from danvan.portal.tests.citizen_helpers import comment_data, public_consultation, recommendation_data
from danvan.portal.tests.conftest import public_model, published
from danvan.portal.tests.test_articles import _png
from danvan.portal.text import slugify_vi

pytestmark = pytest.mark.django_db

CACHED = {"news", "article", "models", "model", "province", "commune", "feed", "sitemap", "consultations",
          "consultation", "piece"}
IMAGES = {"article_cover", "model_photo"}  # public, with their own max-age
REDIRECTS = {"model_by_slug"}  # to the model's canonical address
FORMS = {"piece_comment", "recommendation", "status_lookup"}
STAFF = {"staff_articles", "staff_article_new", "staff_article", "staff_article_edit", "staff_article_cover",
         "staff_article_action", "moderation_list", "moderation_detail", "moderation_decide"}


def _names(patterns) -> set[str]:
    names: set[str] = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            names |= _names(p.url_patterns)
        elif isinstance(p, URLPattern) and p.name:
            names.add(p.name)
    return names


def test_every_portal_url_is_classed_for_its_cache_headers():
    assert _names(portal_urls.urlpatterns) == CACHED | IMAGES | REDIRECTS | FORMS | STAFF


@pytest.fixture
def portal(world):
    from danvan.core.services import attach_file

    article = published(world, area=world.a.commune, cover=SimpleUploadedFile("bia.png", _png(80, 60)))
    model = public_model(world)
    photo = attach_file(world.a.reporter, model, SimpleUploadedFile("anh.png", _png(50, 50)), title="Bữa cơm")
    consultation = public_consultation(world)
    piece = consultation.pieces.order_by("order").first()
    slug = slugify_vi(model.name)
    urls = {
        "/": "home", "/tin-tuc/": "news", f"/tin-tuc/{article.slug}/": "article", "/mo-hinh/": "models",
        f"/mo-hinh/{model.pk}-{slug}/": "model", "/ninh-binh/": "province",
        f"/ninh-binh/{slugify_vi(world.a.commune.name)}/": "commune", f"/feed/{world.a.province.code}.xml": "feed",
        "/sitemap.xml": "sitemap", "/gop-y/": "consultations", f"/gop-y/{consultation.pk}/": "consultation",
        f"/gop-y/{consultation.pk}/phan/{piece.pk}/": "piece", f"/tin-tuc/{article.slug}/anh-bia/": "article_cover",
        f"/mo-hinh/anh/{photo.pk}/": "model_photo", f"/mo-hinh/{slug}/": "model_by_slug",
        f"/gop-y/{consultation.pk}/phan/{piece.pk}/gui-y-kien/": "piece_comment", f"/kien-nghi/?tinh={world.a.province.code}": "recommendation",
        "/tra-cuu/": "status_lookup", "/quan-ly-cong/bai-viet/": "staff_articles",
        "/quan-ly-cong/bai-viet/viet-moi/": "staff_article_new",
        f"/quan-ly-cong/bai-viet/{article.pk}/": "staff_article",
        f"/quan-ly-cong/bai-viet/{article.pk}/sua/": "staff_article_edit",
        f"/quan-ly-cong/bai-viet/{article.pk}/anh-bia/": "staff_article_cover",
        f"/quan-ly-cong/bai-viet/{article.pk}/unpublish/": "staff_article_action",
        "/quan-ly-cong/kiem-duyet/": "moderation_list", "/quan-ly-cong/kiem-duyet/1/": "moderation_detail",
        "/quan-ly-cong/kiem-duyet/1/cho-dang/": "moderation_decide"}
    return urls


def test_the_recommendations_first_step_holds_no_form_token_and_is_not_public(client, world):
    response = client.get("/kien-nghi/")  # only the province chooser, a GET form: the same for everyone
    assert response.status_code == 200 and b"csrfmiddlewaretoken" not in response.content
    assert "public" not in response.get("Cache-Control", "")


def _private(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return "private" in cache_control and ("no-cache" in cache_control or "no-store" in cache_control) \
        and "public" not in cache_control


def test_each_portal_page_sends_the_cache_headers_of_its_class(client, world, portal):
    assert set(portal.values()) == _names(portal_urls.urlpatterns) | {"home"}
    for url, name in portal.items():
        response = client.get(url)
        cache_control = response.get("Cache-Control", "")
        if name in CACHED | {"home"} | IMAGES:
            assert response.status_code == 200 and "public" in cache_control and "max-age=" in cache_control, url
            assert b"csrfmiddlewaretoken" not in response.content, url
        elif name in REDIRECTS:
            assert response.status_code == 301 and "private" not in cache_control, url
        elif name in FORMS:
            assert response.status_code == 200 and b"csrfmiddlewaretoken" in response.content, url
            assert _private(response), (url, cache_control)
        else:
            assert response.status_code in (302, 405) and "public" not in cache_control, url
    client.force_login(world.a.reviewer)
    for url, name in portal.items():
        if name in STAFF:
            assert _private(client.get(url)), url


def test_a_citizens_posted_form_comes_back_private_valid_or_not(client, world, portal):
    by_name = {name: url for url, name in portal.items()}
    posts = [(by_name["piece_comment"], comment_data()), (by_name["piece_comment"], comment_data(text="")),
             (by_name["recommendation"], recommendation_data(world)), (by_name["recommendation"], {}),
             (by_name["status_lookup"], {"code": "ABCD-2345", "phone_last4": "4321"}),
             (by_name["status_lookup"], {})]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code < 500 and _private(response), (url, response.status_code,
                                                                    response.get("Cache-Control"))


def test_the_status_lookup_and_a_form_page_are_private_for_a_visitor_with_a_session_cookie_too(client, portal):
    client.cookies["csrftoken"] = "x" * 32
    response = client.get("/tra-cuu/")
    assert response.status_code == 200 and _private(response)
