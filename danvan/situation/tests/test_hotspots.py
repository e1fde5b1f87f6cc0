"""Hotspots: places with incidents in three of the last twelve months, by recurrence."""

from datetime import timedelta

import pytest

from danvan.situation import selectors

pytestmark = pytest.mark.django_db


def test_a_commune_with_incidents_in_three_months_is_a_hotspot_and_two_are_not(world, incident_of, today):
    neighbour = world.a.province.children.filter(level="commune").exclude(pk=world.a.commune.pk).first()
    for days in (3, 40, 75):
        incident_of(started_on=today - timedelta(days=days))
    for days in (5, 6, 45):  # two months only
        incident_of(areas=[neighbour], started_on=today - timedelta(days=days))
    incident_of(started_on=today - timedelta(days=400))  # outside the twelve months
    found = selectors.hotspots(world.a.reviewer, today=today)
    assert [(h.commune, h.months, h.incidents) for h in found] == [(world.a.commune, 3, 3)]
    assert selectors.hotspots(world.b.reviewer, today=today) == []
