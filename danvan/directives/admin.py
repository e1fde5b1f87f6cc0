from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.directives.models import ActivityKind


@admin.register(ActivityKind)
class ActivityKindAdmin(AuditedModelAdmin):
    list_display = ("code", "name", "sort_order", "is_active")
    list_editable = ("sort_order", "is_active")
    search_fields = ("code", "name")
