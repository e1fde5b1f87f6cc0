"""Reads the reporting pages need beyond `selectors`: form layouts, timelines, inboxes, completeness rows.

Every function either starts from a scoped queryset or takes an object its caller already fetched
through a scoped selector (a submission, a unit, an area), so nothing here widens what a user sees.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from danvan.accounts.selectors import memberships_of
from danvan.core.models import AuditEvent
from danvan.core.permissions import Action
from danvan.org.models import Area, Unit
from danvan.org.selectors import unit_list
from danvan.reporting.choices import Status
from danvan.reporting.deadlines import deadline_for
from danvan.reporting.models import FormIndicator, FormSection, ReportForm, Submission
from danvan.reporting.selectors import expected_units, review_queue

EDITABLE = (Status.DRAFT, Status.RETURNED)


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
    return submission.status in EDITABLE and user.scope_for(Action.REPORT).covers(submission.line_path)


def can_review(user, submission: Submission) -> bool:
    """A reviewer strictly above the submission's unit (mirrors the approval service's rule)."""
    if user.is_superuser:
        return True
    path = submission.line_path
    return any(path.startswith(p) and p != path for p in user.scope_for(Action.REVIEW).prefixes)


def submission_timeline(submission: Submission):
    """Audit events of one submission, oldest first.

    AuditEvent is administrators-only when scoped; the caller has already fetched `submission`
    through `selectors.get_submission`, which is the access check for its trail.
    """
    return (AuditEvent.objects.filter(object_type="reporting.submission", object_id=str(submission.pk))
            .select_related("actor").order_by("created_at", "id"))


def reviewable(user, ids) -> list[Submission]:
    """The submissions among `ids` that sit in the user's review queue (others are silently absent)."""
    clean = [int(i) for i in ids if str(i).isdigit()][:500]
    return list(review_queue(user).filter(pk__in=clean))


def top_unit(user) -> Unit | None:
    """The highest unit the user holds a membership in (the default of the dashboards)."""
    membership = memberships_of(user).first()
    return membership.unit if membership else None


def root_units(user):
    """Units with no parent in the user's scope (what an administrator without memberships starts from)."""
    return unit_list(user).filter(parent__isnull=True)


def child_units(user, unit: Unit):
    return unit_list(user).filter(parent=unit).order_by("name")


def ancestors_in_scope(user, unit: Unit):
    return unit_list(user).filter(pk__in=unit.ancestor_ids)


def child_areas(area: Area):
    """Children of an area the caller has already checked with `selectors.get_area_for_rollup`."""
    return Area.objects.filter(era=area.era, parent=area).order_by("path")


@dataclass
class CompletenessRow:
    unit: Unit
    submission: Submission | None
    state: str  # a key of STATE_LABELS

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


STATE_LABELS = {
    "overdue": "Quá hạn, chưa nộp", "missing": "Chưa nộp", "late": "Nộp muộn", "returned": "Trả lại",
    "draft": "Đang soạn", "submitted": "Đã nộp", "approved": "Đã duyệt",
}
STATE_ORDER = list(STATE_LABELS)


def completeness_rows(form: ReportForm, period, *, unit: Unit | None = None, area: Area | None = None,
                      today: date | None = None) -> list[CompletenessRow]:
    """Each expected unit with its submission's state, most urgent first.

    Three queries whatever the number of units (holidays for the deadline, the expected units,
    their submissions). The caller has checked `unit` (or `area`) is in the user's scope.
    """
    today = today or timezone.localdate()
    overdue = today > deadline_for(form, period)
    units = list(expected_units(form, period, under=unit, area=area).select_related("area").order_by("line_path"))
    subs = {s.unit_id: s for s in Submission.objects.filter(form=form, period=period.code,
                                                            unit_id__in=[u.pk for u in units])}
    rows = []
    for u in units:
        s = subs.get(u.pk)
        if s is not None and s.first_submitted_at is not None and s.on_time is False:
            state = "late"
        elif s is not None and s.first_submitted_at is not None:
            state = s.status
        elif s is not None and s.status == Status.RETURNED:
            state = "returned"
        else:
            state = "overdue" if overdue else ("draft" if s is not None else "missing")
        rows.append(CompletenessRow(u, s, state))
    rows.sort(key=lambda r: (STATE_ORDER.index(r.state), r.unit.line_path))
    return rows


@dataclass
class ChildCompleteness:
    """Completeness of the expected units under one child unit (or child area) of the dashboard's target."""

    child: Unit | Area
    expected: int = 0
    submitted: int = 0
    on_time: int = 0
    approved: int = 0

    @property
    def not_submitted(self) -> int:
        return self.expected - self.submitted

    @property
    def rate(self) -> float | None:
        return self.submitted / self.expected if self.expected else None


def completeness_by_child(rows: list[CompletenessRow], children, parent: Unit | Area) -> list[ChildCompleteness]:
    """`completeness_rows` counted per child of `parent` (its child units, or child areas), in the children's order.

    No query: each row is placed under the child whose path is the next step of its unit's path (the
    line path for units, the area path for areas). Rows of `parent` itself belong to no child.
    """
    by_area = isinstance(parent, Area)
    prefix = parent.path if by_area else parent.line_path
    counts = {(c.path if by_area else c.line_path): ChildCompleteness(c) for c in children}
    for row in rows:
        path = row.unit.area.path if by_area else row.unit.line_path
        if not path.startswith(prefix) or path == prefix:
            continue
        found = counts.get(prefix + path[len(prefix):].split("/", 1)[0] + "/")
        if found is None:
            continue
        s = row.submission
        found.expected += 1
        if s is not None and s.first_submitted_at is not None:
            found.submitted += 1
            found.on_time += bool(s.on_time)
        found.approved += s is not None and s.status == Status.APPROVED
    return list(counts.values())


def owing_first(children: list[ChildCompleteness]) -> tuple[list[ChildCompleteness], list[ChildCompleteness]]:
    """The children that must report, most reports missing first (ties keep their order), and those that need not
    (a unit kind the form does not ask, such as the police): what to chase up comes before what is not owed."""
    owing = sorted((c for c in children if c.expected), key=lambda c: -c.not_submitted)
    return owing, [c for c in children if not c.expected]
