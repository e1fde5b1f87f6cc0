"""Every way to sign in goes through the one lock-out and audit path (accounts.signin).

The sign-in pages are found from the URLconf — every route an anonymous visitor gets a password
form from — so a sign-in page added later is covered without editing this file.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from danvan.accounts.models import LoginFailure
from danvan.accounts.services import create_token, create_user
from danvan.core.models import AuditEvent
from danvan.testing.world import PASSWORD

pytestmark = pytest.mark.django_db

_INPUT = re.compile(r"<input\b[^>]*>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _plain_routes(patterns=None, prefix: str = ""):
    """Every URL of the URLconf that takes no parameter (a sign-in page never does)."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            if "<" not in route and "(?P" not in route:
                yield from _plain_routes(entry.url_patterns, prefix + route.lstrip("^"))
        elif isinstance(entry, URLPattern) and "<" not in route and "(" not in route:
            yield "/" + prefix + route.lstrip("^").rstrip("$").replace("\\", "")


def sign_in_forms(client) -> dict[str, tuple[str, str]]:
    """{path: (username field, password field)} for every page that offers an anonymous password form."""
    found = {}
    for path in sorted(set(_plain_routes())):
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        inputs = [dict(_ATTR.findall(tag)) for tag in _INPUT.findall(response.content.decode())]
        passwords = [i["name"] for i in inputs if i.get("type") == "password"]
        texts = [i["name"] for i in inputs if i.get("type") in ("text", None) and "name" in i]
        if passwords and texts:
            found[path] = (texts[0], passwords[0])
    return found


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def staff(world):
    return create_user(None, username="quan-tri-he-thong", password=PASSWORD, is_superuser=True)


def test_the_sign_in_pages_are_found_from_the_urlconf(client, world):
    assert {"/tai-khoan/dang-nhap/", "/quan-tri/login/"} <= set(sign_in_forms(client))


def test_every_failed_attempt_on_every_sign_in_page_is_counted_and_audited(client, staff):
    for path, (user_field, password_field) in sign_in_forms(client).items():
        failures, events = LoginFailure.objects.count(), AuditEvent.objects.filter(action="accounts.login.failed").count()
        client.post(path, {user_field: staff.username, password_field: "sai-mat-khau"})
        assert not _signed_in(client), path
        assert LoginFailure.objects.count() == failures + 1, path
        assert AuditEvent.objects.filter(action="accounts.login.failed").count() == events + 1, path


def test_a_locked_account_cannot_sign_in_through_any_sign_in_page(client, staff, settings):
    routes = sign_in_forms(client)
    settings.LOGIN_FAILURE_LIMIT = 3
    path, (user_field, password_field) = next(iter(routes.items()))
    for _ in range(3):
        client.post(path, {user_field: staff.username, password_field: "sai-mat-khau"})
    for path, (user_field, password_field) in routes.items():
        response = client.post(path, {user_field: staff.username, password_field: PASSWORD})
        assert not _signed_in(client), path
        assert "Đăng nhập sai quá nhiều lần" in response.content.decode(), path


def test_the_admin_sign_in_signs_in_and_is_audited_when_not_locked(client, staff):
    response = client.post("/quan-tri/login/", {"username": staff.username, "password": PASSWORD})
    assert response.status_code == 302 and _signed_in(client)
    event = AuditEvent.objects.get(action="accounts.login.succeeded")
    assert event.actor == staff and event.after["channel"] == "admin:login"


@pytest.mark.parametrize("typed", ["tinh-37 ", " tinh-37", "ｔｉｎｈ－３７", "TINH-37"])
def test_the_lock_out_is_keyed_on_the_normalised_username(client, world, settings, typed):
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": "sai-mat-khau"})
    response = client.post("/tai-khoan/dang-nhap/", {"username": typed, "password": PASSWORD})
    assert not _signed_in(client)
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()


def test_failures_typed_differently_share_one_counter(client, world, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    for typed in ("tinh-37 ", " tinh-37", "ｔｉｎｈ－３７"):
        client.post("/tai-khoan/dang-nhap/", {"username": typed, "password": "sai-mat-khau"})
    response = client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": PASSWORD})
    assert not _signed_in(client) and "Đăng nhập sai quá nhiều lần" in response.content.decode()


def test_failed_api_tokens_are_counted_and_audited_per_address(client, world, settings):
    settings.LOGIN_FAILURE_LIMIT_PER_IP = 3
    _, raw = create_token(None, world.a.reviewer)
    for _ in range(3):
        assert client.get("/api/v1/me", headers={"authorization": "Bearer dv_not-a-token"}).status_code == 401
    assert LoginFailure.objects.filter(ip_address="127.0.0.1").count() == 3
    assert AuditEvent.objects.filter(action="accounts.login.failed", after__channel="api-token").count() == 3
    # The address that guessed is refused even a valid token until the window passes.
    assert client.get("/api/v1/me", headers={"authorization": f"Bearer {raw}"}).status_code == 401


def test_a_locked_account_cannot_use_its_api_token(client, world, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    _, raw = create_token(None, world.a.reviewer)
    for _ in range(3):
        client.post("/tai-khoan/dang-nhap/", {"username": "tinh-37", "password": "sai-mat-khau"},
                    REMOTE_ADDR="10.0.0.9")
    assert client.get("/api/v1/me", headers={"authorization": f"Bearer {raw}"}).status_code == 401
