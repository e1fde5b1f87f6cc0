"""Reports only for periods of the schedule window, never submitted empty, and a mistaken draft can be
deleted by its reporter (issue 13, item 10)."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.core.models import AuditEvent
from danvan.reporting import services
from danvan.reporting.models import Submission
from danvan.reporting.periods import parse_period, period_for_date
from danvan.reporting.rules import in_reporting_window

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("code", "allowed"), [
    ("2026-12", True),   # the current, open month (15/11 → 14/12)
    ("2026-03", True), ("2024-01", True),
    ("2027-01", False),  # starts 15/12: not begun yet
    ("2030-01", False), ("2020-01", False), ("2023-10", False),
])
def test_the_reporting_window_is_the_periods_begun_in_the_last_three_years(code, allowed):
    assert in_reporting_window(parse_period(code), date(2026, 12, 4)) is allowed


@pytest.mark.parametrize("code", ["2030-01", "2020-01"])
def test_a_report_for_a_period_years_away_is_refused(world, form, code):
    with pytest.raises(ValidationError) as refused:
        services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period=code)
    assert "chỉ báo cáo được các kỳ đã bắt đầu" in str(refused.value)
    assert not Submission.objects.exists()


def test_the_new_report_page_refuses_a_future_period_in_vietnamese(world, client, form):
    client.force_login(world.a.reporter)
    response = client.post("/bao-cao/moi/", {"form": form.code, "unit": world.a.commune_party.pk,
                                             "period": period_for_date(timezone.localdate()).next().next().code})
    assert response.status_code == 400 and not Submission.objects.exists()


def test_an_empty_report_is_not_submitted(world, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    Submission.objects.get(pk=s.pk).values.all().delete()  # nothing typed (nor filled from records)
    services.update_submission(world.a.reporter, s, version=s.version, sections={"KQ": "   "})
    with pytest.raises(ValidationError) as refused:
        services.submit_submission(world.a.reporter, s)
    assert "không nộp báo cáo trống" in str(refused.value)
    assert Submission.objects.get(pk=s.pk).status == "draft"


def test_a_report_with_only_text_is_submitted(world, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    Submission.objects.get(pk=s.pk).values.all().delete()
    services.update_submission(world.a.reporter, s, version=s.version, sections={"KQ": "Đã tổ chức 2 hội nghị."})
    assert services.submit_submission(world.a.reporter, s).status == "submitted"


def test_reporter_deletes_own_draft_with_an_audit_event(world, client, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": "5"})
    client.force_login(world.a.reporter)
    page = client.get(f"/bao-cao/{s.pk}/").content.decode()
    assert "Xóa bản nháp" in page and 'data-confirm="Xóa bản nháp này?' in page
    response = client.post(f"/bao-cao/{s.pk}/xoa/", follow=True)
    assert "Đã xóa bản nháp" in response.content.decode()
    assert not Submission.objects.filter(pk=s.pk).exists()
    event = AuditEvent.objects.get(action="reporting.submission.delete_draft")
    assert event.actor == world.a.reporter and event.before["values"]["QUA_SL"] == "5.0000"


def test_a_report_once_submitted_is_never_deleted_even_when_returned(world, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": "5"})
    services.submit_submission(world.a.reporter, s)
    services.return_submission(world.a.reviewer, s, reason="Sai")
    with pytest.raises(ValidationError):
        services.delete_draft(world.a.reporter, s)
    assert Submission.objects.filter(pk=s.pk).exists()


def test_another_provinces_reporter_cannot_delete_a_draft(world, client, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    with pytest.raises(PermissionDenied):
        services.delete_draft(world.b.reporter, s)
    client.force_login(world.b.reporter)
    assert client.post(f"/bao-cao/{s.pk}/xoa/").status_code == 404
    assert Submission.objects.filter(pk=s.pk).exists()


# --- cross-field checks as data on the form (issue 13, item 11) ---------------------------------------------


def test_petitions_settled_above_those_received_are_refused_at_submit(world, client, form):
    assert form.checks.filter(left__code="DON_XONG", right__code="DON_NHAN").exists()  # seeded by migration
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"DON_NHAN": "5", "DON_XONG": "7"})
    with pytest.raises(ValidationError) as refused:
        services.submit_submission(world.a.reporter, s)
    assert "không thể nhiều hơn đơn thư tiếp nhận" in refused.value.message_dict["DON_XONG"][0]
    assert Submission.objects.get(pk=s.pk).status == "draft"
    services.update_submission(world.a.reporter, s, version=s.version, values={"DON_XONG": "5"})
    assert services.submit_submission(world.a.reporter, s).status == "submitted"


def test_the_api_answers_a_failed_check_with_400_json(world, client, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"DON_NHAN": "5", "DON_XONG": "7"})
    client.force_login(world.a.reporter)
    response = client.post(f"/api/v1/submissions/{s.pk}/submit")
    assert response.status_code == 400
    assert "không thể nhiều hơn đơn thư tiếp nhận" in str(response.json())
