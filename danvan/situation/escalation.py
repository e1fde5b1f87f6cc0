"""Escalation rules as data: which rule an incident matches, and the unit it goes to.

The rules live in `EscalationRule` (national defaults from the domain page, shipped by migration 0002; a
province may override any of them, or add its own, on the rules page — `effective_rules`); the services
call `first_match` after every change and escalate once, to the nearest unit above the incident's unit
(or above the unit it was last escalated to) that has a reviewer.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Q

from danvan.accounts.choices import ROLE_ACTIONS
from danvan.accounts.selectors import active_members
from danvan.core.permissions import Action
from danvan.org.choices import Level
from danvan.org.models import Area, Unit
from danvan.situation.choices import RuleKind
from danvan.situation.models import EscalationRule, Incident
from danvan.situation.rules import SETTLED_STATES


def effective_rules(province: Area | None) -> list[EscalationRule]:
    """Every rule as it applies in `province` (active or not): the national defaults, each replaced by the
    province's row of the same code when it has one, plus the province's own rules; by order, then code."""
    rows = EscalationRule.objects.unscoped().filter(Q(province__isnull=True) | Q(province=province)
                                                   if province is not None else Q(province__isnull=True))
    merged: dict[str, EscalationRule] = {}
    for rule in sorted(rows, key=lambda r: r.province_id is not None):  # national first, the province's over it
        merged[rule.code] = rule
    return sorted(merged.values(), key=lambda r: (r.order, r.code))


def active_rules(province: Area | None = None) -> list[EscalationRule]:
    return [rule for rule in effective_rules(province) if rule.is_active]


def province_of(unit: Unit) -> Area | None:
    """The province an incident's unit belongs to (None for a national unit)."""
    area: Area | None = unit.area
    while area is not None and area.level not in (Level.PROVINCE, Level.COUNTRY):
        area = area.parent
    return area if area is not None and area.level == Level.PROVINCE else None


def matches(rule: EscalationRule, incident: Incident, *, communes: int, today: date) -> bool:
    """Whether one rule fires for the incident as it stands (`communes`: distinct communes it covers)."""
    if rule.kind == RuleKind.SEVERITY_AT_LEAST:
        return incident.severity >= rule.threshold
    if rule.kind == RuleKind.PEOPLE_AT_LEAST:
        return incident.people_count >= rule.threshold
    if rule.kind == RuleKind.TOPIC_IN:
        return bool(set(incident.topics) & set(rule.topics))
    if rule.kind == RuleKind.COMMUNES_MORE_THAN:
        return communes > rule.threshold
    if rule.kind == RuleKind.OPEN_LONGER_THAN:
        return incident.state not in SETTLED_STATES and (today - incident.started_on).days > rule.threshold
    return False


def first_match(incident: Incident, *, today: date, rules: list[EscalationRule] | None = None) -> EscalationRule | None:
    communes = incident.area_rows.values("commune").distinct().count()
    for rule in active_rules(province_of(incident.unit)) if rules is None else rules:
        if matches(rule, incident, communes=communes, today=today):
            return rule
    return None


def reviewers_unit_above(unit: Unit) -> tuple[Unit | None, list]:
    """The nearest unit strictly above `unit` in the reporting line with an active reviewer, and its reviewers."""
    ancestors = [int(p) for p in unit.line_path.strip("/").split("/")[:-1] if p][::-1]  # nearest first
    roles = [role for role, actions in ROLE_ACTIONS.items() if Action.REVIEW in actions]
    at: dict[int, dict[int, object]] = {}
    for unit_id, _, user in active_members(ancestors, roles):
        at.setdefault(unit_id, {}).setdefault(user.pk, user)
    for unit_id in ancestors:
        if unit_id in at:
            return Unit.objects.unscoped().get(pk=unit_id), list(at[unit_id].values())
    return None, []
