from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.situation.models import EscalationRule


@admin.register(EscalationRule)
class EscalationRuleAdmin(AuditedModelAdmin):
    list_display = ["name", "kind", "threshold", "is_active", "order"]
    list_editable = ["is_active"]
    ordering = ["order", "code"]
