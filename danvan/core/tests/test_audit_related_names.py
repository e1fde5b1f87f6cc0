"""The audit browser names related rows in its changes table (user → username, unit → name), in few queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from danvan.accounts.choices import Role
from danvan.accounts.services import create_token, grant_membership
from danvan.core.models import AuditEvent
from danvan.testing.factories import UserFactory

pytestmark = pytest.mark.django_db


def results(client, **params) -> str:
    response = client.get("/nhat-ky/", params, headers={"HX-Request": "true"})
    assert response.status_code == 200
    return response.content.decode()


def test_token_event_shows_the_username_not_the_id(world, client):
    create_token(world.admin, world.a.reporter, name="máy chủ tổng hợp")
    client.force_login(world.admin)
    rows = results(client, action="accounts.token.create")
    assert "Cấp mã API" in rows
    assert "<td>Người dùng</td><td>—</td><td>xa-37</td>" in rows
    assert f"<td>{world.a.reporter.pk}</td>" not in rows


def test_membership_event_names_the_user_and_the_unit(world, client):
    grant_membership(world.admin, user=world.nobody, unit=world.a.commune_front, role=Role.VIEWER)
    client.force_login(world.admin)
    rows = results(client, action="accounts.membership.grant", actor="admin")
    assert "<td>Người dùng</td><td>—</td><td>chua-phan-quyen</td>" in rows
    assert f"<td>Tổ chức</td><td>—</td><td>{world.a.commune_front.name}</td>" in rows
    assert "<td>Người tạo</td><td>—</td><td>admin</td>" in rows


def test_admin_detail_of_an_event_names_the_user(world, client):
    create_token(world.admin, world.a.reporter, name="")
    event = AuditEvent.objects.get(action="accounts.token.create")
    client.force_login(world.admin)
    page = client.get(reverse("admin:core_auditevent_change", args=[event.pk])).content.decode()
    assert "<td>Người dùng</td><td>—</td><td>xa-37</td>" in page


def test_a_deleted_user_keeps_its_id(world, client):
    gone = UserFactory(username="da-xoa")
    create_token(world.admin, gone, name="")
    gone_pk = gone.pk
    gone.delete()
    client.force_login(world.admin)
    assert f"<td>Người dùng</td><td>—</td><td>{gone_pk}</td>" in results(client, action="accounts.token.create")


def test_naming_related_rows_costs_one_query_per_model_not_per_event(world, client):
    client.force_login(world.admin)

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert "Cấp mã API" in results(client, action="accounts")
        return len(ctx.captured_queries)

    create_token(world.admin, world.a.reporter, name="")
    grant_membership(world.admin, user=world.nobody, unit=world.a.commune_front, role=Role.VIEWER)
    few = count()
    for n in range(15):
        user = UserFactory(username=f"can-bo-{n}")
        create_token(world.admin, user, name="")
        grant_membership(world.admin, user=user, unit=world.a.commune_party, role=Role.VIEWER)
    page = results(client, action="accounts")
    assert "can-bo-0" in page and "can-bo-14" in page
    assert count() == few
