"""Duplicates: the same petitioner (ID number or phone) and a similar content as an open petition in scope."""

import pytest

from danvan.petitions import services
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db


def test_a_second_petition_of_the_same_person_on_the_same_matter_is_linked_and_not_counted_twice(client, world):
    first = receive(world.a.reporter, world.a.commune_party)
    again = receive(world.a.reporter, world.a.commune_party, phone="0900111222",  # another phone, same ID
                    content="Tôi không đồng ý với mức bồi thường khi nhà nước thu hồi đất làm đường, đề nghị xem xét.")
    by_phone = receive(world.a.reporter, world.a.commune_party, id_number="", subject="Về bồi thường đất")
    assert again.duplicate_of == first and by_phone.duplicate_of == first
    assert [e.kind for e in again.timeline.all()] == ["received", "duplicate"]
    client.force_login(world.a.reviewer)
    stats = client.get(f"/api/v1/petitions/stats?unit={world.a.commune_party.pk}&period=2026").json()
    assert stats["received"] == 1


def test_another_matter_of_the_same_person_is_not_a_duplicate(world):
    receive(world.a.reporter, world.a.commune_party)
    other = receive(world.a.reporter, world.a.commune_party, subject="Phản ánh ô nhiễm tiếng ồn quán karaoke",
                    content="Quán karaoke hoạt động quá 23 giờ gây ồn ào.", kind="reflection")
    assert other.duplicate_of is None


def test_a_settled_petition_or_one_out_of_scope_is_not_a_duplicate_candidate(world):
    first = receive(world.a.reporter, world.a.commune_party)
    services.reject_petition(world.a.reporter, first, reason="Không thuộc thẩm quyền.")
    assert receive(world.a.reporter, world.a.commune_party).duplicate_of is None
    assert receive(world.b.reporter, world.b.commune_party).duplicate_of is None  # same person, other province


def test_a_wrong_flag_can_be_removed(world):
    receive(world.a.reporter, world.a.commune_party)
    again = receive(world.a.reporter, world.a.commune_party)
    cleared = services.mark_not_duplicate(world.a.reporter, again)
    assert cleared.duplicate_of is None
