"""The anonymous-visibility test of the citizen pages: a visitor sees the public drafts only, never a hidden
or held comment, an anonymous commenter's name, a contact, or anything of a petitioner."""

import pytest

from danvan.consultation import services as consultation_services
from danvan.consultation.tests.conftest import comment
from danvan.portal.citizen import services
from danvan.portal.models import ModerationItem
from danvan.portal.tests.citizen_helpers import public_consultation, recommendation_data

pytestmark = pytest.mark.django_db


def _everything_public(client, c) -> str:
    urls = ["/gop-y/", f"/gop-y/{c.pk}/"] + [f"/gop-y/{c.pk}/phan/{p.pk}/" for p in c.pieces.all()]
    bodies = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        bodies.append(response.content.decode())
    return "\n".join(bodies)


def test_the_published_synthesis_respects_anonymity_and_never_shows_hidden_comments(client, world):
    c = public_consultation(world)
    piece = c.pieces.order_by("order")[1]
    named = comment(world.a.reviewer, c, "Ý kiến có tên công khai", piece=piece.pk, name="Phạm Văn Công Khai",
                    channel="portal", contact="0911222333")
    anonymous = comment(world.a.reviewer, c, "Ý kiến ẩn danh tiêu biểu", piece=piece.pk, name="Hoàng Thị Ẩn Danh",
                        channel="portal", anonymous=True, contact="an.danh@example.vn", area="Xã Bí Mật")
    hidden = comment(world.a.reviewer, c, "Ý kiến đã bị ẩn vì xúc phạm", piece=piece.pk, name="Người Bị Ẩn")
    for x in (named, anonymous):
        consultation_services.mark_notable(world.a.reviewer, x)
    consultation_services.hide_comment(world.a.reviewer, hidden, reason="Xúc phạm")
    open_body = _everything_public(client, c)
    assert "Ý kiến có tên công khai" not in open_body  # nothing of comments before the synthesis
    for action in ("close", "synthesise"):
        consultation_services.transition_consultation(world.a.reviewer, c, action)
    from django.core.cache import cache

    cache.clear()
    body = _everything_public(client, c)
    assert "Ý kiến có tên công khai" in body and "Phạm Văn Công Khai" in body
    assert "Ý kiến ẩn danh tiêu biểu" in body and "Người góp ý ẩn danh" in body
    for secret in ("Hoàng Thị Ẩn Danh", "Xã Bí Mật", "an.danh@example.vn", "0911222333", "Người Bị Ẩn",
                   "Ý kiến đã bị ẩn", "Xúc phạm"):
        assert secret not in body, secret


def test_a_held_comment_and_a_held_recommendation_are_never_shown(client, world):
    c = public_consultation(world)
    piece = c.pieces.order_by("order").first()
    services.submit_comment(c, {"stance": "other", "text": "Nội dung bị giữ lại www.rac.example", "piece": piece.pk,
                                "name": "Người Bị Giữ", "group": "nong_dan", "area": "", "contact": "",
                                "anonymous": False}, signals=["lien-ket"])
    data = recommendation_data(world)
    services.submit_recommendation(unit=world.a.commune_party, commune=world.a.commune,
                                   payload={k: data[k] for k in ("kind", "name", "phone", "address", "subject",
                                                                 "content")}, signals=["nhanh"])
    assert ModerationItem.objects.count() == 2
    body = _everything_public(client, c)
    for page in ("/kien-nghi/", "/tra-cuu/", f"/kien-nghi/?tinh={world.a.province.code}"):
        body += client.get(page).content.decode()
    for secret in ("Người Bị Giữ", "rac.example", data["name"], data["subject"], data["address"], "0987"):
        assert secret not in body, secret


def test_anonymous_visitors_get_nothing_of_the_moderation_queue(client, world):
    c = public_consultation(world)
    _, item = services.submit_comment(c, {"stance": "agree", "text": "Ẩn kỹ", "piece": None, "name": "Ai Đó",
                                          "group": "nong_dan", "area": "", "contact": "", "anonymous": False},
                                      signals=["tu-cam"])
    for url in ("/quan-ly-cong/kiem-duyet/", f"/quan-ly-cong/kiem-duyet/{item.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and "dang-nhap" in response["Location"]
    response = client.post(f"/quan-ly-cong/kiem-duyet/{item.pk}/cho-dang/")
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "held"


def test_a_drafts_state_and_its_published_results_show_at_once_on_the_cached_pages(
        client, world, django_capture_on_commit_callbacks):
    """Opening, closing and synthesising a public draft, and a change to its results after the synthesis (a
    notable comment unchosen), show on the cached citizen pages at once — no wait for the cache to expire."""
    c = public_consultation(world, open_it=False)
    piece = c.pieces.order_by("order")[1]
    assert c.title not in client.get("/gop-y/").content.decode()  # cached: no public draft yet
    with django_capture_on_commit_callbacks(execute=True):
        consultation_services.transition_consultation(world.a.reviewer, c, "open")
    c.refresh_from_db()
    assert c.title in client.get("/gop-y/").content.decode()
    notable = comment(world.a.reviewer, c, "Ý kiến tiêu biểu được công bố", piece=piece.pk, channel="portal")
    consultation_services.mark_notable(world.a.reviewer, notable)
    url = f"/gop-y/{c.pk}/phan/{piece.pk}/"
    assert "Ý kiến tiêu biểu được công bố" not in client.get(url).content.decode()  # open: never shown; cached
    with django_capture_on_commit_callbacks(execute=True):
        for action in ("close", "synthesise"):
            consultation_services.transition_consultation(world.a.reviewer, c, action)
            c.refresh_from_db()
    assert "Ý kiến tiêu biểu được công bố" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        consultation_services.mark_notable(world.a.reviewer, notable, notable=False)
    assert "Ý kiến tiêu biểu được công bố" not in client.get(url).content.decode()
