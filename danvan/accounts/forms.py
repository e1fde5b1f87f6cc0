from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from danvan.accounts.choices import Role


class LockoutMessageMixin:
    """Say "locked out, try again in N minutes" instead of "wrong password" when accounts.signin refused."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            minutes = getattr(self.request, "signin_locked_minutes", 0)
            if minutes:
                from danvan.accounts.signin import lockout_message

                raise ValidationError(lockout_message(minutes), code="locked_out") from None
            raise


class LoginForm(LockoutMessageMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": _("Tên đăng nhập hoặc mật khẩu không đúng."),
        "inactive": _("Tài khoản này đã bị khóa."),
    }


class AdminLoginForm(LockoutMessageMixin, AdminAuthenticationForm):
    """The admin site's sign-in: the same backend (lock-out, audit), the same lock-out message."""


class MembershipForm(forms.Form):
    username = forms.CharField(label=_("Tên đăng nhập"), max_length=150)
    role = forms.ChoiceField(label=_("Vai trò"), choices=Role.choices)


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Tên gợi nhớ"), max_length=100, required=False)


class MemberCreateForm(forms.Form):
    username = forms.CharField(label=_("Tên đăng nhập"), max_length=150)
    full_name = forms.CharField(label=_("Họ và tên"), max_length=150, required=False)
    email = forms.EmailField(label=_("Thư điện tử"), required=False)
    role = forms.ChoiceField(label=_("Vai trò"), choices=Role.choices)
