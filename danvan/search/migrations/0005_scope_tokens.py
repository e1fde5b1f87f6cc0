"""Scope tokens in the full-text row, and FTS5 prefix indexes.

`search_entry.scope_tokens` holds who may find the row ("u<id>" per unit of its reporting line, "pub", "ref":
`models.scope_tokens`); the full-text structures index it beside the folded text, so a provincial query
intersects the words' posting lists with its units' instead of testing every match against the scope (the
WHERE of `for_user` is still applied to what comes back).

SQLite: the FTS5 table gets a second column, `scope_tokens`, and `prefix='2 3 4'` (the typed last word, "ngh"*,
reads one prefix posting list instead of merging every word it starts). PostgreSQL: the generated tsvector adds
the tokens as lexemes "#u<id>" (`array_to_tsvector`: verbatim, never equal to a word of the text).
"""

from django.db import migrations, models

FTS_TRIGGERS_OLD = [
    "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE OF folded ON search_entry WHEN old.folded IS NOT new.folded BEGIN "
    "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_entry_fts(rowid, folded) VALUES (new.id, new.folded); END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS search_entry_au", "DROP TRIGGER IF EXISTS search_entry_ad",
               "DROP TRIGGER IF EXISTS search_entry_ai", "DROP TABLE IF EXISTS search_entry_fts"]
SQLITE_TABLE = ("CREATE VIRTUAL TABLE search_entry_fts USING fts5(folded, scope_tokens, content='search_entry', "
                "content_rowid='id', prefix='2 3 4', tokenize='unicode61 remove_diacritics 2')")
SQLITE_TRIGGERS = [
    "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(rowid, folded, scope_tokens) VALUES (new.id, new.folded, new.scope_tokens); END",
    "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded, scope_tokens) "
    "VALUES ('delete', old.id, old.folded, old.scope_tokens); END",
    "CREATE TRIGGER search_entry_au AFTER UPDATE OF folded, scope_tokens ON search_entry "
    "WHEN old.folded IS NOT new.folded OR old.scope_tokens IS NOT new.scope_tokens BEGIN "
    "INSERT INTO search_entry_fts(search_entry_fts, rowid, folded, scope_tokens) "
    "VALUES ('delete', old.id, old.folded, old.scope_tokens); "
    "INSERT INTO search_entry_fts(rowid, folded, scope_tokens) VALUES (new.id, new.folded, new.scope_tokens); END",
]
SQLITE = [*SQLITE_DROP, SQLITE_TABLE, *SQLITE_TRIGGERS,
          "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')"]
SQLITE_REVERSE = [*SQLITE_DROP, "CREATE VIRTUAL TABLE search_entry_fts USING fts5(folded, content='search_entry', "
                  "content_rowid='id', tokenize='unicode61 remove_diacritics 2')", *FTS_TRIGGERS_OLD,
                  "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')"]
# The scope lexemes: "#" before each token ("#u37 #pub"), a character the 'simple' parser never leaves in a word.
POSTGRES_FTS = ("to_tsvector('simple', folded) || array_to_tsvector(string_to_array("
                "NULLIF('#' || replace(scope_tokens, ' ', ' #'), '#'), ' '))")
POSTGRES = [
    "DROP INDEX IF EXISTS search_entry_fts_col_idx",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS fts",
    f"ALTER TABLE search_entry ADD COLUMN fts tsvector GENERATED ALWAYS AS ({POSTGRES_FTS}) STORED",
    "CREATE INDEX search_entry_fts_col_idx ON search_entry USING gin (fts)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_fts_col_idx",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS fts",
    "ALTER TABLE search_entry ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED",
    "CREATE INDEX search_entry_fts_col_idx ON search_entry USING gin (fts)",
]


def fill_tokens(apps, schema_editor):
    from danvan.search.models import scope_tokens

    entry = apps.get_model("search", "SearchEntry")
    rows = entry.objects.only("id", "line_path", "public")
    changed = []
    for row in rows.iterator(chunk_size=2000):
        row.scope_tokens = scope_tokens(row.line_path, row.public)
        changed.append(row)
        if len(changed) >= 2000:
            entry.objects.bulk_update(changed, ["scope_tokens"])
            changed.clear()
    entry.objects.bulk_update(changed, ["scope_tokens"])


def forwards(apps, schema_editor):
    for sql in {"sqlite": SQLITE, "postgresql": POSTGRES}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    for sql in {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_fts_update_only_when_folded_changes")]

    operations = [
        migrations.AddField(model_name="searchentry", name="scope_tokens",
                            field=models.TextField(blank=True, default="", editable=False)),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
        migrations.RunPython(forwards, backwards),
    ]
