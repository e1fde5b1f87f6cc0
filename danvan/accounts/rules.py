"""Who may give which role: the one copy of the rule, used by the services and the membership forms.

A system administrator grants any role. A unit administrator manages accounts, it does not judge
reports: within its scope it grants viewer, reporter and unit-administrator roles to others, never the
reviewer role (approving reports is given by a system administrator), and never any role to itself —
otherwise managing accounts would be a way to acquire the powers it was not given.
"""

from danvan.accounts.choices import Role
from danvan.core.permissions import Action

GRANTABLE_BY_UNIT_ADMIN = frozenset({Role.VIEWER, Role.REPORTER, Role.UNIT_ADMIN})


def grant_refusal(actor, *, user, unit, role: str) -> str | None:
    """Why `actor` may not give `user` the `role` over `unit` (None: it may). `actor` None: an operator command."""
    if actor is None or actor.is_superuser:
        return None
    if not actor.scope_for(Action.MANAGE).covers(unit.line_path):
        return "Bạn không có quyền quản trị tổ chức này."
    if user.pk == actor.pk:
        return "Bạn không thể tự phân quyền cho chính mình."
    if role not in GRANTABLE_BY_UNIT_ADMIN:
        return "Chỉ quản trị hệ thống mới giao được quyền duyệt báo cáo."
    return None


def grantable_roles(actor) -> list[tuple[str, str]]:
    """The role choices a membership form offers this actor."""
    if actor is None or actor.is_superuser:
        return list(Role.choices)
    return [(value, label) for value, label in Role.choices if value in GRANTABLE_BY_UNIT_ADMIN]
