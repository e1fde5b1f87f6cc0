"""Staff read the audit trail in words: every recorded action has a label, before/after become a table."""

import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import danvan
from danvan.accounts.choices import Role
from danvan.accounts.services import grant_membership
from danvan.core.admin import AuditedModelAdmin
from danvan.core.audit import audit_type
from danvan.core.audit_labels import action_label, describe_changes, labelled_codes
from danvan.core.models import AuditEvent

APP_DIR = Path(danvan.__file__).parent
CALL = re.compile(r"(?<!def )\brecord_events?\(")
# The action is the second argument (of record_event, and of record_events for rows written in bulk): a string
# literal, or an f-string where the code is built.
CODE = re.compile(r"(?<!def )\brecord_events?\(\s*[^,()]+,\s*(?P<f>f?)\"(?P<code>[^\"]+)\"")
# Where a code is built at run time, and the test that covers the codes it builds.
BUILT_CODES = {"core/services.py": "test_every_catalogue_edited_in_the_admin_has_labels"}


def recorded_codes() -> tuple[set[str], list[str]]:
    """The literal action codes of every record_event call outside tests, and the calls this scan cannot read."""
    codes, unreadable = set(), []
    for path in sorted(APP_DIR.rglob("*.py")):
        relative = path.relative_to(APP_DIR).as_posix()
        if "/tests/" in f"/{relative}" or "/migrations/" in f"/{relative}":
            continue
        text = path.read_text()
        calls = {m.start() for m in CALL.finditer(text)}
        for m in CODE.finditer(text):
            calls.discard(m.start())
            if m["f"] and relative in BUILT_CODES:
                continue
            if m["f"]:
                unreadable.append(f"{relative}: f\"{m['code']}\"")
            else:
                codes.add(m["code"])
        unreadable += [f"{relative}:{text.count(chr(10), 0, start) + 1}" for start in sorted(calls)]
    return codes, unreadable


def catalogue_codes() -> set[str]:
    """The create/update/delete codes of every model (and inline row) edited through AuditedModelAdmin."""
    models = set()
    for model, model_admin in admin.site._registry.items():
        if isinstance(model_admin, AuditedModelAdmin):
            models |= {model, *(inline.model for inline in model_admin.inlines)}
    return {f"{audit_type(m)}.{verb}" for m in models for verb in ("create", "update", "delete")}


def test_every_action_code_recorded_in_the_code_base_has_a_label():
    codes, unreadable = recorded_codes()
    assert "reporting.submission.approve" in codes and len(codes) > 30  # the scan sees the services
    assert unreadable == [], "write the action as a string literal in record_event(actor, \"app.thing.verb\", …)"
    assert sorted(codes - labelled_codes()) == [], "register a Vietnamese label (core.registry.audit_labels)"


def test_every_catalogue_edited_in_the_admin_has_labels():
    codes = catalogue_codes()
    assert "org.unitkind.update" in codes
    assert sorted(codes - labelled_codes()) == []


def test_no_label_outlives_its_action():
    codes, _ = recorded_codes()
    assert sorted(labelled_codes() - codes - catalogue_codes()) == []


def test_an_unknown_code_shows_as_itself():
    assert action_label("reporting.submission.approve") == "Duyệt báo cáo"
    assert action_label("x.y.z") == "x.y.z"


def test_changes_name_fields_in_vietnamese_and_show_status_labels():
    changes = describe_changes("reporting.submission", {"status": "submitted", "version": 2},
                               {"status": "approved", "version": 3, "note": "Đạt"})
    rows = [(r.field, r.before, r.after) for r in changes.rows]
    assert rows == [("Trạng thái", "Đã nộp", "Đã duyệt"), ("Phiên bản", "2", "3"), ("Ghi chú", "—", "Đạt")]


def test_changes_list_only_what_changed_and_open_nested_values():
    changes = describe_changes("reporting.submission",
                               {"status": "draft", "values": {"CT01": "5", "CT02": "7"}, "approved_by_id": None},
                               {"status": "draft", "values": {"CT01": "5", "CT02": "9"}, "approved_by_id": 4,
                                "sections": {}, "return_reason": ""})
    assert [(r.field, r.before, r.after) for r in changes.rows] == [
        ("Số liệu › CT02", "7", "9"), ("Người duyệt", "—", "4")]


def test_changes_of_an_object_that_is_not_a_model_and_times_the_vietnamese_way():
    changes = describe_changes("reporting.reminder", None, {"sent": 3, "at": "2026-03-05T03:04:00+00:00"})
    assert [(r.field, r.before, r.after) for r in changes.rows] == [
        ("Số lời nhắc đã gửi", "—", "3"), ("at", "—", "05/03/2026 10:04")]


def test_changes_that_are_not_objects_fall_back_to_json():
    changes = describe_changes("org.area", ["a"], {"x": 1})
    assert changes.rows == () and '"a"' in changes.before_json and '"x": 1' in changes.after_json


def _results(client, **params) -> str:
    """The result rows only (what htmx swaps in), so the filter's option labels do not count."""
    response = client.get("/nhat-ky/", params, headers={"HX-Request": "true"})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_audit_list_shows_actions_in_words_and_filters_by_a_chosen_action(world, client):
    grant_membership(world.admin, user=world.nobody, unit=world.a.commune_front, role=Role.VIEWER)
    grant_membership(world.admin, user=world.nobody, unit=world.a.commune_front, role=Role.REVIEWER)
    client.force_login(world.admin)

    page = client.get("/nhat-ky/", {"action": "accounts.membership.change_role"}).content.decode()
    assert '<select id="action" name="action">' in page
    assert '<option value="accounts.membership.change_role" selected>Đổi vai trò</option>' in page
    assert '<option value="reporting.submission.approve">Duyệt báo cáo</option>' in page

    rows = _results(client, action="accounts.membership.change_role")
    assert "Đổi vai trò" in rows and "<code>accounts.membership.change_role</code>" in rows
    assert "<td>Vai trò</td><td>Xem</td><td>Duyệt</td>" in rows
    assert "Cấp quyền" not in rows  # the world's grants are filtered out

    everything = _results(client)
    assert "Cấp quyền" in everything and "Đổi vai trò" in everything


@pytest.mark.django_db
def test_a_prefix_from_an_old_link_still_filters_and_stays_selected(world, client):
    client.force_login(world.admin)
    page = client.get("/nhat-ky/", {"action": "accounts.membership"}).content.decode()
    assert '<option value="accounts.membership" selected>accounts.membership</option>' in page
    assert "Cấp quyền" in _results(client, action="accounts.membership")


@pytest.mark.django_db
def test_audit_list_queries_do_not_grow_with_the_events_shown(world, client):
    from danvan.org.models import Unit
    from danvan.org.services import update_unit

    client.force_login(world.admin)

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert "trường thay đổi" in _results(client)
        return len(ctx.captured_queries)

    few = count()
    for unit in Unit.objects.filter(line_path__startswith=world.a.btgdv.line_path)[:20]:
        update_unit(world.admin, unit, version=unit.version, symbol="KH-MỚI")
    grant_membership(world.admin, user=world.nobody, unit=world.a.commune_front, role=Role.VIEWER)
    assert AuditEvent.objects.filter(action="org.unit.update").count() == 20
    assert count() == few


@pytest.mark.django_db
def test_admin_detail_of_an_event_shows_the_label_and_the_changes(world, client):
    grant_membership(world.admin, user=world.nobody, unit=world.a.commune_front, role=Role.VIEWER)
    event = AuditEvent.objects.get(action="accounts.membership.grant", actor=world.admin)
    client.force_login(world.admin)
    page = client.get(reverse("admin:core_auditevent_change", args=[event.pk])).content.decode()
    assert "Cấp quyền" in page and "<td>Vai trò</td><td>—</td><td>Xem</td>" in page


def test_a_sign_in_event_names_its_fields_in_vietnamese():
    # The trail's most frequent row showed "channel — accounts:login" beside "Địa chỉ IP".
    changes = describe_changes("accounts.user", None, {"ip": "127.0.0.1", "channel": "accounts:login"})
    assert sorted(row.field for row in changes.rows) == ["Kênh", "Địa chỉ IP"]
