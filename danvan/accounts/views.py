"""Sign-in with lock-out, password change, API tokens, membership management."""

from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_POST

from danvan.accounts import selectors, services
from danvan.accounts.forms import LoginForm, MemberCreateForm, MembershipForm, TokenForm
from danvan.core.permissions import Action
from danvan.core.views import call_service
from danvan.org.selectors import get_unit


@never_cache
@csrf_protect
def login_view(request):
    """The main sign-in page; the lock-out and audit happen in accounts.signin, behind the form."""
    if request.user.is_authenticated:
        return redirect("core:home")
    form = LoginForm(request, data=request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
            next_url = ""
        return redirect(next_url or "core:home")
    return render(request, "accounts/login.html", {"form": form, "next": next_url})


@login_required
def password_change(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        # The service's password rules are about the new password: show them under that field.
        changed = call_service(request, lambda: services.set_password(
            request.user, request.user, form.cleaned_data["new_password1"]), flash=False, catch=(ValidationError,))
        for message in changed.messages:
            form.add_error("new_password1", message)
        if changed.ok:
            update_session_auth_hash(request, request.user)
            messages.success(request, "Đã đổi mật khẩu.")
            return redirect("core:home")
    return render(request, "accounts/password_change.html", {"form": form})


@login_required
def token_list(request):
    form = TokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _, new_token = services.create_token(request.user, request.user, name=form.cleaned_data["name"])
        form = TokenForm()
    return render(request, "accounts/token_list.html", {
        "tokens": selectors.tokens_of(request.user), "form": form, "new_token": new_token,
    })


@login_required
@require_POST
def token_revoke(request, pk: int):
    token = selectors.tokens_of(request.user).filter(pk=pk).first()
    if token is None:
        raise Http404
    services.revoke_token(request.user, token)
    messages.success(request, "Đã thu hồi mã truy cập.")
    return redirect("accounts:token_list")


@login_required
@require_POST
def membership_add(request, unit_id: int):
    unit = get_unit(request.user, unit_id, Action.MANAGE)
    form = MembershipForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Vui lòng nhập tên đăng nhập và chọn vai trò.")
        return redirect("org:unit_detail", pk=unit.pk)
    # Exact username only: a unit administrator cannot browse other provinces' accounts.
    user = selectors.user_by_username(form.cleaned_data["username"])
    if user is None:
        messages.error(request, f"Không có tài khoản “{form.cleaned_data['username']}”.")
        return redirect("org:unit_detail", pk=unit.pk)
    call_service(request, lambda: services.grant_membership(request.user, user=user, unit=unit,
                                                            role=form.cleaned_data["role"]),
                 success=f"Đã phân quyền cho {user.username}.")
    return redirect("org:unit_detail", pk=unit.pk)


@login_required
@require_POST
def membership_revoke(request, pk: int):
    membership = selectors.get_membership(request.user, pk)
    call_service(request, lambda: services.revoke_membership(request.user, membership), success="Đã thu hồi quyền.")
    return redirect("org:unit_detail", pk=membership.unit_id)


@login_required
@require_POST
def member_create(request, unit_id: int):
    unit = get_unit(request.user, unit_id, Action.MANAGE)
    form = MemberCreateForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Vui lòng nhập tên đăng nhập và chọn vai trò.")
        return redirect("org:unit_detail", pk=unit.pk)
    created = call_service(request, lambda: services.create_member(request.user, unit=unit, **form.cleaned_data))
    if created.ok:
        user, password = created.value
        messages.success(request, f"Đã tạo tài khoản {user.username} với mật khẩu tạm: {password} — "
                                  "hãy gửi cho người dùng và nhắc đổi mật khẩu sau khi đăng nhập.")
    return redirect("org:unit_detail", pk=unit.pk)


@login_required
@require_POST
def member_reset_password(request, pk: int):
    membership = selectors.get_membership(request.user, pk)
    reset = call_service(request, lambda: services.reset_password(request.user, membership.user),
                         catch=(PermissionDenied,))
    if reset.ok:
        messages.success(request, f"Mật khẩu mới của {membership.user.username}: {reset.value}")
    return redirect("org:unit_detail", pk=membership.unit_id)
