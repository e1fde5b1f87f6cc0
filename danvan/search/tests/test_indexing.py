"""The write side of the index: one hook for writes without post_save, and the statements a write costs."""

import pytest
from django.db import connection

from danvan.core import registry
from danvan.core.signals import search_changed
from danvan.search import indexing
from danvan.search.models import SearchEntry, SearchTerm

pytestmark = pytest.mark.django_db


def _source(key):
    source = registry.search_documents.get(key)
    assert source is not None
    return source


def _row(obj, key="situation.incident"):
    return SearchEntry.objects.unscoped().filter(type=key, object_id=str(obj.pk)).first()


def test_one_hook_indexes_new_and_changed_rows_in_two_statements(world, incident_of, django_assert_num_queries):
    from danvan.situation.models import Incident

    changed, new = incident_of(title="Sạt lở bờ sông Đáy"), incident_of(title="Ngập úng cánh đồng Gia Trấn")
    Incident.objects.unscoped().filter(pk=changed.pk).update(title="Sạt lở kè sông Hoàng Long")
    SearchEntry.objects.unscoped().filter(object_id=str(new.pk)).delete()  # as if written with bulk_create
    SearchTerm.objects.unscoped().filter(term="hoang").delete()
    rows = list(Incident.objects.unscoped().filter(pk__in=[changed.pk, new.pk]))
    # One upsert of both rows, one INSERT of their words (PostgreSQL: both in one statement).
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2):
        search_changed(*rows)
    assert _row(changed).title == "Sạt lở kè sông Hoàng Long"
    assert _row(new).folded_title == "ngap ung canh dong gia tran"
    assert _row(new).area_path == world.a.commune_party.area.path  # the unit's area, looked up in the upsert
    assert SearchTerm.objects.unscoped().filter(term="hoang").exists()


def test_a_save_that_changes_nothing_indexed_is_one_statement(world, incident_of, django_assert_num_queries):
    incident = incident_of(title="Tranh chấp nghĩa trang ở Gia Viễn", description="Người dân phản đối.")
    before = _row(incident)
    source = _source("situation.incident")
    with django_assert_num_queries(1):
        assert indexing.index_object(source, incident) is True
    after = _row(incident)
    assert (after.pk, after.indexed_at, after.folded) == (before.pk, before.indexed_at, before.folded)
    incident.description = "Người dân phản đối việc di dời."
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2):  # the row, its words
        indexing.index_object(source, incident)
    assert _row(incident).folded.endswith("nguoi dan phan doi viec di doi.")
    assert SearchTerm.objects.unscoped().filter(term="doi").exists()


def test_the_folded_text_equals_folding_title_and_text_together():
    document = registry.SearchDocument(title="  Đền thờ  Đinh Tiên Hoàng ", text="Đông người\nđến lễ.", url="/x/")
    values = indexing.entry_values(document)
    from danvan.core.text import fold

    assert values["folded"] == fold(f"{document.title} {document.text}") == "den tho dinh tien hoang dong nguoi den le."
    assert values["folded_title"] == "den tho dinh tien hoang"
    assert indexing.entry_values(registry.SearchDocument(title="", text="Ánh", url="/x/"))["folded"] == "anh"


def test_a_record_that_stops_being_searchable_leaves_the_index(client, world, note_of):
    from danvan.situation.models import SituationNote

    note = note_of("Bà con phản ánh về rác thải ở chợ Gia Viễn.")
    assert _row(note, "situation.note") is not None
    source = _source("situation.note")
    original = source.to_document
    try:
        object.__setattr__(source, "to_document", lambda obj: None)
        search_changed(SituationNote.objects.unscoped().get(pk=note.pk))
    finally:
        object.__setattr__(source, "to_document", original)
    assert _row(note, "situation.note") is None
