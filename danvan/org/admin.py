from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.org.models import UnitKind


@admin.register(UnitKind)
class UnitKindAdmin(AuditedModelAdmin):
    list_display = ["code", "name", "province_name", "commune_name", "province_symbol", "in_bloc", "is_state_body",
                    "sort_order"]
    list_editable = ["sort_order"]
    search_fields = ["code", "name"]
