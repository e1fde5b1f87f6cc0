"""Tokens die with the password; who may grant which role; signed-in pages are not cached; the
documented sign-in limits are the real ones."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied

from danvan.accounts.choices import Role
from danvan.accounts.models import ApiToken, Membership
from danvan.accounts.services import create_token, grant_membership, reset_password
from danvan.core.models import AuditEvent
from danvan.testing.world import PASSWORD

pytestmark = pytest.mark.django_db
DOCS = Path(__file__).resolve().parents[3] / "docs"


def test_changing_ones_password_revokes_ones_api_tokens(world, client):
    token, raw = create_token(None, world.a.reporter)
    client.force_login(world.a.reporter)
    new = "Mot-mat-khau-moi-2026"
    client.post("/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": new, "new_password2": new})
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(action="accounts.token.revoke", object_id=str(token.pk)).exists()
    client.logout()
    assert client.get("/api/v1/me", headers={"authorization": f"Bearer {raw}"}).status_code == 401


def test_a_password_reset_revokes_the_accounts_api_tokens(world):
    token, _ = create_token(None, world.a.reporter)
    other, _ = create_token(None, world.a.reviewer)
    reset_password(world.a.unit_admin, world.a.reporter)
    assert ApiToken.objects.get(pk=token.pk).revoked_at is not None
    assert ApiToken.objects.get(pk=other.pk).revoked_at is None
    assert AuditEvent.objects.filter(action="accounts.token.revoke", object_id=str(token.pk)).exists()


def test_a_unit_administrator_cannot_grant_the_reviewer_role(world):
    with pytest.raises(PermissionDenied):
        grant_membership(world.a.unit_admin, user=world.a.reporter, unit=world.a.commune_party, role=Role.REVIEWER)
    assert not Membership.objects.filter(user=world.a.reporter, role=Role.REVIEWER).exists()


def test_a_unit_administrator_cannot_grant_itself_a_role(world):
    for role in (Role.REVIEWER, Role.REPORTER):
        with pytest.raises(PermissionDenied):
            grant_membership(world.a.unit_admin, user=world.a.unit_admin, unit=world.a.commune_front, role=role)
    assert not Membership.objects.filter(user=world.a.unit_admin, unit=world.a.commune_front).exists()


def test_a_unit_administrator_still_grants_reporters_and_viewers_below_its_unit(world):
    grant_membership(world.a.unit_admin, user=world.nobody, unit=world.a.commune_front, role=Role.REPORTER)
    grant_membership(world.a.unit_admin, user=world.a.reporter, unit=world.a.commune_front, role=Role.VIEWER)
    assert Membership.objects.filter(unit=world.a.commune_front).count() == 2


def test_a_system_administrator_grants_the_reviewer_role(world):
    grant_membership(world.admin, user=world.a.reporter, unit=world.a.commune_party, role=Role.REVIEWER)
    assert Membership.objects.get(user=world.a.reporter, unit=world.a.commune_party).role == Role.REVIEWER


def test_the_membership_form_shows_the_refusal_of_a_reviewer_grant(world, client):
    client.force_login(world.a.unit_admin)
    response = client.post(f"/tai-khoan/to-chuc/{world.a.commune_party.pk}/thanh-vien/",
                           {"username": world.a.reporter.username, "role": Role.REVIEWER}, follow=True)
    assert "quyền duyệt" in response.content.decode()


def test_signed_in_pages_are_not_kept_in_any_cache(world, client):
    client.force_login(world.a.reporter)
    for path in ("/", "/tai-khoan/ma-truy-cap/", "/api/v1/me"):
        response = client.get(path)
        assert response.status_code == 200, path
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives, path


def test_signed_in_api_token_replies_are_not_kept_in_any_cache(world, client):
    _, raw = create_token(None, world.a.reporter)
    response = client.get("/api/v1/me", headers={"authorization": f"Bearer {raw}"})
    assert {"private", "no-store"} <= {d.strip() for d in response["Cache-Control"].split(",")}


def _documented(setting: str) -> int:
    for line in (DOCS / "operations.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        names = re.findall(r"`(\w+)`", cells[0]) if cells else []
        if setting in names and len(cells) > 1:
            return int(cells[1].split(",")[names.index(setting)].strip())
    raise AssertionError(f"{setting} is not documented in docs/operations.md")


@pytest.mark.parametrize("setting", ["LOGIN_FAILURE_LIMIT", "LOGIN_LOCKOUT_MINUTES", "LOGIN_FAILURE_LIMIT_PER_IP"])
def test_the_documented_sign_in_limits_are_the_real_ones(setting):
    assert _documented(setting) == getattr(django_settings, setting)


def test_the_token_page_says_what_a_token_is_for_before_anyone_makes_one(world, client):
    client.force_login(world.a.reporter)
    page = client.get("/tai-khoan/ma-truy-cap/").content.decode()
    assert "Bạn chưa có mã truy cập nào." in page
    assert "Không cần mã này để dùng hệ thống trên trình duyệt" in page and 'href="/api/v1/docs"' in page
