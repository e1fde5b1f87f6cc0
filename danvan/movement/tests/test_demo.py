"""The movement demo: a few hundred models through the services, across fields and states; a rerun adds nothing."""

from datetime import date

import pytest

from danvan.core.management.commands.demo import DemoContext
from danvan.core.models import AuditEvent
from danvan.movement import demo
from danvan.movement.models import MovementModel

pytestmark = pytest.mark.django_db


def test_the_demo_covers_fields_states_replications_and_commendations_and_a_rerun_changes_nothing(world):
    messages: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    demo.load(ctx, models=80, today=date(2026, 11, 23))
    models = MovementModel.objects.unscoped()
    assert models.count() == 80
    assert set(models.values_list("field__code", flat=True)) >= {"kinh_te", "van_hoa_xa_hoi", "nong_thon_moi"}
    assert set(models.values_list("status", flat=True)) >= {"registered", "launched", "evaluated", "recognised"}
    assert models.filter(origin__isnull=False).count() == 8
    assert AuditEvent.objects.filter(action="movement.model.register").count() == 80
    demo.load(ctx, models=80, today=date(2026, 11, 23))
    assert models.count() == 80
