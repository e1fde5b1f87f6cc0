"""What the PostgreSQL paths of the fifth pass must not change: the newest matches whatever the walk of the newest
rows finds (`query._walked`), a typed word read as its completions or as a prefix alike (`query._completions`),
and an older phrase match still ranked first past the cap. On SQLite these paths are not taken; the same
specifications hold there."""

from datetime import timedelta

import pytest

from danvan.search import query, selectors
from danvan.search.models import SearchEntry, user_scope_tokens

pytestmark = pytest.mark.django_db


def _newest_ids(user, q: str) -> list[int]:
    """The candidates of `q` for `user`, as `selectors.search` reads them."""
    qs = SearchEntry.objects.for_user(user)
    return query.candidates(query.matching(qs, query.query_words(q), scope=user_scope_tokens(user))).ids


@pytest.fixture
def mixed(world, incident_of, today):
    """Ten matching incidents of province A and, interleaved and newer, province B's and rows that do not match."""
    from danvan.situation import services

    mine = []
    for i in range(10):
        mine.append(incident_of(title=f"Khiếu kiện đất đai số {i}", started_on=today - timedelta(days=20 - i)))
        services.create_incident(world.b.reporter, unit=world.b.commune_party, title=f"Khiếu kiện đất đai B {i}",
                                 areas=[world.b.commune], started_on=today, severity=1, people_count=1, today=today)
        incident_of(title=f"Sạt lở bờ sông số {i}")
    return mine


@pytest.mark.parametrize(("rows", "further"), [(1, 0), (2, 1000), (5, 4), (3, 1000), (100_000, 100_000)])
def test_the_newest_matches_are_the_same_whatever_the_walk_finds(world, mixed, monkeypatch, rows, further):
    # A cap of 4: a walk that stops at 5 matches, one that must walk further, one that gives up for the index.
    monkeypatch.setattr(query, "CANDIDATES", 4)
    monkeypatch.setattr(query, "WALK_ROWS", rows)
    monkeypatch.setattr(query, "WALK_FURTHER", further)
    monkeypatch.setattr(query, "SCOPED_WALK_ROWS", rows)  # the province's reviewer walks the scope's rows
    monkeypatch.setattr(query, "SCOPED_WALK_FURTHER", further)
    expected = sorted((i.pk for i in mixed), reverse=True)
    found = SearchEntry.objects.unscoped().filter(type="situation.incident", object_id__in=[str(p) for p in expected])
    newest = sorted(found.values_list("id", flat=True), reverse=True)[:5]
    assert _newest_ids(world.a.reviewer, "khieu kien dat") == newest
    assert _newest_ids(world.a.reviewer, "sat lo khong co") == []
    body = selectors.search(world.a.reviewer, "khieu kien dat dai")
    assert body.count == 4 and body.capped and len(body.items) == 4
    assert {int(h.id) for h in body.items} <= {i.pk for i in mixed}  # never province B's


def test_a_typed_word_finds_the_same_rows_as_its_completions_or_as_a_prefix(world, incident_of, monkeypatch):
    for title in ("Giải phóng mặt bằng", "Giám sát thi công", "Gia đình chính sách", "Cấp sổ đỏ cho hộ dân"):
        incident_of(title=title)
    as_words = {h.id for h in selectors.search(world.a.reviewer, "gia").items}
    monkeypatch.setattr(query, "MAX_COMPLETIONS", 1)  # too many completions: the index's own prefix match
    as_prefix = {h.id for h in selectors.search(world.a.reviewer, "gia").items}
    assert len(as_words) == 3 and as_words == as_prefix
    # After other words: the completions in the index condition, or the prefix tested on the rows found.
    for most in (100, 0):
        monkeypatch.setattr(query, "INDEXED_COMPLETIONS", most)
        found = selectors.search(world.a.reviewer, "giai phong mat b").items
        assert [h.title for h in found] == ["Giải phóng mặt bằng"]
        assert selectors.search(world.a.reviewer, "so d").count == 1


def test_an_older_phrase_match_is_ranked_first_past_the_cap(world, incident_of, monkeypatch, today):
    phrase = incident_of(title="Di dời nghĩa trang thôn Đông", started_on=today - timedelta(days=40))
    for i in range(4):
        incident_of(title=f"Nghĩa vụ đóng góp của trang trại số {i}")
    monkeypatch.setattr(query, "CANDIDATES", 2)
    body = selectors.search(world.a.reviewer, "nghia trang")
    assert body.capped and body.items[0].id == str(phrase.pk) and len(body.items) == 2
