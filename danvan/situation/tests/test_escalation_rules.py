"""Escalation rules per province: national defaults, a province's own version (threshold, topics, on/off,
its own rules), back to the default; only the province's administrators edit them; audited."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.core.models import AuditEvent
from danvan.situation import escalation, services
from danvan.situation.models import EscalationRule
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def province_admin(world):
    user = UserFactory(username="qt-tinh-a")
    grant_membership(None, user=user, unit=world.a.btgdv, role=Role.UNIT_ADMIN)
    return user


@pytest.fixture
def incident_in(world, today):
    def make(side, **fields):
        people = getattr(world, side)
        fields.setdefault("severity", 1)
        fields.setdefault("people_count", 2)
        return services.create_incident(people.reporter, unit=people.commune_party, areas=[people.commune],
                                        title="Tranh chấp đất đai", started_on=today - timedelta(days=2),
                                        today=today, **fields)
    return make


def test_a_raised_threshold_applies_in_its_province_only(world, province_admin, incident_in):
    services.set_province_rule(province_admin, province=world.a.province, code="dong-nguoi", threshold=20)
    assert incident_in("a", people_count=12).escalated_to is None
    assert incident_in("b", people_count=12).escalated_to == world.b.btgdv
    assert incident_in("a", people_count=20).escalated_to == world.a.btgdv


def test_a_rule_switched_off_for_a_province_and_back_to_the_default(world, province_admin, incident_in):
    services.set_province_rule(province_admin, province=world.a.province, code="muc-do-cao", is_active=False)
    assert incident_in("a", severity=3).escalated_to is None
    assert incident_in("b", severity=3).escalated_to == world.b.btgdv
    services.reset_province_rule(province_admin, province=world.a.province, code="muc-do-cao")
    assert incident_in("a", severity=3).escalated_to == world.a.btgdv
    assert EscalationRule.objects.get(code="muc-do-cao", province__isnull=True).is_active  # national untouched


def test_a_province_adds_its_own_topic_rule_and_the_event_names_it(world, province_admin, incident_in):
    services.set_province_rule(province_admin, province=world.a.province, code="giai-phong-mat-bang",
                               name="Giải phóng mặt bằng", kind="topic_in", topics=["giai_phong_mat_bang"], order=5)
    incident = incident_in("a", topics=["giai_phong_mat_bang"])
    assert incident.escalated_to == world.a.btgdv
    event = incident.timeline.get()
    assert event.data["rule"] == "giai-phong-mat-bang" and "Giải phóng mặt bằng" in event.text
    assert incident_in("b", topics=["giai_phong_mat_bang"]).escalated_to is None
    codes = [r.code for r in escalation.active_rules(world.a.province)]
    assert codes[0] == "giai-phong-mat-bang" and "muc-do-cao" in codes


def test_bad_values_are_refused_in_vietnamese(world, province_admin):
    with pytest.raises(ValidationError, match="Mức độ từ 1 đến 3"):
        services.set_province_rule(province_admin, province=world.a.province, code="muc-do-cao", threshold=7)
    with pytest.raises(ValidationError, match="Chủ đề"):
        services.set_province_rule(province_admin, province=world.a.province, code="ton-giao-dan-toc",
                                   topics=["khong_co"])
    with pytest.raises(ValidationError, match="loại điều kiện"):
        services.set_province_rule(province_admin, province=world.a.province, code="moi", name="Mới")
    assert not EscalationRule.objects.filter(province__isnull=False).exists()


def test_only_the_provinces_administrators_edit_its_rules(world, province_admin):
    for user in (world.a.unit_admin, world.a.reviewer, world.a.reporter, world.b.reviewer):
        with pytest.raises(PermissionDenied):
            services.set_province_rule(user, province=world.a.province, code="dong-nguoi", threshold=9)
    with pytest.raises(PermissionDenied):
        services.set_province_rule(province_admin, province=world.b.province, code="dong-nguoi", threshold=9)
    services.set_province_rule(world.admin, province=world.b.province, code="dong-nguoi", threshold=9)
    services.set_province_rule(province_admin, province=world.a.province, code="dong-nguoi", threshold=9)
    events = AuditEvent.objects.unscoped().filter(action="situation.rule.set")
    assert events.count() == 2 and {e.after["threshold"] for e in events} == {9}


def test_the_rules_page(client, world, province_admin, incident_in):
    client.force_login(world.a.reporter)
    assert client.get("/tinh-hinh/quy-tac/").status_code == 403
    client.force_login(province_admin)
    page = client.get("/tinh-hinh/quy-tac/").content.decode()
    assert world.a.province.name in page and "Từ 5 người trở lên cùng nội dung" in page and "Tôn giáo" in page
    response = client.post("/tinh-hinh/quy-tac/dong-nguoi/", {"tinh": world.a.province.code, "threshold": "15",
                                                               "is_active": "on", "order": "20"})
    assert response.status_code == 302
    rule = EscalationRule.objects.get(province=world.a.province, code="dong-nguoi")
    assert rule.threshold == 15 and rule.is_active
    assert "Riêng của tỉnh" in client.get("/tinh-hinh/quy-tac/").content.decode()
    assert client.get("/tinh-hinh/quy-tac/", {"tinh": world.b.province.code}).status_code == 404
    client.post("/tinh-hinh/quy-tac/dong-nguoi/mac-dinh/", {"tinh": world.a.province.code})
    assert not EscalationRule.objects.filter(province__isnull=False).exists()
