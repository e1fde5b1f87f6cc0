"""The /api/v1/petitions contract: shapes, every refused step (409 with the reason), forwarding, appeals, notes
after closing, receptions."""

from datetime import date

import pytest

from danvan.petitions import rules
from danvan.petitions.choices import Status
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db


def body(world, **kw):
    return {"kind": "complaint", "unit": world.a.commune_party.pk, "received_on": "2026-03-02", "channel": "mail",
            "area": world.a.commune.code, "petitioners": [{"name": "Trần Thị Bình", "phone": "0912345678",
                                                           "id_number": "001186000111"}],
            "subject": "Khiếu nại quyết định thu hồi đất", "content": "Đề nghị xem xét lại quyết định thu hồi đất.",
            **kw}


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_receiving_a_petition_answers_201_with_its_code_and_deadlines(client, world):
    client.force_login(world.a.reporter)
    response = post(client, "/api/v1/petitions", body(world))
    assert response.status_code == 201, response.json()
    out = response.json()
    assert (out["status"], out["deadlines"], out["overdue"], out["duplicate_of"]) == (
        "received", {"acceptance": "2026-03-12", "resolution": None}, True, None)  # 12/3 is long past
    assert len(out["code"]) == 9 and out["timeline"][0]["kind"] == "received"


def test_a_petition_goes_through_its_life_by_the_api(client, world):
    client.force_login(world.a.reporter)
    pid = post(client, "/api/v1/petitions", body(world)).json()["id"]
    url = f"/api/v1/petitions/{pid}"
    accepted = post(client, url + "/accept", {"accepted_on": "2026-03-05", "complex": True})
    assert accepted.status_code == 200 and accepted.json()["deadlines"]["resolution"] == "2026-04-19"
    answered = post(client, url + "/answer", {"answered_on": "2026-04-01", "result": "Giữ nguyên quyết định.",
                                              "decision_number": "12/QĐ-UBND", "decision_date": "2026-04-01"})
    assert answered.json()["status"] == "answered" and answered.json()["late"] is False
    appealed = post(client, url + "/appeal", {"received_on": "2026-04-10"})
    assert appealed.status_code == 201
    second = appealed.json()
    assert (second["kind"], second["first_instance"], second["deadlines"]["acceptance"]) == (
        "complaint_second", pid, "2026-04-20")
    assert client.get(url).json()["status"] == "appealed"


REFUSED = [(state, event) for state in Status.values for event in rules.PETITION.transitions
           if not rules.PETITION.can(state, event)]


def _in_state(world, state):
    """A petition of province A brought to `state` through the services."""
    from danvan.petitions import services

    actor, day = world.a.reporter, date(2026, 3, 10)
    p = receive(actor, world.a.commune_party, kind="denunciation" if state == "extended" else "complaint")
    if state in ("accepted", "extended", "answered", "closed", "appealed"):
        p = services.accept_petition(actor, p, accepted_on=day)
    if state == "extended":
        p = services.extend_petition(actor, p, reason="Phức tạp.")
    if state in ("answered", "closed", "appealed"):
        p = services.answer_petition(actor, p, answered_on=day, result="Đã trả lời.")
    if state == "closed":
        p = services.close_petition(actor, p)
    if state == "appealed":
        services.appeal_petition(actor, p, received_on=day)
    if state == "rejected":
        p = services.reject_petition(actor, p, reason="Không thuộc thẩm quyền.", rejected_on=day)
    if state == "forwarded":
        p = services.forward_petition(actor, p, to_body="Thanh tra tỉnh", forwarded_on=day)
    p.refresh_from_db()
    assert p.status == state
    return p


PAYLOADS = {"accept": {"accepted_on": "2026-03-11"}, "reject": {"reason": "Lý do."},
            "forward": {"to_body": "Tòa án", "note": ""}, "extend": {"reason": "Lý do."},
            "answer": {"answered_on": "2026-03-11", "result": "Kết quả."}, "close": {},
            "appeal": {"received_on": "2026-03-11"}}


@pytest.mark.parametrize(("state", "event"), REFUSED)
def test_every_step_not_allowed_from_the_state_is_refused_with_409_and_nothing_written(client, world, state, event):
    petition = _in_state(world, state)
    events = petition.timeline.count()
    client.force_login(world.a.reporter)
    response = post(client, f"/api/v1/petitions/{petition.pk}/{event}", PAYLOADS[event])
    assert response.status_code == 409, response.json()
    assert "Không thể" in response.json()["detail"]
    petition.refresh_from_db()
    assert (petition.status, petition.timeline.count()) == (state, events)


def test_refused_steps_cover_the_whole_table():
    assert len(REFUSED) == sum(1 for s in Status.values for e in rules.PETITION.transitions
                               if not rules.PETITION.can(s, e)) > 30


def test_forwarding_to_another_unit_moves_the_petition_with_a_new_acceptance_deadline(client, world):
    client.force_login(world.a.reporter)
    pid = post(client, "/api/v1/petitions", body(world)).json()["id"]
    response = post(client, f"/api/v1/petitions/{pid}/forward", {"to_unit": world.a.commune_front.pk,
                                                                 "note": "Chuyển MTTQ xã.",
                                                                 "forwarded_on": "2026-03-04"})
    out = response.json()
    assert response.status_code == 200, out
    assert (out["status"], out["unit"], out["deadlines"]["acceptance"]) == ("forwarded", world.a.commune_front.pk,
                                                                             "2026-03-14")
    # The sender no longer acts on it; the new owner's line does (a reviewer above both here).
    assert post(client, f"/api/v1/petitions/{pid}/accept", {"accepted_on": "2026-03-06"}).status_code == 403
    client.force_login(world.a.reviewer)
    accepted = post(client, f"/api/v1/petitions/{pid}/accept", {"accepted_on": "2026-03-06"})
    assert accepted.json()["status"] == "accepted"


def test_a_note_after_closing_is_kept_and_reaches_the_owning_unit(client, world, handler):
    from danvan.core.models import Notification

    p = _in_state(world, "closed")
    client.force_login(world.a.reviewer)
    response = post(client, f"/api/v1/petitions/{p.pk}/events", {"text": "Công dân tiếp tục phản ánh."})
    assert response.status_code == 201
    assert response.json()["timeline"][-1]["text"] == "Công dân tiếp tục phản ánh."
    assert Notification.objects.filter(user=handler, message__contains=p.code).exists()


def test_a_user_of_another_province_cannot_reach_a_petition(client, world):
    p = receive(world.a.reporter, world.a.commune_party)
    client.force_login(world.b.reviewer)
    assert client.get(f"/api/v1/petitions/{p.pk}").status_code == 404
    assert post(client, f"/api/v1/petitions/{p.pk}/accept", {"accepted_on": "2026-03-05"}).status_code == 404
    assert client.get("/api/v1/petitions").json()["count"] == 0
    assert post(client, "/api/v1/petitions", body(world)).status_code == 404


def test_a_viewer_above_may_read_but_not_take_steps(client, world):
    from danvan.accounts.services import grant_membership
    from danvan.testing.factories import UserFactory

    viewer = UserFactory(username="xem-tinh")
    grant_membership(None, user=viewer, unit=world.a.btgdv, role="viewer")
    p = receive(world.a.reporter, world.a.commune_party)
    client.force_login(viewer)
    assert client.get(f"/api/v1/petitions/{p.pk}").json()["allowed"] == []
    assert post(client, f"/api/v1/petitions/{p.pk}/accept", {"accepted_on": "2026-03-05"}).status_code == 403


def test_the_list_filters_overdue_kind_and_status(client, world):
    overdue = receive(world.a.reporter, world.a.commune_party)
    receive(world.a.reporter, world.a.commune_party, kind="reflection", received_on=date(2026, 12, 1),
            phone="0900000001", id_number="")
    client.force_login(world.a.reviewer)
    assert [p["id"] for p in client.get("/api/v1/petitions?overdue=true").json()["items"]] == [overdue.pk]
    assert client.get("/api/v1/petitions?kind=reflection").json()["count"] == 1
    assert client.get("/api/v1/petitions?status=received&limit=1").json()["count"] == 2
    assert client.get("/api/v1/petitions?limit=0").status_code == 400


def test_receptions_are_recorded_and_listed(client, world):
    client.force_login(world.a.reporter)
    response = post(client, "/api/v1/receptions", {"unit": world.a.commune_party.pk, "held_on": "2026-11-15",
                                                   "host_name": "Lê Văn Cường", "host_position": "Bí thư Đảng ủy",
                                                   "kind": "regular", "citizens_count": 12})
    assert response.status_code == 201, response.json()
    listed = client.get(f"/api/v1/receptions?unit={world.a.commune_party.pk}&since=2026-11-01&until=2026-11-30")
    assert [r["citizens_count"] for r in listed.json()["items"]] == [12]
    client.force_login(world.b.reviewer)
    assert client.get("/api/v1/receptions").json()["count"] == 0
