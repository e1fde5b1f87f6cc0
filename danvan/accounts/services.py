"""Writes to users, memberships, tokens and login security. Every function here is a @service."""

import secrets
from datetime import timedelta

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.accounts import rules
from danvan.accounts.choices import Role
from danvan.accounts.models import ApiToken, LoginFailure, Membership, User, hash_token
from danvan.core.audit import mark_unchanged, record_event, service, snapshot
from danvan.core.permissions import Action

TOKEN_PREFIX = "dv_"  # noqa: S105  (a public prefix, not a secret)
_USER_FIELDS = ["username", "full_name", "email", "is_active", "is_superuser"]


def _require_manage(actor, unit) -> None:
    """A unit administrator manages memberships of units in their scope; an administrator, everywhere."""
    if actor is None:  # operator commands
        return
    if not actor.scope_for(Action.MANAGE).covers(unit.line_path):
        raise PermissionDenied("Bạn không có quyền quản trị tổ chức này.")


@service
def create_user(actor, *, username: str, password: str | None = None, full_name: str = "", email: str = "",
                is_superuser: bool = False) -> User:
    username = (username or "").strip()
    if not username:
        raise ValidationError({"username": "Vui lòng nhập tên đăng nhập."})
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": f"Tên đăng nhập “{username}” đã được dùng."})
    if is_superuser and actor is not None and not actor.is_superuser:
        raise PermissionDenied("Chỉ quản trị hệ thống mới tạo được quản trị hệ thống.")
    user = User(username=username, full_name=full_name, email=email, is_superuser=is_superuser,
                is_staff=is_superuser)
    user.full_clean(exclude=["password"])
    if password:
        validate_password(password, user)
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    record_event(actor, "accounts.user.create", user, after=snapshot(user, _USER_FIELDS))
    return user


@service
def set_password(actor, user: User, new_password: str) -> None:
    """Set a user's password (their own change, or an administrator's reset); the hash never enters the log."""
    validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    record_event(actor, "accounts.user.set_password", user)
    _revoke_tokens_of(actor, user, reason="password_change")


def _revoke_tokens_of(actor, user: User, *, reason: str) -> None:
    """A new password ends every API token of the account: a token taken with the old one must die too."""
    now = timezone.now()
    for token in ApiToken.objects.filter(user=user, revoked_at__isnull=True):
        token.revoked_at = now
        token.save(update_fields=["revoked_at", "updated_at"])
        record_event(actor, "accounts.token.revoke", token, after={"revoked_at": now, "reason": reason})


@service
def grant_membership(actor, *, user: User, unit, role: str) -> Membership:
    """Give `user` the role over `unit` (and everything below it); an existing membership changes role."""
    if role not in Role.values:
        raise ValidationError({"role": "Vai trò không hợp lệ."})
    refusal = rules.grant_refusal(actor, user=user, unit=unit, role=role)
    if refusal:
        raise PermissionDenied(refusal)
    membership = Membership.objects.filter(user=user, unit=unit).first()
    if membership is not None:
        if membership.role == role:
            mark_unchanged()
            return membership
        before = snapshot(membership)
        membership.role = role
        membership.save(update_fields=["role", "updated_at"])
        record_event(actor, "accounts.membership.change_role", membership, before=before, after=snapshot(membership))
    else:
        membership = Membership.objects.create(user=user, unit=unit, role=role,
                                               created_by=actor if getattr(actor, "pk", None) else None)
        record_event(actor, "accounts.membership.grant", membership, after=snapshot(membership))
    user.forget_scope()
    return membership


@service
def revoke_membership(actor, membership: Membership) -> None:
    _require_manage(actor, membership.unit)
    if actor is not None and membership.user_id == actor.pk and not actor.is_superuser:
        raise ValidationError("Bạn không thể tự thu hồi quyền quản trị của chính mình.")
    before = snapshot(membership)
    record_event(actor, "accounts.membership.revoke", membership, before=before)
    membership.delete()


@service
def create_token(actor, user: User, *, name: str = "") -> tuple[ApiToken, str]:
    """Issue a bearer token; returns (token row, raw token). The raw token is never stored."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name[:100], prefix=raw[:10], key_hash=hash_token(raw))
    record_event(actor, "accounts.token.create", token, after={"user": user.pk, "prefix": token.prefix, "name": name})
    return token, raw


@service
def revoke_token(actor, token: ApiToken) -> ApiToken:
    if token.revoked_at is not None:
        mark_unchanged()
        return token
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at", "updated_at"])
    record_event(actor, "accounts.token.revoke", token, after={"revoked_at": token.revoked_at})
    return token


@service
def record_login_failure(key: str, ip_address: str | None, *, channel: str, presented: str = "") -> None:
    """Count a failed sign-in for the lock-out (`key`: the normalised identity, "" for a bad token)."""
    LoginFailure.objects.create(username=key[:150], ip_address=ip_address)
    after = {"ip": ip_address, "channel": channel}
    if presented:
        after["presented"] = presented  # a token's public prefix, never the token
    record_event(None, "accounts.login.failed", object_type="accounts.user", object_repr=key[:150], after=after)


@service
def record_login_success(user: User, ip_address: str | None, *, key: str, channel: str) -> None:
    """A verified password: the identity's failures are cleared and the sign-in is audited."""
    LoginFailure.objects.filter(username=key).delete()
    record_event(user, "accounts.login.succeeded", user, after={"ip": ip_address, "channel": channel})


def authenticate_token(raw: str) -> User | None:
    """The active user behind a bearer token, or None. Touches last_used_at at most once a minute."""
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(key_hash=hash_token(raw), revoked_at__isnull=True).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def _random_password() -> str:
    return secrets.token_urlsafe(9)


@service
def create_member(actor, *, unit, username: str, full_name: str = "", email: str = "", role: str) -> tuple[User, str]:
    """A unit administrator opens an account for a staff member of a unit in scope; returns (user, password).

    The password is random and shown once; the user changes it after signing in.
    """
    _require_manage(actor, unit)
    if role not in Role.values:
        raise ValidationError({"role": "Vai trò không hợp lệ."})
    password = _random_password()
    user = create_user(actor, username=username, password=password, full_name=full_name, email=email)
    grant_membership(actor, user=user, unit=unit, role=role)
    return user, password


def _can_reset(actor, user: User) -> bool:
    if actor is None or actor.is_superuser:
        return True
    if user.is_superuser or user.pk == actor.pk:
        return False
    paths = list(Membership.objects.filter(user=user).values_list("unit__line_path", flat=True))
    scope = actor.scope_for(Action.MANAGE)
    # Only someone who manages every unit the account belongs to may take it over.
    return bool(paths) and all(scope.covers(p) for p in paths)


@service
def reset_password(actor, user: User) -> str:
    """Give the account a new random password (shown once to the administrator)."""
    if not _can_reset(actor, user):
        raise PermissionDenied("Bạn không quản lý mọi đơn vị của tài khoản này nên không đặt lại mật khẩu được.")
    password = _random_password()
    user.set_password(password)
    user.save(update_fields=["password"])
    LoginFailure.objects.filter(username=user.username.casefold()).delete()
    record_event(actor, "accounts.user.reset_password", user)
    _revoke_tokens_of(actor, user, reason="password_reset")
    return password
