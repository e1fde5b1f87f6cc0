"""Who hears of a report: the nearest reviewers above a unit and the nearest reporters of it.

Internal reads (recipients of notices and reminders), not a user's view of the data.
"""

from danvan.accounts.choices import ROLE_ACTIONS, Role
from danvan.accounts.models import User
from danvan.accounts.selectors import active_members
from danvan.core.permissions import Action
from danvan.org.models import Unit


def _roles_with(action: Action) -> list[str]:
    return [role for role, actions in ROLE_ACTIONS.items() if action in actions]


def reviewers_above(unit: Unit) -> list[User]:
    """The nearest reviewers of a unit's reports: the active users with a review role on the nearest unit
    strictly above it in the reporting line that has some, in one query. Their role covers every unit below,
    but only the nearest hear of each report, so a province is not told of every hamlet's.

    Memberships of closed units are ignored, as in `User.scope_for`: they no longer give any right.
    """
    ancestors = [int(p) for p in unit.line_path.strip("/").split("/")[:-1] if p][::-1]  # nearest first
    at: dict[int, dict[int, User]] = {}
    for unit_id, _, user in active_members(ancestors, _roles_with(Action.REVIEW)):
        at.setdefault(unit_id, {}).setdefault(user.pk, user)
    return next((list(at[u].values()) for u in ancestors if u in at), [])


def reporters_of(unit: Unit) -> list[User]:
    """The nearest reporters of a unit: users with a report-capable role on the unit itself or, when it has
    none, on its nearest ancestor in the reporting line that has some (their role covers the unit)."""
    return nearest_reporters({unit.pk: unit.line_path}).get(unit.pk, [])


def reporters_by_unit(unit_ids) -> dict[int, list[User]]:
    """`reporters_of` for many units in two queries: {unit id: [users]} (units with nobody are absent)."""
    paths = dict(Unit.objects.unscoped().filter(pk__in=list(unit_ids)).values_list("pk", "line_path"))
    return nearest_reporters(paths)


def nearest_reporters(paths: dict[int, str]) -> dict[int, list[User]]:
    """{unit id: its nearest reporters} for units given as {id: line_path}, in one query for all of them.

    Memberships of closed units are ignored, as in `User.scope_for`: they no longer give any right.
    """
    chains = {pk: [int(p) for p in path.strip("/").split("/") if p][::-1] for pk, path in paths.items()}
    at: dict[int, dict[int, list[tuple[str, User]]]] = {}
    for unit_id, role, user in active_members({pk for chain in chains.values() for pk in chain},
                                              _roles_with(Action.REPORT)):
        at.setdefault(unit_id, {}).setdefault(user.pk, []).append((role, user))
    found: dict[int, list[User]] = {}
    for pk, chain in chains.items():
        # The chain runs from the unit itself up to the root: the first unit with reporters wins. On the
        # unit itself any role that may report counts; above it only reporters proper, so that a
        # province's reviewers are not reminded of every commune that has no account of its own.
        for u in chain:
            users = [ms[0][1] for ms in at.get(u, {}).values()
                     if u == pk or any(role == Role.REPORTER for role, _ in ms)]
            if users:
                found[pk] = users
                break
    return found
