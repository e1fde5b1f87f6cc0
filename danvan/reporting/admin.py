from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.reporting.models import FormIndicator, FormSection, Indicator, ReportForm


@admin.register(Indicator)
class IndicatorAdmin(AuditedModelAdmin):
    list_display = ["code", "name", "unit_of_measure", "value_type", "aggregation_units", "aggregation_time",
                    "min_value", "max_value"]
    search_fields = ["code", "name"]


class FormIndicatorInline(admin.TabularInline):
    model = FormIndicator
    extra = 0


class FormSectionInline(admin.TabularInline):
    model = FormSection
    extra = 0


@admin.register(ReportForm)
class ReportFormAdmin(AuditedModelAdmin):
    list_display = ["code", "name", "version", "period_type", "deadline_offset_days", "deadline_working_days",
                    "is_active"]
    filter_horizontal = ["expected_kinds"]
    raw_id_fields = ["expected_units"]
    inlines = [FormIndicatorInline, FormSectionInline]
