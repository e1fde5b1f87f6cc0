"""Submissions: the state machine, who may do each transition, validation, conflicts, audit, notifications."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import ConflictError
from danvan.core.models import AuditEvent, Notification
from danvan.reporting import services

pytestmark = pytest.mark.django_db


def test_reporter_drafts_and_submits_reviewer_above_approves(world, form, without_other_apps_sources):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": 120, "QUA_GT": "36.000.000", "GAO_TAN": "1,5"},
                                   sections={"KQ": "Tặng 120 suất quà."})
    assert (s.status, s.version, s.period_start.isoformat(), s.period_end.isoformat()) == (
        "draft", 1, "2026-02-15", "2026-03-14")
    assert s.deadline.isoformat() == "2026-03-17"  # cut-off Sat 14/3, then two working days: Mon 16, Tue 17
    values = {v.indicator.code: v.value for v in s.values.select_related("indicator")}
    assert values == {"QUA_SL": 120, "QUA_GT": 36_000_000, "GAO_TAN": 1.5}
    services.submit_submission(world.a.reporter, s)
    assert Notification.objects.filter(user=world.a.reviewer, message__contains="đã nộp").exists()
    with pytest.raises(PermissionDenied):
        services.approve_submission(world.a.reporter, s)
    services.approve_submission(world.a.reviewer, s)
    s.refresh_from_db()
    assert s.status == "approved" and s.approved_by == world.a.reviewer
    assert Notification.objects.filter(user=world.a.reporter, message__contains="đã được duyệt").exists()
    actions = list(AuditEvent.objects.filter(object_type="reporting.submission", object_id=str(s.pk))
                   .order_by("id").values_list("action", flat=True))
    assert actions == ["reporting.submission.create", "reporting.submission.submit", "reporting.submission.approve"]


def test_approved_data_is_locked_and_unapproving_needs_a_reason(world, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    services.submit_submission(world.a.reporter, s)
    services.approve_submission(world.a.reviewer, s)
    s.refresh_from_db()
    with pytest.raises(ValidationError):
        services.update_submission(world.a.reporter, s, version=s.version, values={"QUA_SL": 1})
    with pytest.raises(ValidationError, match="lý do"):
        services.unapprove_submission(world.a.reviewer, s, reason="  ")
    with pytest.raises(PermissionDenied):
        services.unapprove_submission(world.a.reporter, s, reason="sai số")
    services.unapprove_submission(world.a.reviewer, s, reason="Sai số liệu gạo")
    s.refresh_from_db()
    assert s.status == "returned" and s.return_reason == "Sai số liệu gạo"
    services.update_submission(world.a.reporter, s, version=s.version, values={"GAO_TAN": 2})


def test_return_then_resubmit(world, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-04")
    services.submit_submission(world.a.reporter, s)
    services.return_submission(world.a.reviewer, s, reason="Thiếu mục kết quả")
    s.refresh_from_db()
    assert s.status == "returned"
    services.update_submission(world.a.reporter, s, version=s.version, sections={"KQ": "Đã bổ sung."})
    services.submit_submission(world.a.reporter, s)
    s.refresh_from_db()
    assert s.status == "submitted" and s.return_reason == ""


def test_a_unit_cannot_approve_its_own_report(world, form):
    from danvan.accounts.services import grant_membership

    grant_membership(None, user=world.a.reporter, unit=world.a.commune_party, role="reviewer")
    world.a.reporter.forget_scope()
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-05")
    services.submit_submission(world.a.reporter, s)
    with pytest.raises(PermissionDenied):
        services.approve_submission(world.a.reporter, s)
    # …but the commune party reviews the commune Front below it.
    front = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_front, period="2026-05")
    services.submit_submission(world.a.reporter, front)
    services.approve_submission(world.a.reporter, front)


def test_another_province_cannot_report_or_review(world, form):
    with pytest.raises(PermissionDenied):
        services.create_submission(world.b.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    services.submit_submission(world.a.reporter, s)
    with pytest.raises(PermissionDenied):
        services.approve_submission(world.b.reviewer, s)


@pytest.mark.parametrize(("values", "message"), [
    ({"QUA_SL": 1.5}, "Số suất quà tặng phải là số nguyên."),
    ({"QUA_SL": -3}, "Số suất quà tặng không được nhỏ hơn 0."),
    ({"QUA_SL": "mười"}, "Số suất quà tặng: “mười” không phải là số."),
    ({"KHONG_CO": 1}, "Chỉ tiêu “KHONG_CO” không có trong biểu mẫu."),
])
def test_bad_values_are_refused_naming_the_indicator_and_nothing_is_saved(world, form, values, message):
    from danvan.reporting.models import Submission

    with pytest.raises(ValidationError) as err:
        services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values=values)
    assert message in " ".join(err.value.messages)
    assert not Submission.objects.filter(unit=world.a.commune_party).exists()


def test_required_indicators_are_checked_on_submit(world, form):
    fi = form.form_indicators.get(indicator__code="QUA_SL")
    fi.required = True
    fi.save()
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    with pytest.raises(ValidationError, match="QUA_SL"):
        services.submit_submission(world.a.reporter, s)


def test_wrong_or_malformed_period_is_refused(world, form):
    for period in ("2026-Q1", "2026-13", "abc"):
        with pytest.raises(ValidationError):
            services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period=period)


def test_stale_edit_is_a_conflict(world, form, without_other_apps_sources):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    services.update_submission(world.a.reporter, s, version=1, values={"QUA_SL": 5})
    with pytest.raises(ConflictError):
        services.update_submission(world.a.reporter, s, version=1, values={"QUA_SL": 7})
    assert s.values.get().value == 5


def test_one_submission_per_form_unit_period(world, form):
    services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    with pytest.raises(ValidationError, match="đã có báo cáo"):
        services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")


def test_bulk_approve_reports_each_failure(world, form):
    ok = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-06")
    services.submit_submission(world.a.reporter, ok)
    draft = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-07")
    result = services.bulk_approve(world.a.reviewer, [ok, draft])
    assert result["approved"] == [ok.pk] and draft.pk in result["errors"]


def test_a_review_of_the_report_as_read_is_one_conditional_update_and_a_stale_copy_is_reread(world, form):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from danvan.reporting.selectors import get_submission

    s = services.create_submission(None, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": 1})
    services.submit_submission(None, s)
    seen = get_submission(world.a.reviewer, s.pk)  # as the view and the API hand it over
    stale = get_submission(world.a.reviewer, s.pk)
    with CaptureQueriesContext(connection) as loaded:
        services.approve_submission(world.a.reviewer, seen)
    # No read of the report: one UPDATE that holds only while the row is as the caller read it.
    touching = [q["sql"] for q in loaded.captured_queries if "reporting_submission" in q["sql"]]
    assert touching[0].startswith("UPDATE") and '"version" = ' in touching[0] and "WHERE" in touching[0]
    assert (seen.status, seen.version) == ("approved", 3)
    assert type(s).objects.get(pk=s.pk).version == 3
    # The caller's copy still says "submitted" at version 2: no row matches, the state read under the lock
    # decides.
    with pytest.raises(ValidationError, match="Chỉ duyệt được báo cáo đã nộp"):
        services.approve_submission(world.a.reviewer, stale)
    bare = type(s).objects.get(pk=s.pk)  # nothing loaded: read with the lock
    services.unapprove_submission(world.a.reviewer, bare, reason="Sai")
    assert type(s).objects.get(pk=s.pk).status == "returned"
    # Returned and submitted again since the copy was read: it is approved as it is now, not as read.
    services.submit_submission(None, type(s).objects.get(pk=s.pk))
    approved = services.approve_submission(world.a.reviewer, stale)
    assert (approved.status, approved.version) == ("approved", 6)
    assert type(s).objects.get(pk=s.pk).status == "approved"


def test_a_review_is_refused_before_any_write_when_the_reviewer_is_not_above(world, form):
    from danvan.reporting.selectors import get_submission

    s = services.create_submission(None, form=form, unit=world.a.commune_party, period="2026-04")
    services.submit_submission(None, s)
    copy = get_submission(world.admin, s.pk)
    with pytest.raises(PermissionDenied):
        services.return_submission(world.b.reviewer, copy, reason="Không phải tỉnh mình")
    assert type(s).objects.get(pk=s.pk).status == "submitted"
