"""Submissions: one report per (form, unit, period), its values and its narrative sections."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.models import UnitOwnedModel, VersionedModel
from danvan.core.permissions import ScopedQuerySet
from danvan.reporting.choices import Status
from danvan.reporting.rules import submitted_on_time


class Submission(VersionedModel, UnitOwnedModel):
    """One unit's report for one form and period: draft → submitted → approved, or → returned → submitted.

    A unit-owned row: `line_path` (the unit's, copied so scoping is one indexed range on this table) and the
    scoped manager come from UnitOwnedModel, and core moves the path when the unit moves.
    """

    # No index of its own: `form` leads the unique constraint and the scope index (every approval writes
    # an entry in each index of this table: its status and approver change).
    form = models.ForeignKey("reporting.ReportForm", verbose_name=_("biểu mẫu"), on_delete=models.PROTECT,
                             related_name="submissions", db_index=False)
    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức"), on_delete=models.PROTECT,
                             related_name="submissions")
    period = models.CharField(_("kỳ báo cáo"), max_length=10)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    deadline = models.DateField(_("hạn nộp"))
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    first_submitted_at = models.DateTimeField(_("nộp lần đầu"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("nộp lúc"), null=True, blank=True)
    approved_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-period", "line_path"]
        constraints = [models.UniqueConstraint(fields=["form", "unit", "period"], name="submission_unique")]
        indexes = [models.Index(fields=["form", "period", "line_path"], name="submission_scope_idx"),
                   models.Index(fields=["status", "deadline"], name="submission_queue_idx")]
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo")

    def __str__(self) -> str:
        return f"{self.form.code} {self.period} — {self.unit}"

    @property
    def on_time(self) -> bool | None:
        return submitted_on_time(self.first_submitted_at, self.deadline)


class SubmissionValue(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey("reporting.Indicator", on_delete=models.PROTECT, related_name="+")
    value = models.DecimalField(max_digits=20, decimal_places=4)
    # The value an indicator source (core.registry.indicator_sources) computed when the draft was opened;
    # null when the reporter typed the value. A value that differs from it carries the reporter's reason.
    sourced_value = models.DecimalField("giá trị lấy từ dữ liệu", max_digits=20, decimal_places=4,
                                        null=True, blank=True)
    override_reason = models.TextField("lý do sửa giá trị lấy từ dữ liệu", blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "submission__line_path"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["submission", "indicator"], name="submission_value_unique")]

    def __str__(self) -> str:
        return f"{self.indicator_id}={self.value}"


class SubmissionSection(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="sections")
    code = models.CharField(max_length=20)
    text = models.TextField(blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "submission__line_path"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["submission", "code"], name="submission_section_unique")]

    def __str__(self) -> str:
        return f"{self.submission_id}/{self.code}"
