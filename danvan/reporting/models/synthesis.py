"""The synthesised report (báo cáo tổng hợp): a unit's editable draft compiled from the units below it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.models import VersionedModel
from danvan.core.permissions import ScopedQuerySet


class SynthesisDraft(VersionedModel):
    """One compiling unit's draft of the synthesised report for one form and period.

    The figures and completeness are not stored: they are read fresh from the roll-up at every
    rendering. Only what staff write is kept: number, subject, intro, each section's text, signer
    and recipients.
    """

    form = models.ForeignKey("reporting.ReportForm", verbose_name=_("biểu mẫu"), on_delete=models.PROTECT,
                             related_name="synthesis_drafts")
    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị tổng hợp"), on_delete=models.PROTECT,
                             related_name="synthesis_drafts")
    period = models.CharField(_("kỳ báo cáo"), max_length=10)
    number = models.PositiveIntegerField(_("số văn bản"), null=True, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    subject = models.CharField(_("trích yếu"), max_length=300)
    intro = models.TextField(_("mở đầu"), blank=True)
    # {section code: text}; one paragraph per line.
    sections = models.JSONField(_("nội dung các phần"), default=dict, blank=True)
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=100, blank=True)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=100, blank=True)
    signer_name = models.CharField(_("họ tên người ký"), max_length=100, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True)  # one per line
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "unit__line_path"

    class Meta:
        ordering = ["-period", "unit"]
        constraints = [models.UniqueConstraint(fields=["form", "unit", "period"], name="synthesis_draft_unique")]
        verbose_name = _("bản nháp báo cáo tổng hợp")
        verbose_name_plural = _("bản nháp báo cáo tổng hợp")

    def __str__(self) -> str:
        return f"Báo cáo tổng hợp {self.form.code} {self.period} — {self.unit}"

    @property
    def audit_scope_path(self) -> str:
        return self.unit.line_path

    @property
    def recipient_lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]
