"""Keeps the situation app's copies of reporting-line paths in step with moved units.

Every situation table copies its unit's `line_path` (scoping and the warning query are one range on the row's
own table). When a unit moves, `org.services.update_unit` sends `unit_moved` inside its transaction; the
rows under the old prefix get the new one. Idempotent: rows already moved no longer match the old prefix.
"""

from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.dispatch import receiver

from danvan.core.permissions import PATH_END
from danvan.org.signals import unit_moved
from danvan.situation.models import Incident, IncidentArea, NoteTopic, SituationNote, WarningDismissal

COPIES = (SituationNote, NoteTopic, Incident, IncidentArea, WarningDismissal)


@receiver(unit_moved)
def follow_moved_units(sender, old_prefix: str, new_prefix: str, **kwargs) -> None:
    for model in COPIES:
        (model.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + PATH_END)
         .update(line_path=Concat(Value(new_prefix), Substr("line_path", len(old_prefix) + 1))))
