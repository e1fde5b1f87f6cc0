"""Soft checks, as data on the form (issue 13 item 11): a value far above the unit's own history, or a
cross-field check marked as a warning, asks "are you sure?" — the reporter confirms past it or corrects the
figures; hard checks still refuse."""

import pytest
from django.core.exceptions import ValidationError

from danvan.core.models import AuditEvent
from danvan.reporting import services
from danvan.reporting.models import FormCheck, Indicator, Submission
from danvan.reporting.validation import NeedsConfirmation

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(world, form):
    """The commune's approved reports of January and February: 10 and 12 gift parcels."""
    for period, value in (("2026-01", "10"), ("2026-02", "12")):
        s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period=period,
                                       values={"QUA_SL": value})
        services.submit_submission(world.a.reporter, s)
        services.approve_submission(world.a.reviewer, s)


def draft(world, form, **values):
    return services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                      values=values)


def test_a_value_far_above_the_units_history_asks_before_submitting(world, form, history):
    s = draft(world, form, QUA_SL="500")
    with pytest.raises(NeedsConfirmation) as asked:
        services.submit_submission(world.a.reporter, s)
    message = asked.value.message_dict["QUA_SL"][0]
    assert message.startswith("Cần kiểm tra lại:") and "500" in message and "(12)" in message
    assert Submission.objects.get(pk=s.pk).status == "draft"
    assert not AuditEvent.objects.filter(action="reporting.submission.submit", object_id=str(s.pk)).exists()

    services.submit_submission(world.a.reporter, s, confirm_warnings=True)
    assert Submission.objects.get(pk=s.pk).status == "submitted"
    event = AuditEvent.objects.get(action="reporting.submission.submit", object_id=str(s.pk))
    assert event.after is not None and "QUA_SL" in event.after["warnings_confirmed"]


def test_a_usual_value_or_a_short_history_submits_without_asking(world, form, history):
    s = draft(world, form, QUA_SL="60")  # 5 × 12: not above
    assert services.submit_submission(world.a.reporter, s).status == "submitted"
    other = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_front, period="2026-03",
                                       values={"QUA_SL": "9000"})  # no history at all
    assert services.submit_submission(world.a.reporter, other).status == "submitted"


def test_the_factor_is_data_on_the_form_and_empty_turns_the_check_off(world, form, history):
    form.form_indicators.filter(indicator__code="QUA_SL").update(history_factor=None)
    s = draft(world, form, QUA_SL="500")
    assert services.submit_submission(world.a.reporter, s).status == "submitted"


def test_a_cross_field_check_marked_as_a_warning_asks_and_a_hard_one_still_refuses(world, form):
    FormCheck.objects.create(form=form, left=Indicator.objects.get(code="GAO_TAN"),
                             right=Indicator.objects.get(code="QUA_SL"), severity=FormCheck.WARNING,
                             message="Số tấn gạo thường không vượt số suất quà.")
    s = draft(world, form, GAO_TAN="30", QUA_SL="2")
    with pytest.raises(NeedsConfirmation) as asked:
        services.submit_submission(world.a.reporter, s)
    assert "thường không vượt" in asked.value.message_dict["GAO_TAN"][0]
    assert services.submit_submission(world.a.reporter, s, confirm_warnings=True).status == "submitted"

    hard = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_front, period="2026-03",
                                      values={"DON_NHAN": "5", "DON_XONG": "7"})
    with pytest.raises(ValidationError) as refused:
        services.submit_submission(world.a.reporter, hard, confirm_warnings=True)
    assert not isinstance(refused.value, NeedsConfirmation)
    assert Submission.objects.get(pk=hard.pk).status == "draft"


def test_the_page_asks_then_submits_when_the_reporter_confirms(world, form, history, client):
    s = draft(world, form, QUA_SL="500")
    client.force_login(world.a.reporter)
    url = f"/bao-cao/{s.pk}/"
    posted = {"version": s.version, "v-QUA_SL": "500", "action": "submit"}
    response = client.post(url, posted)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Cần kiểm tra lại" in page and "Vẫn nộp báo cáo" in page and 'value="submit_confirmed"' in page
    assert Submission.objects.get(pk=s.pk).status == "draft"

    fresh = Submission.objects.get(pk=s.pk)
    response = client.post(url, {**posted, "version": fresh.version, "action": "submit_confirmed"})
    assert response.status_code == 302
    assert Submission.objects.get(pk=s.pk).status == "submitted"


def test_the_api_answers_400_json_then_submits_with_confirm_warnings(world, form, history, client):
    s = draft(world, form, QUA_SL="500")
    client.force_login(world.a.reporter)
    response = client.post(f"/api/v1/submissions/{s.pk}/submit")
    assert response.status_code == 400 and "Cần kiểm tra lại" in response.json()["detail"]
    assert Submission.objects.get(pk=s.pk).status == "draft"
    response = client.post(f"/api/v1/submissions/{s.pk}/submit?confirm_warnings=true")
    assert response.status_code == 200 and response.json()["status"] == "submitted"
