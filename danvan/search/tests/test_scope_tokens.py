"""Scope tokens in the full-text row: the index narrows a scoped query by them, the WHERE of `for_user` stays the
rule, and neither ever lets a row be found by someone who may not read it."""

import pytest
from django.contrib.auth.models import AnonymousUser

from danvan.core import registry
from danvan.search import selectors
from danvan.search.indexing import entry_values
from danvan.search.models import SearchEntry, scope_tokens, user_scope_tokens

pytestmark = pytest.mark.django_db


def _entry(object_id: str, title: str, line_path: str, public: bool = False) -> SearchEntry:
    document = registry.SearchDocument(title=title, text="", url=f"/x/{object_id}/", line_path=line_path,
                                       public=public)
    return SearchEntry.objects.unscoped().create(type="situation.incident", object_id=object_id,
                                                 **entry_values(document))


def test_a_rows_tokens_are_its_lines_units_and_its_publicity():
    assert scope_tokens("/1/23/456/", False) == "u1 u23 u456"
    assert scope_tokens("/1/23/", True) == "u1 u23 pub"
    assert scope_tokens("", False) == "ref"


def test_the_indexed_row_carries_the_tokens_of_its_line(world, incident_of):
    incident = incident_of(title="Ô nhiễm nguồn nước")
    row = SearchEntry.objects.unscoped().get(type="situation.incident", object_id=str(incident.pk))
    assert row.scope_tokens == scope_tokens(world.a.commune_party.line_path, False)
    assert f"u{world.b.btgdv.pk}" not in row.scope_tokens.split()
    assert user_scope_tokens(world.a.reviewer) is not None


def test_public_and_reference_rows_are_found_by_whoever_may_read_them(world):
    line_a = world.a.commune_party.line_path
    _entry("1", "Mô hình trồng hoa công khai", line_a, public=True)
    _entry("2", "Mô hình trồng hoa nội bộ", line_a)
    _entry("3", "Mô hình trồng hoa tham khảo", "")
    found = {who: {h.id for h in selectors.search(user, "mo hinh trong hoa").items}
             for who, user in [("a", world.a.reviewer), ("b", world.b.reviewer), ("nobody", world.nobody),
                               ("anonymous", AnonymousUser()), ("admin", world.admin)]}
    assert found["a"] == {"1", "2", "3"}
    assert found["b"] == {"1", "3"}
    assert found["nobody"] == {"1", "3"}
    assert found["anonymous"] == {"1"}
    assert found["admin"] == {"1", "2", "3"}


def test_a_scope_token_is_never_a_word_of_the_text(world, incident_of):
    incident_of(title="Tranh chấp đất đai")
    token = f"u{world.a.commune_party.pk}"
    for user in (world.a.reviewer, world.admin):
        assert selectors.search(user, token).count == 0
        assert selectors.search(user, "pub").count == 0
        assert selectors.search(user, f"tranh chap {token}").count == 0


def test_a_moved_units_rows_take_the_tokens_of_their_new_line(world, incident_of):
    from danvan.org.services import update_unit

    incident = incident_of(title="Tranh chấp nghĩa trang ở Gia Viễn")
    party = world.a.commune_party
    party.refresh_from_db()
    update_unit(world.admin, party, version=party.version, parent=world.b.btgdv)
    party.refresh_from_db()
    row = SearchEntry.objects.unscoped().get(type="situation.incident", object_id=str(incident.pk))
    assert row.scope_tokens == scope_tokens(party.line_path, False)
    world.a.reviewer.forget_scope()
    world.b.reviewer.forget_scope()
    assert selectors.search(world.b.reviewer, "nghia trang gia vien").count == 1
    assert selectors.search(world.a.reviewer, "nghia trang gia vien").count == 0


def test_the_page_is_read_through_the_scope_again_whatever_ids_it_is_given(world):
    """`page.rows` writes its statement from the SQL of the scoped entries: an id outside the scope (another
    province's row) is never read, however it came to be asked for; the names come with the rows."""
    from danvan.core.permissions import Action
    from danvan.search import page

    own = _entry("1", "Đường giao thông nông thôn", world.a.commune_party.line_path)
    other = _entry("2", "Đường giao thông nông thôn", world.b.commune_party.line_path)
    scoped = SearchEntry.objects.for_user(world.a.reviewer, Action.VIEW)
    rows = page.rows(scoped, [own.pk, other.pk], selectors._names(world.a.reviewer))
    assert list(rows) == [own.pk]
    assert (rows[own.pk].title, rows[own.pk].unit_name) == ("Đường giao thông nông thôn", world.a.commune_party.name)
    assert set(page.rows(SearchEntry.objects.for_user(world.admin, Action.VIEW), [own.pk, other.pk], {})) == {
        own.pk, other.pk}
    assert page.rows(SearchEntry.objects.for_user(AnonymousUser(), Action.VIEW), [own.pk], {}) == {}
