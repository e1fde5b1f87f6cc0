"""caching.AnonymousPageMiddleware: a cached public page is replayed to a visitor without a session cookie with
the same bytes and headers (ETag, 304, Cache-Control, Vary, security headers, CSP) the full stack gives, and a
content change shows at once."""

import pytest
from django.conf import settings

from danvan.portal import services
from danvan.portal.tests.conftest import public_model, published, write

pytestmark = pytest.mark.django_db

PER_REQUEST = {"X-Request-ID"}  # set by the middleware above the replay, fresh for every request


def _headers(response) -> dict:
    return {k: v for k, v in response.items() if k not in PER_REQUEST}


def _replayed(response) -> bool:
    return getattr(response.wsgi_request, "portal_replayed", False)


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/tin-tuc/dan-van-kheo-o-xa-gia-vien/", "/mo-hinh/",
                                  "/ninh-binh/", "/feed/37.xml", "/sitemap.xml", "/gop-y/"])
def test_a_replayed_page_has_the_bytes_and_headers_of_the_full_stack(client, world, path):
    published(world)
    public_model(world)
    assert "danvan.portal.caching.AnonymousPageMiddleware" in settings.MIDDLEWARE
    first, hit, replay = client.get(path), client.get(path), client.get(path)
    assert first.status_code == hit.status_code == replay.status_code == 200
    assert not _replayed(first) and not _replayed(hit) and _replayed(replay)
    assert replay.content == hit.content == first.content
    assert _headers(replay) == _headers(hit)
    for name in ("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Security-Policy", "X-Frame-Options",
                 "Referrer-Policy", "X-Content-Type-Options", "Content-Type"):
        assert replay[name] == first[name], name
    assert replay["X-Request-ID"] != hit["X-Request-ID"]


def test_a_conditional_get_is_replayed_as_the_same_304(client, world):
    etag = client.get("/")["ETag"]
    client.get("/")  # a hit records the page
    slow = client.get("/", HTTP_IF_NONE_MATCH=etag)
    fast = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert slow.status_code == fast.status_code == 304
    assert not _replayed(slow) and _replayed(fast)
    assert _headers(fast) == _headers(slow) and fast.content == b""
    other = client.get("/", HTTP_IF_NONE_MATCH='"g0-stale"')
    assert other.status_code == 200 and _replayed(other)


def test_publishing_shows_at_once_on_a_replayed_page(client, world, django_capture_on_commit_callbacks):
    for _ in range(3):
        old = client.get("/tin-tuc/")
    assert _replayed(old) and "Tin mới đăng" not in old.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        article = write(world.a.reporter, world.a.commune_party, title="Tin mới đăng")
        services.submit_article(world.a.reporter, article)
        services.publish_article(world.a.reviewer, article)
    new = client.get("/tin-tuc/")
    assert not _replayed(new) and "Tin mới đăng" in new.content.decode()
    assert new["ETag"] != old["ETag"]
    assert client.get("/tin-tuc/", HTTP_IF_NONE_MATCH=old["ETag"]).status_code == 200


def test_a_session_cookie_or_a_post_always_goes_through_the_whole_stack(client, world):
    for _ in range(3):
        client.get("/")
    client.force_login(world.a.reporter)
    staff = client.get("/")
    assert not _replayed(staff) and "public" not in staff.get("Cache-Control", "")
    client.logout()
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)
    assert _replayed(client.get("/"))
    assert not _replayed(client.post("/"))


def test_a_crowd_of_comments_leaves_the_cached_pages_cached(client, world, django_capture_on_commit_callbacks):
    """An open draft's comments are never shown on the portal: sending one must not invalidate every page."""
    from danvan.consultation.models import Comment
    from danvan.portal.caching import generation
    from danvan.portal.tests.citizen_helpers import comment_data, public_consultation

    c = public_consultation(world)
    piece = c.pieces.order_by("order").first()
    page = f"/gop-y/{c.pk}/phan/{piece.pk}/"
    etag = client.get(page)["ETag"]
    before = generation()[0]
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(page + "gui-y-kien/", comment_data())
    assert sent.status_code == 200 and Comment.objects.filter(consultation=c).count() == 1
    assert generation()[0] == before
    assert client.get(page, HTTP_IF_NONE_MATCH=etag).status_code == 304
