"""Keeping the index fresh: every registered SearchSource's model is indexed on save and delete.

The search app listens to `core.registry.search_documents` (`on_register`), so a source registered by an app
whose ready() runs after this one is connected too: an app only adds its SearchSource. The receivers run
inside the writer's transaction (services are atomic), so the index row commits or rolls back with the record.
`QuerySet.update()` and `bulk_create` send no signal: a service that writes that way calls
`core.signals.search_changed(*objs)` (one hook, new rows and changed ones alike, indexed in a few statements by
`index_objects`), and `danvan reindex` repairs anything written outside the application.

Cost of a write (`index_objects`): what `to_document` reads, then one upsert statement (`INSERT … ON CONFLICT
DO UPDATE … WHERE something changed RETURNING`, the unit's area looked up inside it when the document has
none) and, when the row was written, one `INSERT … ON CONFLICT DO NOTHING` of its words into the vocabulary —
on PostgreSQL in the same statement (a data-modifying CTE: one round trip, the words split by the server).
A save that changes nothing indexed is the upsert alone, and leaves the full-text index untouched.
"""

import re
from functools import cache
from typing import cast

from django.apps import apps
from django.db import connection
from django.db.models import Field
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from danvan.core import registry
from danvan.core.text import fold
from danvan.search.models import SearchEntry, SearchTerm, scope_tokens

_WORD = re.compile(r"[0-9a-z]+")
MAX_TERM = 40
MAX_TEXT = 20000  # characters of a document's text kept and matched (a long narrative's first pages)
UPSERT_ROWS = 200  # rows per upsert statement (13 parameters each)

COMPARED = ("title", "text", "folded", "folded_title", "url", "line_path", "area_path", "public", "day", "topics",
            "scope_tokens")


def words(folded: str) -> set[str]:
    return {w for w in _WORD.findall(folded) if len(w) <= MAX_TERM}


def sources_for(model) -> list[registry.SearchSource]:
    label = model._meta.label
    return [s for s in registry.search_documents if s.model == label]


def entry_values(document: registry.SearchDocument) -> dict:
    """The index row's values: the text folded once (the title's fold is reused for the whole)."""
    text = (document.text or "")[:MAX_TEXT]
    title = (document.title or "")[:300]
    folded_title = fold(title)
    folded = " ".join(part for part in (folded_title, fold(text)) if part)  # == fold(f"{title} {text}")
    line_path, public = document.line_path or "", bool(document.public)
    return {"title": title, "text": text, "folded": folded, "folded_title": folded_title[:300],
            "url": document.url[:300], "line_path": line_path, "area_path": document.area_path or "",
            "public": public, "day": document.day, "topics": list(document.topics or ()),
            "scope_tokens": scope_tokens(line_path, public)}


def index_object(source: registry.SearchSource, obj) -> bool:
    """Write (or remove) `obj`'s index row as `source` describes it; True when the object is searchable."""
    return index_objects(source, [obj]) == 1


def index_objects(source: registry.SearchSource, objs, *, created: bool = False) -> int:
    """Write or remove the index rows of `objs` (new or changed) as `source` describes them; returns how many
    are searchable. `created`: the objects were just inserted (no row to remove for a non-searchable one)."""
    rows: dict[str, dict] = {}
    removed: list[str] = []
    for obj in objs:
        document = source.to_document(obj)
        if document is None:
            removed.append(str(obj.pk))
        else:
            rows[str(obj.pk)] = entry_values(document)
    if removed and not created:
        SearchEntry.objects.unscoped().filter(type=source.key, object_id__in=removed).delete()
    items = list(rows.items())
    written: set[str] = set()
    for first in range(0, len(items), UPSERT_ROWS):
        written |= _upsert(source.key, items[first:first + UPSERT_ROWS])
    if connection.vendor != "postgresql":  # PostgreSQL: the words are inserted by the upsert itself
        remember_terms(set().union(*(words(rows[pk]["folded"]) for pk in written)))
    return len(rows)


@cache
def _upsert_sql(vendor: str) -> tuple[str, str, str]:
    """(head, one row's placeholders, tail) of the upsert. The area column is `COALESCE(NULLIF(<area>, ''),
    <the area of unit <id>>, '')`: a document without an area is found by its unit's, looked up inside the
    statement rather than by one more query. Names only from the models' meta: no value is ever formatted in."""
    from danvan.org.models import Area, Unit

    table, unit, area = SearchEntry._meta.db_table, Unit._meta, Area._meta
    columns = list(COMPARED)  # the index's columns are named as its fields
    area_of_unit = (f"COALESCE(NULLIF(%s, ''), (SELECT a.{area.get_field('path').column} FROM {unit.db_table} u"  # noqa: S608
                    f" JOIN {area.db_table} a ON a.{area.pk.column} = u.{unit.get_field('area').column}"
                    f" WHERE u.{unit.pk.column} = %s), '')")
    row = "(" + ", ".join(["%s", "%s"] + [area_of_unit if c == "area_path" else "%s" for c in columns] + ["%s"]) + ")"
    distinct = "IS DISTINCT FROM" if vendor == "postgresql" else "IS NOT"
    head = f"INSERT INTO {table} (type, object_id, {', '.join(columns)}, indexed_at) VALUES "  # noqa: S608
    tail = (" ON CONFLICT (type, object_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in [*columns, "indexed_at"])
            + " WHERE " + " OR ".join(f"{table}.{c} {distinct} excluded.{c}" for c in columns))
    if vendor == "postgresql":
        # One round trip: the words of the rows written (`words()`: runs of [0-9a-z], at most MAX_TERM long)
        # go into the vocabulary in the same statement, a data-modifying CTE (SQLite has none: a second one).
        term = SearchTerm._meta.db_table
        head = "WITH written AS (" + head
        tail += (f" RETURNING object_id, folded) INSERT INTO {term} (term) SELECT DISTINCT w FROM written,"  # noqa: S608
                 f" regexp_split_to_table(written.folded, '[^0-9a-z]+') AS w WHERE w <> '' AND length(w) <= {MAX_TERM}"
                 " ON CONFLICT (term) DO NOTHING")
    else:
        tail += " RETURNING object_id"
    return head, row, tail


def _upsert(key: str, items: list[tuple[str, dict]]) -> set[str]:
    """Insert or update the rows of `items` ((object_id, values)) in one statement; the object ids of the rows
    actually written (an existing row whose values are all the same is left alone, triggers and all). On
    PostgreSQL the same statement inserts their words (nothing is returned)."""
    fields = [cast(Field, SearchEntry._meta.get_field(name)) for name in COMPARED]
    now = SearchEntry._meta.get_field("indexed_at").get_db_prep_save(timezone.now(), connection)
    params: list = []
    for object_id, values in items:
        params += [key, object_id]
        for f in fields:
            params.append(f.get_db_prep_save(values[f.name], connection))
            if f.name == "area_path":  # the unit whose area stands in when the document gives none
                unit_id = values["line_path"].rstrip("/").rsplit("/", 1)[-1]
                params.append(int(unit_id) if not values["area_path"] and unit_id.isdigit() else None)
        params.append(now)
    head, row, tail = _upsert_sql(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(head + ", ".join([row] * len(items)) + tail, params)
        if connection.vendor == "postgresql":
            return set()  # the words are in already
        return {object_id for (object_id,) in cursor.fetchall()}


def remember_terms(terms: set[str]) -> None:
    if terms:
        SearchTerm.objects.unscoped().bulk_create([SearchTerm(term=t) for t in terms], ignore_conflicts=True)


def unindex_object(source: registry.SearchSource, pk) -> None:
    SearchEntry.objects.unscoped().filter(type=source.key, object_id=str(pk)).delete()


def _saved(sender, instance, raw=False, created=False, **kwargs) -> None:
    if raw:  # loaddata: the index is rebuilt by `danvan reindex`
        return
    for source in sources_for(sender):
        index_objects(source, [instance], created=created)


def _deleted(sender, instance, **kwargs) -> None:
    for source in sources_for(sender):
        unindex_object(source, instance.pk)


def _changed(sender, instances, **kwargs) -> None:
    """`core.signals.search_changed(*objs)`: an app's write that sent no post_save (new or changed rows)."""
    for source in sources_for(sender):
        index_objects(source, instances)


def connect(source: registry.SearchSource) -> None:
    """Connect the index to `source`'s model (called for every SearchSource, now and later)."""
    model = apps.get_model(source.model)
    post_save.connect(_saved, sender=model, dispatch_uid=f"search-index-save-{source.model}")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-index-delete-{source.model}")


def move_lines(sender, old_prefix: str, new_prefix: str, **kwargs) -> int:
    """A unit moved in the reporting line: its records' index rows follow it (one UPDATE, in the move's
    transaction), like core moves the records themselves; then their scope tokens (the new ancestors), rewritten
    per row (a move is rare; the tokens are what the full-text index narrows scoped queries by)."""
    from django.db.models import F, Value
    from django.db.models.functions import Concat, Substr

    from danvan.core.permissions import PATH_END

    rows = SearchEntry.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + PATH_END)
    moved = rows.update(line_path=Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1)))
    entries = SearchEntry.objects.unscoped().filter(line_path__gte=new_prefix, line_path__lt=new_prefix + PATH_END)
    changed = []
    for entry in entries.only("id", "line_path", "public", "scope_tokens").iterator(chunk_size=2000):
        tokens = scope_tokens(entry.line_path, entry.public)
        if tokens != entry.scope_tokens:
            entry.scope_tokens = tokens
            changed.append(entry)
    SearchEntry.objects.unscoped().bulk_update(changed, ["scope_tokens"], batch_size=500)
    return moved
