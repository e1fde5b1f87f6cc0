"""The catalogue of the consultation app (commenter groups), edited through audited admin saves."""

from django.contrib import admin

from danvan.consultation.models import CommenterGroup
from danvan.core.admin import AuditedModelAdmin


@admin.register(CommenterGroup)
class CommenterGroupAdmin(AuditedModelAdmin):
    list_display = ("code", "name", "sort_order", "is_active")
    ordering = ("sort_order", "code")
