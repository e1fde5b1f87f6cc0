"""Reads of reports: forms, submissions, the review queue, a report's page, the Excel import's reads."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Q

from danvan.core.importjobs import job_or_404, jobs_of
from danvan.core.models import AuditEvent
from danvan.core.permissions import Action, get_for_user_or_404
from danvan.core.text import fold
from danvan.org.models import Unit
from danvan.reporting.choices import Status
from danvan.reporting.models import (
    FormIndicator,
    FormSection,
    ImportJob,
    ReportForm,
    Submission,
    SubmissionValue,
)
from danvan.reporting.periods import Period, PeriodError, parse_period
from danvan.reporting.rules import is_editable, may_edit, reviews_strictly_above
from danvan.reporting.selectors.dashboards import expected_units


def active_forms(user):
    return ReportForm.objects.for_user(user, Action.VIEW).filter(is_active=True).order_by("code")


def get_form(user, code: str) -> ReportForm:
    return get_for_user_or_404(ReportForm, user, Action.VIEW, code=str(code)[:40])


def submission_list(user, *, form: str | None = None, period: str | None = None, unit: int | None = None,
                    status: str | None = None, unit_name: str | None = None):
    """The reports the user may see, newest period first; `unit_name` matches part of the unit's name,
    accents and case aside."""
    qs = Submission.objects.for_user(user, Action.VIEW).select_related("form", "unit", "unit__area")
    if unit_name:
        qs = qs.filter(unit__name_folded__contains=fold(unit_name))
    if form:
        qs = qs.filter(form__code=form)
    if period:
        qs = qs.filter(period=period)
    if unit:
        qs = qs.filter(unit_id=unit)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-period", "line_path")


# What a report is read with for its page, the API and the review services (which reuse the form, unit and
# area instead of reading them again under their lock: services.submissions._lock_for_review).
SUBMISSION_LOADS = ("form", "unit", "unit__area", "approved_by")


def get_submission(user, submission_id, action: str = Action.VIEW) -> Submission:
    return get_for_user_or_404(Submission.objects.select_related(*SUBMISSION_LOADS), user, action, pk=submission_id)


def review_queue(user, *, form: str | None = None, period: str | None = None):
    """Submitted reports of units below the user's review memberships, oldest deadline first."""
    scope = user.scope_for(Action.REVIEW)
    qs = Submission.objects.for_user(user, Action.REVIEW).filter(status=Status.SUBMITTED)
    if form:
        qs = qs.filter(form__code=str(form)[:40])
    if period:
        qs = qs.filter(period=str(period)[:10])
    if not user.is_superuser:
        # Not the reviewer's own unit: reports go to the level above.
        qs = qs.exclude(line_path__in=scope.prefixes)
    return qs.select_related("form", "unit", "unit__area").order_by("deadline", "submitted_at")


def awaiting_user(user) -> dict[str, int]:
    """What the home page tells the user is waiting for them: reports to review, and the drafts and returned
    reports of their own units — not those of the units they review, which are the reporters' to mend."""
    counts = {"to_review": review_queue(user).count(), "returned": 0, "drafts": 0}
    if user.is_superuser:
        return counts
    own = Submission.objects.for_user(user, Action.REPORT)
    for prefix in user.scope_for(Action.REVIEW).prefixes:
        own = own.exclude(Q(line_path__startswith=prefix) & ~Q(line_path=prefix))
    counts["returned"] = own.filter(status=Status.RETURNED).count()
    counts["drafts"] = own.filter(status=Status.DRAFT).count()
    return counts


def parse_period_or_400(code: str):
    try:
        return parse_period(str(code))
    except PeriodError as exc:
        raise ValidationError({"period": [str(exc)]}) from exc


def reportable_units(user, limit: int) -> list[Unit]:
    """The units the user may report for, in the order of the reporting line (at most `limit`)."""
    return list(Unit.objects.for_user(user, Action.REPORT).select_related("kind").order_by("line_path")[:limit])


def form_layout(form: ReportForm) -> tuple[list[FormIndicator], list[FormSection]]:
    """The form's indicators (with their catalogue rows) and narrative sections, in order: two queries."""
    indicators = list(FormIndicator.objects.filter(form=form).select_related("indicator").order_by("order"))
    sections = list(FormSection.objects.filter(form=form).order_by("order"))
    return indicators, sections


def submission_content(submission: Submission) -> tuple[dict, dict]:
    """({indicator code: Decimal}, {section code: text}) of a submission fetched through a scoped selector."""
    values = {code: value for code, value in submission.values.values_list("indicator__code", "value")}
    sections = dict(submission.sections.values_list("code", "text"))
    return values, sections


def can_report(user, submission: Submission) -> bool:
    return may_edit(user, submission)


def can_review(user, submission: Submission) -> bool:
    """A reviewer strictly above the submission's unit (the approval service's rule)."""
    return reviews_strictly_above(user, submission.line_path)


def submission_timeline(submission: Submission):
    """Audit events of one submission, oldest first.

    AuditEvent is administrators-only when scoped; the caller has already fetched `submission`
    through `selectors.get_submission`, which is the access check for its trail.
    """
    return (AuditEvent.objects.filter(object_type="reporting.submission", object_id=str(submission.pk))
            .select_related("actor").order_by("created_at", "id"))


def reviewable(user, ids) -> list[Submission]:
    """The submissions among `ids` that sit in the user's review queue (others are silently absent)."""
    # The view parses them (forms.ReviewSelectionForm); anything else that is not an id in range is absent.
    clean = [i for i in ids if isinstance(i, int) and 0 < i < 2**63][:500]
    return list(review_queue(user).filter(pk__in=clean))


# The Excel import: a user sees only their own jobs; the template and the check read the reports of
# units the caller has already checked.


def import_jobs_of(user, kind: str = ImportJob.Kind.EXCEL):
    return jobs_of(ImportJob, user, kind=kind).select_related("form")


def get_import_job(user, job_id, kind: str = ImportJob.Kind.EXCEL) -> ImportJob:
    return job_or_404(import_jobs_of(user, kind), job_id)


def units_to_report(user, form: ReportForm, period: Period, *, under: Unit, limit: int) -> list[Unit]:
    """The units below `under` that must report the form and that the user may report for (at most `limit`)."""
    return list(expected_units(form, period, under=under).filter(
        pk__in=Unit.objects.for_user(user, Action.REPORT).values("pk")).order_by("line_path")[:limit])


def existing_values(form, period: Period, units: list[Unit]) -> dict[int, tuple[str, dict[str, Decimal]]]:
    """{unit id: (status, {code: value})} of the units' reports for this form and period (one query each)."""
    ids = [u.pk for u in units]
    subs = {s.pk: (s.unit_id, s.status) for s in
            Submission.objects.filter(form=form, period=period.code, unit_id__in=ids).only("pk", "unit_id", "status")}
    out: dict[int, tuple[str, dict[str, Decimal]]] = {unit_id: (status, {}) for unit_id, status in subs.values()}
    for sub_id, code, value in SubmissionValue.objects.filter(submission_id__in=subs).values_list(
            "submission_id", "indicator__code", "value"):
        out[subs[sub_id][0]][1][code] = value
    return out


def locked_values(form, period: Period, reportable: dict) -> tuple[dict[int, str], dict[int, dict]]:
    """({unit id: status} of the reports already there, {unit id: {code: value}} of those not editable)."""
    subs = {pk: (unit_id, status) for unit_id, status, pk in Submission.objects.filter(
        form=form, period=period.code, unit_id__in=reportable).values_list("unit_id", "status", "pk")}
    statuses = {unit_id: status for unit_id, status in subs.values()}
    locked = {pk: unit_id for pk, (unit_id, status) in subs.items() if not is_editable(status)}
    saved: dict[int, dict] = {unit_id: {} for unit_id in locked.values()}
    if locked:
        for sub_id, code, value in SubmissionValue.objects.filter(submission_id__in=locked).values_list(
                "submission_id", "indicator__code", "value"):
            saved[locked[sub_id]][code] = value
    return statuses, saved
