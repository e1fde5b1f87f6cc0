"""Signals shared by every app, and core's own receivers.

`unit_moved` is sent by `org.services.update_unit` inside its transaction after a unit (and its subtree) moved
in the reporting line, with kwargs `old_prefix` and `new_prefix` (the unit's line_path before and after). It
lives here, not in `org`, because the rows that copy a unit's path (`core.models.UnitOwnedModel`) belong to
apps below `org`, and core moves all of them at once: an app adds a unit-owned model without a receiver of
its own. `danvan.org.signals.unit_moved` is this same object.

`search_changed(*objects)` is the one way into the search index for a write that sends no `post_save`
(`QuerySet.update()`, `bulk_create`): new rows and changed ones alike, one object or thousands. It sends
`search_reindex` once per model (sender the model, kwarg `instances`), inside the writer's transaction; the
search app (below every app, so no app imports it) writes their index rows in a few statements.
"""

from django.apps import apps
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr
from django.dispatch import Signal, receiver

from danvan.core.permissions import PATH_END

unit_moved = Signal()
search_reindex = Signal()  # sent by search_changed: sender the model, kwarg `instances`


def search_changed(*objects) -> None:
    """Index `objects` (instances of a registered SearchSource's model, as they are now, with their ids).

    For writes that send no post_save: `QuerySet.update()` (re-read the rows first) and `bulk_create` (the
    created rows). One signal per model, whatever the number of objects. A no-op without the search app."""
    by_model: dict[type, list] = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, instances in by_model.items():
        search_reindex.send(sender=model, instances=instances)


def unit_owned_models() -> list:
    """Every concrete model whose rows copy their unit's line_path (subclasses of UnitOwnedModel)."""
    from danvan.core.models import UnitOwnedModel

    return [model for model in apps.get_models()
            if issubclass(model, UnitOwnedModel) and not model._meta.proxy and model._meta.managed]


@receiver(unit_moved, dispatch_uid="danvan.core.signals.move_unit_owned_rows")
def move_unit_owned_rows(sender, old_prefix: str, new_prefix: str, **kwargs) -> dict[str, int]:
    """Re-root the line_path of every unit-owned row under the moved unit: one UPDATE per model, in the mover's
    transaction (the signal is sent inside it). Returns the rows moved per model label."""
    shifted = Concat(Value(new_prefix), Substr(F("line_path"), len(old_prefix) + 1))
    moved = {}
    for model in unit_owned_models():
        # Every row under the old prefix moves, whoever asked: the move is the system's, not a user's read.
        rows = model.objects.unscoped().filter(line_path__gte=old_prefix, line_path__lt=old_prefix + PATH_END)
        moved[model._meta.label_lower] = rows.update(line_path=shifted)
    return moved
