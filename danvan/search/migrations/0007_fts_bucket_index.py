"""PostgreSQL: the full-text index also knows each row's range of ids (`query._bucketed`).

`search_entry_fts_bucket_idx` is a GIN index on `(fts, (id / 65536)::int)` (`query.BUCKET`; the second column
through the `btree_gin` extension, shipped with PostgreSQL): a search that needs the newest matches of a word
too rare for the walk of the newest rows asks for the matches of a few ranges of ids (`= ANY(…)`) — GIN
intersects the words' posting lists with those ranges' and only those matches are read from the table, not every
match of the whole index. It replaces `search_entry_fts_col_idx` (on `fts` alone), which it serves too (a query
on `fts` alone uses its first column): one GIN index to keep up on a write, as before. Built in about 70 s at 2
million rows. SQLite: nothing (its FTS5 table returns the matches newest first).
"""

from django.db import migrations

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    "CREATE INDEX IF NOT EXISTS search_entry_fts_bucket_idx ON search_entry USING gin (fts, ((id / 65536)::int))",
    "DROP INDEX IF EXISTS search_entry_fts_col_idx",
]
POSTGRES_REVERSE = [
    "CREATE INDEX IF NOT EXISTS search_entry_fts_col_idx ON search_entry USING gin (fts)",
    "DROP INDEX IF EXISTS search_entry_fts_bucket_idx",
]


def _on_postgres(statements):
    def run(apps, schema_editor):
        for sql in statements if schema_editor.connection.vendor == "postgresql" else ():
            schema_editor.execute(sql)
    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0006_scope_walk_indexes")]
    operations = [migrations.RunPython(_on_postgres(POSTGRES), _on_postgres(POSTGRES_REVERSE))]
