"""Reads for the escalation rules page: the provinces a user administers, and their rules as they apply."""

from danvan.core.permissions import Action
from danvan.org.choices import Era, Level
from danvan.org.models import Area, Unit
from danvan.situation.escalation import effective_rules


def rule_provinces(user) -> list[Area]:
    """Provinces whose rules `user` may edit (every province for a system administrator)."""
    if not getattr(user, "is_authenticated", False):
        return []
    if user.is_superuser:
        return list(Area.objects.for_user(user).filter(era=Era.CURRENT, level=Level.PROVINCE).order_by("name"))
    area_ids = Unit.objects.for_user(user, Action.MANAGE).filter(area__level=Level.PROVINCE).values("area_id")
    return list(Area.objects.for_user(user).filter(pk__in=area_ids).order_by("name"))


def province_rules(province: Area) -> list[dict]:
    """Each rule as it applies in the province, with the national default it overrides (if any)."""
    from danvan.situation.models import EscalationRule

    national = {r.code: r for r in EscalationRule.objects.unscoped().filter(province__isnull=True)}
    return [{"rule": rule, "own": rule.province_id is not None, "national": national.get(rule.code)}
            for rule in effective_rules(province)]
