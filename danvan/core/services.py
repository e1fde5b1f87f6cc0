"""Generic writes of core: catalogue rows edited in the admin, a user's notification inbox."""

from django.utils import timezone

from danvan.core.audit import audit_type, mark_unchanged, record_event, service, snapshot
from danvan.core.models import Notification


@service
def save_catalogue_entry(actor, obj, *, created: bool):
    before = None
    if not created:
        before = snapshot(type(obj)._base_manager.get(pk=obj.pk))
    obj.save()
    record_event(actor, f"{audit_type(obj)}.{'create' if created else 'update'}", obj, before=before,
                 after=snapshot(obj))
    return obj


@service
def delete_catalogue_entry(actor, obj) -> None:
    record_event(actor, f"{audit_type(obj)}.delete", obj, before=snapshot(obj))
    obj.delete()


@service
def mark_notifications_read(actor) -> int:
    """Mark every unread notice of the actor as read; returns how many changed."""
    now = timezone.now()
    count = Notification.objects.filter(user=actor, read_at__isnull=True).update(read_at=now)
    if not count:
        mark_unchanged()
        return 0
    record_event(actor, "core.notification.read_all", object_type="core.notification",
                 object_id=str(actor.pk), object_repr=f"{count} thông báo của {actor.username}",
                 after={"count": count, "read_at": now})
    return count
