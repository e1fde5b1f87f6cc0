"""A membership gives its role over the unit and every unit below it in the reporting line — nothing else."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.accounts.choices import Role
from danvan.accounts.models import Membership
from danvan.accounts.services import grant_membership, revoke_membership
from danvan.core.models import AuditEvent
from danvan.core.permissions import Action
from danvan.org.models import Area, Unit

pytestmark = pytest.mark.django_db


def test_provincial_reviewer_sees_the_whole_province_bloc_and_nothing_else(world):
    visible = Unit.objects.for_user(world.a.reviewer, Action.VIEW)
    assert visible.count() == Unit.objects.subtree(world.a.btgdv).count()
    assert not visible.filter(pk=world.b.btgdv.pk).exists()
    assert not visible.filter(line_path__startswith=world.b.btgdv.line_path).exists()


def test_commune_reporter_sees_their_commune_units_only(world):
    visible = set(Unit.objects.for_user(world.a.reporter, Action.VIEW).values_list("pk", flat=True))
    assert visible == set(Unit.objects.subtree(world.a.commune_party).values_list("pk", flat=True))
    assert world.a.btgdv.pk not in visible  # not upwards


def test_role_limits_the_action(world):
    assert Unit.objects.for_user(world.a.reporter, Action.REPORT).exists()
    assert not Unit.objects.for_user(world.a.reporter, Action.REVIEW).exists()
    assert Unit.objects.for_user(world.a.reviewer, Action.REVIEW).filter(pk=world.a.commune_front.pk).exists()
    assert not Unit.objects.for_user(world.a.reviewer, Action.MANAGE).exists()


def test_unknown_action_and_anonymous_and_unassigned_users_get_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    assert not Unit.objects.for_user(world.a.reviewer, "delete-everything").exists()
    assert not Unit.objects.for_user(AnonymousUser(), Action.VIEW).exists()
    assert not Unit.objects.for_user(None, Action.VIEW).exists()
    assert not Unit.objects.for_user(world.nobody, Action.VIEW).exists()


def test_administrator_sees_everything(world):
    assert Unit.objects.for_user(world.admin, Action.REVIEW).count() == Unit.objects.count()


def test_areas_are_reference_data_for_signed_in_users_only(world):
    from django.contrib.auth.models import AnonymousUser

    assert Area.objects.for_user(world.nobody).count() == Area.objects.count()
    assert not Area.objects.for_user(AnonymousUser()).exists()
    assert not Area.objects.for_user(world.nobody, Action.MANAGE).exists()


def test_scope_costs_one_query_per_request(world):
    user = world.a.reviewer
    user.forget_scope()
    with CaptureQueriesContext(connection) as ctx:
        list(Unit.objects.for_user(user, Action.VIEW)[:5])
        list(Unit.objects.for_user(user, Action.REVIEW)[:5])
    assert len(ctx.captured_queries) == 3  # the memberships once, then one per list


def test_unit_admin_manages_memberships_only_within_scope(world):
    m = grant_membership(world.a.unit_admin, user=world.nobody, unit=world.a.commune_front, role=Role.VIEWER)
    assert AuditEvent.objects.filter(action="accounts.membership.grant", object_id=str(m.pk)).exists()
    with pytest.raises(PermissionDenied):
        grant_membership(world.a.unit_admin, user=world.nobody, unit=world.a.btgdv, role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        grant_membership(world.a.unit_admin, user=world.nobody, unit=world.b.commune_party, role=Role.VIEWER)
    revoke_membership(world.a.unit_admin, m)
    assert not Membership.objects.filter(pk=m.pk).exists()


def test_closed_unit_gives_no_scope(world):
    from datetime import date

    from danvan.org.services import update_unit

    party = world.a.commune_party
    update_unit(None, party, version=party.version, closed_on=date(2026, 1, 1))
    world.a.reporter.forget_scope()
    assert not Unit.objects.for_user(world.a.reporter, Action.VIEW).exists()


def test_unit_admin_creates_an_account_and_resets_only_accounts_they_fully_manage(world):
    from danvan.accounts.services import create_member, reset_password

    user, password = create_member(world.a.unit_admin, unit=world.a.commune_front, username="mttq-moi",
                                   role=Role.REPORTER)
    assert user.check_password(password)
    assert reset_password(world.a.unit_admin, user) != password
    with pytest.raises(PermissionDenied):
        reset_password(world.a.unit_admin, world.a.reviewer)  # a provincial account
    with pytest.raises(PermissionDenied):
        create_member(world.a.unit_admin, unit=world.b.commune_front, username="xam-nhap", role=Role.VIEWER)
    grant_membership(None, user=user, unit=world.b.commune_front, role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        reset_password(world.a.unit_admin, user)  # now also belongs to another province
