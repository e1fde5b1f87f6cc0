"""What the public portal contributes to the shared registries (called from PortalConfig.ready())."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

AUDIT_LABELS: dict = {
    # Moderation of what citizens send (citizen/services.py).
    "portal.moderation.hold": _("Giữ lại ý kiến/kiến nghị từ cổng thông tin để kiểm duyệt"),
    "portal.moderation.release": _("Cho đăng/tiếp nhận ý kiến từ cổng thông tin"),
    "portal.moderation.hide": _("Ẩn ý kiến/kiến nghị từ cổng thông tin"),
}


def register() -> None:
    registry.audit_labels.register_many(AUDIT_LABELS)
    # "/" for an anonymous visitor is the portal's home page (core.views.home asks the registry).
    from danvan.portal import views

    registry.public_home.set(views.home)
