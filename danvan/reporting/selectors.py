"""Scoped reads of periodic reporting: submissions, the review queue, roll-ups and completeness."""

from django.db.models import Q
from django.http import Http404

from danvan.accounts.choices import ROLE_ACTIONS, Role
from danvan.accounts.models import User
from danvan.accounts.selectors import active_members
from danvan.core.permissions import Action, get_for_user_or_404, subtree_q
from danvan.org.models import Area, Unit
from danvan.reporting.choices import Status
from danvan.reporting.models import ReportForm, Submission
from danvan.reporting.periods import PeriodError, parse_period


def _roles_with(action: Action) -> list[str]:
    return [role for role, actions in ROLE_ACTIONS.items() if action in actions]


def reviewers_above(unit: Unit) -> list[User]:
    """The nearest reviewers of a unit's reports: the active users with a review role on the nearest unit
    strictly above it in the reporting line that has some, in one query. Their role covers every unit below,
    but only the nearest hear of each report, so a province is not told of every hamlet's.

    Memberships of closed units are ignored, as in `User.scope_for`: they no longer give any right.
    """
    ancestors = [int(p) for p in unit.line_path.strip("/").split("/")[:-1] if p][::-1]  # nearest first
    at: dict[int, dict[int, User]] = {}
    for unit_id, _, user in active_members(ancestors, _roles_with(Action.REVIEW)):
        at.setdefault(unit_id, {}).setdefault(user.pk, user)
    return next((list(at[u].values()) for u in ancestors if u in at), [])


def reporters_of(unit: Unit) -> list[User]:
    """The nearest reporters of a unit: users with a report-capable role on the unit itself or, when it has
    none, on its nearest ancestor in the reporting line that has some (their role covers the unit)."""
    return nearest_reporters({unit.pk: unit.line_path}).get(unit.pk, [])


def reporters_by_unit(unit_ids) -> dict[int, list[User]]:
    """`reporters_of` for many units in two queries: {unit id: [users]} (units with nobody are absent)."""
    paths = dict(Unit.objects.filter(pk__in=list(unit_ids)).values_list("pk", "line_path"))
    return nearest_reporters(paths)


def nearest_reporters(paths: dict[int, str]) -> dict[int, list[User]]:
    """{unit id: its nearest reporters} for units given as {id: line_path}, in one query for all of them.

    Memberships of closed units are ignored, as in `User.scope_for`: they no longer give any right.
    """
    chains = {pk: [int(p) for p in path.strip("/").split("/") if p][::-1] for pk, path in paths.items()}
    at: dict[int, dict[int, list[tuple[str, User]]]] = {}
    for unit_id, role, user in active_members({pk for chain in chains.values() for pk in chain},
                                              _roles_with(Action.REPORT)):
        at.setdefault(unit_id, {}).setdefault(user.pk, []).append((role, user))
    found: dict[int, list[User]] = {}
    for pk, chain in chains.items():
        # The chain runs from the unit itself up to the root: the first unit with reporters wins. On the
        # unit itself any role that may report counts; above it only reporters proper, so that a
        # province's reviewers are not reminded of every commune that has no account of its own.
        for u in chain:
            users = [ms[0][1] for ms in at.get(u, {}).values()
                     if u == pk or any(role == Role.REPORTER for role, _ in ms)]
            if users:
                found[pk] = users
                break
    return found


def active_forms(user):
    return ReportForm.objects.for_user(user, Action.VIEW).filter(is_active=True).order_by("code")


def get_form(user, code: str) -> ReportForm:
    return get_for_user_or_404(ReportForm, user, Action.VIEW, code=str(code)[:40])


def submission_list(user, *, form: str | None = None, period: str | None = None, unit: int | None = None,
                    status: str | None = None):
    qs = Submission.objects.for_user(user, Action.VIEW).select_related("form", "unit", "unit__area")
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


def parse_period_or_400(code: str):
    from django.core.exceptions import ValidationError

    try:
        return parse_period(str(code))
    except PeriodError as exc:
        raise ValidationError({"period": [str(exc)]}) from exc


def area_in_scope(user, area: Area) -> bool:
    """An area's roll-up counts every unit located there: allowed only if all of them are in scope."""
    if user.is_superuser:
        return True
    scope = user.scope_for(Action.VIEW)
    if scope.is_empty:
        return False
    located = Unit.objects.filter(area__era=area.era, area__path__gte=area.path, area__path__lt=area.path + "~")
    return located.exists() and not located.exclude(subtree_q("line_path", scope.prefixes)).exists()


def get_area_for_rollup(user, era: str, code: str) -> Area:
    from danvan.org.selectors import get_area

    area = get_area(user, era, code)
    if not area_in_scope(user, area):
        raise Http404
    return area


def expected_units(form: ReportForm, period, *, under: Unit | None = None, area: Area | None = None):
    """Units that must report this form and were open at some time during the period."""
    qs = Unit.objects.filter(Q(kind__in=form.expected_kinds.all()) | Q(pk__in=form.expected_units.all()))
    qs = qs.filter(Q(opened_on__isnull=True) | Q(opened_on__lte=period.end)).filter(
        Q(closed_on__isnull=True) | Q(closed_on__gte=period.start))
    if under is not None:
        qs = qs.filter(line_path__gte=under.line_path, line_path__lt=under.line_path + "~")
    if area is not None:
        qs = qs.filter(area__era=area.era, area__path__gte=area.path, area__path__lt=area.path + "~")
    return qs.distinct()
