"""Catalogues of the petitions app (statutory deadlines, remote areas, the reception rule), edited through
audited services."""

from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.petitions.models import DeadlineRule, ReceptionRule, RemoteArea


@admin.register(DeadlineRule)
class DeadlineRuleAdmin(AuditedModelAdmin):
    list_display = ("kind", "step", "days", "working_days", "complex_days", "remote_days", "remote_complex_days",
                    "max_extensions", "extension_days")
    ordering = ("kind", "step")


@admin.register(RemoteArea)
class RemoteAreaAdmin(AuditedModelAdmin):
    list_display = ("area", "note")
    raw_id_fields = ("area",)


@admin.register(ReceptionRule)
class ReceptionRuleAdmin(AuditedModelAdmin):
    list_display = ("unit_kind", "sessions_per_month", "host_position")
