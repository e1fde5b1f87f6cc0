"""Word pairs as lexemes (PostgreSQL, migration 0009): each pair of adjacent words of a row is a lexeme of its `fts`
("_tong_hop"), exactly what the phrase `tong <-> hop` matches, so a phrase read asks GIN for the pairs and still tests
the phrase on the rows they give: the same rows. SQLite reads phrases from FTS5's positions (nothing stored)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.core import registry
from danvan.search import query, reads
from danvan.search.indexing import entry_values
from danvan.search.models import SCOPE_RANGE, SearchEntry, user_scope_tokens

pytestmark = pytest.mark.django_db
postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="the pairs are PostgreSQL's lexemes")


def _entry(object_id: str, title: str, line_path: str) -> SearchEntry:
    document = registry.SearchDocument(title=title, text="", url=f"/x/{object_id}/", line_path=line_path)
    return SearchEntry.objects.unscoped().create(type="situation.incident", object_id=object_id,
                                                 **entry_values(document))


def test_a_phrase_and_its_typed_words_completions_are_written_as_pairs():
    assert query.word_pairs(["tong", "hop"], None) == "_tong_hop"
    assert query.word_pairs(["giai", "phong", "mat"], ["bang", "ban"]) == (
        "_giai_phong & _phong_mat & (_mat_bang | _mat_ban)")
    assert query.word_pairs(["nghia"], ["trang"]) == "(_nghia_trang)"
    assert query.word_pairs(["nghia"], None) is None


@postgresql
def test_the_stored_row_holds_each_adjacent_pair_as_the_phrase_sees_it(world):
    row = _entry("1", "Tổng hợp. Hợp tác xã, kinh tế", world.a.commune_party.line_path)
    with connection.cursor() as cursor:
        cursor.execute("SELECT array_to_string(tsvector_to_array(fts), ' ') FROM search_entry WHERE id = %s", [row.pk])
        lexemes = set(cursor.fetchone()[0].split())
    # Across a sentence end and a comma too, as `<->` does (the parser's positions skip punctuation).
    assert {"_tong_hop", "_hop_hop", "_hop_tac", "_tac_xa", "_xa_kinh", "_kinh_te"} <= lexemes
    assert not {"_tong_tac", "_hop_xa", "_te_tong"} & lexemes
    for first, second in (("tong", "hop"), ("hop", "tac"), ("xa", "kinh"), ("tong", "tac"), ("te", "tong")):
        with connection.cursor() as cursor:
            cursor.execute("SELECT fts @@ to_tsquery('simple', %s), fts @@ %s::tsquery FROM search_entry WHERE id = %s",
                           [f"{first} <-> {second}", f"_{first}_{second}", row.pk])
            as_phrase, as_pair = cursor.fetchone()
        assert as_phrase == as_pair
    with connection.cursor() as cursor:  # a word's prefix never gathers the pairs: a phrase with a prefix still holds
        cursor.execute("SELECT fts @@ to_tsquery('simple', 'tong <-> ho:*'), fts @@ to_tsquery('simple', 'hop:*') "
                       "FROM search_entry WHERE id = %s", [row.pk])
        assert cursor.fetchone() == (True, True)


@postgresql
def test_a_phrase_read_through_its_pairs_finds_the_same_rows(world):
    a, b = world.a.commune_party.line_path, world.b.commune_party.line_path
    titles = [("Tổng hợp báo cáo tháng", a), ("Báo cáo tổng. Hợp đồng lao động", a), ("Tổng hợp ý kiến cử tri", b),
              ("Tổng kết phong trào hợp tác", a), ("Hợp tổng số liệu", a), ("Tổng, hợp và tách", a)]
    rows = {title: _entry(str(i), title, line) for i, (title, line) in enumerate(titles)}
    scope = user_scope_tokens(world.a.reviewer)
    phrases = query._columns(query._fulltext(SearchEntry.objects.for_user(world.a.reviewer), "tong <-> hop", scope))
    match = reads.ranged_match(phrases)
    assert match is not None
    top = SearchEntry.objects.unscoped().order_by("-id").first().pk // SCOPE_RANGE
    by_words = reads.read_ranges(phrases, 10, ["tong", "hop"], match, top, 0)
    with CaptureQueriesContext(connection) as read:
        by_pairs = reads.read_ranges(phrases, 10, ["tong", "hop"], match.by_pairs("_tong_hop"), top, 0)
    assert "'_tong_hop'::tsquery" in read.captured_queries[0]["sql"]  # GIN read the pair, not the two words
    expected = [rows[t].pk for t in ("Tổng, hợp và tách", "Báo cáo tổng. Hợp đồng lao động", "Tổng hợp báo cáo tháng")]
    assert [r[0] for r in by_pairs] == [r[0] for r in by_words] == expected  # never province B's, nor "tổng … hợp"
