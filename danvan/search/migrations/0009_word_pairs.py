"""PostgreSQL: each pair of adjacent words is also a lexeme of the stored `fts` ("_tong_hop"), for the phrase reads.

Vietnamese words are mostly two syllables ("tổng hợp", "nhân dân"): a phrase read (`query._older_phrases`, the words
side by side) asked GIN for every row holding each syllable and tested the positions on each row fetched ("tong <->
hop" as a province: 3,324 rows fetched for 2,940 phrases). `search_word_pairs(v)` adds to a tsvector a lexeme
"_<a>_<b>" for every lexeme `b` at the position after one of `a` — exactly what `a <-> b` matches (the same positions,
punctuation between them or not), so GIN reads the pairs' own posting lists and the phrase is still tested on the
rows they give (`reads.RangedMatch.pairs`). The 'simple' parser never leaves "_" in a lexeme, so a pair is never a
word, and its leading "_" keeps it out of every word's prefix (`tong:*` must not gather the pairs: more posting
lists, and a lexeme without positions makes a phrase with a prefix, `nghia <-> trang:*`, fail). "#" scope tokens
never form pairs (they have no positions). PostgreSQL cannot change a generation expression: the column is dropped
and added again (a rewrite of the table) and its GIN index built again, as in 0008. SQLite: nothing (FTS5 reads a
phrase from its own positions).
"""

from importlib import import_module

from django.db import migrations

_on_postgres = import_module("danvan.search.migrations.0007_fts_bucket_index")._on_postgres  # the same runner
_0008 = import_module("danvan.search.migrations.0008_scope_tokens_by_range")

PAIRS_FUNCTION = r"""CREATE OR REPLACE FUNCTION search_word_pairs(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT v || array_to_tsvector(coalesce(array_agg(DISTINCT '_' || a.lexeme || '_' || b.lexeme), '{}'))
  FROM (SELECT lexeme, unnest(positions) AS p FROM unnest(v)) a
  JOIN (SELECT lexeme, unnest(positions) AS p FROM unnest(v)) b ON b.p = a.p + 1
$$"""
POSTGRES_FTS = _0008.POSTGRES_FTS.replace("to_tsvector('simple', folded)",
                                          "search_word_pairs(to_tsvector('simple', folded))", 1)


class Migration(migrations.Migration):
    dependencies = [("search", "0008_scope_tokens_by_range")]
    operations = [migrations.RunPython(_on_postgres([PAIRS_FUNCTION, *_0008._column(POSTGRES_FTS)]),
                                       _on_postgres([*_0008._column(_0008.POSTGRES_FTS),
                                                     "DROP FUNCTION IF EXISTS search_word_pairs(tsvector)"]))]
