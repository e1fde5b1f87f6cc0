"""What the PostgreSQL paths of the fifth pass and after must not change: the newest matches whatever the walk of
the newest rows finds (`reads.walked`) and however a scope's ranges of ids are read (`reads.by_ranges`), a typed
word read as its completions or as a prefix alike (`query._completions`), and an older phrase match still ranked
first past the cap. On SQLite these paths are not taken; the same
specifications hold there."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.search import query, reads, selectors
from danvan.search.models import SCOPE_RANGE, SearchEntry, line_root, user_scope_roots, user_scope_tokens

pytestmark = pytest.mark.django_db


def _newest_ids(user, q: str) -> list[int]:
    """The candidates of `q` for `user`, as `selectors.search` reads them."""
    qs = SearchEntry.objects.for_user(user)
    words = query.query_words(q)
    found = query.matching(qs, words, scope=user_scope_tokens(user))
    return query.candidates(found, words, user_scope_roots(user)).ids


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


@pytest.mark.parametrize("branched", [4, 0])
@pytest.mark.parametrize(("rows", "bucket"), [(1, 1), (2, 3), (5, 65_536), (3, 2), (2, 65_536), (100_000, 4)])
def test_the_newest_matches_are_the_same_whatever_the_walk_finds(world, mixed, monkeypatch, rows, bucket, branched):
    # A cap of 4: a walk that stops at 5 matches, one that finds some and reads the rest from the index by ranges of
    # ids (one id per range, a few, all of them; a branch per range or all in one), one that finds none and asks the
    # index for every match.
    monkeypatch.setattr(query, "CANDIDATES", 4)
    monkeypatch.setattr(reads, "BRANCHED_BUCKETS", branched)
    monkeypatch.setattr(reads, "WALK_ROWS", rows)
    monkeypatch.setattr(reads, "SCOPED_WALK_ROWS", rows)  # a scope's prefix or common words: the scope's rows
    monkeypatch.setattr(reads, "BUCKET", bucket)
    expected = sorted((i.pk for i in mixed), reverse=True)
    found = SearchEntry.objects.unscoped().filter(type="situation.incident", object_id__in=[str(p) for p in expected])
    newest = sorted(found.values_list("id", flat=True), reverse=True)[:5]
    assert _newest_ids(world.a.reviewer, "khieu kien dat") == newest
    assert _newest_ids(world.a.reviewer, "sat lo khong co") == []
    body = selectors.search(world.a.reviewer, "khieu kien dat dai")
    assert body.count == 4 and body.capped and len(body.items) == 4
    assert {int(h.id) for h in body.items} <= {i.pk for i in mixed}  # never province B's


def test_the_ranges_of_ids_are_those_of_the_index():
    from importlib import import_module

    migration = import_module("danvan.search.migrations.0008_scope_tokens_by_range")
    assert f"(id / {reads.BUCKET})::int" in migration.INDEX  # the same expression, or the index is never used
    assert f"(id / {SCOPE_RANGE})::text" in migration.POSTGRES_FTS  # the scope's lexemes by range: the same ranges


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


@pytest.mark.parametrize("most", [4, 0])
@pytest.mark.parametrize("bucket", [65_536, 4])
def test_an_older_phrase_match_is_ranked_first_past_the_cap(world, incident_of, monkeypatch, today, bucket, most):
    # PostgreSQL: a province's looked for range by range below the candidates, the typed word as its completions or
    # (`most` 0: too many) tested on the rows of the other words' phrase; an administrator's by a walk.
    phrase = incident_of(title="Di dời nghĩa trang thôn Đông", started_on=today - timedelta(days=40))
    for i in range(4):
        incident_of(title=f"Nghĩa vụ đóng góp của trang trại số {i}")
    monkeypatch.setattr(query, "CANDIDATES", 2)
    monkeypatch.setattr(query, "INDEXED_COMPLETIONS", most)
    monkeypatch.setattr(reads, "BUCKET", bucket)
    for user in (world.a.reviewer, world.admin):
        body = selectors.search(user, "nghia trang")
        assert body.capped and body.items[0].id == str(phrase.pk) and len(body.items) == 2


@pytest.mark.parametrize("rows", [1, 2, 3, 100_000])
def test_a_walk_of_the_scopes_rows_finds_its_public_and_reference_rows_in_order(world, monkeypatch, rows):
    from django.contrib.auth.models import AnonymousUser

    from danvan.core import registry
    from danvan.search.indexing import entry_values

    a, b = world.a.commune_party.line_path, world.b.commune_party.line_path
    kinds = [(a, False), (b, False), (b, True), ("", False), (a, True), (b, False)] * 3  # oldest first
    made = []
    for i, (line, public) in enumerate(kinds):
        document = registry.SearchDocument(title=f"Mô hình trồng hoa {i}", text="", url=f"/x/{i}/", line_path=line,
                                           public=public)
        made.append(SearchEntry.objects.unscoped().create(type="situation.incident", object_id=str(i),
                                                          **entry_values(document)))
    monkeypatch.setattr(query, "CANDIDATES", 4)
    monkeypatch.setattr(reads, "SCOPED_WALK_ROWS", rows)
    readers = {"a": (world.a.reviewer, lambda e: e.public or e.line_path in ("", a)),
               "anonymous": (AnonymousUser(), lambda e: e.public)}
    for user, may_read in readers.values():
        newest = sorted((e.pk for e in made if may_read(e)), reverse=True)[:5]
        assert _newest_ids(user, "mo hinh trong hoa") == newest
    assert user_scope_roots(world.a.reviewer) == ["", line_root(a)]
    assert user_scope_roots(AnonymousUser()) == [] and user_scope_roots(world.admin) is None
    assert line_root("/391/23/") == "391" and line_root("") == ""


@pytest.mark.parametrize("most", [0, 1, 12])
def test_the_newest_matches_are_the_same_however_the_ranges_of_ids_are_read(world, monkeypatch, most):
    # Rows in six ranges of ids (migration 0008's, SCOPE_RANGE each): province A's matches one in the newest range,
    # none in the next, then a few per range; province B's and rows that do not match between them. Read range by
    # range, then on by buckets (`most`: how many ranges after the newest), or every older match at once.
    from danvan.core import registry
    from danvan.search.indexing import entry_values, remember_terms, words

    a, b = world.a.commune_party.line_path, world.b.commune_party.line_path
    rows = [(5 * SCOPE_RANGE + 40_000, b, "Khiếu kiện đất đai"), (5 * SCOPE_RANGE + 100, a, "Khiếu kiện đất đai"),
            (5 * SCOPE_RANGE + 99, a, "Sạt lở bờ sông")]
    for r in (3, 2, 1, 0):
        rows += [(r * SCOPE_RANGE + 10 + i, line, title) for i, (line, title) in
                 enumerate([(a, "Khiếu kiện đất đai"), (b, "Khiếu kiện đất đai"), (a, "Khiếu kiện đất đai cũ")])]
    for pk, line, title in rows:
        document = registry.SearchDocument(title=title, text="", url=f"/x/{pk}/", line_path=line)
        values = entry_values(document)
        SearchEntry.objects.unscoped().create(id=pk, type="situation.incident", object_id=str(pk), **values)
        remember_terms(words(values["folded"]))  # the typed last word is read as its completions
    monkeypatch.setattr(reads, "MAX_RANGES", most)
    monkeypatch.setattr(query, "CANDIDATES", 4)
    read, ranges = reads.read_ranges, []

    def spied(*args, **kwargs):
        ranges.append(args[4:6])
        return read(*args, **kwargs)

    monkeypatch.setattr(reads, "read_ranges", spied)
    mine = sorted((pk for pk, line, title in rows if line == a and title.startswith("Khiếu")), reverse=True)
    assert _newest_ids(world.a.reviewer, "khieu kien dat") == mine[:5]
    assert _newest_ids(world.a.reviewer, "dat dai cu") == sorted((pk for pk, _, t in rows if t.endswith("cũ")),
                                                                  reverse=True)  # none in the newest range
    assert _newest_ids(world.b.reviewer, "khieu kien") == sorted((pk for pk, line, _ in rows if line == b),
                                                                  reverse=True)[:5]
    assert ranges or connection.vendor == "sqlite"  # PostgreSQL read them range by range
    # The whole index (an administrator): the newest NATION_WALK_ROWS rows walked first, then by ranges below what
    # the walk found (a rate it never reaches), or walked on (`dense`: a rate it always reaches).
    every = sorted((pk for pk, _, title in rows if title.startswith("Khiếu")), reverse=True)
    for walk, rate in ((1, 2.0), (2, 2.0), (1_000, 2.0), (1, 0.0), (3, 0.0)):
        monkeypatch.setattr(reads, "NATION_WALK_ROWS", walk)
        monkeypatch.setattr(reads, "DENSE_RATE", rate)
        ranges.clear()
        assert _newest_ids(world.admin, "khieu kien dat") == every[:5]
        assert _newest_ids(world.admin, "dat dai cu") == sorted((pk for pk, _, t in rows if t.endswith("cũ")),
                                                                 reverse=True)
        assert ranges or connection.vendor == "sqlite" or rate == 0 or walk == 1_000


@pytest.mark.parametrize("nation", [False, True])
def test_a_common_word_left_out_of_a_read_of_the_index_is_still_required(world, incident_of, monkeypatch, nation):
    # "viec" in most rows (as ANALYZE would tell): GIN reads the rows of the rarer words (`reads.from_index`), the
    # query's own WHERE tests every word on them; a row with the other words and without it is never a match.
    import time

    both = {incident_of(title=f"Vụ việc cháy rừng số {i}").pk for i in range(3)}
    for i in range(3):
        incident_of(title=f"Cháy rừng phòng hộ số {i}")  # no "việc"
    user = world.admin if nation else world.a.reviewer
    words = query.query_words("viec chay rung")
    newest = query._columns(query.matching(SearchEntry.objects.for_user(user), words, scope=user_scope_tokens(user)))
    kept = [row[0] for row in reads.from_index(newest, 10, words)]
    monkeypatch.setitem(reads.SHARES, "at", time.monotonic())
    monkeypatch.setitem(reads.SHARES, "words", {"viec": 0.9, "chay": 0.5, "rung": 0.05})
    assert reads.common_words(words[:-1], [["rung"]]) == ["viec", "chay"]  # "rung" (typed) leads
    assert reads.common_words(words[:-1], [["rung", "rua"]]) == ["viec", "chay"]
    assert reads.common_words(words[:-1], []) == ["viec"]  # the rarest whole word stays
    assert reads.common_words(words[:-1], [["rung", "viec"]]) == ["viec"]  # a common completion: no lead
    monkeypatch.setitem(reads.SHARES, "words", {"viec": 0.45, "chay": 0.45})
    assert reads.common_words(words, []) == ["viec"]  # 0.45 × 0.45 < FEWEST: one left out only
    monkeypatch.setitem(reads.SHARES, "words", {"viec": 0.9, "chay": 0.5})
    with CaptureQueriesContext(connection) as ctx:
        left_out = [row[0] for row in reads.from_index(newest, 10, words)]
    found = SearchEntry.objects.unscoped().filter(type="situation.incident", object_id__in=[str(p) for p in both])
    assert left_out == kept == sorted(found.values_list("id", flat=True), reverse=True)
    if connection.vendor == "postgresql":  # the index read without "viec", the WHERE around it with it
        assert "to_tsquery('simple', '(rung)')" in ctx.captured_queries[0]["sql"]  # "rung" leads
    assert {int(h.id) for h in selectors.search(user, "viec chay rung").items} == both
