"""A NUL character in any text a client sends is refused with 400 in one place (core.request_guards),
on SQLite and PostgreSQL alike (PostgreSQL cannot store it and answered 500)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import RequestFactory

from danvan.accounts.models import LoginFailure
from danvan.accounts.services import create_token
from danvan.core.request_guards import NUL_MESSAGE, RejectNulMiddleware
from danvan.reporting import services
from danvan.reporting.models import ReportForm
from danvan.testing.world import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    return services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")


def test_the_sign_in_form_refuses_a_nul_byte(client, world):
    response = client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37\x00", "password": PASSWORD})
    assert response.status_code == 400 and NUL_MESSAGE in response.content.decode()
    assert not LoginFailure.objects.exists() and "_auth_user_id" not in client.session


def test_a_report_form_refuses_a_nul_byte_and_saves_nothing(client, world, draft):
    client.force_login(world.a.reporter)
    response = client.post(f"/bao-cao/{draft.pk}/", {"version": draft.version, "s-KQ": "Đã tặng\x00 quà",
                                                     "action": "save"})
    assert response.status_code == 400 and NUL_MESSAGE in response.content.decode()
    assert not draft.sections.exists()


def test_an_api_json_body_with_a_nul_byte_is_a_json_400(client, world, draft):
    _, raw = create_token(None, world.a.reporter)
    response = client.patch(f"/api/v1/submissions/{draft.pk}", json.dumps(
        {"version": draft.version, "sections": {"KQ": "Đã tặng\u0000 quà"}}), content_type="application/json",
        headers={"authorization": f"Bearer {raw}"})
    assert response.status_code == 400 and response.json() == {"detail": NUL_MESSAGE}
    assert not draft.sections.exists()


def test_a_query_parameter_with_a_nul_byte_is_refused(client, world):
    client.force_login(world.a.reporter)
    assert client.get("/bao-cao/?q=a%00b").status_code == 400


def test_a_json_body_that_only_spells_a_backslash_u0000_passes(client, world, draft):
    _, raw = create_token(None, world.a.reporter)
    response = client.patch(f"/api/v1/submissions/{draft.pk}", json.dumps(
        {"version": draft.version, "sections": {"KQ": "C:\\u0000"}}), content_type="application/json",
        headers={"authorization": f"Bearer {raw}"})
    assert response.status_code == 200


def _through_guard(request) -> int:
    return RejectNulMiddleware(lambda r: HttpResponse("ok"))(request).status_code


def test_an_uploaded_file_may_hold_nul_bytes_but_its_text_fields_may_not():
    factory = RequestFactory()
    upload = SimpleUploadedFile("bang.xlsx", b"PK\x03\x04\x00\x00binary", content_type="application/octet-stream")
    assert _through_guard(factory.post("/bao-cao/excel/", {"file": upload, "note": "ok"})) == 200
    upload.seek(0)
    assert _through_guard(factory.post("/bao-cao/excel/", {"file": upload, "note": "x\x00"})) == 400
