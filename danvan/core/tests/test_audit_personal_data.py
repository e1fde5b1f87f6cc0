"""Personal data stays out of the audit trail: a model declares the fields its events leave out or mask."""

import pytest

from danvan.accounts.models import ApiToken, User
from danvan.accounts.services import create_token, create_user
from danvan.core.audit import MASK, record_event, service, snapshot
from danvan.core.models import AuditEvent
from danvan.org.models import Unit
from danvan.org.services import update_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit_with_personal_fields(monkeypatch, world):
    """Units declared (for this test) to mask their symbol and leave out their folded name."""
    monkeypatch.setattr(Unit, "audit_mask", ("symbol",), raising=False)
    monkeypatch.setattr(Unit, "audit_exclude", ("name_folded",), raising=False)
    return world.a.commune_front


def test_masked_and_excluded_fields_never_reach_the_event(world, unit_with_personal_fields):
    unit = unit_with_personal_fields
    update_unit(world.admin, unit, version=unit.version, symbol="BÍ-MẬT-1", name="Tên mới")
    event = AuditEvent.objects.filter(action="org.unit.update").latest("id")
    for side in (event.before, event.after):
        assert "name_folded" not in side
    assert event.after["symbol"] == MASK and event.after["name"] == "Tên mới"
    assert "BÍ-MẬT-1" not in str(event.before) + str(event.after)


def test_an_empty_masked_field_stays_empty(unit_with_personal_fields):
    unit = unit_with_personal_fields
    unit.symbol = ""
    assert snapshot(unit)["symbol"] == ""
    unit.symbol = "KH"
    assert snapshot(unit, ["symbol"]) == {"symbol": MASK}


def test_a_dict_built_by_hand_obeys_the_declaration_too(world, unit_with_personal_fields):
    unit = unit_with_personal_fields

    @service
    def note_unit(actor, unit):
        record_event(actor, "org.unit.update", unit, before={"symbol": "CŨ-BÍ-MẬT", "name_folded": "x"},
                     after={"symbol": "MỚI-BÍ-MẬT", "name": unit.name})

    note_unit(world.admin, unit)
    event = AuditEvent.objects.filter(action="org.unit.update").latest("id")
    assert event.before == {"symbol": MASK} and event.after == {"symbol": MASK, "name": unit.name}


def test_passwords_and_token_hashes_never_reach_the_trail(world):
    user = create_user(world.admin, username="can-bo-moi", password="mat-khau-rat-dai-2026!")
    token, raw = create_token(world.admin, user, name="máy chủ")
    assert "password" not in snapshot(user) and "key_hash" not in snapshot(token)
    for event in AuditEvent.objects.filter(object_id__in=[str(user.pk), str(token.pk)]):
        text = str(event.before) + str(event.after)
        assert "password" not in text and user.password not in text and token.key_hash not in text
    assert User.audit_exclude == ("password",) and ApiToken.audit_exclude == ("key_hash",)


def test_the_audit_browser_still_renders_masked_events(world, client, unit_with_personal_fields):
    unit = unit_with_personal_fields
    update_unit(world.admin, unit, version=unit.version, symbol="")
    unit.refresh_from_db()
    update_unit(world.admin, unit, version=unit.version, symbol="BÍ-MẬT-2")
    client.force_login(world.admin)
    page = client.get("/nhat-ky/", {"action": "org.unit.update"}, headers={"HX-Request": "true"})
    assert page.status_code == 200
    content = page.content.decode()
    assert "Sửa tổ chức" in content and f"<td>—</td><td>{MASK}</td>" in content and "BÍ-MẬT-2" not in content
