"""Keeps the copies of a model's line on its evaluations and commendations in step with moved units (the
models themselves are unit-owned rows: core's receiver moves them). Idempotent, like the others."""

from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.dispatch import receiver

from danvan.core.permissions import PATH_END
from danvan.core.signals import unit_moved
from danvan.movement.models import Evaluation, Recognition


@receiver(unit_moved, dispatch_uid="danvan.movement.signals.follow_moved_units")
def follow_moved_units(sender, old_prefix: str, new_prefix: str, **kwargs) -> None:
    for model in (Evaluation, Recognition):
        (model.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + PATH_END)
         .update(line_path=Concat(Value(new_prefix), Substr("line_path", len(old_prefix) + 1))))
