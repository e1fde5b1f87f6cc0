"""SQLite: the FTS5 row is rewritten only when the folded text really changed.

`AFTER UPDATE OF folded` fires whenever the column is in the SET list, even with the same value; the index's
upsert sets every column, so an edit of the day or the url alone rewrote the full-text row (a delete and an
insert in FTS5). Nothing changes on PostgreSQL (its tsvector column is generated).
"""

from django.db import migrations

OLD = ("CREATE TRIGGER search_entry_au AFTER UPDATE OF folded ON search_entry BEGIN "
       "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
       "INSERT INTO search_entry_fts(rowid, folded) VALUES (new.id, new.folded); END")
NEW = OLD.replace("ON search_entry BEGIN", "ON search_entry WHEN old.folded IS NOT new.folded BEGIN")


def _trigger(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute("DROP TRIGGER IF EXISTS search_entry_au")
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_stored_tsvector")]

    operations = [migrations.RunPython(_trigger(NEW), _trigger(OLD))]
