"""A unit that moves in the reporting line takes its notes, incidents and their copies along."""

import pytest

from danvan.org.services import update_unit
from danvan.situation import selectors, services
from danvan.situation.models import Incident, IncidentArea, NoteTopic, SituationNote

pytestmark = pytest.mark.django_db


def test_moving_a_unit_moves_every_copy_of_its_line(world, note_of, today):
    front = world.a.commune_front  # reports to the commune's Party committee
    note = note_of(topics=["moi_truong"], unit=front)
    incident = services.create_incident(world.a.reporter, unit=front, areas=[world.a.commune], title="Vụ việc",
                                        started_on=today, today=today)
    old = front.line_path
    new = update_unit(None, front, version=front.version, parent=world.a.btgdv).line_path
    assert new != old
    assert SituationNote.objects.get(pk=note.pk).line_path == new
    assert set(NoteTopic.objects.values_list("line_path", flat=True)) == {new}
    assert Incident.objects.get(pk=incident.pk).line_path == new
    assert set(IncidentArea.objects.values_list("line_path", flat=True)) == {new}
    assert selectors.note_list(world.a.reporter).count() == 0  # no longer under the Party committee
    assert selectors.note_list(world.a.reviewer).count() == 1
