"""What `core` contributes to the shared registries (core.registry), registered once from its AppConfig.ready()."""

from danvan.core import registry
from danvan.core.audit_labels import ACTION_LABELS


def register() -> None:
    """Fill the registries with core's own audit labels."""
    registry.audit_labels.register_many(ACTION_LABELS)
