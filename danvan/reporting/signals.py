"""Keeps the roll-up's copies of reporting-line paths in step with moved units (submissions are unit-owned rows:
core's receiver moves them)."""

from django.dispatch import receiver

from danvan.core.signals import unit_moved
from danvan.reporting import rollup


@receiver(unit_moved)
def follow_moved_units(sender, old_prefix: str, new_prefix: str, **kwargs) -> None:
    rollup.move_subtree(old_prefix, new_prefix)
