"""Every API error is JSON {"detail": "<Vietnamese>"} with a 4xx, whatever the input and the DEBUG setting."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.accounts.services import create_token

pytestmark = pytest.mark.django_db

HUGE = [str(2**63), str(2**64), "9" * 40]


@pytest.fixture
def bearer(world):
    _, raw = create_token(None, world.a.reviewer)
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture(params=[False, True], ids=["debug-off", "debug-on"])
def debug(request, settings):
    settings.DEBUG = request.param
    return request.param


def assert_json_4xx(response, status=400):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json"), response.content[:300]
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail


@pytest.mark.parametrize("offset", HUGE)
@pytest.mark.parametrize("url", ["/api/v1/areas", "/api/v1/units", "/api/v1/submissions"])
def test_an_offset_past_what_the_database_counts_is_400(client, bearer, url, offset):
    assert_json_4xx(client.get(url, {"offset": offset}, headers=bearer))


def test_an_offset_within_bounds_past_the_end_is_an_empty_page(client, bearer):
    body = client.get("/api/v1/areas", {"offset": 2**31 - 1}, headers=bearer).json()
    assert body["items"] == [] and body["count"] > 0


@pytest.mark.parametrize("params", [{"unit": str(2**63)}, {"unit": "9" * 40}, {"unit": "-1"}])
def test_an_id_out_of_range_in_a_filter_is_400(client, bearer, params):
    assert_json_4xx(client.get("/api/v1/submissions", params, headers=bearer))


@pytest.mark.parametrize("url", ["/api/v1/submissions/9223372036854775808", "/api/v1/units/99999999999999999999"])
def test_an_id_out_of_range_in_a_path_is_404(client, bearer, url):
    assert_json_4xx(client.get(url, headers=bearer), status=404)


def test_a_json_body_over_the_upload_limit_is_400_json(client, bearer, settings, debug):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"form": "BC-DV-THANG", "unit": 1, "period": "2026-03", "sections": {"KQ": "x" * 5000}})
    response = client.post("/api/v1/submissions", body, content_type="application/json", headers=bearer)
    assert_json_4xx(response)
    assert "quá lớn" in response.json()["detail"]


def test_a_form_body_over_the_upload_limit_is_400_json(client, bearer, settings, debug):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post("/api/v1/excel/upload", {"form": "BC-DV-THANG", "period": "x" * 5000,
                                                    "file": SimpleUploadedFile("a.xlsx", b"x")}, headers=bearer)
    assert_json_4xx(response)


def test_too_many_fields_is_400_json(client, bearer, settings, debug):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    fields = {f"f{i}": "1" for i in range(20)}
    response = client.post("/api/v1/excel/upload", {**fields, "file": SimpleUploadedFile("a.xlsx", b"x")},
                           headers=bearer)
    assert_json_4xx(response)


@pytest.mark.parametrize("url", ["/api/v1/excel/upload", "/api/v1/submissions/import"])
def test_a_thousand_character_file_name_is_400_json(client, bearer, debug, url):
    upload = SimpleUploadedFile("a" * 1000 + ".xlsx", b"PK\x03\x04 not really a workbook")
    response = client.post(url, {"form": "BC-DV-THANG", "period": "2026-03", "unit": "1", "file": upload},
                           headers=bearer)
    assert_json_4xx(response)


def test_the_json_errors_stay_within_the_api(client, settings):
    """Outside /api/ the site keeps its HTML pages: the JSON answers are the API's, not the site's."""
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    response = client.post("/tai-khoan/dang-nhap/", {f"f{i}": "1" for i in range(20)})
    assert response.status_code == 400
    assert not response["Content-Type"].startswith("application/json")


def test_a_wrong_method_is_405_json(client, bearer):
    response = client.delete("/api/v1/me", headers=bearer)
    assert_json_4xx(response, status=405)
    assert "GET" in response["Allow"]


@pytest.mark.parametrize(("params", "words"), [({"limit": "abc"}, "limit: phải là số nguyên"),
                                               ({"offset": "²"}, "offset: phải là số nguyên"),
                                               ({"era": "x"}, "era: phải là một trong"),
                                               ({"offset": str(2**40)}, "offset: không được lớn hơn")])
def test_parameter_errors_are_explained_in_vietnamese(client, bearer, params, words):
    response = client.get("/api/v1/areas", params, headers=bearer)
    assert_json_4xx(response)
    assert words in response.json()["detail"]


def test_a_missing_body_field_is_named(client, bearer):
    response = client.post("/api/v1/submissions", {"form": "BC-DV-THANG"}, content_type="application/json",
                           headers=bearer)
    assert_json_4xx(response)
    assert "unit: bắt buộc" in response.json()["detail"]
