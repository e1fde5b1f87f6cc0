"""What a receipt costs: a bounded number of statements (the reference data cached, the counters written by one
upsert per table), and a clash of the random tracking code with an existing one resolved by drawing another."""

from datetime import date

import pytest
from django.db import IntegrityError, connection
from django.db.models import Sum

from danvan.core.models import Holiday
from danvan.petitions import selectors
from danvan.petitions.models import Petition, PetitionTally, PetitionTallyRoot
from danvan.petitions.services import petitions as receipt
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db


def test_a_receipt_is_a_bounded_number_of_statements(world, django_assert_num_queries):
    receive(world.a.reporter, world.a.commune_party, phone="0912000001", id_number="001086000001")  # warm caches
    # The service's savepoint (the test's transaction is around it), the signers by ID number or phone (one
    # statement), the insert's savepoint, the petition and its search entry and words, the release, the two counter
    # upserts, the petitioner, the timeline event, the audit event, the service's release: 13 (it was 16); 12 on
    # PostgreSQL, which writes the search entry and its words in one statement.
    with django_assert_num_queries(12 if connection.vendor == "postgresql" else 13):
        receive(world.a.reporter, world.a.commune_party, phone="0912000002", id_number="001086000002",
                subject="Phản ánh ô nhiễm", content="Xưởng gỗ xả khói ban đêm.")
    for counters in (PetitionTally, PetitionTallyRoot):
        assert counters.objects.aggregate(n=Sum("received"))["n"] == 2


def test_the_holidays_are_cached_and_a_new_one_is_counted_at_once(world):
    before = receive(world.a.reporter, world.a.commune_party, kind="denunciation", received_on=date(2026, 3, 2),
                     phone="0912000003", id_number="")
    Holiday.objects.create(day=before.acceptance_due, name="Ngày nghỉ bù (thử)")  # the save drops the cache
    after = receive(world.a.reporter, world.a.commune_party, kind="denunciation", received_on=date(2026, 3, 2),
                    phone="0912000004", id_number="", subject="Việc khác", content="Nội dung khác hẳn.")
    assert after.acceptance_due > before.acceptance_due
    assert selectors.calendar_from(date(2026, 3, 2)) is selectors.calendar_from(date(2026, 5, 1))  # one, cached


def test_a_clash_of_tracking_codes_draws_another_code(world, monkeypatch):
    taken = receive(world.a.reporter, world.a.commune_party, phone="0912000005", id_number="")
    codes = iter([taken.code, "ZZZZ-2345"])
    monkeypatch.setattr(receipt, "_new_code", lambda: next(codes))
    again = receive(world.a.reporter, world.a.commune_party, phone="0912000006", id_number="", subject="Việc khác",
                    content="Nội dung khác hẳn.")
    assert again.code == "ZZZZ-2345" and Petition.objects.count() == 2
    assert PetitionTally.objects.aggregate(n=Sum("received"))["n"] == 2


def test_another_constraint_failing_is_not_retried(world, monkeypatch):
    calls = []

    def failing_save(self, *args, **kwargs):
        calls.append(1)
        raise IntegrityError("NOT NULL constraint failed")

    monkeypatch.setattr(Petition, "save", failing_save)
    with pytest.raises(IntegrityError):
        receive(world.a.reporter, world.a.commune_party, phone="0912000007", id_number="")
    assert len(calls) == 1
