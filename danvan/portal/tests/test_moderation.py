"""Staff moderate what the portal held: list it in their scope, release it (created through the owning app's
service) or hide it with a reason; every decision audited, a decided item cannot be decided again."""

import pytest

from danvan.consultation.models import Comment
from danvan.core.models import AuditEvent
from danvan.petitions.models import Petition
from danvan.portal.citizen import services
from danvan.portal.models import ModerationItem
from danvan.portal.tests.citizen_helpers import public_consultation, recommendation_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(world):
    c = public_consultation(world)
    piece = c.pieces.order_by("order").first()
    _, comment_item = services.submit_comment(
        c, {"stance": "other", "text": "Xem www.quang-cao.example", "piece": piece.pk, "name": "Ông Quảng Cáo",
            "group": "nong_dan", "area": "Xã A", "contact": "", "anonymous": False}, signals=["lien-ket"])
    data = recommendation_data(world)
    _, petition_item = services.submit_recommendation(
        unit=world.a.commune_party, commune=world.a.commune,
        payload={k: data[k] for k in ("kind", "name", "phone", "address", "subject", "content")}, signals=["nhanh"])
    return comment_item, petition_item


def test_staff_list_what_was_held_in_their_scope_only(client, world, held):
    client.force_login(world.a.reviewer)
    body = client.get("/quan-ly-cong/kiem-duyet/").content.decode()
    assert "quang-cao.example" in body and "Đường liên thôn" in body
    client.force_login(world.a.reporter)  # the commune: the recommendation to it, not the province's draft
    body = client.get("/quan-ly-cong/kiem-duyet/").content.decode()
    assert "Đường liên thôn" in body and "quang-cao.example" not in body
    client.force_login(world.b.reviewer)
    body = client.get("/quan-ly-cong/kiem-duyet/").content.decode()
    assert "Đường liên thôn" not in body and "quang-cao" not in body
    assert client.get(f"/quan-ly-cong/kiem-duyet/{held[0].pk}/").status_code == 404
    assert client.post(f"/quan-ly-cong/kiem-duyet/{held[0].pk}/cho-dang/").status_code == 404


def test_the_queue_lists_in_a_fixed_number_of_queries(client, world, held, django_assert_max_num_queries):
    client.force_login(world.a.reviewer)
    client.get("/quan-ly-cong/kiem-duyet/")
    with django_assert_max_num_queries(12):
        assert client.get("/quan-ly-cong/kiem-duyet/?trang-thai=held").status_code == 200


def test_releasing_creates_the_comment_and_the_petition(client, world, held, django_capture_on_commit_callbacks):
    client.force_login(world.a.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        for item in held:
            response = client.post(f"/quan-ly-cong/kiem-duyet/{item.pk}/cho-dang/", {"reason": "Người thật"})
            assert response.status_code == 302
    assert Comment.objects.get().channel == "portal"
    petition = Petition.objects.get()
    assert petition.channel == "portal" and petition.unit_id == world.a.commune_party.pk
    item = ModerationItem.objects.get(pk=held[1].pk)
    assert item.status == "released" and item.result_code == petition.code and item.decided_by == world.a.reviewer
    assert AuditEvent.objects.filter(action="portal.moderation.release", actor=world.a.reviewer).count() == 2
    again = client.post(f"/quan-ly-cong/kiem-duyet/{item.pk}/cho-dang/")
    assert again.status_code == 400 and "đã được xử lý" in again.content.decode()
    assert Petition.objects.count() == 1


def test_hiding_needs_a_reason_and_creates_nothing(client, world, held):
    client.force_login(world.a.reviewer)
    item = held[0]
    refused = client.post(f"/quan-ly-cong/kiem-duyet/{item.pk}/an/", {"reason": "  "})
    assert refused.status_code == 400 and "Cần ghi lý do" in refused.content.decode()
    assert client.post(f"/quan-ly-cong/kiem-duyet/{item.pk}/an/", {"reason": "Quảng cáo"}).status_code == 302
    item.refresh_from_db()
    assert item.status == "hidden" and item.reason == "Quảng cáo" and Comment.objects.count() == 0
    event = AuditEvent.objects.get(action="portal.moderation.hide")
    assert event.actor == world.a.reviewer and "Quảng cáo" in str(event.after)
    assert "quang-cao" not in str(event.after) and "Ông Quảng Cáo" not in str(event.before)


def test_a_held_comment_on_a_draft_closed_meanwhile_cannot_be_released(client, world, held):
    from danvan.consultation import services as consultation_services
    from danvan.consultation.models import Consultation

    consultation_services.transition_consultation(world.a.reviewer, Consultation.objects.get(), "close")
    client.force_login(world.a.reviewer)
    response = client.post(f"/quan-ly-cong/kiem-duyet/{held[0].pk}/cho-dang/")
    assert response.status_code == 409 and Comment.objects.count() == 0
    held[0].refresh_from_db()
    assert held[0].status == "held"


def _nav_entry(client) -> str | None:
    import re

    body = client.get("/quan-ly-cong/bai-viet/").content.decode()
    found = re.search(r'<a href="/quan-ly-cong/kiem-duyet/"[^>]*>(.*?)</a>', body, re.DOTALL)
    return found.group(1) if found else None


def test_the_navigation_shows_the_queue_with_what_waits_to_those_who_may_moderate(client, world, held):
    client.force_login(world.a.reviewer)  # the province: both held items
    assert "Kiểm duyệt" in str(_nav_entry(client)) and ">2<" in str(_nav_entry(client))
    client.force_login(world.a.reporter)  # the commune: the recommendation only
    assert ">1<" in str(_nav_entry(client))
    services.hide_item(world.a.reporter, held[1], reason="Quảng cáo.")
    assert _nav_entry(client) is not None and "badge" not in str(_nav_entry(client))  # nothing waits: no count
    client.force_login(world.b.reviewer)  # another province: the entry, nothing of A's count
    assert _nav_entry(client) is not None and "badge" not in str(_nav_entry(client))
    client.force_login(world.nobody)  # no unit to report for: no entry
    assert _nav_entry(client) is None
