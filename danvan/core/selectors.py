from collections import defaultdict
from datetime import date

from danvan.core.audit_labels import describe_changes, event_field, event_model
from danvan.core.calendar import WorkingCalendar
from danvan.core.models import Attachment, AuditEvent, Holiday, Notification
from danvan.core.permissions import Action


def audit_events(user, *, object_type: str = "", object_id: str = "", actor: str = "", action: str = ""):
    qs = AuditEvent.objects.for_user(user, Action.VIEW).select_related("actor")
    if object_type:
        qs = qs.filter(object_type=object_type.strip()[:80])
    if object_id:
        qs = qs.filter(object_id=object_id.strip()[:64])
    if actor:
        qs = qs.filter(actor_username=actor.strip()[:150])
    if action:
        qs = qs.filter(action__startswith=action.strip()[:80])
    return qs


def holidays_between(start: date, end: date) -> list[date]:
    """The holidays from `start` to `end` inclusive (one query). A deadline is the same whoever asks: unscoped."""
    return list(Holiday.objects.unscoped().filter(day__gte=start, day__lte=end).values_list("day", flat=True))


def working_calendar(start: date, end: date) -> WorkingCalendar:
    """The working-day calendar of the stored holidays from `start` to `end` (one query)."""
    return WorkingCalendar(holidays_between(start, end))


def notifications_of(user):
    """A user's own notices, newest first (everyone reads their own, nobody else's)."""
    if not getattr(user, "is_authenticated", False):
        return Notification.objects.none()
    return Notification.objects.filter(user=user).order_by("-created_at", "-id")


def unread_count(user) -> int:
    return notifications_of(user).filter(read_at__isnull=True).count()


# How a related row is named in the changes table (one column, read with values_list); others by their str().
RELATED_LABEL_FIELDS = {"accounts.user": "username", "org.unit": "name", "org.area": "name", "org.unitkind": "name"}


def name_related_rows(user, events) -> None:
    """Set `event.readable_changes`: the changes table with foreign keys named ("xa-37", not 2).

    The ids of all the events are looked up together, one query per related model, through the
    user's scope: a row the user may not see (or one deleted since) keeps its id.
    """
    relations = [_relations(event) for event in events]
    wanted: dict = defaultdict(set)
    for event, fields in zip(events, relations, strict=True):
        for key, related in fields.items():
            wanted[related].update(_ids(event.before, key) + _ids(event.after, key))
    names = {related: _names(user, related, ids) for related, ids in wanted.items() if ids}
    for event, fields in zip(events, relations, strict=True):
        event.readable_changes = describe_changes(
            event.object_type, _with_names(event.before, fields, names), _with_names(event.after, fields, names))


def _relations(event) -> dict:
    """{key of before/after: related model} for the changed keys that are foreign keys of the event's model."""
    before, after = (side if isinstance(side, dict) else {} for side in (event.before, event.after))
    keys = {key for key in {*before, *after} if before.get(key) != after.get(key)}
    model = event_model(event.object_type) if keys else None
    fields = {key: event_field(model, key) for key in keys} if model is not None else {}
    return {key: field.related_model for key, field in fields.items()
            if field is not None and (field.many_to_one or field.one_to_one)}


def _ids(side, key: str) -> list[int]:
    value = side.get(key) if isinstance(side, dict) else None
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def _names(user, related, ids) -> dict:
    if not hasattr(related.objects, "for_user"):  # not one of ours: no scope to read it through
        return {}
    rows = related.objects.for_user(user, Action.VIEW).filter(pk__in=ids)
    label_field = RELATED_LABEL_FIELDS.get(related._meta.label_lower)
    if label_field:
        return dict(rows.values_list("pk", label_field))
    return {row.pk: str(row) for row in rows}


def _with_names(side, fields: dict, names: dict):
    if not isinstance(side, dict) or not fields:
        return side
    named = dict(side)
    for key, related in fields.items():
        if _ids(side, key):
            named[key] = names.get(related, {}).get(side[key], side[key])
    return named


def attachments_for(user, owner):
    """The files attached to `owner` that `user` may see (scoped like the owner: by its unit's line)."""
    return (Attachment.objects.for_user(user, Action.VIEW)
            .filter(owner_type=owner._meta.label_lower, owner_id=str(owner.pk)).order_by("created_at", "id"))


def attachment_for_download(user, attachment_id) -> Attachment:
    """An attachment the user may download: in their scope AND its owner too (Http404 otherwise)."""
    from django.apps import apps
    from django.http import Http404

    try:
        attachment = Attachment.objects.for_user(user, Action.VIEW).get(pk=int(attachment_id))
        owner_model = apps.get_model(attachment.owner_type)
    except (Attachment.DoesNotExist, LookupError, ValueError, TypeError, OverflowError) as exc:
        raise Http404 from exc
    if not owner_model.objects.for_user(user, Action.VIEW).filter(pk=attachment.owner_id).exists():
        raise Http404
    return attachment
