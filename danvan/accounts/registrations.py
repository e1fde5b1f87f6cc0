"""What `accounts` contributes to the shared registries (core.registry), registered once from its AppConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from danvan.accounts.rules import grantable_roles
from danvan.accounts.selectors import manageable_memberships, memberships_of
from danvan.core import registry
from danvan.core.permissions import Action

AUDIT_LABELS = {
    "accounts.login.succeeded": _("Đăng nhập"),
    "accounts.login.failed": _("Đăng nhập không thành công"),
    "accounts.user.create": _("Tạo tài khoản"),
    "accounts.user.set_password": _("Đổi mật khẩu"),
    "accounts.user.reset_password": _("Đặt lại mật khẩu"),
    "accounts.membership.grant": _("Cấp quyền"),
    "accounts.membership.change_role": _("Đổi vai trò"),
    "accounts.membership.revoke": _("Thu hồi quyền"),
    "accounts.token.create": _("Cấp mã API"),
    "accounts.token.revoke": _("Thu hồi mã API"),
}

NAVIGATION = (registry.NavItem("tokens", _("Mã API"), "accounts:token_list", order=90),)


def members_panel(request, unit) -> dict | None:
    """The unit's direct memberships, for a user who manages the unit (hidden otherwise)."""
    if not request.user.scope_for(Action.MANAGE).covers(unit.line_path):
        return None
    return {"members": manageable_memberships(request.user, unit), "grantable_roles": grantable_roles(request.user)}


def my_units_panel(request) -> dict:
    """The home page's block of the user's units, roles and scope (administrators see what they may do)."""
    return {"memberships": list(memberships_of(request.user))}


def register() -> None:
    """Fill the registries with this app's audit labels, navigation item and the unit page's members panel."""
    registry.audit_labels.register_many(AUDIT_LABELS)
    for item in NAVIGATION:
        registry.navigation.register(item)
    registry.unit_panels.register(registry.UnitPanel("members", _("Thành viên và phân quyền"),
                                                     "accounts/_unit_members_panel.html", members_panel, order=50))
    registry.home_panels.register(registry.HomePanel("my_units", _("Đơn vị và phạm vi của bạn"),
                                                     "accounts/_home_units_panel.html", my_units_panel, order=10))
