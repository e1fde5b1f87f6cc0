"""The API contract of the foundation: shapes, auth, scoping, errors."""

import pytest

from danvan.accounts.services import create_token, revoke_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client, world):
    client.force_login(world.a.reviewer)
    return client


def test_no_credentials_is_401_json(client, world):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["detail"]


def test_bearer_token_authenticates_and_revocation_ends_it(client, world):
    token, raw = create_token(None, world.a.reporter)
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 200
    assert response.json() == {"username": "xa-37", "is_admin": False, "memberships": [
        {"unit": world.a.commune_party.pk, "unit_name": "Đảng ủy phường Phủ Lý", "role": "reporter"}]}
    revoke_token(None, token)
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 401
    assert client.get("/api/v1/me", headers={"Authorization": "Bearer dv_wrong"}).status_code == 401


def test_areas_list_filters_and_paginates(api):
    body = api.get("/api/v1/areas", {"level": "province"}).json()
    assert body["count"] == 34 and len(body["items"]) == 34
    assert body["items"][0].keys() == {"era", "code", "name", "division_type", "level", "parent_code"}
    legacy = api.get("/api/v1/areas", {"era": "legacy", "level": "district", "limit": 10, "offset": 5}).json()
    assert legacy["count"] == 696 and len(legacy["items"]) == 10
    communes = api.get("/api/v1/areas", {"parent": "37"}).json()
    assert communes["count"] == 129 and all(a["parent_code"] == "37" for a in communes["items"])


@pytest.mark.parametrize("q", ["ninh binh", "NINH BÌNH", "dong thap", "đắk lắk", "dak lak"])
def test_area_search_ignores_diacritics_and_d_stroke(api, q):
    body = api.get("/api/v1/areas", {"q": q, "level": "province"}).json()
    assert body["count"] == 1


def test_area_detail_has_lineage(api):
    body = api.get("/api/v1/areas/current/37").json()
    assert body["name"] == "Tỉnh Ninh Bình" and body["level"] == "province" and body["parent_code"] == "VN"
    assert sorted(p["code"] for p in body["predecessors"]) == ["35", "36", "37"]
    assert all(p["era"] == "legacy" for p in body["predecessors"])
    legacy = api.get("/api/v1/areas/legacy/36").json()  # Nam Định
    assert [s["code"] for s in legacy["successors"]] == ["37"]
    assert api.get("/api/v1/areas/current/99").status_code == 404
    assert api.get("/api/v1/areas/future/37").status_code == 400


def test_units_are_scoped(api, world):
    body = api.get("/api/v1/units", {"limit": 500}).json()
    ids = {u["id"] for u in body["items"]}
    assert world.a.commune_front.pk in ids and world.b.commune_front.pk not in ids
    assert body["items"][0].keys() == {"id", "name", "kind", "symbol", "area_code", "parent_id"}
    assert api.get("/api/v1/units", {"area": "12"}).json()["count"] == 0
    commune = api.get("/api/v1/units", {"area": world.a.commune.code}).json()
    assert commune["count"] == 10
    assert api.get("/api/v1/units", {"kind": "mttq"}).json()["count"] == 130
    detail = api.get(f"/api/v1/units/{world.a.commune_front.pk}").json()
    assert detail["parent_id"] == world.a.commune_party.pk and detail["kind"] == "mttq"
    missing = api.get(f"/api/v1/units/{world.b.commune_front.pk}")
    assert missing.status_code == 404 and missing.json() == {"detail": "Không tìm thấy."}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100000}, {"offset": -1}, {"limit": "abc"},
                                    {"level": "planet"}, {"era": "x"}])
def test_bad_parameters_are_400_with_a_message(api, params):
    response = api.get("/api/v1/areas", params)
    assert response.status_code == 400
    assert isinstance(response.json()["detail"], str)


def test_openapi_and_docs_are_served(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/me", "/api/v1/areas", "/api/v1/areas/{era}/{code}", "/api/v1/units",
            "/api/v1/units/{unit_id}"} <= set(schema["paths"])
    assert client.get("/api/v1/docs").status_code == 200


def _queries(client, url, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url, params).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("url", ["/api/v1/units", "/api/v1/areas"])
def test_queries_per_page_do_not_grow_with_rows(api, url):
    params = {"era": "legacy"} if "areas" in url else {}
    few, many = _queries(api, url, {**params, "limit": 1}), _queries(api, url, {**params, "limit": 500})
    assert few == many <= 5  # session, user, memberships, count, rows


def test_area_search_needs_no_division_word(api):
    """"xa gia vien" (what people type) finds the commune whose name may or may not carry the word "Xã"."""
    from danvan.core.text import fold
    from danvan.org.models import Area

    commune = Area.objects.unscoped().filter(level="commune", era="current").order_by("path").first()
    assert commune is not None
    words = fold(commune.name)
    for typed in (f"xa {words}", f"Xã {commune.name}", words):
        found = api.get("/api/v1/areas", {"q": typed, "limit": 200}).json()
        assert commune.code in [a["code"] for a in found["items"]], typed
