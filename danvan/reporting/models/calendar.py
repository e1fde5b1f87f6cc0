"""The reminders already sent (the working-day calendar and its holidays are core's: core.calendar)."""

from django.db import models

from danvan.core.permissions import ScopedQuerySet


class Reminder(models.Model):
    """A reminder already sent for (form, unit, period, step), so each step is sent once."""

    form = models.ForeignKey("reporting.ReportForm", on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=10)
    offset_days = models.SmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "unit__line_path"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "unit", "period", "offset_days"],
                                               name="reminder_once")]

    def __str__(self) -> str:
        return f"{self.form_id} {self.unit_id} {self.period} {self.offset_days:+d}"
