"""Signing in: Argon2, lock-out after repeated failures, logged; tokens; password change."""

import pytest
from django.core.management import call_command

from danvan.accounts.models import ApiToken, LoginFailure
from danvan.core.models import AuditEvent
from danvan.testing.world import PASSWORD

pytestmark = pytest.mark.django_db


def test_passwords_are_hashed_with_argon2(world):
    assert world.a.reviewer.password.startswith("argon2")


def test_production_hashes_with_full_cost_argon2_and_reads_what_the_tests_wrote(world):
    """The tests hash at Argon2's smallest cost (danvan/testing/hashers.py); the settings production runs with
    name Django's full-cost Argon2 first, and it verifies a password the tests' hasher wrote."""
    from django.contrib.auth.hashers import Argon2PasswordHasher, get_hasher
    from django.utils.module_loading import import_string

    from danvan import settings as production
    from danvan.testing.hashers import CheapArgon2PasswordHasher

    first = import_string(production.PASSWORD_HASHERS[0])
    assert first is Argon2PasswordHasher and first.memory_cost >= 19 * 1024
    assert isinstance(get_hasher(), CheapArgon2PasswordHasher)  # the suite's own
    assert CheapArgon2PasswordHasher.memory_cost < first.memory_cost
    assert first().verify(PASSWORD, world.a.reviewer.password)


def test_login_and_logout(world, client):
    response = client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    home = client.get("/")
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình" in home.content.decode()
    client.post("/tai-khoan/dang-xuat/")
    # Signed out, "/" is the public portal's home: nothing of the staff home is left.
    after = client.get("/")
    assert after.status_code == 200 and "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình" not in after.content.decode()


def test_login_refuses_open_redirects(world, client):
    response = client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": PASSWORD,
                                                     "next": "https://example.org/"})
    assert response["Location"] == "/"


def test_repeated_failures_lock_the_account_out(world, client, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        response = client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": "sai"})
        assert "không đúng" in response.content.decode()
    locked = client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": PASSWORD})
    assert locked.status_code == 200 and "Đăng nhập sai quá nhiều lần" in locked.content.decode()
    assert AuditEvent.objects.filter(action="accounts.login.failed").count() == 3
    LoginFailure.objects.all().delete()
    assert client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": PASSWORD}).status_code == 302


def test_create_token_prints_it_once_and_stores_only_its_hash(world, capsys):
    call_command("create_token", "tinh-37")
    raw = capsys.readouterr().out.strip()
    token = ApiToken.objects.get(user=world.a.reviewer)
    assert raw.startswith("dv_") and raw not in (token.key_hash, token.prefix)
    call_command("tokens", "--revoke", token.prefix)
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_user_changes_password(world, client):
    client.force_login(world.a.reporter)
    response = client.post("/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": "Mot-mat-khau-moi-2026",
                                                       "new_password2": "Mot-mat-khau-moi-2026"})
    assert response.status_code == 302
    world.a.reporter.refresh_from_db()
    assert world.a.reporter.check_password("Mot-mat-khau-moi-2026")
    assert AuditEvent.objects.filter(action="accounts.user.set_password", object_id=str(world.a.reporter.pk)).exists()
