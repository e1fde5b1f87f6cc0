"""Periodic reporting: catalogue (indicators, forms), submissions, and the always-fresh roll-up tables."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.models import TimeStampedModel, VersionedModel
from danvan.core.permissions import ScopedQuerySet
from danvan.reporting.choices import PeriodTypeChoice, Status, TimeAggregation, UnitAggregation, ValueType


class Indicator(TimeStampedModel):
    """A number reported per period (chỉ tiêu), with how it aggregates across units and across time."""

    code = models.CharField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên"), max_length=255)
    unit_of_measure = models.CharField(_("đơn vị tính"), max_length=40)
    value_type = models.CharField(_("kiểu giá trị"), max_length=10, choices=ValueType.choices, default=ValueType.INTEGER)
    min_value = models.DecimalField(_("giá trị nhỏ nhất"), max_digits=20, decimal_places=4, null=True, blank=True,
                                    default=0)
    max_value = models.DecimalField(_("giá trị lớn nhất"), max_digits=20, decimal_places=4, null=True, blank=True)
    aggregation_units = models.CharField(_("tổng hợp theo đơn vị"), max_length=4, choices=UnitAggregation.choices,
                                         default=UnitAggregation.SUM)
    aggregation_time = models.CharField(_("tổng hợp theo thời gian"), max_length=4, choices=TimeAggregation.choices,
                                        default=TimeAggregation.SUM)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["code"]
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"


class ReportForm(TimeStampedModel):
    """A report form (biểu mẫu): indicators, narrative sections, who must report, and the schedule."""

    code = models.CharField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên"), max_length=255)
    version = models.PositiveSmallIntegerField(_("phiên bản"), default=1)
    period_type = models.CharField(_("loại kỳ"), max_length=12, choices=PeriodTypeChoice.choices,
                                   default=PeriodTypeChoice.MONTH)
    deadline_offset_days = models.PositiveSmallIntegerField(_("hạn nộp sau ngày chốt số liệu (ngày)"), default=2)
    deadline_working_days = models.BooleanField(_("tính theo ngày làm việc"), default=True)
    # Reminders N days before and after the deadline, e.g. "3,1" and "1,3" (negative not needed).
    remind_days_before = models.CharField(_("nhắc trước hạn (ngày)"), max_length=40, default="3,1", blank=True)
    remind_days_after = models.CharField(_("nhắc sau hạn (ngày)"), max_length=40, default="1,3", blank=True)
    expected_kinds = models.ManyToManyField("org.UnitKind", verbose_name=_("loại tổ chức phải báo cáo"), blank=True)
    expected_units = models.ManyToManyField("org.Unit", verbose_name=_("tổ chức phải báo cáo (thêm)"), blank=True,
                                            related_name="+")
    is_active = models.BooleanField(_("đang dùng"), default=True)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["code"]
        verbose_name = _("biểu mẫu báo cáo")
        verbose_name_plural = _("biểu mẫu báo cáo")

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"

    @staticmethod
    def _days(text: str) -> list[int]:
        return sorted({int(p) for p in text.replace(" ", "").split(",") if p.isdigit()})

    @property
    def reminder_offsets(self) -> list[int]:
        """Days relative to the deadline (negative: before)."""
        return [-d for d in self._days(self.remind_days_before)] + self._days(self.remind_days_after)


class FormIndicator(models.Model):
    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="form_indicators")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField(default=0)
    required = models.BooleanField(_("bắt buộc"), default=False)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["form", "order"]
        constraints = [models.UniqueConstraint(fields=["form", "indicator"], name="form_indicator_unique")]

    def __str__(self) -> str:
        return f"{self.form.code}/{self.indicator.code}"


class FormSection(models.Model):
    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="sections")
    code = models.CharField(_("mã"), max_length=20)
    title = models.CharField(_("tiêu đề"), max_length=255)
    guidance = models.TextField(_("hướng dẫn"), blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["form", "order"]
        constraints = [models.UniqueConstraint(fields=["form", "code"], name="form_section_unique")]

    def __str__(self) -> str:
        return f"{self.form.code}/{self.code}"


class Submission(VersionedModel):
    """One unit's report for one form and period: draft → submitted → approved, or → returned → submitted."""

    form = models.ForeignKey(ReportForm, verbose_name=_("biểu mẫu"), on_delete=models.PROTECT, related_name="submissions")
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
    # Denormalised from the unit so scoping is one indexed range on this table.
    line_path = PathField(max_length=255, editable=False)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

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
    def audit_scope_path(self) -> str:
        return self.line_path

    @property
    def on_time(self) -> bool | None:
        if self.first_submitted_at is None:
            return None
        from django.utils import timezone

        return timezone.localdate(self.first_submitted_at) <= self.deadline


class SubmissionValue(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    value = models.DecimalField(max_digits=20, decimal_places=4)

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


class UnitPeriodValue(models.Model):
    """A unit's approved figures over one period: {indicator code: value as a decimal string}, each value
    the unit's months summed or the last one, per the indicator's time aggregation.

    The row exists exactly while the unit has approved data in the period (which gives
    `units_counted`). One row per unit and period, not per indicator: an approval rewrites a handful of
    rows. Maintained by `rollup.refresh_units` in the approval's transaction.
    """

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=10)
    figures = models.JSONField(default=dict)
    line_path = PathField(max_length=255)
    area_node = PathField(max_length=300)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "unit", "period"], name="upv_unit_period_unique")]
        indexes = [models.Index(fields=["form", "period", "line_path"], name="upv_period_line_idx"),
                   models.Index(fields=["form", "period", "area_node"], name="upv_period_area_idx")]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.period} {self.figures}"


class RollupCell(models.Model):
    """The unit-period figures added up over one node (a unit's reporting subtree or an area's subtree).

    `node` is "U" + a unit's line_path or "A" + era + ":" + an area's path; `units` counts the units with
    approved data in the period, `totals` is {indicator code: [total as a decimal string, units with a
    value]}. One row per node and period: an approval adds to ~30 rows (5 periods × 6 nodes) with an
    additive upsert, so concurrent approvals stay exact; a roll-up reads one row.
    """

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="+")
    node = PathField(max_length=300)
    period = models.CharField(max_length=10)
    units = models.IntegerField(default=0)
    totals = models.JSONField(default=dict)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True  # read only through rollup.rollup_for, which checks the node is in scope

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "node", "period"], name="rollup_cell_node_period_unique")]

    def __str__(self) -> str:
        return f"{self.node} {self.period} {self.units} đơn vị"


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

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="+")
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

from danvan.reporting.models_excel import ImportJob  # noqa: E402,F401
from danvan.reporting.models_synthesis import SynthesisDraft  # noqa: E402,F401
