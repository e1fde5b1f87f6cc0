"""Scoped reads of users, memberships and tokens."""

from django.db import connection
from django.db.models import QuerySet

from danvan.accounts.models import ApiToken, Membership, User
from danvan.core.permissions import Action, get_for_user_or_404
from danvan.org.models import Unit


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


MEMBERS_BATCH = 20_000  # unit ids per statement, well within the databases' limits on bound parameters


def active_members(unit_ids, roles) -> list[tuple[int, str, User]]:
    """(unit id, role, user) for every membership with one of `roles` on one of the units, of active users on
    open units (a closed unit's memberships no longer give any right, as in `User.scope_for`), ordered by
    username.

    Who hears of a report is looked up in every submission, approval and return, and building this join
    with the ORM was a third of an approval's client time (docs/performance.md); written out, it is one
    statement with no query building. The users are whole `User` rows."""
    unit_ids, roles = sorted(set(unit_ids)), list(roles)
    if not unit_ids or not roles:
        return []
    membership, unit, user = (connection.ops.quote_name(m._meta.db_table) for m in (Membership, Unit, User))
    found = []
    for start in range(0, len(unit_ids), MEMBERS_BATCH):
        chunk = unit_ids[start:start + MEMBERS_BATCH]
        sql = (f"SELECT u.*, m.unit_id AS member_unit_id, m.role AS member_role FROM {membership} m "  # noqa: S608
               f"JOIN {unit} o ON o.id = m.unit_id JOIN {user} u ON u.id = m.user_id "
               f"WHERE m.unit_id IN ({', '.join(['%s'] * len(chunk))}) AND m.role IN ({', '.join(['%s'] * len(roles))}) "
               "AND o.closed_on IS NULL AND u.is_active ORDER BY u.username, m.id")
        found += [(u.member_unit_id, u.member_role, u) for u in User.objects.raw(sql, [*chunk, *roles])]
    return found
