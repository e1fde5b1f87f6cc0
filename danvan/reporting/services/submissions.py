"""Writes of periodic reporting. Every function here is a @service (validate, write, audit, notify)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.core.audit import check_version, record_event, service
from danvan.core.notifications import notify, notify_grouped, notify_many
from danvan.core.permissions import Action
from danvan.org.models import Unit
from danvan.reporting import rollup, sourced
from danvan.reporting.choices import Status
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.links import report_name, review_queue_url, submission_url
from danvan.reporting.models import Submission, SubmissionSection, SubmissionValue
from danvan.reporting.periods import PeriodError, parse_period
from danvan.reporting.rules import (
    EDITABLE,
    REPORTING_YEARS_BACK,
    has_content,
    in_reporting_window,
    may_delete_draft,
    reviews_strictly_above,
)
from danvan.reporting.selectors import reporters_by_unit, reporters_of, reviewers_above
from danvan.reporting.validation import (
    NeedsConfirmation,
    check_form,
    clean_sections,
    clean_values,
    soft_warnings,
)


def _can(actor, action: str, unit) -> bool:
    return actor is None or actor.scope_for(action).covers(unit.line_path)


def _can_review(actor, unit) -> bool:
    return reviews_strictly_above(actor, unit.line_path)


def _state(submission: Submission) -> dict:
    # Why a reporter changed a value taken from records: the reviewer and the audit see it (only when there is one).
    reasons = sourced.override_reasons(submission)
    return {
        "status": submission.status, "version": submission.version,
        "values": {v.indicator.code: str(v.value) for v in submission.values.select_related("indicator")},
        "sections": {s.code: s.text[:2000] for s in submission.sections.all()},
    } | ({"override_reasons": reasons} if reasons else {})


def _write_content(submission: Submission, values: dict | None, sections: dict | None,
                   reasons: dict | None = None) -> None:
    form = submission.form
    if values is not None:
        cleaned = clean_values(form.form_indicators.select_related("indicator"), values)
        # A changed sourced value needs the reporter's reason (refused before anything is written).
        overridden = sourced.check_overrides(submission, cleaned, reasons or {})
        for fi, value in cleaned.items():
            defaults = {"value": value}
            if fi.indicator_id in overridden:
                defaults["override_reason"] = overridden[fi.indicator_id]
            SubmissionValue.objects.update_or_create(submission=submission, indicator=fi.indicator,
                                                     defaults=defaults)
        cleared = [str(c) for c, raw in values.items() if raw is None or raw == ""]
        SubmissionValue.objects.filter(submission=submission, indicator__code__in=cleared).delete()
    if sections is not None:
        for code, text in clean_sections(form.sections.all(), sections).items():
            SubmissionSection.objects.update_or_create(submission=submission, code=code, defaults={"text": text})


def _parse(period_code: str, form):
    try:
        period = parse_period(str(period_code))
    except PeriodError as exc:
        raise ValidationError({"period": [str(exc)]}) from exc
    if period.type != form.period_type:
        raise ValidationError({"period": [f"Biểu mẫu {form.code} báo cáo theo {form.get_period_type_display().lower()}, "
                                          f"không nhận kỳ {period.code}."]})
    return period


@service
def create_submission(actor, *, form, unit, period: str, values: dict | None = None,
                      sections: dict | None = None) -> Submission:
    """Open the (form, unit, period) report as a draft, with any values and sections given."""
    if not _can(actor, Action.REPORT, unit):
        raise PermissionDenied("Bạn không có quyền báo cáo cho tổ chức này.")
    if not form.is_active:
        raise ValidationError({"form": [f"Biểu mẫu {form.code} đã ngừng sử dụng."]})
    p = _parse(period, form)
    if not in_reporting_window(p, timezone.localdate()):
        raise ValidationError({"period": [f"Không mở được báo cáo kỳ {p.label_vi}: chỉ báo cáo được các kỳ đã bắt đầu, "
                                          f"trong vòng {REPORTING_YEARS_BACK} năm gần đây."]})
    if not unit.is_open_on(p.end) and not unit.is_open_on(p.start):
        raise ValidationError({"unit": [f"{unit.name} không hoạt động trong kỳ {p.code}."]})
    if Submission.objects.filter(form=form, unit=unit, period=p.code).exists():
        raise ValidationError({"period": [f"{unit.name} đã có báo cáo {form.code} kỳ {p.code}."]})
    submission = Submission.objects.create(
        form=form, unit=unit, period=p.code, period_start=p.start, period_end=p.end,
        deadline=deadline_for(form, p), line_path=unit.line_path,
        created_by=actor if getattr(actor, "pk", None) else None)
    _write_content(submission, values or {}, sections or {})
    sourced.prefill(submission, values or {})
    record_event(actor, "reporting.submission.create", submission, after=_state(submission))
    return submission


@service
def update_submission(actor, submission: Submission, *, version, values: dict | None = None,
                      sections: dict | None = None, override_reasons: dict | None = None) -> Submission:
    """Edit a draft or returned report; a stale version is refused (ConflictError → HTTP 409).

    A value pre-filled from records that is changed needs its reason in `override_reasons` ({code: reason}).
    """
    submission = Submission.objects.select_for_update(of=("self",)).select_related("form", "unit").get(pk=submission.pk)
    if not _can(actor, Action.REPORT, submission.unit):
        raise PermissionDenied("Bạn không có quyền sửa báo cáo này.")
    check_version(submission, version)
    if submission.status not in EDITABLE:
        raise ValidationError(f"Báo cáo đang ở trạng thái “{submission.get_status_display()}”, không sửa được.")
    before = _state(submission)
    _write_content(submission, values, sections, override_reasons)
    submission.version += 1
    submission.save(update_fields=["version", "updated_at"])
    record_event(actor, "reporting.submission.update", submission, before=before, after=_state(submission))
    return submission


def _apply(submission: Submission, to: str, **fields) -> dict:
    """Move the instance to `to` in memory (status, version + 1, the fields); returns `before` for the audit."""
    before = {"status": submission.status}
    submission.status = to
    submission.version += 1
    for name, value in fields.items():
        setattr(submission, name, value)
    return before


def _transition(submission: Submission, to: str, **fields) -> dict:
    before = _apply(submission, to, **fields)
    submission.save(update_fields=["status", "version", "updated_at", *fields])
    return before


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@service
def submit_submission(actor, submission: Submission, *, confirm_warnings: bool = False) -> Submission:
    """Submit a report to the level above. Hard checks refuse it; soft checks (validation.soft_warnings: a value
    far above the unit's own history, a WARNING cross-field check) refuse it with NeedsConfirmation unless
    `confirm_warnings`, and the warnings the reporter confirmed past are kept in the audit event."""
    submission = Submission.objects.select_for_update(of=("self",)).select_related("form", "unit").get(pk=submission.pk)
    if not _can(actor, Action.REPORT, submission.unit):
        raise PermissionDenied("Bạn không có quyền nộp báo cáo này.")
    if submission.status not in EDITABLE:
        raise ValidationError(f"Báo cáo đang ở trạng thái “{submission.get_status_display()}”, không nộp được.")
    present = {v.indicator.code: v.value for v in submission.values.select_related("indicator")}
    if not has_content(present, dict(submission.sections.values_list("code", "text"))):
        raise ValidationError("Báo cáo chưa có số liệu hay nội dung thuyết minh nào; không nộp báo cáo trống.")
    clean_values(submission.form.form_indicators.select_related("indicator"), present, require_all=True)
    check_form(submission.form, present)
    warnings = soft_warnings(submission, present)
    if warnings and not confirm_warnings:
        raise NeedsConfirmation(warnings)
    now = timezone.now()
    before = _transition(submission, Status.SUBMITTED, submitted_at=now,
                         first_submitted_at=submission.first_submitted_at or now, return_reason="")
    after: dict = {"status": submission.status}
    if warnings:
        after["warnings_confirmed"] = warnings
    record_event(actor, "reporting.submission.submit", submission, before=before, after=after)
    # One unread notice per reviewer, form and period that counts the reports (not one per report).
    notify_grouped(reviewers_above(submission.unit), f"{submission.unit.name} đã nộp "
                   f"{_lower_first(report_name(submission.form, submission.period))}.",
                   review_queue_url(submission.form.code, submission.period))
    return submission


@service
def delete_draft(actor, submission: Submission) -> None:
    """Delete a mistaken draft: only a draft never submitted, by a reporter of its unit (the audit keeps
    what it held). A report once submitted stays: it is returned or un-approved, never deleted."""
    submission = Submission.objects.select_for_update(of=("self",)).select_related("form", "unit").get(pk=submission.pk)
    if not _can(actor, Action.REPORT, submission.unit):
        raise PermissionDenied("Bạn không có quyền xóa báo cáo này.")
    if not may_delete_draft(submission):
        raise ValidationError("Chỉ xóa được bản nháp chưa từng nộp.")
    record_event(actor, "reporting.submission.delete_draft", submission, before=_state(submission))
    submission.delete()


def _lock_for_review(actor, submission: Submission, *, verb: str, expected: str, wrong_state: str) -> Submission:
    """Lock the row, then check the reviewer above and the state (the slow path of `_review`).

    The report's own columns are read again under the lock. Its form, unit and area are taken from the
    caller's instance when it has them already (views and the API read reports with them, a moment
    before) and the unit's line is still the report's: a report never changes form or unit."""
    rows = Submission.objects.select_for_update(of=("self",))
    locked = rows.get(pk=submission.pk) if _has_relations(submission) else None
    if locked is not None and locked.line_path == submission.unit.line_path:
        locked.form, locked.unit = submission.form, submission.unit
    else:  # not read with its relations, or its unit moved since (the right is checked on the line it has now)
        locked = rows.select_related("form", "unit__area").get(pk=submission.pk)
    _check_review(actor, locked, verb=verb, expected=expected, wrong_state=wrong_state)
    return locked


def _has_relations(submission: Submission) -> bool:
    return (Submission.form.is_cached(submission) and Submission.unit.is_cached(submission)
            and Unit.area.is_cached(submission.unit))


def _review(actor, submission: Submission, to: str, *, verb: str, expected: str, wrong_state: str,
            **fields) -> tuple[Submission, dict]:
    """A reviewer's transition (approve, return, unapprove): check, then move the report to `to`.
    Returns (the report as written, `before` for the audit event).

    When the caller's instance (read by the view or the API a moment before, with its form and unit) is
    in the expected state, the reviewer's right is checked on it and the write is one conditional UPDATE
    that holds only while the row is still exactly as read (same status, version and line): no separate
    lock and re-read. The UPDATE locks the row, and a concurrent transition changes the version, so a
    report read stale matches no row and takes the slow path, which locks, re-reads and checks again."""
    if _has_relations(submission) and submission.status == expected:
        _check_review(actor, submission, verb=verb, expected=expected, wrong_state=wrong_state)
        now = timezone.now()
        claimed = Submission.objects.filter(
            pk=submission.pk, status=expected, version=submission.version, line_path=submission.line_path,
        ).update(status=to, version=submission.version + 1, updated_at=now, **fields)
        if claimed:
            submission.updated_at = now
            return submission, _apply(submission, to, **fields)
    locked = _lock_for_review(actor, submission, verb=verb, expected=expected, wrong_state=wrong_state)
    return locked, _transition(locked, to, **fields)


def _check_review(actor, submission: Submission, *, verb: str, expected: str, wrong_state: str) -> None:
    if not _can_review(actor, submission.unit):
        raise PermissionDenied(f"Chỉ người duyệt của tổ chức cấp trên mới {verb} được báo cáo này.")
    if submission.status != expected:
        raise ValidationError(wrong_state.format(status=submission.get_status_display()))


APPROVE_CHECK = {"verb": "duyệt", "expected": Status.SUBMITTED,
                 "wrong_state": "Chỉ duyệt được báo cáo đã nộp (hiện: “{status}”)."}


def _approval_fields(actor) -> dict:
    return {"approved_at": timezone.now(), "approved_by": actor if getattr(actor, "pk", None) else None}


def _record_approval(actor, submission: Submission, before: dict, note: str) -> None:
    record_event(actor, "reporting.submission.approve", submission, before=before,
                 after={"status": submission.status, "note": note[:500]})


def _approved_message(submission: Submission) -> tuple[str, str]:
    return (f"{report_name(submission.form, submission.period)} của {submission.unit.name} đã được duyệt.",
            submission_url(submission.pk))


@service
def approve_submission(actor, submission: Submission, *, note: str = "") -> Submission:
    """Approve and lock; the roll-up reflects it when this transaction commits."""
    submission, before = _review(actor, submission, Status.APPROVED, **APPROVE_CHECK, **_approval_fields(actor))
    _record_approval(actor, submission, before, note)
    notify(reporters_of(submission.unit), *_approved_message(submission))
    # Last: the additive upserts lock the shared cells (the province's, the country's) until the commit,
    # so doing them at the end keeps concurrent approvals waiting as briefly as possible.
    rollup.refresh_unit(submission.form, submission.unit, submission.period)
    return submission


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": ["Vui lòng nêu lý do."]})
    return reason[:2000]


@service
def return_submission(actor, submission: Submission, *, reason: str) -> Submission:
    """Send a submitted report back for correction, with a reason."""
    reason = _reason(reason)
    submission, before = _review(actor, submission, Status.RETURNED, verb="trả lại", expected=Status.SUBMITTED,
                                 wrong_state="Chỉ trả lại được báo cáo đã nộp (hiện: “{status}”).",
                                 return_reason=reason)
    record_event(actor, "reporting.submission.return", submission, before=before,
                 after={"status": submission.status, "reason": reason})
    notify(reporters_of(submission.unit), f"{report_name(submission.form, submission.period)} của "
           f"{submission.unit.name} bị trả lại: {reason[:200]}", submission_url(submission.pk))
    return submission


@service
def unapprove_submission(actor, submission: Submission, *, reason: str) -> Submission:
    """Unlock an approved report (a reviewer above, with a reason); it goes back to the unit as returned."""
    reason = _reason(reason)
    submission, before = _review(actor, submission, Status.RETURNED, verb="hủy duyệt", expected=Status.APPROVED,
                                 wrong_state="Chỉ hủy duyệt được báo cáo đã duyệt (hiện: “{status}”).",
                                 return_reason=reason, approved_at=None, approved_by=None)
    rollup.refresh_unit(submission.form, submission.unit, submission.period)
    record_event(actor, "reporting.submission.unapprove", submission, before=before,
                 after={"status": submission.status, "reason": reason})
    notify(reporters_of(submission.unit), f"{report_name(submission.form, submission.period)} của "
           f"{submission.unit.name} đã bị hủy duyệt: {reason[:200]}", submission_url(submission.pk))
    return submission


@service
def bulk_approve(actor, submissions) -> dict:
    """Approve many at once, in one transaction. Each report is checked like a single approval; one that
    fails its check is listed in "errors" with the reason and does not stop the others (the checks come
    before any write). The roll-up is refreshed once for the whole batch, so shared cells are written once.
    Returns {"approved": [ids], "errors": {id: reason}}."""
    ids = list(dict.fromkeys(s.pk for s in submissions))
    locked = {s.pk: s for s in Submission.objects.select_for_update(of=("self",)).select_related("form", "unit__area")
              .filter(pk__in=ids).order_by("pk")}  # in id order, as every writer locks them: no deadlock
    approved, errors, done = [], {}, []
    for pk in ids:
        submission = locked.get(pk)
        try:
            if submission is None:
                raise ValidationError("Không tìm thấy báo cáo.")
            _check_review(actor, submission, **APPROVE_CHECK)
        except (ValidationError, PermissionDenied) as exc:
            errors[pk] = " ".join(getattr(exc, "messages", [str(exc)]))
            continue
        before = _transition(submission, Status.APPROVED, **_approval_fields(actor))
        _record_approval(actor, submission, before, "")
        done.append(submission)
        approved.append(pk)
    reporters = reporters_by_unit({s.unit_id for s in done})
    notify_many([(reporters.get(s.unit_id, []), *_approved_message(s)) for s in done])
    by_form: dict[int, list[Submission]] = {}
    for submission in done:
        by_form.setdefault(submission.form_id, []).append(submission)
    for batch in by_form.values():
        rollup.refresh_units(batch[0].form, [(s.unit, s.period) for s in batch])
    record_event(actor, "reporting.submission.bulk_approve", object_type="reporting.submission",
                 object_repr=f"{len(approved)} báo cáo", after={"approved": approved, "errors": errors})
    return {"approved": approved, "errors": errors}
