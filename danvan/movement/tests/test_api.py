"""The /api/v1/models contract: shapes, lifecycle codes (409 with the reason), scoping, statistics."""

import pytest

pytestmark = pytest.mark.django_db


def body(world, **kw):
    return {"unit": world.a.commune_party.pk, "kind": "model", "name": "Dân vận khéo trong xây dựng nông thôn mới",
            "field": "nong_thon_moi", "areas": [world.a.commune.code], "registered_on": "2026-01-15",
            "registration": {"situation": "Đường làng xuống cấp.", "goals": "Bê tông hóa 5 km.",
                             "starts_on": "2026-02-01", "ends_on": "2026-12-31"}, **kw}


def as_user(client, user):
    client.force_login(user)
    return client


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def test_a_reporter_registers_a_model_and_a_reviewer_takes_it_through_its_life(client, world):
    reporter = as_user(client, world.a.reporter)
    created = post(reporter, "/api/v1/models", body(world))
    assert created.status_code == 201, created.json()
    model = created.json()
    assert (model["status"], model["version"], model["areas"], model["origin"]) == (
        "registered", 1, [world.a.commune.code], None)
    assert model["registration"]["goals"] == "Bê tông hóa 5 km." and model["registration"]["ends_on"] == "2026-12-31"
    url = f"/api/v1/models/{model['id']}"
    launched = post(reporter, url + "/launch", {"launched_on": "2026-02-01", "commitments": "Góp ngày công."})
    assert launched.status_code == 200 and launched.json()["status"] == "launched"
    refused = post(reporter, url + "/evaluations", {"period": "2026-Q1", "effective": True,
                                                    "evaluated_on": "2026-03-01"})
    assert refused.status_code == 404  # a reporter cannot review: the model is not reachable for review
    reviewer = as_user(client, world.a.reviewer)
    evaluated = post(reviewer, url + "/evaluations", {"period": "2026-Q1", "scores": {"hieu_qua": 9},
                                                      "effective": True, "evidence": "Biên bản.",
                                                      "evaluated_on": "2026-03-01"})
    assert evaluated.status_code == 201
    assert evaluated.json()["evaluations"][0]["scores"] == {"hieu_qua": 9.0}
    recognised = post(reviewer, url + "/recognitions", {"decision_number": "15/QĐ-UBND", "decision_date": "2026-03-10",
                                                        "issuer": "UBND tỉnh", "level": "province",
                                                        "form": "Bằng khen"})
    assert recognised.status_code == 201 and recognised.json()["status"] == "recognised"
    assert recognised.json()["recognitions"][0]["form"] == "Bằng khen"


def test_a_refused_transition_is_409_with_the_reason(client, world):
    api = as_user(client, world.a.reporter)
    model = post(api, "/api/v1/models", body(world)).json()
    response = post(api, f"/api/v1/models/{model['id']}/replications",
                    {"unit": world.a.commune_front.pk, "areas": [world.a.commune.code], "registered_on": "2026-02-01"})
    assert response.status_code == 409
    assert "Đã đăng ký" in response.json()["detail"]
    stopped = post(api, f"/api/v1/models/{model['id']}/stop", {"reason": "Trùng mô hình khác."})
    assert stopped.status_code == 200 and stopped.json()["status"] == "stopped"
    again = post(api, f"/api/v1/models/{model['id']}/launch", {"launched_on": "2026-02-01"})
    assert again.status_code == 409 and "Đã dừng" in again.json()["detail"]


def test_patch_needs_the_current_version(client, world):
    api = as_user(client, world.a.reporter)
    model = post(api, "/api/v1/models", body(world)).json()
    url = f"/api/v1/models/{model['id']}"
    ok = api.patch(url, {"version": 1, "name": "Tên mới", "registration": {"outputs": "5 km đường."}},
                   content_type="application/json")
    assert ok.status_code == 200 and (ok.json()["name"], ok.json()["version"]) == ("Tên mới", 2)
    assert ok.json()["registration"]["outputs"] == "5 km đường."
    stale = api.patch(url, {"version": 1, "name": "Sửa đè"}, content_type="application/json")
    assert stale.status_code == 409 and stale.json()["detail"]


def test_a_replication_answers_201_with_its_origin(client, world):
    api = as_user(client, world.a.reporter)
    model = post(api, "/api/v1/models", body(world)).json()
    post(api, f"/api/v1/models/{model['id']}/launch", {"launched_on": "2026-02-01"})
    replica = post(api, f"/api/v1/models/{model['id']}/replications",
                   {"unit": world.a.commune_front.pk, "areas": [world.a.commune.code], "registered_on": "2026-03-01"})
    assert replica.status_code == 201
    assert (replica.json()["origin"], replica.json()["unit"], replica.json()["status"]) == (
        model["id"], world.a.commune_front.pk, "registered")


def test_bad_input_is_400_in_vietnamese_and_writes_nothing(client, world):
    api = as_user(client, world.a.reporter)
    response = post(api, "/api/v1/models", body(world, field="khong_co", areas=[]))
    assert response.status_code == 400 and "Lĩnh vực" in response.json()["detail"]
    assert api.get("/api/v1/models").json()["count"] == 0
    assert post(api, "/api/v1/models", {"unit": "x"}).status_code == 400


def test_the_list_filters_and_finds_names_without_diacritics(client, world):
    api = as_user(client, world.a.reporter)
    post(api, "/api/v1/models", body(world))
    post(api, "/api/v1/models", body(world, name="Camera an ninh khu dân cư", field="quoc_phong_an_ninh"))
    assert api.get("/api/v1/models", {"q": "nong thon moi"}).json()["count"] == 1
    assert api.get("/api/v1/models", {"q": "CAMERA AN NINH"}).json()["items"][0]["field"] == "quoc_phong_an_ninh"
    assert api.get("/api/v1/models", {"field": "quoc_phong_an_ninh"}).json()["count"] == 1
    assert api.get("/api/v1/models", {"year": 2026, "status": "registered"}).json()["count"] == 2
    assert api.get("/api/v1/models", {"year": 2025}).json()["count"] == 0
    assert api.get("/api/v1/models", {"area": world.a.province.code}).json()["count"] == 2
    assert api.get("/api/v1/models", {"limit": 1}).json()["count"] == 2
    assert api.get("/api/v1/models", {"year": 99999}).status_code == 400


def test_another_province_sees_nothing(client, world):
    model = post(as_user(client, world.a.reporter), "/api/v1/models", body(world)).json()
    other = as_user(client, world.b.reviewer)
    assert other.get(f"/api/v1/models/{model['id']}").status_code == 404
    assert other.get("/api/v1/models").json()["count"] == 0
    assert other.get("/api/v1/models/stats", {"period": "2026"}).json()["new"] == 0
    assert post(other, f"/api/v1/models/{model['id']}/stop", {"reason": "x"}).status_code == 404


def test_stats_answer_the_shape_of_the_contract(client, world):
    api = as_user(client, world.a.reviewer)
    response = api.get("/api/v1/models/stats", {"unit": world.a.btgdv.pk, "period": "2026"})
    assert response.status_code == 200
    assert {"total", "new", "effective", "recognised", "replicated", "by_field", "by_level"} <= response.json().keys()
    assert api.get("/api/v1/models/stats", {"period": "2026-13"}).status_code == 400
    assert api.get("/api/v1/models/stats", {"unit": world.a.btgdv.pk, "area": "37"}).status_code == 400


def test_a_reviewer_above_publishes_and_withdraws_a_model_through_the_api(client, world):
    api = as_user(client, world.a.reporter)
    model = post(api, "/api/v1/models", body(world)).json()
    url = f"/api/v1/models/{model['id']}"
    launched = post(api, url + "/launch", {"launched_on": "2026-02-01"}).json()
    assert post(api, url + "/public", {"public": True}).status_code == 404  # a reporter cannot review
    reviewer = as_user(client, world.a.reviewer)
    stale = post(reviewer, url + "/public", {"public": True, "version": launched["version"] - 1})
    assert stale.status_code == 409
    published = post(reviewer, url + "/public", {"public": True, "version": launched["version"]})
    assert published.status_code == 200 and published.json()["is_public"] is True
    assert post(reviewer, url + "/public", {"public": True}).status_code == 409  # already public
    withdrawn = post(reviewer, url + "/public", {"public": False})
    assert withdrawn.status_code == 200 and withdrawn.json()["is_public"] is False
    other = as_user(client, world.b.reviewer)
    assert post(other, url + "/public", {"public": True}).status_code == 404


def test_publishing_a_model_not_yet_launched_is_409(client, world):
    api = as_user(client, world.a.reporter)
    model = post(api, "/api/v1/models", body(world)).json()
    refused = post(as_user(client, world.a.reviewer), f"/api/v1/models/{model['id']}/public", {"public": True})
    assert refused.status_code == 409 and refused.json()["detail"]
