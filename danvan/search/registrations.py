"""What the search app contributes to the shared registries, and its index's connection to every SearchSource."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "search.index.rebuild": _("Lập lại chỉ mục tìm kiếm"),
}


def register() -> None:
    from danvan.core.signals import search_reindex, unit_moved
    from danvan.search import indexing
    from danvan.search.desk import tiles

    registry.audit_labels.register_many(AUDIT_LABELS)
    registry.navigation.register(registry.NavItem("desk", _("Bàn làm việc"), "search:desk", order=35))
    tiles.register()
    # Every source, those registered already and those of apps whose ready() runs later.
    registry.search_documents.on_register(indexing.connect)
    search_reindex.connect(indexing._changed, dispatch_uid="danvan.search.indexing.changed")
    unit_moved.connect(indexing.move_lines, dispatch_uid="danvan.search.indexing.move_lines")
