"""PostgreSQL: the indexes that walk a scope's rows newest first (`query._walked`).

`search_entry_root_idx` holds `(split_part(line_path, '/', 2), id)` — the first unit of each row's line
(`models.line_root`; "" for reference data) and its id — so the rows of one province are read newest first
without the others'; `search_entry_public_idx` the public rows' ids, merged in for any reader. SQLite walks the
full-text matches newest first through its FTS5 table already: nothing to add there.
"""

from django.db import migrations

POSTGRES = [
    "CREATE INDEX IF NOT EXISTS search_entry_root_idx ON search_entry ((split_part(line_path, '/', 2)), id)",
    "CREATE INDEX IF NOT EXISTS search_entry_public_idx ON search_entry (id) WHERE public",
]
POSTGRES_REVERSE = ["DROP INDEX IF EXISTS search_entry_public_idx", "DROP INDEX IF EXISTS search_entry_root_idx"]


def forwards(apps, schema_editor):
    for sql in POSTGRES if schema_editor.connection.vendor == "postgresql" else ():
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    for sql in POSTGRES_REVERSE if schema_editor.connection.vendor == "postgresql" else ():
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_scope_tokens")]

    operations = [migrations.RunPython(forwards, backwards)]
