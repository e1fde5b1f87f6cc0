from django.contrib import admin
from django.contrib.auth.models import Group
from django.template.loader import render_to_string
from django.utils.html import format_html

from danvan.core.models import AuditEvent
from danvan.core.services import delete_catalogue_entry, save_catalogue_entry

admin.site.site_header = "Quản trị danh mục — Hệ thống thông tin công tác dân vận"
admin.site.site_title = "danvan"
admin.site.index_title = "Danh mục"
# Permissions come from memberships (accounts.Membership), not Django groups.
admin.site.unregister(Group)


class AuditedModelAdmin(admin.ModelAdmin):
    """Admin edits of catalogues go through a service, so they are audited like every other write."""

    def save_model(self, request, obj, form, change):
        save_catalogue_entry(request.user, obj, created=not change)

    def delete_model(self, request, obj):
        delete_catalogue_entry(request.user, obj)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            delete_catalogue_entry(request.user, obj)
        for obj in instances:
            save_catalogue_entry(request.user, obj, created=obj.pk is None)
        formset.save_m2m()

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            delete_catalogue_entry(request.user, obj)


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_username", "action_display", "object_type", "object_id", "object_repr"]
    list_filter = ["action", "object_type"]
    search_fields = ["actor_username", "object_repr", "object_id", "request_id"]
    readonly_fields = ["action_display", "changes_display", *(f.name for f in AuditEvent._meta.fields)]

    @admin.display(description="hành động", ordering="action")
    def action_display(self, obj):
        return format_html('{}<br><small class="quiet">{}</small>', obj.get_action_display(), obj.action)

    @admin.display(description="thay đổi")
    def changes_display(self, obj):
        return render_to_string("core/_audit_changes.html", {"changes": obj.changes()})

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
