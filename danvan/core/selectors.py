from danvan.core.models import AuditEvent, Notification
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


def notifications_of(user):
    """A user's own notices, newest first (everyone reads their own, nobody else's)."""
    if not getattr(user, "is_authenticated", False):
        return Notification.objects.none()
    return Notification.objects.filter(user=user).order_by("-created_at", "-id")


def unread_count(user) -> int:
    return notifications_of(user).filter(read_at__isnull=True).count()
