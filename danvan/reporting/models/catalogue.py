"""The catalogue: indicators and report forms with their indicators and narrative sections."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.models import TimeStampedModel
from danvan.core.permissions import ScopedQuerySet
from danvan.reporting.choices import PeriodTypeChoice, TimeAggregation, UnitAggregation, ValueType


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
    # A soft check as data (issue 13 item 11): a value above `history_factor` × the highest this unit reported
    # in its earlier reports of the form asks "are you sure?" before submitting (empty: no such check).
    history_factor = models.DecimalField(_("hệ số so với số liệu các kỳ trước"), max_digits=6, decimal_places=2,
                                         null=True, blank=True, default=Decimal("5"),
                                         validators=[MinValueValidator(Decimal("1"))])

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


class FormCheck(models.Model):
    """A cross-field check of a form, as data: `left` may not exceed `right` (petitions settled ≤ received).

    Evaluated when a report is submitted: a hard check (ERROR) by validation.check_form, a refusal (HTTP 400
    from the API); a soft one (WARNING) by validation.soft_warnings, which the reporter may confirm past."""

    ERROR, WARNING = "error", "warning"
    SEVERITIES = [(ERROR, _("chặn nộp")), (WARNING, _("cảnh báo, người nộp xác nhận"))]

    form = models.ForeignKey(ReportForm, on_delete=models.CASCADE, related_name="checks")
    left = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    right = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    message = models.CharField(_("thông báo khi sai"), max_length=255)
    severity = models.CharField(_("mức độ"), max_length=10, choices=SEVERITIES, default=ERROR)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        verbose_name = _("ràng buộc giữa chỉ tiêu")
        verbose_name_plural = _("ràng buộc giữa chỉ tiêu")

    def __str__(self) -> str:
        return f"{self.form.code}: {self.left.code} ≤ {self.right.code}"
