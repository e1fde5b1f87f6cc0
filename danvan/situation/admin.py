from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.situation.models import EscalationRule


@admin.register(EscalationRule)
class EscalationRuleAdmin(AuditedModelAdmin):
    list_display = ["name", "province", "kind", "threshold", "is_active", "order"]
    list_filter = [("province", admin.EmptyFieldListFilter)]  # empty: the national defaults
    raw_id_fields = ["province"]
    list_editable = ["is_active"]
    ordering = ["order", "code"]
