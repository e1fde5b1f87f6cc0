"""What the public portal contributes to the shared registries (called from PortalConfig.ready())."""

from django.utils.translation import gettext_lazy as _  # noqa: F401  (labels below are lazy)

from danvan.core import registry

AUDIT_LABELS: dict = {}


def register() -> None:
    registry.audit_labels.register_many(AUDIT_LABELS)
    # "/" for an anonymous visitor is the portal's home page (core.views.home asks the registry).
    from danvan.portal import views

    registry.public_home.set(views.home)
