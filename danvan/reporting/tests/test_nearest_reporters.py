"""Who hears about a unit's report: its nearest reporters (on the unit, or else on the nearest unit above)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.core.models import Notification
from danvan.org.models import Unit
from danvan.reporting import services
from danvan.reporting.selectors import reporters_by_unit, reporters_of
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def union(world):
    """The commune's Công đoàn: it reports to the commune's party committee and has no user of its own."""
    unit = Unit.objects.get(area=world.a.commune, kind__code="cong-doan", closed_on__isnull=True)
    assert unit.parent_id == world.a.commune_party.pk
    return unit


def messages_of(user) -> list[str]:
    return list(Notification.objects.filter(user=user).order_by("pk").values_list("message", flat=True))


def test_a_unit_without_reporters_is_reached_through_the_reporters_of_the_unit_above(world, union):
    assert reporters_of(union) == [world.a.reporter]
    assert reporters_of(world.a.commune_party) == [world.a.reporter]


def test_reporters_on_the_unit_itself_win_over_those_above(world, union):
    own = UserFactory(username="cong-doan-xa")
    grant_membership(None, user=own, unit=union, role=Role.REPORTER)
    grant_membership(None, user=UserFactory(username="xem-cong-doan"), unit=union, role=Role.VIEWER)
    assert reporters_of(union) == [own]  # a viewer cannot report: it does not count
    assert reporters_of(world.a.commune_party) == [world.a.reporter]


def test_reviewers_above_are_not_taken_for_reporters(world):
    # The province's reviewers may report too, but they are not reminded of every commune without an account.
    other = Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy").exclude(pk=world.a.commune_party.pk)[0]
    assert reporters_of(other) == []
    assert reporters_of(world.a.btgdv) == [world.a.reviewer]  # on its own unit, a reviewer who may report counts


def test_a_reporter_above_reaches_a_unit_with_nobody(world, union):
    above = UserFactory(username="bao-cao-tinh")
    grant_membership(None, user=above, unit=world.a.btgdv, role=Role.REPORTER)
    other = Unit.objects.filter(parent=world.a.btgdv, kind__code="dang-uy").exclude(pk=world.a.commune_party.pk)[0]
    assert reporters_of(other) == [above]


def test_inactive_users_are_skipped_and_the_next_unit_up_answers(world, union):
    world.a.reporter.is_active = False
    world.a.reporter.save(update_fields=["is_active"])
    assert reporters_of(union) == []
    above = UserFactory(username="bao-cao-tinh")
    grant_membership(None, user=above, unit=world.a.btgdv, role=Role.REPORTER)
    assert reporters_of(union) == [above]


def test_reporters_by_unit_agrees_with_reporters_of_in_two_queries(world, union):
    units = [*Unit.objects.filter(area__parent=world.a.province).order_by("pk")[:300], union, world.a.btgdv,
             world.b.commune_front]
    with CaptureQueriesContext(connection) as ctx:
        found = reporters_by_unit([u.pk for u in units])
    assert len(ctx.captured_queries) == 2
    for unit in units:
        assert found.get(unit.pk, []) == reporters_of(unit), unit
    assert found[world.b.commune_front.pk] == [world.b.reporter]


def test_the_reporter_above_hears_when_the_report_he_filed_is_returned_approved_and_unapproved(world, form, union):
    s = services.create_submission(world.a.reporter, form=form, unit=union, period="2026-03", values={"QUA_SL": 3})
    services.submit_submission(world.a.reporter, s)
    services.return_submission(world.a.reviewer, s, reason="Thiếu số liệu quà tặng.")
    assert any("bị trả lại" in m and "Thiếu số liệu quà tặng." in m for m in messages_of(world.a.reporter))
    services.submit_submission(world.a.reporter, s)
    services.approve_submission(world.a.reviewer, s)
    assert f"Báo cáo công tác dân vận tháng, tháng 3/2026 của {union.name} đã được duyệt." in messages_of(world.a.reporter)
    services.unapprove_submission(world.a.reviewer, s, reason="Cần rà soát lại.")
    assert any("hủy duyệt" in m for m in messages_of(world.a.reporter))
    services.submit_submission(world.a.reporter, s)
    before = len(messages_of(world.a.reporter))
    assert services.bulk_approve(world.a.reviewer, [s])["approved"] == [s.pk]
    assert len(messages_of(world.a.reporter)) == before + 1
