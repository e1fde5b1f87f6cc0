"""Scoped reads of the situation app (its only read modules): notes and incidents, warnings, hotspots,
the figures of the monthly report."""

from danvan.situation.selectors.escalation_rules import province_rules, rule_provinces  # noqa: F401
from danvan.situation.selectors.hotspots import Hotspot, hotspots  # noqa: F401,E402
from danvan.situation.selectors.notes import (  # noqa: F401
    areas_for_unit,
    get_incident,
    get_note,
    get_unit_in,
    heat_table,
    incident_board,
    incident_list,
    note_list,
    recording_units,
    review_units,
)
from danvan.situation.selectors.warnings import compute_warnings, thresholds  # noqa: F401
