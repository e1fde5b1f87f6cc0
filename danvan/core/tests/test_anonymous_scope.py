"""What anonymous visitors may read is declared per model (scope_anonymous, scope_published), for viewing only."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.http import Http404

from danvan.core.permissions import Action, get_for_user_or_404
from danvan.org.models import UnitKind
from danvan.reporting import services
from danvan.reporting.models import ReportForm, Submission

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


@pytest.fixture
def reports(world, monkeypatch):
    """An approved report in each province and a draft in A; approved reports declared published."""
    monkeypatch.setattr(Submission, "scope_published", Q(status="approved"), raising=False)
    form = ReportForm.objects.get(code="BC-DV-THANG")

    def make(unit, approve):
        s = services.create_submission(None, form=form, unit=unit, period="2026-01", values={"QUA_SL": 1})
        if approve:
            services.submit_submission(None, s)
            services.approve_submission(None, s)
        return s.pk

    return {"a_approved": make(world.a.commune_party, True), "a_draft": make(world.a.commune_front, False),
            "b_approved": make(world.b.commune_party, True)}


def _pks(user, action=Action.VIEW) -> set[int]:
    return set(Submission.objects.for_user(user, action).values_list("pk", flat=True))


def test_anonymous_visitor_sees_the_published_rows_only(reports):
    assert _pks(ANONYMOUS) == {reports["a_approved"], reports["b_approved"]}
    assert _pks(None) == {reports["a_approved"], reports["b_approved"]}


@pytest.mark.parametrize("action", [Action.REPORT, Action.REVIEW, Action.MANAGE, "delete", ""])
def test_anonymous_visitor_never_gets_another_action_on_published_rows(reports, action):
    assert _pks(ANONYMOUS, action) == set()
    with pytest.raises(Http404):
        get_for_user_or_404(Submission, ANONYMOUS, action, pk=reports["a_approved"])


def test_signed_in_staff_read_only_their_scope_even_of_published_rows(world, reports):
    """Another province's published record is read on the portal (as a visitor), never through staff pages."""
    reviewer_b = world.b.reviewer
    assert _pks(reviewer_b) == {reports["b_approved"]}
    assert _pks(reviewer_b, Action.REVIEW) == {reports["b_approved"]}
    assert reports["a_draft"] in _pks(world.a.reviewer)
    assert _pks(world.nobody) == set()


def test_without_a_declaration_anonymous_visitors_see_nothing(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    s = services.create_submission(None, form=form, unit=world.a.commune_party, period="2026-01", values={})
    services.submit_submission(None, s)
    services.approve_submission(None, s)
    assert not hasattr(Submission, "scope_published")
    assert _pks(ANONYMOUS) == set()
    assert not UnitKind.objects.for_user(ANONYMOUS).exists()  # signed-in reference data stays closed
    assert UnitKind.objects.for_user(world.nobody).exists()


def test_a_table_declared_anonymous_is_readable_by_anyone_for_viewing_only(monkeypatch, world):
    monkeypatch.setattr(UnitKind, "scope_anonymous", True, raising=False)
    assert UnitKind.objects.for_user(ANONYMOUS).count() == UnitKind.objects.unscoped().count() > 0
    assert not UnitKind.objects.for_user(ANONYMOUS, Action.MANAGE).exists()
    assert not UnitKind.objects.for_user(world.nobody, Action.MANAGE).exists()
