"""The petitions demo: every kind and state, reception sessions, some overdue and some late; a rerun adds nothing."""

from datetime import date

import pytest

from danvan.core.management.commands.demo import DemoContext
from danvan.petitions import demo
from danvan.petitions.models import Petition, ReceptionSession

pytestmark = pytest.mark.django_db


def test_the_demo_covers_kinds_states_sessions_overdue_and_late_and_a_rerun_changes_nothing(world):
    ctx = DemoContext(province_codes=["37"], password=None, write=lambda _: None, provinces=[world.a.province])
    today = date(2026, 11, 23)
    demo.load(ctx, petitions=120, today=today)
    petitions = Petition.objects.unscoped()
    assert petitions.count() == 120 and ReceptionSession.objects.unscoped().exists()
    assert set(petitions.values_list("kind", flat=True)) >= {"complaint", "denunciation", "recommendation",
                                                             "reflection"}
    assert set(petitions.values_list("status", flat=True)) >= {"received", "accepted", "rejected", "forwarded",
                                                               "answered", "closed"}
    assert petitions.filter(due_on__lt=today).exists() and petitions.filter(answered_late=True).exists()
    demo.load(ctx, petitions=120, today=today)
    assert petitions.count() == 120
