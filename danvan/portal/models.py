"""The public portal's tables (articles, moderation of what citizens send)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.models import TimeStampedModel, UnitOwnedModel

# --- Moderation of what citizens send (portal2: citizen/moderation.py, quan-ly-cong/kiem-duyet/) ---


class ModerationKind(models.TextChoices):
    COMMENT = "comment", _("Góp ý dự thảo")
    PETITION = "petition", _("Kiến nghị, phản ánh")


class ModerationStatus(models.TextChoices):
    HELD = "held", _("Chờ kiểm duyệt")
    RELEASED = "released", _("Đã cho đăng/tiếp nhận")
    HIDDEN = "hidden", _("Đã ẩn")


class ModerationItem(UnitOwnedModel, TimeStampedModel):
    """A comment or a recommendation from the portal that looked automated or abusive: held, not yet created.

    `unit` is the unit that would receive it (the consultation's issuer, the commune's Party committee), so
    the staff who may act for that unit see it. `payload` is the submission as the citizen sent it; on release
    it goes through the owning app's service and `result_id` / `result_code` name what was created.
    """

    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức nhận"), on_delete=models.PROTECT,
                             related_name="portal_moderation_items")
    kind = models.CharField(_("loại"), max_length=10, choices=ModerationKind.choices)
    status = models.CharField(_("trạng thái"), max_length=10, choices=ModerationStatus.choices,
                              default=ModerationStatus.HELD)
    code = models.CharField(_("mã tra cứu"), max_length=16, blank=True, db_index=True)
    summary = models.CharField(_("tóm tắt"), max_length=300)
    payload = models.JSONField(default=dict)
    signals = models.JSONField(_("dấu hiệu"), default=list)
    client = models.CharField(max_length=64, blank=True)  # a digest of the address, never the address
    reason = models.CharField(_("lý do"), max_length=500, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    decided_at = models.DateTimeField(_("xử lý lúc"), null=True, blank=True)
    result_id = models.PositiveBigIntegerField(null=True, blank=True)
    result_code = models.CharField(max_length=16, blank=True)

    audit_mask = ("payload", "summary")  # what citizens wrote stays out of the audit trail

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["line_path", "status"], name="portal_moderation_line_idx")]
        verbose_name = _("ý kiến chờ kiểm duyệt")
        verbose_name_plural = _("ý kiến chờ kiểm duyệt")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.summary[:80]}"
