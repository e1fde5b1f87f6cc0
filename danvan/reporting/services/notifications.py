"""Writes to a user's own notification inbox."""

from django.utils import timezone

from danvan.core.audit import mark_unchanged, record_event, service
from danvan.core.models import Notification


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
