"""The full-text structures beside the index table, per database.

SQLite: an FTS5 table over the folded text with the index row's id as its rowid, kept in sync by triggers (an
external-content table: the text is stored once, in search_entry). PostgreSQL: the `unaccent` and `pg_trgm`
extensions, a GIN index on to_tsvector('simple', folded) and a trigram index on the vocabulary (typos).
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_entry_fts USING fts5(folded, content='search_entry', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE OF folded ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_entry_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
]
SQLITE_REVERSE = ["DROP TRIGGER IF EXISTS search_entry_au", "DROP TRIGGER IF EXISTS search_entry_ad",
                  "DROP TRIGGER IF EXISTS search_entry_ai", "DROP TABLE IF EXISTS search_entry_fts"]
POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_entry_fts_idx ON search_entry USING gin (to_tsvector('simple', folded))",
    "CREATE INDEX IF NOT EXISTS search_term_trgm_idx ON search_term USING gin (term gin_trgm_ops)",
]
POSTGRES_REVERSE = ["DROP INDEX IF EXISTS search_term_trgm_idx", "DROP INDEX IF EXISTS search_entry_fts_idx"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(_run({"sqlite": SQLITE, "postgresql": POSTGRES}),
                             _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE})),
    ]
