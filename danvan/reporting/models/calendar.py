"""The working-day calendar (holidays) and the reminders already sent."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.permissions import ScopedQuerySet


class Holiday(models.Model):
    """A public holiday (or a swapped day off): data an administrator edits, used for deadlines."""

    day = models.DateField(_("ngày"), unique=True)
    name = models.CharField(_("tên"), max_length=120)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["day"]
        verbose_name = _("ngày nghỉ lễ")
        verbose_name_plural = _("ngày nghỉ lễ")

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} {self.name}"


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
