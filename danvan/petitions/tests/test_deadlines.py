"""Statutory deadlines from the rules kept as data (a table of cases from the laws, with 2026's holidays)."""

from datetime import date

import pytest

from danvan.core.audit import ConflictError
from danvan.petitions import services
from danvan.petitions.models import DeadlineRule
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db

# kind, received on, variants, expected acceptance deadline — the law behind each line.
ACCEPTANCE = [
    # Law on Complaints 2011 art. 27: 10 (calendar) days from receipt.
    ("complaint", date(2026, 3, 2), {}, date(2026, 3, 12)),
    # Calendar days run through Tết.
    ("complaint", date(2026, 2, 10), {}, date(2026, 2, 20)),
    ("complaint_second", date(2026, 3, 2), {}, date(2026, 3, 12)),
    # Law on Denunciations 2018 art. 24: 7 working days — Tết (16–20/2) and two weekends skipped.
    ("denunciation", date(2026, 2, 12), {}, date(2026, 3, 2)),
    # Several places to check: 10 working days — Giỗ Tổ (nghỉ bù 27/4), 30/4 and 1/5 skipped.
    ("denunciation", date(2026, 4, 22), {"complex_": True}, date(2026, 5, 11)),
    # Law on Citizen Reception 2013 art. 28: 10 working days — National Day (1–2/9) skipped.
    ("recommendation", date(2026, 8, 28), {}, date(2026, 9, 15)),
    ("reflection", date(2026, 8, 28), {}, date(2026, 9, 15)),
]


@pytest.mark.parametrize(("kind", "received_on", "variants", "expected"), ACCEPTANCE)
def test_the_acceptance_deadline_follows_the_law(world, kind, received_on, variants, expected):
    petition = receive(world.a.reporter, world.a.commune_party, kind=kind, received_on=received_on, **variants)
    assert (petition.acceptance_due, petition.due_on) == (expected, expected)


# kind, remote area, complex, expected resolution deadline for an acceptance on 10/3/2026.
RESOLUTION = [
    ("complaint", False, False, date(2026, 4, 9)),  # 30 days
    ("complaint", False, True, date(2026, 4, 24)),  # complex: 45
    ("complaint", True, False, date(2026, 4, 24)),  # remote area: 45
    ("complaint", True, True, date(2026, 5, 9)),  # remote and complex: 60
    ("complaint_second", False, False, date(2026, 4, 24)),  # 45
    ("complaint_second", False, True, date(2026, 5, 9)),  # 60
    ("complaint_second", True, False, date(2026, 5, 9)),  # 60
    ("complaint_second", True, True, date(2026, 5, 19)),  # 70
    ("denunciation", False, False, date(2026, 4, 9)),  # 30 days from acceptance
    ("recommendation", False, False, None),  # no general deadline
]


@pytest.mark.parametrize(("kind", "remote", "complex_", "expected"), RESOLUTION)
def test_the_resolution_deadline_counts_from_acceptance_with_its_variants(world, kind, remote, complex_, expected):
    petition = receive(world.a.reporter, world.a.commune_party, kind=kind, received_on=date(2026, 3, 2),
                       remote_area=remote)
    accepted = services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 10), complex_=complex_)
    assert (accepted.resolution_due, accepted.due_on) == (expected, expected)


def test_a_recommendation_gets_the_deadline_set_for_its_subject(world):
    petition = receive(world.a.reporter, world.a.commune_party, kind="recommendation")
    accepted = services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 10), resolution_days=15)
    assert accepted.resolution_due == date(2026, 3, 25)


def test_a_denunciation_is_extended_at_most_twice_by_thirty_days(world):
    petition = receive(world.a.reporter, world.a.commune_party, kind="denunciation", received_on=date(2026, 3, 2))
    petition = services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 10))
    once = services.extend_petition(world.a.reporter, petition, reason="Vụ việc phức tạp.")
    twice = services.extend_petition(world.a.reporter, once, reason="Vụ việc đặc biệt phức tạp.")
    assert (once.resolution_due, twice.resolution_due, twice.status, twice.extensions) == (
        date(2026, 5, 9), date(2026, 6, 8), "extended", 2)
    with pytest.raises(ConflictError, match="tối đa 2 lần"):
        services.extend_petition(world.a.reporter, twice, reason="Lần ba.")


def test_a_complaint_cannot_be_extended(world):
    petition = receive(world.a.reporter, world.a.commune_party)
    petition = services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 10))
    with pytest.raises(ConflictError, match="Chỉ đơn tố cáo"):
        services.extend_petition(world.a.reporter, petition, reason="Phức tạp.")


def test_an_administrator_edits_a_rule_and_new_petitions_follow_it(world):
    before = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 2, 12), phone="0911000999",
                     id_number="", subject="Trước khi sửa", content="Khác hẳn")  # the rules are now cached
    assert before.acceptance_due == date(2026, 2, 22)
    rule = DeadlineRule.objects.get(kind="complaint", step="acceptance")
    rule.days, rule.working_days = 5, True
    rule.save()  # as the admin saves it: the cached rules are dropped
    petition = receive(world.a.reporter, world.a.commune_party, received_on=date(2026, 2, 12))
    assert petition.acceptance_due == date(2026, 2, 26)  # 13/2, then Tết and weekends, 23–26/2


def test_a_remote_area_on_the_list_gives_the_longer_deadline_by_default(world):
    from danvan.petitions.models import RemoteArea

    RemoteArea.objects.create(area=world.a.commune, note="Xã đặc biệt khó khăn")
    petition = receive(world.a.reporter, world.a.commune_party, area=world.a.commune)
    assert petition.remote_area
    accepted = services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 10))
    assert accepted.resolution_due == date(2026, 4, 24)


def test_a_petition_answered_after_its_deadline_stays_marked_late(world):
    petition = receive(world.a.reporter, world.a.commune_party)
    petition = services.accept_petition(world.a.reporter, petition, accepted_on=date(2026, 3, 10))
    answered = services.answer_petition(world.a.reporter, petition, answered_on=date(2026, 4, 10),
                                        result="Giữ nguyên mức bồi thường.")
    closed = services.close_petition(world.a.reporter, answered)
    assert (closed.answered_late, closed.due_on, closed.answer_days) == (True, None, 39)
    on_time = services.answer_petition(world.a.reporter, services.accept_petition(
        world.a.reporter, receive(world.a.reporter, world.a.commune_party, phone="0987000111", id_number=""),
        accepted_on=date(2026, 3, 10)), answered_on=date(2026, 4, 9), result="Đã giải quyết.")
    assert on_time.answered_late is False
