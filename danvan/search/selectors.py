"""Reads of the search app: the scoped search, the names its results show, and the desk (desk/)."""

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import get_language

from danvan.core import registry
from danvan.core.permissions import PATH_END, Action
from danvan.org.choices import Era
from danvan.org.models import Area, Unit
from danvan.search import page, query, reads, typos
from danvan.search.models import SearchEntry, user_scope_roots, user_scope_tokens
from danvan.search.snippets import snippet

MAX_QUERY = 200


@dataclass
class Hit:
    type: str
    type_label: str
    id: str
    title: str
    snippet: str
    url: str
    unit: str
    area: str
    date: date | None
    score: float


@dataclass
class Facet:
    type: str
    label: str
    count: int


@dataclass
class Results:
    """`count` is exact up to query.CANDIDATES; past it `capped` is True and `count` is that bound ("more than")."""

    count: int
    items: list[Hit]
    words: list[str]
    corrected: bool = False
    capped: bool = False
    facets: list[Facet] = field(default_factory=list)  # matches per type (exact unless capped)


def source_labels() -> dict[str, str]:
    """Each registered source's label, in the active language."""
    return dict(_labels(get_language(), tuple(s.key for s in registry.search_documents)))


@cache
def _labels(language: str | None, keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The labels of the sources `keys` in `language`, translated once (a dozen lazy strings: 0.2 ms a search)."""
    return tuple((s.key, str(s.label or s.key)) for s in registry.search_documents)


def search(user, q: str, *, types: list[str] | None = None, area: Area | None = None, since: date | None = None,
           until: date | None = None, limit: int = 20, offset: int = 0) -> Results:
    """The entries `user` may read that match every word of `q`, best first (query.py); ValidationError for a
    query without words or an unknown type."""
    if len(q or "") > MAX_QUERY:
        raise ValidationError(f"Từ khóa tìm kiếm dài tối đa {MAX_QUERY} ký tự.")
    words = query.query_words(q or "")
    if not words:
        raise ValidationError("Hãy nhập từ khóa cần tìm (chữ hoặc số).")
    labels = source_labels()
    unknown = [t for t in types or () if t not in labels]
    if unknown:
        raise ValidationError(f"Loại không có: {', '.join(unknown)}. Các loại: {', '.join(labels)}.")
    if since and until and since > until:
        raise ValidationError("Ngày bắt đầu phải trước ngày kết thúc.")
    qs = SearchEntry.objects.for_user(user, Action.VIEW)
    if types:
        qs = qs.filter(type__in=types)
    if area is not None:
        qs = qs.filter(area_path__gte=area.path, area_path__lt=area.path + PATH_END)
    if since:
        qs = qs.filter(day__gte=since)
    if until:
        qs = qs.filter(day__lte=until)
    was_corrected = False
    scope = user_scope_tokens(user)  # narrows the full-text match; `qs` (for_user) stays the rule
    roots = user_scope_roots(user)  # PostgreSQL: the walks read only the scope's rows (reads.walked)
    known = query.Known()  # the completions read, once per search
    found = query.candidates(query.matching(qs, words, scope=scope, known=known), words, roots, known)
    if not found.ids and len(words) > 1:  # a word typed in part before the last one: "giai pho mat bang"
        found = query.candidates(query.matching(qs, words, every_prefix=True, scope=scope, known=known), words, roots,
                                     known)
    if not found.ids:
        better = typos.corrected(words)
        if better:
            words, was_corrected = better, True
            found = query.candidates(query.matching(qs, words, every_prefix=True, scope=scope, known=known), words,
                                     roots, known)
    count, facets, capped = found.count, found.facets(), found.capped
    # At most `count` rows are shown in all (the phrase candidates may rank older rows among the newest ones).
    rows = query.ranked(qs, words, found, scope=scope, roots=roots, offset=offset, limit=limit,
                        names=_names(user), known=known) if count else []
    ordered = sorted(facets.items(), key=lambda kv: (-kv[1], kv[0]))
    return Results(count, _hits(rows, words, labels), words, was_corrected, capped=capped,
                   facets=[Facet(key, labels.get(key, key), n) for key, n in ordered])


def _hits(rows: list[page.PageRow], words: list[str], labels: dict[str, str]) -> list[Hit]:
    return [Hit(type=r.type, type_label=labels.get(r.type, r.type), id=r.object_id, title=r.title,
                snippet=snippet(r.text or r.title, words), url=r.url, unit=r.unit_name or "",
                area=r.area_name or "", date=r.day, score=round(float(r.score), 3))
            for r in rows]


def _names(user) -> page.Names:
    """The page's names, read with its rows (`page.rows`: one statement for both): the unit whose line the entry is
    on (`Unit.line_path`, indexed: the entry's own line, so only a unit whose records the user may already read is
    named) and the current area of `area_path`, through the areas' own scope."""
    areas = Area.objects.for_user(user, Action.VIEW).filter(era=Era.CURRENT).order_by().values_list("path", "name")
    return {"unit_name": (_unit_names(), "line_path"), "area_name": (areas, "area_path")}


def _unit_names():
    """Every unit on a line, (line_path, name): the same query for everyone (whose entries' lines the page joins),
    its SQL compiled once per process (`reads.shared`); a new queryset each search, so no rows are ever kept."""
    qs = Unit.objects.unscoped().exclude(line_path="").order_by().values_list("line_path", "name")
    return reads.shared(qs, "search.unit_names")


def grouped(items: list[Hit]) -> list[tuple[str, list[Hit]]]:
    """Hits grouped by type, groups in the order of their best hit."""
    groups: dict[str, list[Hit]] = {}
    for hit in items:
        groups.setdefault(hit.type_label, []).append(hit)
    return list(groups.items())


def index_counts() -> dict[str, int]:
    """Rows per type in the index (for the reindex command's report)."""
    from django.db.models import Count

    return dict(SearchEntry.objects.unscoped().values_list("type").annotate(n=Count("id")).values_list("type", "n"))


def desk_unit(user, unit_id: int | None) -> Unit | None:
    """The unit whose desk to show: the one asked for (404 outside the user's scope), else the user's highest."""
    from danvan.org.selectors import get_unit
    from danvan.reporting.selectors.dashboards import top_unit

    if unit_id is not None:
        return get_unit(user, unit_id)
    return top_unit(user)


def desk_choices(user) -> list[Unit]:
    """Units to pick from when the user has no unit of their own (a national administrator): the roots."""
    from danvan.reporting.selectors.dashboards import root_units

    return list(root_units(user)[:100])
