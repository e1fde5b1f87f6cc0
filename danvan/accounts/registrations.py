"""What `accounts` contributes to the shared registries (core.registry), registered once from its AppConfig.ready()."""

from django.utils.translation import gettext_lazy as _

from danvan.core import registry

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


def register() -> None:
    """Fill the registries with this app's audit labels and navigation items."""
    registry.audit_labels.register_many(AUDIT_LABELS)
    for item in NAVIGATION:
        registry.navigation.register(item)
