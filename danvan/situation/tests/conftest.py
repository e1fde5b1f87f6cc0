"""Builders for the situation tests: everything goes through the services."""

from datetime import date, timedelta

import pytest

from danvan.situation import services

TODAY = date(2026, 11, 20)


@pytest.fixture
def today():
    """The day the builders write on; pages compute from the real day, so page tests override this."""
    return TODAY


@pytest.fixture
def note_of(world, today):
    """note_of(text, **fields): a note by province A's commune reporter, in its commune, observed `days_ago`."""

    def make(text="Người dân bàn tán về giá điện tăng.", *, days_ago=0, actor=None, unit=None, **fields):
        fields.setdefault("mood", "worried")
        fields.setdefault("source_kind", "collaborator")
        fields.setdefault("area", world.a.commune)
        return services.record_note(actor or world.a.reporter, unit=unit or world.a.commune_party,
                                    observed_on=today - timedelta(days=days_ago), text=text, today=today, **fields)

    return make


@pytest.fixture
def incident_of(world, today):
    """incident_of(**fields): an incident of province A's commune Party committee, by its reporter."""

    def make(*, actor=None, **fields):
        fields.setdefault("title", "Tranh chấp đất đai tại thôn Đông")
        fields.setdefault("areas", [world.a.commune])
        fields.setdefault("started_on", today - timedelta(days=3))
        fields.setdefault("severity", 1)
        fields.setdefault("people_count", 2)
        fields.setdefault("today", today)
        return services.create_incident(actor or world.a.reporter, unit=world.a.commune_party, **fields)

    return make
