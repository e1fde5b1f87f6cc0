"""Every write goes through a service that records its audit event."""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

import danvan
from danvan.core.audit import SERVICES, record_event, record_events, service
from danvan.core.models import AuditEvent

APP_DIR = Path(danvan.__file__).parent


def _service_modules():
    """Every app's services.py, or every module of its services/ package."""
    for info in pkgutil.iter_modules([str(APP_DIR)]):
        if (APP_DIR / info.name / "services.py").exists():
            yield f"danvan.{info.name}.services"
        elif (APP_DIR / info.name / "services").is_dir():
            for sub in pkgutil.iter_modules([str(APP_DIR / info.name / "services")]):
                yield f"danvan.{info.name}.services.{sub.name}"


def test_every_public_function_in_a_services_module_is_a_service():
    offenders = []
    for name in _service_modules():
        module = importlib.import_module(name)
        tree = ast.parse(Path(module.__file__).read_text())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                fn = getattr(module, node.name)
                # Pure readers (no writes) may live beside services only if they say so in their name.
                if not getattr(fn, "is_service", False) and not node.name.startswith(("lockout_", "authenticate_")):
                    offenders.append(f"{name}.{node.name}")
    assert offenders == []


@pytest.mark.django_db
def test_a_service_that_records_no_event_is_rolled_back():
    from danvan.org.models import UnitKind

    @service
    def sneaky_write(actor):
        UnitKind.objects.create(code="sneaky", name="Không ghi nhật ký")

    with pytest.raises(ImproperlyConfigured):
        sneaky_write(None)
    assert not UnitKind.objects.filter(code="sneaky").exists()
    SERVICES.remove(sneaky_write)


@pytest.mark.django_db
def test_record_event_outside_a_service_is_refused():
    with pytest.raises(ImproperlyConfigured):
        record_event(None, "x.y", object_type="x")


@pytest.mark.django_db
def test_events_in_bulk_equal_the_events_one_by_one(world):
    """record_events (the imports' bulk path) writes, per object, the event record_event writes; outside a
    service it is refused like record_event."""
    units = [world.a.commune_front, world.a.commune_party]
    with pytest.raises(ImproperlyConfigured):
        record_events(world.admin, "x.y", [(units[0], {"n": 1})])

    @service
    def one_by_one(actor):
        for unit in units:
            record_event(actor, "x.one", unit, after={"name": unit.name, "day": unit.created_at})

    @service
    def in_bulk(actor):
        return record_events(actor, "x.bulk", [(u, {"name": u.name, "day": u.created_at}) for u in units])

    one_by_one(world.admin)
    assert len(in_bulk(world.admin)) == 2
    SERVICES.remove(one_by_one)
    SERVICES.remove(in_bulk)
    columns = ("actor_id", "actor_username", "object_type", "object_id", "object_repr", "before", "after",
               "scope_path")
    one = list(AuditEvent.objects.filter(action="x.one").order_by("object_id").values_list(*columns))
    bulk = list(AuditEvent.objects.filter(action="x.bulk").order_by("object_id").values_list(*columns))
    assert one == bulk and len(one) == 2 and one[0][-1]


@pytest.mark.django_db
def test_event_carries_actor_before_after_and_request_id(world, client):
    from danvan.org.services import update_unit

    unit = world.a.commune_front
    client.force_login(world.admin)
    update_unit(world.admin, unit, version=unit.version, name=unit.name + " (mới)")
    event = AuditEvent.objects.filter(action="org.unit.update", object_id=str(unit.pk)).get()
    assert event.actor == world.admin and event.actor_username == "admin"
    assert event.before["name"] == unit.name and event.after["name"] == unit.name + " (mới)"
    assert event.scope_path == unit.line_path


@pytest.mark.django_db
def test_request_id_reaches_the_event(world, client):
    client.force_login(world.a.unit_admin)
    response = client.post(f"/tai-khoan/to-chuc/{world.a.commune_front.pk}/thanh-vien/",
                           {"username": world.nobody.username, "role": "viewer"},
                           headers={"X-Request-ID": "req-test-12345"})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="accounts.membership.grant", actor=world.a.unit_admin)
    assert event.request_id == "req-test-12345"
    assert response["X-Request-ID"] == "req-test-12345"


@pytest.mark.django_db
def test_administrator_browses_events_per_object_and_per_user(world, client):
    client.force_login(world.admin)
    page = client.get("/nhat-ky/", {"actor": "", "object_type": "accounts.membership"})
    assert page.status_code == 200
    assert "accounts.membership.grant" in page.content.decode()
    client.force_login(world.a.reviewer)
    assert client.get("/nhat-ky/").status_code == 403


@pytest.mark.django_db
def test_the_object_type_filter_is_a_list_of_named_models(world, client):
    """Administrators pick "Thành viên" under its app instead of typing "accounts.membership"."""
    client.force_login(world.admin)
    html = client.get("/nhat-ky/", {"object_type": "accounts.membership"}).content.decode()
    select = html[html.index('<select id="object_type"'):]
    select = select[:select.index("</select>")]
    assert '<option value="accounts.membership" selected>' in select
    assert 'value="org.unit"' in select and 'value="petitions.petition"' in select
    # a type that is not a model (kept by a link) stays selected as itself
    html = client.get("/nhat-ky/", {"object_type": "reporting.nothing_modelled"}).content.decode()
    assert '<option value="reporting.nothing_modelled" selected>reporting.nothing_modelled</option>' in html
