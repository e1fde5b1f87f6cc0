"""Public pages are cacheable (ETag, Last-Modified, Cache-Control: public) and a content change shows at once."""

import pytest

from danvan.portal.caching import content_changed

pytestmark = pytest.mark.django_db


def test_an_anonymous_visitor_gets_the_portal_home_public_and_cacheable(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Cổng thông tin công tác dân vận" in response.content.decode()
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    assert response["ETag"] and response["Last-Modified"]
    assert "Cookie" in response["Vary"]
    assert not response.cookies  # nothing of a session for a reader


def test_the_same_etag_answers_304_until_content_changes(client, django_capture_on_commit_callbacks):
    etag = client.get("/")["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    with django_capture_on_commit_callbacks(execute=True):
        content_changed()
    response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_signed_in_staff_keep_their_home_at_the_root(client, world):
    client.force_login(world.a.reporter)
    response = client.get("/")
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")
    assert "core/home.html" in [t.name for t in response.templates]
