"""Keeping the index fresh: every registered SearchSource's model is indexed on save and delete.

The search app listens to `core.registry.search_documents` (`on_register`), so a source registered by an app
whose ready() runs after this one is connected too: an app only adds its SearchSource. The receivers run
inside the writer's transaction (services are atomic), so the index row commits or rolls back with the record.
`QuerySet.update()` and `bulk_create` send no signal: a service that writes that way re-indexes with
`index_object`, or sends `core.signals.bulk_created` for new rows (indexed in bulk by `index_new_objects`), and
`danvan reindex` repairs anything written outside the application.
"""

import re

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from danvan.core import registry
from danvan.core.signals import bulk_created
from danvan.core.text import fold
from danvan.search.models import SearchEntry, SearchTerm

_WORD = re.compile(r"[0-9a-z]+")
MAX_TERM = 40
MAX_TEXT = 20000  # characters of a document's text kept and matched (a long narrative's first pages)


COMPARED = ("title", "text", "folded", "folded_title", "url", "line_path", "area_path", "public", "day", "topics")


def words(folded: str) -> set[str]:
    return {w for w in _WORD.findall(folded) if len(w) <= MAX_TERM}


def sources_for(model) -> list[registry.SearchSource]:
    label = model._meta.label
    return [s for s in registry.search_documents if s.model == label]


def entry_values(document: registry.SearchDocument) -> dict:
    text = (document.text or "")[:MAX_TEXT]
    title = (document.title or "")[:300]
    return {"title": title, "text": text, "folded": fold(f"{title} {text}"), "folded_title": fold(title)[:300], "url": document.url[:300],
            "line_path": document.line_path or "", "area_path": document.area_path or "",
            "public": bool(document.public), "day": document.day, "topics": list(document.topics or ())}


def index_object(source: registry.SearchSource, obj) -> bool:
    """Write (or remove) `obj`'s index row as `source` describes it; True when the object is searchable."""
    document = source.to_document(obj)
    key = {"type": source.key, "object_id": str(obj.pk)}
    if document is None:
        SearchEntry.objects.unscoped().filter(**key).delete()
        return False
    values = entry_values(document)
    if not values["area_path"] and values["line_path"]:
        values["area_path"] = unit_area_path(values["line_path"])
    rows = SearchEntry.objects.unscoped().filter(**key)
    # Inside the writer's transaction (no savepoint of its own). A save that changes nothing the index holds
    # (a state change, a counter) costs one read; an edit rewrites the row and adds only its new words.
    current = rows.values(*COMPARED).first()
    if current is not None and all(current[f] == values[f] for f in COMPARED):
        return True
    if current is None:
        SearchEntry.objects.unscoped().create(**key, **values)
        remember_terms(words(values["folded"]))
    else:
        rows.update(**values, indexed_at=timezone.now())
        remember_terms(words(values["folded"]) - words(current["folded"]))
    return True


def index_new_objects(source: registry.SearchSource, objs) -> int:
    """Index rows just created with bulk_create (no index row yet): a few INSERTs for all of them."""
    now = timezone.now()
    area_paths: dict[str, str] = {}
    entries: list[SearchEntry] = []
    terms: set[str] = set()
    for obj in objs:
        document = source.to_document(obj)
        if document is None:
            continue
        values = entry_values(document)
        if not values["area_path"] and values["line_path"]:
            if values["line_path"] not in area_paths:
                area_paths[values["line_path"]] = unit_area_path(values["line_path"])
            values["area_path"] = area_paths[values["line_path"]]
        entries.append(SearchEntry(type=source.key, object_id=str(obj.pk), indexed_at=now, **values))
        terms |= words(values["folded"])
    SearchEntry.objects.unscoped().bulk_create(entries, batch_size=500)
    if terms:
        SearchTerm.objects.unscoped().bulk_create([SearchTerm(term=t) for t in terms], batch_size=1000,
                                                  ignore_conflicts=True)
    return len(entries)


def unit_area_path(line_path: str) -> str:
    """The area of the unit a line path ends with: a record without an area of its own is found by its unit's."""
    from danvan.org.models import Unit

    unit_id = line_path.rstrip("/").rsplit("/", 1)[-1]
    if not unit_id.isdigit():
        return ""
    return Unit.objects.unscoped().filter(pk=int(unit_id)).values_list("area__path", flat=True).first() or ""


def remember_terms(terms: set[str]) -> None:
    if terms:
        SearchTerm.objects.unscoped().bulk_create([SearchTerm(term=t) for t in terms], ignore_conflicts=True)


def unindex_object(source: registry.SearchSource, pk) -> None:
    SearchEntry.objects.unscoped().filter(type=source.key, object_id=str(pk)).delete()


def _saved(sender, instance, raw=False, **kwargs) -> None:
    if raw:  # loaddata: the index is rebuilt by `danvan reindex`
        return
    for source in sources_for(sender):
        index_object(source, instance)


def _bulk_created(sender, instances, **kwargs) -> None:
    for source in sources_for(sender):
        index_new_objects(source, instances)


def _deleted(sender, instance, **kwargs) -> None:
    for source in sources_for(sender):
        unindex_object(source, instance.pk)


def _reindex(sender, instance, **kwargs) -> None:
    """`core.signals.search_changed(obj)`: an app's write that sent no post_save."""
    _saved(sender, instance)


def connect(source: registry.SearchSource) -> None:
    """Connect the index to `source`'s model (called for every SearchSource, now and later)."""
    model = apps.get_model(source.model)
    post_save.connect(_saved, sender=model, dispatch_uid=f"search-index-save-{source.model}")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-index-delete-{source.model}")
    bulk_created.connect(_bulk_created, sender=model, dispatch_uid=f"search-index-bulk-{source.model}")


def move_lines(sender, old_prefix: str, new_prefix: str, **kwargs) -> int:
    """A unit moved in the reporting line: its records' index rows follow it (one UPDATE, in the move's
    transaction), like core moves the records themselves."""
    from django.db.models import F, Value
    from django.db.models.functions import Concat, Substr

    from danvan.core.permissions import PATH_END

    rows = SearchEntry.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + PATH_END)
    return rows.update(line_path=Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1)))
