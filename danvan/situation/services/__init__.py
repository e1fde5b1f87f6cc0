"""Writes of the situation app, one module per concept; every public function is a @service."""

from danvan.situation.services.escalation_rules import reset_province_rule, set_province_rule  # noqa: F401
from danvan.situation.services.incidents import add_incident_event, create_incident, escalate_overdue  # noqa: F401
from danvan.situation.services.notes import record_note  # noqa: F401
from danvan.situation.services.report import draft_situation_report  # noqa: F401
from danvan.situation.services.warnings import dismiss_warning, rebuild_warning_counters  # noqa: F401
