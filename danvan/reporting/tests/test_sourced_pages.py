"""Values taken from records on the report page and in the API: marked with their records, a reason when
changed (shown to the reviewer), "Cập nhật từ dữ liệu" on a draft, and the API's added fields."""

import json
from datetime import date
from decimal import Decimal

import pytest

from danvan.core import registry
from danvan.core.models import AuditEvent
from danvan.reporting import services
from danvan.reporting.models import SubmissionValue

pytestmark = pytest.mark.django_db
FOUND = {"value": Decimal(7)}


def count_models(unit, start: date, end: date) -> registry.SourcedValue:
    return registry.SourcedValue(FOUND["value"], (registry.SourcedRecord("Mô hình Chợ sạch", "/mo-hinh/1/"),), more=2)


@pytest.fixture
def source():
    FOUND["value"] = Decimal(7)
    registry.indicator_sources.register(registry.IndicatorSource("QUA_SL", count_models, app="reporting"))
    yield
    registry.indicator_sources.unregister("QUA_SL")


@pytest.fixture
def draft(world, form, source):
    return services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")


def page(client, s) -> str:
    response = client.get(f"/bao-cao/{s.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_sourced_value_is_marked_with_its_app_and_links_to_its_records(world, client, draft):
    client.force_login(world.a.reporter)
    html = page(client, draft)
    assert "Lấy từ dữ liệu" in html and '<a href="/mo-hinh/1/">Mô hình Chợ sạch</a>' in html
    assert "và 2 bản ghi khác" in html
    assert 'data-sourced="7"' in html and 'id="v-QUA_SL-reason" hidden' in html  # no reason asked while unchanged
    assert "Cập nhật từ dữ liệu" in html


def test_changing_it_on_the_page_needs_a_reason_which_the_reviewer_then_reads(world, client, draft):
    client.force_login(world.a.reporter)
    refused = client.post(f"/bao-cao/{draft.pk}/", {"version": draft.version, "v-QUA_SL": "9", "action": "save"})
    assert refused.status_code == 400 and "vui lòng nêu lý do" in refused.content.decode()
    assert 'id="v-QUA_SL-reason" hidden' not in refused.content.decode()  # the reason field is open
    saved = client.post(f"/bao-cao/{draft.pk}/", {"version": draft.version, "v-QUA_SL": "9", "action": "submit",
                                                  "r-QUA_SL": "Thêm 2 mô hình chưa nhập vào hệ thống"})
    assert saved.status_code == 302
    client.force_login(world.a.reviewer)
    assert "Lý do sửa:</strong> Thêm 2 mô hình chưa nhập vào hệ thống" in page(client, draft)


def test_refresh_reads_the_records_again_keeping_a_value_the_reporter_changed(world, client, form, draft):
    client.force_login(world.a.reporter)
    FOUND["value"] = Decimal(11)
    draft.refresh_from_db()
    response = client.post(f"/bao-cao/{draft.pk}/cap-nhat-du-lieu/", {"version": draft.version}, follow=True)
    assert "Đã cập nhật 1 số liệu từ dữ liệu" in response.content.decode()
    row = SubmissionValue.objects.get(submission=draft, indicator__code="QUA_SL")
    assert (row.value, row.sourced_value) == (Decimal(11), Decimal(11))
    assert AuditEvent.objects.get(action="reporting.submission.refresh_sourced").after == {"values": {"QUA_SL": "11"}}
    draft.refresh_from_db()
    services.update_submission(world.a.reporter, draft, version=draft.version, values={"QUA_SL": "20"},
                               override_reasons={"QUA_SL": "Số thực tế"})
    FOUND["value"] = Decimal(12)
    draft.refresh_from_db()
    services.refresh_sourced_values(world.a.reporter, draft, version=draft.version)
    row.refresh_from_db()
    assert (row.value, row.sourced_value, row.override_reason) == (Decimal(20), Decimal(12), "Số thực tế")


def test_a_submitted_report_is_not_refreshed(world, client, draft):
    services.submit_submission(world.a.reporter, draft)
    FOUND["value"] = Decimal(11)
    draft.refresh_from_db()
    client.force_login(world.a.reporter)
    client.post(f"/bao-cao/{draft.pk}/cap-nhat-du-lieu/", {"version": draft.version})
    assert SubmissionValue.objects.get(submission=draft, indicator__code="QUA_SL").value == Decimal(7)
    assert not AuditEvent.objects.filter(action="reporting.submission.refresh_sourced").exists()


def test_the_api_shows_the_sourced_value_and_takes_override_reasons(world, client, draft):
    from danvan.accounts.services import create_token

    _, raw = create_token(None, world.a.reporter)
    auth = {"authorization": f"Bearer {raw}"}
    body = client.get(f"/api/v1/submissions/{draft.pk}", headers=auth).json()
    assert body["value_sources"]["QUA_SL"] == {"sourced_value": 7, "override_reason": ""}
    assert body["values"]["QUA_SL"] == 7  # the existing fields are unchanged
    refused = client.patch(f"/api/v1/submissions/{draft.pk}", json.dumps({"version": draft.version,
                           "values": {"QUA_SL": 9}}), content_type="application/json", headers=auth)
    assert refused.status_code == 400
    saved = client.patch(f"/api/v1/submissions/{draft.pk}", json.dumps({
        "version": draft.version, "values": {"QUA_SL": 9}, "override_reasons": {"QUA_SL": "Số thực tế"}}),
        content_type="application/json", headers=auth)
    assert saved.status_code == 200, saved.content
    assert saved.json()["value_sources"]["QUA_SL"] == {"sourced_value": 7, "override_reason": "Số thực tế"}
