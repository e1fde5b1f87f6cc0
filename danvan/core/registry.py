"""Registries that apps fill from their `AppConfig.ready()`, so `core`, `base.html` and `reporting` know every
app without importing it (an app may use the apps above it in DESIGN's map, never below).

An app registers what it contributes once, at start-up:

    def ready(self):
        from danvan.core import registry
        registry.audit_labels.register_many({"situation.note.create": _("Ghi nhận tình hình")})
        registry.navigation.register(registry.NavItem("situation", _("Tình hình"), "situation:board", order=40))
        registry.unit_panels.register(registry.UnitPanel("situation", _("Tình hình"), "situation/_unit_panel.html",
                                                         panels.unit_panel, order=40))
        registry.indicator_sources.register(registry.IndicatorSource("DVK_TONG", models_total, app="movement"))
        registry.search_documents.register(registry.SearchSource("situation.note", "situation.SituationNote",
                                                                 note_document))

Registering the same key twice is a start-up error: two apps must not silently shadow each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from django.core.exceptions import ImproperlyConfigured


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


class Registry[T: _Keyed]:
    """An ordered set of entries with unique keys; iterates by `order` (then key) when entries have one."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._entries: dict[str, T] = {}
        self._listeners: list[Callable[[T], None]] = []

    def register(self, entry: T) -> T:
        if entry.key in self._entries and self._entries[entry.key] != entry:
            raise ImproperlyConfigured(f"{self.name}: '{entry.key}' is registered twice")
        is_new = entry.key not in self._entries
        self._entries[entry.key] = entry
        if is_new:
            for listener in self._listeners:
                listener(entry)
        return entry

    def on_register(self, listener: Callable[[T], None]) -> None:
        """Call `listener` for every entry, those registered already and those to come (an app whose ready()
        runs after the listener's, e.g. search connecting its index to every SearchSource's model)."""
        self._listeners.append(listener)
        for entry in list(self._entries.values()):
            listener(entry)

    def unregister(self, key: str) -> None:
        """For tests that register a temporary entry."""
        self._entries.pop(key, None)

    def get(self, key: str) -> T | None:
        return self._entries.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._entries.values(), key=lambda e: (getattr(e, "order", 0), e.key)))

    def __len__(self) -> int:
        return len(self._entries)


# --- audit action labels -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditLabel:
    key: str  # the action code record_event writes, "reporting.submission.approve"
    label: Any  # lazy Vietnamese text, "Duyệt báo cáo"


class AuditLabelRegistry(Registry[AuditLabel]):
    def register_many(self, labels: Mapping[str, Any]) -> None:
        for code, label in labels.items():
            self.register(AuditLabel(code, label))

    def label(self, code: str) -> Any | None:
        entry = self.get(code)
        return entry.label if entry else None


# --- navigation ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NavItem:
    key: str
    label: Any
    url_name: str  # reversed with no arguments
    order: int = 100
    # None: every signed-in user. Otherwise a predicate of the user (e.g. "has a reviewer membership").
    visible: Callable[[Any], bool] | None = None
    # The URL namespace that marks the item as current ("reporting" for every reporting page).
    namespace: str = ""
    public: bool = False  # shown to anonymous visitors too (the portal)
    # (request) -> a count shown beside the label (unread notices); evaluated only when the bar is rendered.
    badge: Callable[[Any], Any] | None = None


# --- panels on a unit's page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitPanel:
    key: str
    title: Any
    template: str
    # (request, unit) -> template context, or None to hide the panel for this user and unit.
    context: Callable[[Any, Any], dict | None]
    order: int = 100


@dataclass(frozen=True)
class HomePanel:
    """A block of the signed-in home page (the user's units and roles, what awaits them…)."""

    key: str
    title: Any
    template: str
    context: Callable[[Any], dict | None]  # (request) -> template context, or None to hide the panel
    order: int = 100


# --- indicator sources (DESIGN: "Indicators fed by records") -------------------------------------------


@dataclass(frozen=True)
class SourcedRecord:
    label: str
    url: str = ""


@dataclass(frozen=True)
class SourcedValue:
    value: Decimal
    records: tuple[SourcedRecord, ...] = ()
    more: int = 0  # records behind the value beyond those listed


@dataclass(frozen=True)
class IndicatorSource:
    key: str  # the indicator code, "DVK_TONG"
    # (unit, period_start, period_end) -> the unit's value for the period and the records behind it.
    compute: Callable[[Any, date, date], SourcedValue]
    app: str = ""  # which app keeps the records ("movement")


# --- search documents (indexed by the search app, in the writer's transaction) --------------------------


@dataclass(frozen=True)
class SearchDocument:
    title: str
    text: str
    url: str
    line_path: str = ""  # the owning unit's reporting-line path ("" for public content)
    area_path: str = ""
    public: bool = False
    day: date | None = None
    topics: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SearchSource:
    key: str  # "situation.note"
    model: str  # "app_label.ModelName"
    to_document: Callable[[Any], SearchDocument | None]  # None: not searchable (e.g. a draft)
    label: Any = ""


# --- tiles of the leaders' desk (filled by the apps; the search app renders them) ---------------------


@dataclass(frozen=True)
class DeskFigure:
    label: Any
    value: Any  # an int, a Decimal, or a short text
    url: str = ""  # the list behind the figure (drill-down)
    alert: bool = False  # shown as needing attention (late, overdue, new warnings)


def list_url(name: str, **params) -> str:
    """A desk figure's drill-down: the URL named `name` with the non-empty `params` as its query string."""
    from urllib.parse import urlencode

    from django.urls import reverse

    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return reverse(name) + (f"?{query}" if query else "")


@dataclass(frozen=True)
class DeskTile:
    """One tile of the leaders' desk: a title and a few figures for a unit's subtree.

    `compute(user, unit, today)` returns the figures (or None to hide the tile for this user and unit). It must
    read through the scoped managers and run a fixed number of queries whatever the data's size: the desk's
    query count is pinned in a test.
    """

    key: str
    title: Any
    compute: Callable[[Any, Any, date], list[DeskFigure] | None]
    order: int = 100


audit_labels: AuditLabelRegistry = AuditLabelRegistry("audit labels")
navigation: Registry[NavItem] = Registry("navigation")
unit_panels: Registry[UnitPanel] = Registry("unit panels")
home_panels: Registry[HomePanel] = Registry("home panels")
indicator_sources: Registry[IndicatorSource] = Registry("indicator sources")
search_documents: Registry[SearchSource] = Registry("search documents")
desk_tiles: Registry[DeskTile] = Registry("desk tiles")


class Slot[T]:
    """One value an upper app provides to core, set once (e.g. the public portal's home page view)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.value: T | None = None

    def set(self, value: T) -> None:
        if self.value is not None and self.value is not value:
            raise ImproperlyConfigured(f"{self.name}: set twice")
        self.value = value

    def get(self) -> T | None:
        return self.value


# The view "/" shows to an anonymous visitor: the public portal's home page (danvan.portal registers it);
# without a portal, "/" sends anonymous visitors to the sign-in page.
public_home: Slot[Callable[..., Any]] = Slot("public home")
