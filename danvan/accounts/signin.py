"""The one sign-in path: lock-out, audit and security log for every way in.

The main form and the admin site's form reach it through `SignInBackend` (the only entry of
AUTHENTICATION_BACKENDS, so anything that calls `django.contrib.auth.authenticate` is covered); the
API reaches it through `authenticate_token_request`. A lock-out refusal is a PermissionDenied inside the
backend, which makes Django stop trying; the minutes left are left on the request for the form's
message.
"""

import logging
import unicodedata
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from danvan.accounts import services
from danvan.accounts.models import LoginFailure, User

security_log = logging.getLogger("danvan.security")
TOKEN_CHANNEL = "api-token"  # noqa: S105  (a channel name, not a secret)


def normalise_username(username: str) -> str:
    """The username as the sign-in form reads it: NFKC, no surrounding spaces."""
    return unicodedata.normalize("NFKC", username or "").strip()[:150]


def identity_key(username: str) -> str:
    """What the per-account lock-out counts on: the account's own username once it is known, else the
    normalised, case-folded typed name — so `"name "`, `" name"`, `NAME` and the full-width form share
    one counter."""
    typed = normalise_username(username)
    account = User.objects.unscoped().filter(username__iexact=typed).values_list("username", flat=True).first() if typed else None
    return (account or typed).casefold()[:150]


def client_ip(request) -> str | None:
    """The client's address; behind TRUSTED_PROXY_COUNT proxies, the one they saw (X-Forwarded-For)."""
    if request is None:
        return None
    hops = settings.TRUSTED_PROXY_COUNT
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops][:45]
    return request.META.get("REMOTE_ADDR") or None


def channel_of(request) -> str:
    """The sign-in route, as its URL name (`accounts:login`, `admin:login`), for the audit trail."""
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else "unknown"


def lockout_remaining(key: str, ip_address: str | None) -> int:
    """Minutes left before sign-in is allowed again for this identity key or address (0: not locked)."""
    window_start = timezone.now() - timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
    failures = LoginFailure.objects.unscoped().filter(created_at__gte=window_start)
    by_user = failures.filter(username=key).order_by("-created_at") if key else failures.none()
    by_ip = failures.filter(ip_address=ip_address).order_by("-created_at") if ip_address else failures.none()
    for qs, limit in ((by_user, settings.LOGIN_FAILURE_LIMIT), (by_ip, settings.LOGIN_FAILURE_LIMIT_PER_IP)):
        # Only the most recent `limit` failures matter; the oldest of them starts the lock-out.
        recent = list(qs.values_list("created_at", flat=True)[:limit])
        if len(recent) >= limit:
            unlock = recent[-1] + timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
            return max(1, int((unlock - timezone.now()).total_seconds() // 60) + 1)
    return 0


def _refuse_if_locked(request, key: str, ip: str | None, channel: str) -> None:
    minutes = lockout_remaining(key, ip)
    if minutes:
        security_log.warning("login refused (locked out) key=%s ip=%s channel=%s", key, ip, channel)
        if request is not None:
            request.signin_locked_minutes = minutes
        raise PermissionDenied(lockout_message(minutes))


def lockout_message(minutes: int) -> str:
    return f"Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút."


def authenticate_user(request, username: str, password: str, *, channel: str | None = None) -> User | None:
    """Check a username and password: refused (PermissionDenied) while the identity or the address is
    locked out; a failure is counted and audited, a success audited and clears the identity's failures."""
    channel = channel or channel_of(request)
    ip, key = client_ip(request), identity_key(username)
    _refuse_if_locked(request, key, ip, channel)
    user = ModelBackend().authenticate(request, username=normalise_username(username), password=password)
    if user is None:
        services.record_login_failure(key, ip, channel=channel)
        security_log.warning("login failed key=%s ip=%s channel=%s", key, ip, channel)
        return None
    services.record_login_success(user, ip, key=key, channel=channel)
    return user


def authenticate_token_request(request, raw: str) -> User | None:
    """The user behind a bearer token, through the same lock-out: an address that guessed too often is
    refused every token; a token of an account locked out at a sign-in form is refused too."""
    ip = client_ip(request)
    try:
        _refuse_if_locked(request, "", ip, TOKEN_CHANNEL)
        user = services.authenticate_token(raw)
        if user is None:
            services.record_login_failure("", ip, channel=TOKEN_CHANNEL, presented=(raw or "")[:10])
            security_log.warning("token refused ip=%s prefix=%s", ip, (raw or "")[:10])
            return None
        _refuse_if_locked(request, identity_key(user.username), None, TOKEN_CHANNEL)
    except PermissionDenied:
        return None
    return user


class SignInBackend(ModelBackend):
    """Django's model backend behind the one lock-out and audit path; the admin site uses it too."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        return authenticate_user(request, username, password)
