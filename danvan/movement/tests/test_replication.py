"""Replication (nhân rộng): a new model in another place, linked to its origin; the tree from the root."""

from datetime import date

import pytest

from danvan.movement import selectors, services
from danvan.movement.choices import Status
from danvan.movement.tests.conftest import launched

pytestmark = pytest.mark.django_db


def test_a_replication_is_a_new_registered_model_linked_to_its_origin(world):
    origin = launched(world.a.reporter, world.a.commune_party, goals="Xanh – sạch – đẹp.")
    replica = services.replicate_model(world.a.reporter, origin, unit=world.a.commune_front,
                                       areas=[world.a.commune], registered_on=date(2026, 3, 1))
    assert replica.pk != origin.pk and replica.origin_id == origin.pk
    assert (replica.status, replica.unit, replica.goals, replica.field_id) == (
        Status.REGISTERED, world.a.commune_front, "Xanh – sạch – đẹp.", origin.field_id)
    assert [e.kind for e in origin.timeline.all()][-1] == "replicated"


def test_the_tree_shows_every_generation_from_the_root(world):
    root = launched(world.a.reporter, world.a.commune_party)
    child = services.replicate_model(world.a.reporter, root, unit=world.a.commune_front, areas=[world.a.commune],
                                     registered_on=date(2026, 3, 1))
    services.launch_model(world.a.reporter, child, launched_on=date(2026, 3, 2))
    grandchild = services.replicate_model(world.a.reporter, child, unit=world.a.commune_party,
                                          areas=[world.a.commune], registered_on=date(2026, 3, 3))
    sibling = services.replicate_model(world.a.reporter, root, unit=world.a.commune_party, areas=[world.a.commune],
                                       registered_on=date(2026, 3, 4))
    tree = selectors.replication_tree(world.a.reviewer, grandchild)
    assert tree.model == root
    assert [n.model for n in tree.children] == [child, sibling]
    assert [n.model for n in tree.children[0].children] == [grandchild]


def test_replications_out_of_scope_are_not_named(world):
    root = launched(world.a.reporter, world.a.commune_party)
    services.replicate_model(world.admin, root, unit=world.b.commune_party, areas=[world.b.commune],
                             registered_on=date(2026, 3, 1))
    tree = selectors.replication_tree(world.a.reporter, root)
    assert [n.visible for n in tree.children] == [False]
    assert tree.visible
