from django.contrib import admin

from danvan.accounts.forms import AdminLoginForm
from danvan.accounts.models import User

# The admin site signs in through the same backend as the main form; this form words its lock-out.
admin.site.login_form = AdminLoginForm


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    """Read-only here: accounts change through the services (UI, commands), which keep the audit trail."""

    list_display = ["username", "full_name", "email", "is_active", "is_superuser", "last_login"]
    search_fields = ["username", "full_name", "email"]
    fields = ["username", "full_name", "email", "is_active", "is_superuser", "last_login", "date_joined"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    # Every field is read-only: without the change permission the admin offers "Xem", not "Thay đổi".
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
