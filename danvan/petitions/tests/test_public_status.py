"""GET /api/v1/petitions/status/{code}?phone_last4=: no login, nothing personal, the same 404 for a wrong code or
phone, rate-limited so codes cannot be enumerated."""

from datetime import date

import pytest

from danvan.petitions import services
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db


@pytest.fixture
def petition(world):
    p = receive(world.a.reporter, world.a.commune_party, name="Hoàng Văn Dân", phone="0912 345 678",
                id_number="001086099999", received_on=date(2026, 3, 2))
    p = services.accept_petition(world.a.reporter, p, accepted_on=date(2026, 3, 5), note="Ghi chú nội bộ bí mật")
    services.add_petition_note(world.a.reporter, p, text="Ghi chú nội bộ bí mật 2")
    return p


def test_a_citizen_reads_the_status_and_the_dates_of_the_steps_only(client, petition):
    response = client.get(f"/api/v1/petitions/status/{petition.code}?phone_last4=5678")
    assert response.status_code == 200
    out = response.json()
    assert (out["status"], [(s["kind"], s["on"]) for s in out["steps"]]) == (
        "accepted", [("received", "2026-03-02"), ("accepted", "2026-03-05")])
    body = response.content.decode()
    for secret in ("Hoàng Văn Dân", "0912", "001086099999", "Thôn Đông", "bồi thường", "bí mật",
                   petition.unit.name, "xa-37"):
        assert secret not in body


def test_a_lowercase_code_is_found_too(client, petition):
    assert client.get(f"/api/v1/petitions/status/{petition.code.lower()}?phone_last4=5678").status_code == 200


def test_a_wrong_code_and_a_wrong_phone_answer_the_same_404(client, petition):
    wrong_code = client.get("/api/v1/petitions/status/ABCD-EFGH?phone_last4=5678")
    wrong_phone = client.get(f"/api/v1/petitions/status/{petition.code}?phone_last4=0000")
    no_phone = client.get(f"/api/v1/petitions/status/{petition.code}")
    assert {r.status_code for r in (wrong_code, wrong_phone, no_phone)} == {404}
    assert wrong_code.json() == wrong_phone.json() == no_phone.json()


def test_lookups_are_rate_limited_per_address(client, petition):
    from danvan.api.petitions import LOOKUPS_PER_10_MINUTES

    for i in range(LOOKUPS_PER_10_MINUTES):
        assert client.get(f"/api/v1/petitions/status/AAAA-{i:04d}?phone_last4=1234").status_code == 404
    blocked = client.get(f"/api/v1/petitions/status/{petition.code}?phone_last4=5678")
    assert blocked.status_code == 429 and "quá nhiều" in blocked.json()["detail"]
    other = client.get(f"/api/v1/petitions/status/{petition.code}?phone_last4=5678", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_codes_are_random_and_not_sequential(world):
    codes = [receive(world.a.reporter, world.a.commune_party, phone=f"09110000{i:02d}", id_number="",
                     subject=f"Đơn {i}", content=f"Nội dung {i} khác").code for i in range(5)]
    assert len(set(codes)) == 5 and all(len(c) == 9 and c[4] == "-" for c in codes)
    assert not any(c[:4] == codes[0][:4] for c in codes[1:])  # 1 in 31^4 per pair
