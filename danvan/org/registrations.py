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


def register() -> None:
    """Fill the registries with this app's audit labels and navigation items."""
    registry.audit_labels.register_many(AUDIT_LABELS)
    for item in NAVIGATION:
        registry.navigation.register(item)
