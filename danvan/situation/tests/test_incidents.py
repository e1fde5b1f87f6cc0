"""Incidents: the lifecycle table, the append-only timeline, escalation rules as data."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from danvan.core.models import Notification
from danvan.core.statemachine import TransitionRefused
from danvan.core.timeline import AppendOnlyError
from danvan.situation import rules, services
from danvan.situation.models import EscalationRule, IncidentEvent

pytestmark = pytest.mark.django_db

E, H, S, C = "emerging", "handling", "stabilised", "closed"
# (state, event) → the state after it, or None when the table refuses it: the issue's lifecycle, exactly.
LIFECYCLE = {
    (E, "update"): H, (E, "action"): H, (E, "stabilise"): S, (E, "close"): None, (E, "reopen"): None,
    (H, "update"): H, (H, "action"): H, (H, "stabilise"): S, (H, "close"): None, (H, "reopen"): None,
    (S, "stabilise"): None, (S, "close"): C, (S, "reopen"): H,
    (C, "update"): None, (C, "action"): None, (C, "stabilise"): None, (C, "close"): None, (C, "reopen"): H,
}


@pytest.mark.parametrize("state, event", sorted(LIFECYCLE))
def test_the_lifecycle_table_is_the_issues(state, event):
    expected = LIFECYCLE[(state, event)]
    if expected is None:
        with pytest.raises(TransitionRefused):
            rules.INCIDENT.target(state, event)
    else:
        assert rules.INCIDENT.target(state, event) == expected


def test_a_new_incident_is_emerging_and_an_action_moves_it_to_handling(world, incident_of, today):
    incident = incident_of()
    assert incident.state == E and incident.escalated_to is None
    services.add_incident_event(world.a.reporter, incident, kind="action", text="Tổ hòa giải gặp gỡ hai bên.",
                                today=today)
    incident.refresh_from_db()
    assert incident.state == H
    assert [e.kind for e in incident.timeline.all()] == ["action"]


def test_close_before_stabilising_is_refused_with_the_reason_and_nothing_written(world, incident_of, today):
    incident = incident_of()
    with pytest.raises(TransitionRefused, match="Phát sinh"):
        services.add_incident_event(world.a.reporter, incident, kind="close", today=today)
    incident.refresh_from_db()
    assert incident.state == E and incident.timeline.count() == 0 and incident.version == 1


def test_stabilise_close_and_reopen_follow_the_table_and_record_people_and_severity(world, incident_of, today):
    incident = incident_of()
    for kind, fields in [("stabilise", {"people_count": 1}), ("close", {}), ("reopen", {"severity": 2})]:
        services.add_incident_event(world.a.reporter, incident, kind=kind, text=kind, today=today, **fields)
    incident.refresh_from_db()
    assert (incident.state, incident.people_count, incident.severity, incident.closed_on) == (H, 1, 2, None)
    assert [(e.kind, e.data.get("state")) for e in incident.timeline.all()] == [
        ("stabilise", S), ("close", C), ("reopen", H)]


def test_timeline_events_are_never_edited_or_deleted(world, incident_of, today):
    incident = incident_of()
    event = services.add_incident_event(world.a.reporter, incident, kind="update", text="a",
                                        today=today).timeline.get()
    event.text = "sửa"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()


def test_a_stale_version_is_refused(world, incident_of, today):
    incident = incident_of()
    services.add_incident_event(world.a.reporter, incident, kind="update", text="a", today=today, version=1)
    with pytest.raises(Exception, match="thay đổi"):
        services.add_incident_event(world.a.reporter, incident, kind="update", text="b", today=today, version=1)


def test_a_calm_incident_matches_no_rule_and_stays_with_its_unit(incident_of):
    incident = incident_of(severity=2, people_count=4, topics=["moi_truong"])
    assert incident.escalated_to is None and incident.timeline.count() == 0


@pytest.mark.parametrize("fields, rule", [
    ({"severity": 3}, "muc-do-cao"),
    ({"people_count": 5}, "dong-nguoi"),
    ({"topics": ["ton_giao"]}, "ton-giao-dan-toc"),
    ({"topics": ["dan_toc"]}, "ton-giao-dan-toc"),
])
def test_a_matching_rule_escalates_to_the_nearest_unit_above_with_a_reviewer(world, incident_of, fields, rule):
    incident = incident_of(**fields)
    assert incident.escalated_to == world.a.btgdv
    event = incident.timeline.get()
    assert event.kind == "escalate" and event.data["rule"] == rule
    assert EscalationRule.objects.get(code=rule).name in event.text
    notice = Notification.objects.get(user=world.a.reviewer)
    assert incident.title in notice.message and str(incident.pk) in notice.url


def test_an_incident_over_more_than_one_commune_is_escalated(world, incident_of):
    neighbour = world.a.province.children.filter(level="commune").exclude(pk=world.a.commune.pk).first()
    incident = incident_of(areas=[world.a.commune, neighbour])
    assert incident.escalated_to == world.a.btgdv
    assert incident.timeline.get().data["rule"] == "nhieu-xa"


def test_an_incident_stays_inside_its_province(world, incident_of):
    with pytest.raises(ValidationError, match="không thuộc"):
        incident_of(areas=[world.b.commune])


def test_a_rule_switched_off_no_longer_fires(incident_of):
    EscalationRule.objects.filter(code="muc-do-cao").update(is_active=False)
    assert incident_of(severity=3).escalated_to is None


def test_raising_the_severity_later_escalates_then(world, incident_of, today):
    incident = incident_of()
    services.add_incident_event(world.a.reporter, incident, kind="update", text="Đông người hơn", people_count=12,
                                today=today)
    incident.refresh_from_db()
    assert incident.escalated_to == world.a.btgdv
    assert [e.kind for e in incident.timeline.all()] == ["update", "escalate"]


def test_open_longer_than_thirty_days_is_escalated_by_the_review(world, incident_of, today):
    incident = incident_of(started_on=today - timedelta(days=30))
    assert services.escalate_overdue(None, today=today) == 0
    assert services.escalate_overdue(None, today=today + timedelta(days=1)) == 1
    incident.refresh_from_db()
    assert incident.escalated_to == world.a.btgdv
    assert incident.timeline.get().data["rule"] == "keo-dai"


def test_manual_escalation_without_a_unit_above_is_refused(world, today):
    from danvan.accounts.models import Membership

    incident = services.create_incident(world.a.reviewer, unit=world.a.btgdv, areas=[world.a.commune],
                                        title="Vụ việc cấp tỉnh", started_on=today, today=today)
    assert Membership.objects.filter(unit__line_path__lt=world.a.btgdv.line_path).count() == 0
    with pytest.raises(ValidationError, match="cấp trên"):
        services.add_incident_event(world.a.reviewer, incident, kind="escalate", today=today)
    assert not IncidentEvent.objects.filter(incident=incident).exists()
