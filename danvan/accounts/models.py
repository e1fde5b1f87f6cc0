"""Users, memberships (user × unit × role), API tokens and login security."""

import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.accounts.choices import ROLE_ACTIONS, Role
from danvan.core.models import TimeStampedModel
from danvan.core.permissions import EVERYTHING, Action, Scope, ScopedQuerySet, minimal_prefixes


class UserQuerySet(ScopedQuerySet):
    def for_user(self, user, action: str = Action.VIEW):
        """Administrators see everyone; a unit administrator the members of units in scope; anyone, self."""
        if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        scope = user.scope_for(Action.MANAGE)
        members = Membership.objects.for_user(user, Action.MANAGE).values("user_id") if not scope.is_empty else []
        q = models.Q(pk=user.pk)
        if members:
            q |= models.Q(pk__in=members)
        return self.filter(q)


class DanvanUserManager(UserManager.from_queryset(UserQuerySet)):
    pass


class User(AbstractUser):
    """A staff member. `is_superuser` makes a system administrator."""

    full_name = models.CharField(_("họ và tên"), max_length=150, blank=True)

    objects = DanvanUserManager()
    audit_exclude = ("password",)  # not even its hash reaches the audit trail

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")

    @property
    def is_admin(self) -> bool:
        return self.is_superuser

    @property
    def display_name(self) -> str:
        return self.full_name or self.get_full_name() or self.username

    def scope_for(self, action: Action) -> Scope:
        """The reporting-line subtrees this user may act on; cached on the instance (one query per request)."""
        if self.is_superuser:
            return EVERYTHING
        cache = self.__dict__.setdefault("_scope_cache", {})
        if "memberships" not in cache:
            # The memberships are the scope itself: read them without one.
            memberships = Membership.objects.unscoped().filter(user=self, unit__closed_on__isnull=True)
            cache["memberships"] = list(memberships.values_list("role", "unit__line_path"))
        if action not in cache:
            cache[action] = Scope(prefixes=minimal_prefixes(
                path for role, path in cache["memberships"] if action in ROLE_ACTIONS.get(role, ())
            ))
        return cache[action]

    def forget_scope(self) -> None:
        self.__dict__.pop("_scope_cache", None)


class Membership(TimeStampedModel):
    """A user's role over a unit and every unit below it in the reporting line."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người dùng"), on_delete=models.CASCADE,
                             related_name="memberships")
    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "unit__line_path"

    class Meta:
        ordering = ["unit__line_path", "user__username"]
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="membership_user_unit_unique")]
        verbose_name = _("phân quyền")
        verbose_name_plural = _("phân quyền")

    def __str__(self) -> str:
        return f"{self.user} · {self.unit} · {self.get_role_display()}"

    @property
    def audit_scope_path(self) -> str:
        return self.unit.line_path


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(TimeStampedModel):
    """A bearer token for the API. Only its SHA-256 is stored; the token is shown once at creation."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("tên"), max_length=100, blank=True)
    prefix = models.CharField(_("tiền tố"), max_length=12, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    last_used_at = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True
    audit_exclude = ("key_hash",)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("mã truy cập API")
        verbose_name_plural = _("mã truy cập API")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"


class LoginFailure(models.Model):
    """A failed sign-in, kept to lock out guessing (per username and per address)."""

    username = models.CharField(max_length=150, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.username} {self.ip_address} {self.created_at}"
