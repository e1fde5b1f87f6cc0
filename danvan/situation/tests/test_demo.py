"""The situation demo data: a year of notes and incidents through the services, with a warning to see."""

from datetime import date

import pytest

from danvan.core.management.commands.demo import DemoContext
from danvan.core.models import AuditEvent
from danvan.situation import demo, selectors
from danvan.situation.models import Incident, SituationNote

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 23)


def test_demo_writes_a_year_through_the_services_with_a_rising_topic_and_a_hotspot_and_a_rerun_changes_nothing(
        world):
    messages: list[str] = []
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    demo.load(ctx, communes=2, today=TODAY)
    notes = SituationNote.objects.all()
    assert notes.count() > 150
    assert min(n.observed_on for n in notes) < date(2026, 1, 1)
    assert AuditEvent.objects.filter(action="situation.note.create").count() == notes.count()
    warnings = selectors.compute_warnings(world.a.reviewer, today=TODAY)
    assert any(w.topic == demo.RISING and w.area_id == world.a.commune.pk for w in warnings)
    assert len(selectors.hotspots(world.a.reviewer, today=TODAY)) == 1
    assert Incident.objects.filter(state="closed").exists() and Incident.objects.filter(state="handling").exists()
    demo.load(ctx, communes=2, today=TODAY)
    assert SituationNote.objects.count() == notes.count()
    assert "bỏ qua" in messages[-1]
