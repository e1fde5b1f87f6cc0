"""The /api/v1/articles contract: write, edit with a version (409 when stale), the lifecycle steps, filters and
pages, scoping, audit."""

import pytest

from danvan.core.models import AuditEvent
from danvan.portal.tests.conftest import write

pytestmark = pytest.mark.django_db


def body(world, **kw):
    return {"unit": world.a.commune_party.pk, "title": "Dân vận khéo ở xã Gia Viễn", "summary": "Tóm tắt.",
            "body": "Đoạn một.\n\nĐoạn hai <script>alert(1)</script>.", "area": world.a.commune.code, **kw}


def as_user(client, user):
    client.force_login(user)
    return client


def post(client, url, data, method="post"):
    """A JSON body sent with `method` (POST unless told)."""
    return getattr(client, method)(url, data, content_type="application/json")


def patch(client, url, data):
    return post(client, url, data, method="patch")


def test_a_reporter_writes_and_a_reviewer_above_publishes_through_the_api(client, world):
    reporter = as_user(client, world.a.reporter)
    created = post(reporter, "/api/v1/articles", body(world))
    assert created.status_code == 201, created.json()
    article = created.json()
    assert (article["status"], article["version"], article["slug"], article["url"]) == (
        "draft", 1, "dan-van-kheo-o-xa-gia-vien", None)
    assert "<script" not in article["body"] and "edit" in article["actions"]
    url = f"/api/v1/articles/{article['id']}"
    edited = patch(reporter, url, {"version": 1, "title": "Dân vận khéo ở Gia Viễn"})
    assert edited.status_code == 200 and edited.json()["title"] == "Dân vận khéo ở Gia Viễn"
    assert edited.json()["summary"] == "Tóm tắt." and edited.json()["version"] == 2
    stale = patch(reporter, url, {"version": 1, "title": "Bản cũ"})
    assert stale.status_code == 409 and stale.json()["detail"]
    assert post(reporter, url + "/submit", {"version": 2}).json()["status"] == "in_review"
    assert post(reporter, url + "/publish", {}).status_code in (403, 404)  # a writer never publishes
    reviewer = as_user(client, world.a.reviewer)
    returned = post(reviewer, url + "/return", {})
    assert returned.status_code == 400 and "lý do" in returned.json()["detail"]
    assert post(reviewer, url + "/publish", {"version": 1}).status_code == 409  # stale version
    published = post(reviewer, url + "/publish", {"reason": "Tốt."})
    assert published.status_code == 200, published.json()
    assert published.json()["status"] == "published" and published.json()["url"] == "/tin-tuc/dan-van-kheo-o-xa-gia-vien/"
    assert client.get("/tin-tuc/dan-van-kheo-o-xa-gia-vien/").status_code == 200
    refused = post(reviewer, url + "/submit", {})
    assert refused.status_code == 409 and refused.json()["detail"]
    assert post(reviewer, url + "/unpublish", {"reason": "Gỡ để sửa."}).json()["status"] == "unpublished"
    assert post(as_user(client, world.a.reporter), url + "/reopen", {}).json()["status"] == "draft"
    codes = list(AuditEvent.objects.filter(object_id=str(article["id"]), action__startswith="portal.article.")
                 .order_by("id").values_list("action", flat=True))
    assert codes == ["portal.article.create", "portal.article.update", "portal.article.submit",
                     "portal.article.publish", "portal.article.unpublish", "portal.article.reopen"]


def test_the_list_filters_pages_and_stays_in_scope(client, world):
    for n in range(3):
        write(world.a.reporter, world.a.commune_party, title=f"Tin xã {n}")
    write(world.a.reviewer, world.a.btgdv, title="Tin tỉnh", area=world.a.province)
    write(world.b.reporter, world.b.commune_party, title="Tin bí mật Lai Châu")
    api = as_user(client, world.a.reviewer)
    page = api.get("/api/v1/articles?limit=2").json()
    assert page["count"] == 4 and len(page["items"]) == 2 and page["items"][0]["body"] is None
    assert api.get("/api/v1/articles?limit=2&offset=2").json()["count"] == 4
    assert api.get(f"/api/v1/articles?area={world.a.commune.code}").json()["count"] == 3
    assert api.get(f"/api/v1/articles?unit={world.a.commune_party.pk}&q=xã 1").json()["count"] == 1
    assert api.get("/api/v1/articles?status=published").json()["count"] == 0
    assert api.get("/api/v1/articles?limit=0").status_code == 400
    assert "Lai Châu" not in api.get("/api/v1/articles").content.decode()
    b_article = write(world.b.reporter, world.b.commune_party, title="Tin khác Lai Châu")
    assert api.get(f"/api/v1/articles/{b_article.pk}").status_code == 404
    assert post(api, f"/api/v1/articles/{b_article.pk}/submit", {}).status_code == 404
    assert patch(api, f"/api/v1/articles/{b_article.pk}", {"version": 1}).status_code == 404
    assert post(api, "/api/v1/articles", body(world, unit=world.b.commune_party.pk)).status_code == 404


def test_the_api_validates_before_writing(client, world):
    api = as_user(client, world.a.reporter)
    refused = post(api, "/api/v1/articles", body(world, title="", topics=["khong-co"]))
    assert refused.status_code == 400 and refused.json()["detail"]
    assert post(api, "/api/v1/articles", body(world, area="99999")).status_code == 400
    assert not AuditEvent.objects.filter(action="portal.article.create").exists()
    assert client.logout() is None and client.get("/api/v1/articles").status_code == 401
