"""What `core` contributes to the shared registries (core.registry), registered once from its AppConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry
from danvan.core.audit_labels import ACTION_LABELS


def _superuser(user) -> bool:
    return user.is_superuser


def _unread(request) -> int:
    from danvan.core.selectors import unread_count

    return unread_count(request.user)


NAVIGATION = (
    registry.NavItem("home", _("Trang chủ"), "core:home", order=10),
    registry.NavItem("notifications", _("Thông báo"), "core:notification_list", order=50, badge=_unread),
    registry.NavItem("audit", _("Nhật ký"), "core:audit_list", order=70, visible=_superuser),
    registry.NavItem("catalogues", _("Danh mục"), "admin:index", order=80, visible=_superuser),
)


def register() -> None:
    """Fill the registries with core's own audit labels and navigation items."""
    registry.audit_labels.register_many(ACTION_LABELS)
    for item in NAVIGATION:
        registry.navigation.register(item)
