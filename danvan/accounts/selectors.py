"""Scoped reads of users, memberships and tokens."""

from django.db.models import QuerySet

from danvan.accounts.models import ApiToken, Membership, User
from danvan.core.permissions import Action, get_for_user_or_404


def memberships_of(user: User) -> QuerySet[Membership]:
    """A user's own memberships (everyone may see their own)."""
    return Membership.objects.filter(user=user).select_related("unit", "unit__area", "unit__kind").order_by(
        "unit__line_path")


def manageable_memberships(actor: User, unit=None) -> QuerySet[Membership]:
    qs = Membership.objects.for_user(actor, Action.MANAGE).select_related("user", "unit", "unit__kind")
    if unit is not None:
        qs = qs.filter(unit=unit)
    return qs.order_by("unit__line_path", "user__username")


def get_membership(actor: User, membership_id, action: str = Action.MANAGE) -> Membership:
    return get_for_user_or_404(Membership.objects.select_related("user", "unit"), actor, action, pk=membership_id)


def tokens_of(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at")


def visible_users(actor: User) -> QuerySet[User]:
    return User.objects.for_user(actor, Action.VIEW).order_by("username")


def user_by_username(username: str) -> User | None:
    """An active account by its exact username, for granting a membership (no browsing of other provinces)."""
    return User.objects.filter(username=username.strip()[:150], is_active=True).first()
