"""The search, specified through the API and the selectors: folding, ranking, typos, scoping, freshness."""

from datetime import timedelta

import pytest
from django.db import connection

from danvan.search import query, selectors
from danvan.search.models import SearchEntry

pytestmark = pytest.mark.django_db


def _api(client, user, **params):
    client.force_login(user)
    return client.get("/api/v1/search", params)


def test_a_search_without_diacritics_finds_the_incident(client, world, incident_of):
    incident = incident_of(title="Tranh chấp nghĩa trang ở Gia Viễn",
                           description="Người dân phản đối việc di dời nghĩa trang của xã Gia Viễn.")
    response = _api(client, world.a.reviewer, q="nghia trang gia vien")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == 1
    item = body["items"][0]
    assert item["type"] == "situation.incident" and item["id"] == incident.pk
    assert item["url"] == f"/tinh-hinh/vu-viec/{incident.pk}/"
    assert "<mark>nghĩa</mark> <mark>trang</mark>" in item["snippet"]
    assert item["unit"] == world.a.commune_party.name


def test_d_with_stroke_folds_to_d(client, world, incident_of):
    incident_of(title="Đền thờ Đinh Tiên Hoàng", description="Đông người đến lễ.")
    assert _api(client, world.a.reviewer, q="den tho dinh").json()["count"] == 1
    assert _api(client, world.a.reviewer, q="ĐỀN THỜ").json()["count"] == 1


def test_partial_words_and_typos_are_found(client, world, incident_of):
    incident_of(title="Khiếu nại đền bù giải phóng mặt bằng", description="")
    assert _api(client, world.a.reviewer, q="giai phong mat ba").json()["count"] == 1
    assert _api(client, world.a.reviewer, q="giai phnog mat bang").json()["count"] == 1


def test_a_phrase_ranks_above_scattered_syllables(client, world, incident_of):
    scattered = incident_of(title="Trang trại lợn gây ô nhiễm", description="Nghĩa vụ đóng góp của trang trại.")
    phrase = incident_of(title="Di dời nghĩa trang", description="")
    items = _api(client, world.a.reviewer, q="nghia trang").json()["items"]
    assert [i["id"] for i in items] == [phrase.pk, scattered.pk]
    assert items[0]["score"] > items[1]["score"]


def test_a_user_of_one_province_never_finds_another_provinces_records(client, world, incident_of):
    incident_of(title="Tranh chấp nghĩa trang ở Gia Viễn")
    assert _api(client, world.b.reviewer, q="nghia trang").json()["count"] == 0
    assert _api(client, world.nobody, q="nghia trang").json()["count"] == 0
    assert _api(client, world.admin, q="nghia trang").json()["count"] == 1


def test_scoping_is_in_the_query_not_after_the_limit(client, world, incident_of, today):
    # Province B's records are newer and would fill a limit filtered afterwards.
    from danvan.situation import services

    mine = incident_of(title="Khiếu kiện đất đai cũ", started_on=today - timedelta(days=30))
    for i in range(3):
        services.create_incident(world.b.reporter, unit=world.b.commune_party, title=f"Khiếu kiện đất đai số {i}",
                                 areas=[world.b.commune], started_on=today, severity=1, people_count=1, today=today)
    body = _api(client, world.a.reviewer, q="khieu kien dat dai", limit=1).json()
    assert body["count"] == 1 and body["items"][0]["id"] == mine.pk


def test_the_confidential_source_of_a_note_is_never_a_hit(client, world, note_of):
    note_of("Bà con lo lắng về giá phân bón.", confidential_source="Nguyễn Văn Bảo mật")
    assert _api(client, world.a.reviewer, q="phan bon").json()["count"] == 1
    assert _api(client, world.a.reviewer, q="bao mat").json()["count"] == 0
    assert not SearchEntry.objects.unscoped().filter(folded__contains="bao mat").exists()


def test_a_saved_record_is_found_at_once_and_a_deleted_one_is_gone(client, world, incident_of):
    incident = incident_of(title="Ô nhiễm nguồn nước sông Hoàng Long")
    assert _api(client, world.a.reviewer, q="hoang long").json()["count"] == 1
    incident.delete()
    assert _api(client, world.a.reviewer, q="hoang long").json()["count"] == 0


def test_bad_queries_answer_400_in_vietnamese(client, world):
    assert _api(client, world.a.reviewer, q="").status_code == 400
    response = _api(client, world.a.reviewer, q="x", types="khong.co")
    assert response.status_code == 400 and "Loại không có" in response.json()["detail"]
    assert _api(client, world.a.reviewer, q="x", limit=1000).status_code == 400
    assert _api(client, world.a.reviewer, q="x", area="99999999").status_code == 404


def test_query_count_does_not_grow_with_the_hits(client, world, incident_of, django_assert_max_num_queries):
    for i in range(12):
        incident_of(title=f"Vụ việc môi trường số {i}")
    client.force_login(world.a.reviewer)
    # The session and user, the scope, then the search: the candidates (the capped count), the ranked page with the
    # units' and the areas' names (one statement: reads.page). PostgreSQL: also the typed word's completions, with
    # the newest id in the same statement (the scope's newest range of ids is read first: reads.by_ranges).
    with django_assert_max_num_queries(5 if connection.vendor == "sqlite" else 6):
        body = client.get("/api/v1/search", {"q": "moi truong"}).json()
    assert body["count"] == 12
    assert (body["items"][0]["unit"], body["items"][0]["area"]) == (world.a.commune_party.name, world.a.commune.name)
    # A national administrator (no scope): PostgreSQL walks the newest rows first, then reads by ranges or walks on.
    client.force_login(world.admin)
    with django_assert_max_num_queries(5 if connection.vendor == "sqlite" else 6):
        assert client.get("/api/v1/search", {"q": "moi truong"}).json()["count"] == 12


def test_the_typed_words_completions_are_read_once_per_search(world, incident_of, monkeypatch):
    # Capped (a cap of 4), several words: the phrase candidates' read needs the typed word's completions too.
    from django.test.utils import CaptureQueriesContext

    for i in range(6):
        incident_of(title=f"Vụ việc môi trường số {i}")
    monkeypatch.setattr(query, "CANDIDATES", 4)
    for user in (world.a.reviewer, world.admin):
        with CaptureQueriesContext(connection) as ctx:
            found = selectors.search(user, "viec moi tru")
        assert found.capped and len(found.items) == 4
        completions = [q for q in ctx.captured_queries if "search_term" in q["sql"]]
        assert len(completions) == (1 if connection.vendor == "postgresql" else 0)


def test_units_and_areas_are_found_after_a_reindex(world):
    from danvan.search.services import reindex

    reindex(None, types=["org.area", "org.unit"])
    found = selectors.search(world.a.reviewer, "ninh binh", types=["org.area"])
    assert found.count >= 1 and found.items[0].title.endswith("Ninh Bình")


def test_every_app_of_the_round_registers_its_records():
    from danvan.core import registry

    keys = {s.key for s in registry.search_documents}
    assert {"org.area", "org.unit", "reporting.narrative", "situation.note", "situation.incident", "movement.model",
            "directives.directive", "directives.task", "directives.activity", "consultation.consultation",
            "consultation.comment", "petitions.petition"} <= keys


def test_a_petition_is_found_by_its_subject_in_its_province_only(client, world):
    from danvan.petitions.tests.conftest import receive

    petition = receive(world.a.reporter, world.a.commune_party, subject="Tranh chấp ranh giới nghĩa địa Đồng Đế")
    body = _api(client, world.a.reviewer, q="nghia dia dong de", types="petitions.petition").json()
    assert body["count"] == 1 and body["items"][0]["id"] == petition.pk
    assert body["facets"] == [{"type": "petitions.petition", "label": "Đơn thư", "count": 1}]
    assert _api(client, world.b.reviewer, q="nghia dia dong de").json()["count"] == 0
    # The petitioner's name is never a hit (a withheld field).
    assert _api(client, world.admin, q="nguyen van an", types="petitions.petition").json()["count"] == 0


def test_a_write_without_a_signal_is_reindexed_through_the_core_signal(client, world, incident_of):
    from danvan.core.signals import search_changed
    from danvan.situation.models import Incident

    incident = incident_of(title="Sạt lở bờ sông Đáy")
    Incident.objects.unscoped().filter(pk=incident.pk).update(title="Sạt lở kè sông Hoàng Long")
    assert _api(client, world.a.reviewer, q="ke song hoang long").json()["count"] == 0  # no signal yet
    search_changed(Incident.objects.unscoped().get(pk=incident.pk))
    assert _api(client, world.a.reviewer, q="ke song hoang long").json()["count"] == 1


def test_facets_count_per_type_and_a_broad_query_is_capped(client, world, incident_of, note_of, monkeypatch):
    from danvan.search import query

    for i in range(3):
        incident_of(title=f"Vụ việc môi trường số {i}")
    note_of("Bà con lo lắng về môi trường nước.")
    body = _api(client, world.a.reviewer, q="moi truong").json()
    assert body["count"] == 4 and body["capped"] is False
    assert [(f["type"], f["count"]) for f in body["facets"]] == [("situation.incident", 3), ("situation.note", 1)]
    monkeypatch.setattr(query, "CANDIDATES", 2)
    body = _api(client, world.a.reviewer, q="moi truong").json()
    assert body["count"] == 2 and body["capped"] is True and len(body["items"]) == 2


def test_a_word_typed_in_part_before_the_last_one_is_still_found(client, world, incident_of):
    incident_of(title="Khiếu nại đền bù giải phóng mặt bằng")
    assert _api(client, world.a.reviewer, q="giai pho mat bang").json()["count"] == 1


def test_a_save_that_changes_nothing_indexed_does_not_rewrite_the_row(world, incident_of):
    incident = incident_of(title="Ô nhiễm nguồn nước sông Hoàng Long")
    before = SearchEntry.objects.unscoped().get(type="situation.incident", object_id=str(incident.pk)).indexed_at
    incident.save()
    after = SearchEntry.objects.unscoped().get(type="situation.incident", object_id=str(incident.pk)).indexed_at
    assert after == before
