"""Writes of the search app: rebuilding the index (a repair; every write keeps it fresh on its own)."""

from collections.abc import Callable, Iterable

from django.apps import apps
from django.utils import timezone

from danvan.core import registry
from danvan.core.audit import record_event, service
from danvan.search.indexing import entry_values, words
from danvan.search.models import SearchEntry, SearchTerm

BATCH = 2000


def _all_rows(model) -> Iterable:
    manager = model._default_manager
    qs = manager.unscoped() if hasattr(manager, "unscoped") else manager.all()
    return qs.order_by("pk").iterator(chunk_size=BATCH)


def _unit_areas() -> dict[str, str]:
    from danvan.org.models import Unit

    return dict(Unit.objects.unscoped().values_list("line_path", "area__path"))


@service
def reindex(actor, *, types: list[str] | None = None,
            progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Rebuild the index rows of `types` (every registered source by default) from the records themselves.

    Returns the rows indexed per type. One transaction: the old rows stay visible until the new ones commit.
    """
    sources = [s for s in registry.search_documents if not types or s.key in types]
    unknown = set(types or ()) - {s.key for s in sources}
    if unknown:
        from django.core.exceptions import ValidationError

        raise ValidationError(f"Loại không có: {', '.join(sorted(unknown))}.")
    unit_areas = _unit_areas()
    counts: dict[str, int] = {}
    for source in sources:
        SearchEntry.objects.unscoped().filter(type=source.key).delete()
        batch: list[SearchEntry] = []
        terms: set[str] = set()
        done = 0
        now = timezone.now()
        for obj in _all_rows(apps.get_model(source.model)):
            document = source.to_document(obj)
            if document is None:
                continue
            values = entry_values(document)
            if not values["area_path"] and values["line_path"]:
                values["area_path"] = unit_areas.get(values["line_path"]) or ""
            batch.append(SearchEntry(type=source.key, object_id=str(obj.pk), indexed_at=now, **values))
            terms |= words(values["folded"])
            if len(batch) >= BATCH:
                done += _flush(batch, terms)
                if progress:
                    progress(source.key, done)
        done += _flush(batch, terms)
        counts[source.key] = done
        if progress:
            progress(source.key, done)
    record_event(actor, "search.index.rebuild", object_type="search.index", object_repr="Chỉ mục tìm kiếm",
                 after={"types": [s.key for s in sources], "rows": counts})
    return counts


def _flush(batch: list[SearchEntry], terms: set[str]) -> int:
    n = len(batch)
    if batch:
        SearchEntry.objects.unscoped().bulk_create(batch, batch_size=500)
    if terms:
        SearchTerm.objects.unscoped().bulk_create([SearchTerm(term=t) for t in terms], batch_size=1000,
                                                  ignore_conflicts=True)
    batch.clear()
    terms.clear()
    return n
