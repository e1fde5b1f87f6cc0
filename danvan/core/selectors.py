from danvan.core.models import AuditEvent
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
