"""What `org` contributes to the shared registries (core.registry), registered once from its AppConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS = {
    "org.divisions.import": _("Nhập danh mục đơn vị hành chính"),
    "org.bloc.create": _("Lập khối dân vận của tỉnh"),
    "org.unit.create": _("Thêm tổ chức"),
    "org.unit.update": _("Sửa tổ chức"),
    "org.area.create_hamlet": _("Thêm thôn, tổ dân phố"),
    "org.area.update_hamlet": _("Sửa thôn, tổ dân phố"),
    "org.unitkind.create": _("Thêm loại tổ chức"),
    "org.unitkind.update": _("Sửa loại tổ chức"),
    "org.unitkind.delete": _("Xóa loại tổ chức"),
}

NAVIGATION = (
    registry.NavItem("areas", _("Địa bàn"), "org:area_list", order=20),
    registry.NavItem("units", _("Tổ chức"), "org:unit_list", order=30),
)


def area_document(area) -> registry.SearchDocument | None:
    """Areas of the current era, open ones: reference data every signed-in user may find (no line path)."""
    from django.urls import reverse

    if area.era != "current" or not area.is_active:
        return None
    return registry.SearchDocument(title=area.name, text=f"{area.division_type} {area.name}".strip(),
                                   url=reverse("org:area_detail", args=[area.era, area.code]), area_path=area.path)


def unit_document(unit) -> registry.SearchDocument | None:
    from django.urls import reverse

    if unit.closed_on is not None or not unit.line_path:
        return None
    return registry.SearchDocument(title=unit.name, text=unit.name, url=reverse("org:unit_detail", args=[unit.pk]),
                                   line_path=unit.line_path)


def register() -> None:
    """Fill the registries with this app's audit labels, navigation items and searchable records."""
    registry.audit_labels.register_many(AUDIT_LABELS)
    for item in NAVIGATION:
        registry.navigation.register(item)
    registry.search_documents.register(registry.SearchSource("org.area", "org.Area", area_document,
                                                             label=_("Địa bàn")))
    registry.search_documents.register(registry.SearchSource("org.unit", "org.Unit", unit_document,
                                                             label=_("Tổ chức")))
