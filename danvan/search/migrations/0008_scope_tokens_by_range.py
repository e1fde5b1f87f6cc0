"""PostgreSQL: each scope token of the full-text row also tagged with the row's range of ids (`reads.by_ranges`).

Beside "#u<unit>", "#pub", "#ref" (migration 0005) the stored `fts` holds "#u<unit>b<range>", "#pubb<range>",
"#refb<range>", the range being `id / 65536` (`models.SCOPE_RANGE`). A scoped read of whole words then asks GIN
for the words AND one range's lexemes, a range at a time, newest first (`reads.by_ranges`): the posting lists it
intersects the words with are the scope's rows of that range only, not every row of the scope. (One OR of many
ranges' lexemes in one scan was measured slower: GIN evaluates the whole OR for every row it walks.) PostgreSQL cannot
change a generation expression: the column is dropped and added again (a rewrite of the table) and its GIN index,
`search_entry_fts_bucket_idx` (migration 0007, kept for the reads without a scope), built again. An empty
`scope_tokens` now gives the text's lexemes alone, where 0005's expression gave NULL. SQLite: nothing (its FTS5
table is untouched).
"""

from importlib import import_module

from django.db import migrations

_on_postgres = import_module("danvan.search.migrations.0007_fts_bucket_index")._on_postgres  # the same runner

# "u1 u23 pub" → "#u1 #u1b<r> #u23 #u23b<r> #pub #pubb<r>": '#' is never left in a word by the 'simple' parser.
POSTGRES_FTS = (r"to_tsvector('simple', folded) || array_to_tsvector(string_to_array(regexp_replace(scope_tokens, "
                r"'(\S+)', '#\1 #\1b' || (id / 65536)::text, 'g'), ' '))")
POSTGRES_FTS_0005 = ("to_tsvector('simple', folded) || array_to_tsvector(string_to_array("
                     "NULLIF('#' || replace(scope_tokens, ' ', ' #'), '#'), ' '))")
INDEX = "CREATE INDEX search_entry_fts_bucket_idx ON search_entry USING gin (fts, ((id / 65536)::int))"


def _column(expression: str) -> list[str]:
    return ["DROP INDEX IF EXISTS search_entry_fts_bucket_idx",
            "ALTER TABLE search_entry DROP COLUMN IF EXISTS fts",
            f"ALTER TABLE search_entry ADD COLUMN fts tsvector GENERATED ALWAYS AS ({expression}) STORED",
            INDEX, "ANALYZE search_entry"]


class Migration(migrations.Migration):
    dependencies = [("search", "0007_fts_bucket_index")]
    operations = [migrations.RunPython(_on_postgres(_column(POSTGRES_FTS)), _on_postgres(_column(POSTGRES_FTS_0005)))]
