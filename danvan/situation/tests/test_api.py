"""The situation API contract: shapes, codes, scoping, the confidential source withheld."""

from datetime import timedelta

import pytest
from django.utils import timezone

from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db
BASE = "/api/v1/situation"


def _post(client, user, path, body):
    client.force_login(user)
    return client.post(BASE + path, body, content_type="application/json")


def _get(client, user, path):
    client.force_login(user)
    return client.get(BASE + path)


def _note(world, **fields):
    body = {"unit": world.a.commune_party.pk, "area": f"current/{world.a.commune.code}",
            "observed_on": timezone.localdate().isoformat(), "text": "Bà con lo lắng về giải phóng mặt bằng.",
            "mood": "worried", "source_kind": "collaborator", "confidential_source": "Bà Lê Thị B"}
    return {**body, **fields}


def test_posting_a_note_returns_201_with_the_issues_shape(client, world):
    r = _post(client, world.a.reporter, "/notes", _note(world))
    assert r.status_code == 201, r.content
    body = r.json()
    assert set(body) >= {"id", "unit", "area", "observed_on", "text", "topics", "topics_suggested", "mood",
                         "people_count", "source_kind", "verified", "confidential_source"}
    assert body["area"] == f"current/{world.a.commune.code}"
    assert (body["topics"], body["topics_suggested"]) == (["giai_phong_mat_bang"], True)
    assert body["confidential_source"] == "Bà Lê Thị B"


def test_the_confidential_source_is_withheld_from_list_and_detail_for_a_plain_viewer(client, world):
    note_id = _post(client, world.a.reporter, "/notes", _note(world)).json()["id"]
    viewer = UserFactory(username="xem-tinh")
    grant_membership(None, user=viewer, unit=world.a.btgdv, role=Role.VIEWER)
    detail = _get(client, viewer, f"/notes/{note_id}").json()
    listed = _get(client, viewer, "/notes").json()
    assert detail["confidential_source"] == "withheld"
    assert [n["confidential_source"] for n in listed["items"]] == ["withheld"]
    assert "Lê Thị B" not in _get(client, viewer, "/notes?q=Le+Thi").content.decode()
    assert _get(client, world.a.reviewer, f"/notes/{note_id}").json()["confidential_source"] == "Bà Lê Thị B"


def test_note_errors_are_400_in_vietnamese_and_other_provinces_get_404(client, world):
    r = _post(client, world.a.reporter, "/notes", _note(world, area="current/99999"))
    assert r.status_code == 400 and "Không tìm thấy địa bàn" in r.json()["detail"]
    assert _post(client, world.a.reporter, "/notes", _note(world, mood="vui")).status_code == 400
    assert _post(client, world.b.reporter, "/notes", _note(world)).status_code == 404
    note_id = _post(client, world.a.reporter, "/notes", _note(world)).json()["id"]
    assert _get(client, world.b.reviewer, f"/notes/{note_id}").status_code == 404
    assert _get(client, world.b.reviewer, "/notes").json() == {"count": 0, "items": []}


def test_incident_lifecycle_over_the_api_with_409_for_a_refused_transition(client, world):
    body = {"unit": world.a.commune_party.pk, "areas": [f"current/{world.a.commune.code}"], "title": "Khiếu kiện",
            "topics": ["don_thu"], "severity": 2, "people_count": 3,
            "started_on": (timezone.localdate() - timedelta(days=2)).isoformat()}
    r = _post(client, world.a.reporter, "/incidents", body)
    assert r.status_code == 201, r.content
    incident = r.json()
    assert (incident["state"], incident["escalated_to"], incident["timeline"]) == ("emerging", None, [])
    refused = _post(client, world.a.reporter, f"/incidents/{incident['id']}/events", {"kind": "close"})
    assert refused.status_code == 409 and "Không thể" in refused.json()["detail"]
    moved = _post(client, world.a.reporter, f"/incidents/{incident['id']}/events",
                  {"kind": "update", "text": "Đã đông hơn", "people_count": 7})
    assert moved.status_code == 201
    after = moved.json()
    assert after["state"] == "handling" and after["escalated_to"] == world.a.btgdv.pk
    assert [e["kind"] for e in after["timeline"]] == ["update", "escalate"]
    assert after["timeline"][1]["data"]["rule"] == "dong-nguoi"
    listed = _get(client, world.a.reviewer, "/incidents?escalated=true&state=handling").json()
    assert [i["id"] for i in listed["items"]] == [incident["id"]]
    assert _get(client, world.b.reviewer, f"/incidents/{incident['id']}").status_code == 404
    assert _post(client, world.b.reviewer, f"/incidents/{incident['id']}/events",
                 {"kind": "update", "text": "x"}).status_code == 404


def test_warnings_over_the_api(client, world):
    for i in range(3):
        assert _post(client, world.a.reporter, "/notes", _note(world, text=f"Tin {i} về giải phóng mặt bằng",
                                                                 confidential_source=None)).status_code == 201
    items = _get(client, world.a.reviewer, "/warnings").json()["items"]
    assert {(w["level"], w["area"], w["count"], w["ratio"]) for w in items} == {
        ("commune", f"current/{world.a.commune.code}", 3, None), ("province", f"current/{world.a.province.code}", 3, None)}
    assert all(len(w["notes"]) == 3 for w in items)
    assert _get(client, world.b.reviewer, "/warnings").json() == {"items": []}
    r = _post(client, world.a.reviewer, "/warnings/dismissals", {
        "unit": world.a.btgdv.pk, "topic": "giai_phong_mat_bang", "area": f"current/{world.a.commune.code}",
        "reason": "Đã nắm, không đáng lo"})
    assert r.status_code == 201
    assert [w["level"] for w in _get(client, world.a.reviewer, "/warnings").json()["items"]] == ["province"]
