"""Who may moderate what citizens sent: staff who may report for the receiving unit (as for the consultation
app's own moderation, consultation.rules.may_manage)."""

from danvan.core.permissions import Action


def may_moderate(actor, item) -> bool:
    if actor is None or actor.is_superuser:
        return True
    return actor.scope_for(Action.REPORT).covers(item.line_path)
