"""Who hears that a unit submitted a report: the reviewers of the nearest unit above it that has some."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.core.models import Notification
from danvan.org.models import Unit
from danvan.org.services import update_unit
from danvan.reporting import services
from danvan.reporting.selectors import reviewers_above
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def commune_reviewer(world):
    """A reviewer of the commune's party committee, between the commune's front and the province."""
    user = UserFactory(username="duyet-xa")
    grant_membership(None, user=user, unit=world.a.commune_party, role=Role.REVIEWER)
    return user


def submitted_by(world, form, unit):
    s = services.create_submission(world.a.reporter, form=form, unit=unit, period="2026-03", values={"QUA_SL": 1})
    return services.submit_submission(world.a.reporter, s)


def test_without_reviewers_in_between_the_province_reviews_the_commune(world):
    assert world.a.commune_front.parent_id == world.a.commune_party.pk
    assert reviewers_above(world.a.commune_front) == [world.a.reviewer]
    assert reviewers_above(world.a.commune_party) == [world.a.reviewer]


def test_the_nearest_unit_with_reviewers_wins_over_those_further_up(world, commune_reviewer):
    assert reviewers_above(world.a.commune_front) == [commune_reviewer]


def test_a_units_own_reviewers_are_not_above_it(world, commune_reviewer):
    assert reviewers_above(world.a.commune_party) == [world.a.reviewer]
    assert reviewers_above(world.a.btgdv) == []  # nobody reviews above the province in this world


def test_all_reviewers_of_the_nearest_unit_by_username_and_only_reviewers(world, commune_reviewer):
    second = UserFactory(username="duyet-xa-2")
    grant_membership(None, user=second, unit=world.a.commune_party, role=Role.REVIEWER)
    grant_membership(None, user=UserFactory(username="bc-xa-2"), unit=world.a.commune_party, role=Role.REPORTER)
    assert reviewers_above(world.a.commune_front) == [commune_reviewer, second]


def test_a_unit_whose_reviewers_are_all_inactive_or_closed_passes_it_on(world, form, commune_reviewer):
    commune_reviewer.is_active = False
    commune_reviewer.save(update_fields=["is_active"])
    assert reviewers_above(world.a.commune_front) == [world.a.reviewer]
    commune_reviewer.is_active = True
    commune_reviewer.save(update_fields=["is_active"])
    party = Unit.objects.get(pk=world.a.commune_party.pk)
    update_unit(None, party, version=party.version, closed_on=date(2026, 1, 1))
    assert reviewers_above(world.a.commune_front) == [world.a.reviewer]  # a closed unit's roles give no right


def test_reviewers_above_is_one_query(world, commune_reviewer):
    with CaptureQueriesContext(connection) as ctx:
        reviewers_above(world.a.commune_front)
    assert len(ctx.captured_queries) == 1


def test_a_provincial_reviewer_does_not_hear_of_a_report_the_commune_reviews(world, form, commune_reviewer):
    submitted_by(world, form, world.a.commune_front)
    assert Notification.objects.filter(user=commune_reviewer, message__contains="đã nộp").count() == 1
    assert not Notification.objects.filter(user=world.a.reviewer).exists()
    # The commune's own report still goes to the province.
    submitted_by(world, form, world.a.commune_party)
    assert Notification.objects.filter(user=world.a.reviewer, message__contains="đã nộp").count() == 1
