"""Catalogues of the movement app (fields, evaluation criteria), edited through audited services."""

from django.contrib import admin

from danvan.core.admin import AuditedModelAdmin
from danvan.movement.models import Criterion, Field


@admin.register(Field)
class FieldAdmin(AuditedModelAdmin):
    list_display = ("code", "name", "sort_order", "is_active")
    ordering = ("sort_order", "code")


@admin.register(Criterion)
class CriterionAdmin(AuditedModelAdmin):
    list_display = ("code", "name", "max_score", "sort_order", "is_active")
    ordering = ("sort_order", "code")
