"""Keeps reporting's copies of reporting-line paths (submissions, roll-up) in step with moved units."""

from django.dispatch import receiver

from danvan.org.signals import unit_moved
from danvan.reporting import rollup


@receiver(unit_moved)
def follow_moved_units(sender, old_prefix: str, new_prefix: str, **kwargs) -> None:
    rollup.move_subtree(old_prefix, new_prefix)
