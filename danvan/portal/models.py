"""The public portal's tables (articles, moderation of what citizens send)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.models import TimeStampedModel, UnitOwnedModel, VersionedModel
from danvan.portal.choices import ArticleStatus

# ---------------------------------------------------------------------------------------------------------------
# Articles (tin bài)
# ---------------------------------------------------------------------------------------------------------------


def _cover_path(instance, filename: str) -> str:
    """A random stored name: the uploader's file name never reaches the storage."""
    import os
    import uuid

    from django.utils import timezone

    return f"portal/covers/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{os.path.splitext(filename)[1].lower()[:10]}"


class Article(UnitOwnedModel, VersionedModel):
    """A news article written by staff of a unit; visitors read it once a reviewer above the unit published it."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị viết"), on_delete=models.PROTECT,
                             related_name="portal_articles")
    title = models.CharField(_("tiêu đề"), max_length=200)
    # Vietnamese without diacritics, unique, fixed at creation (a published address never changes).
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    summary = models.TextField(_("tóm tắt"), max_length=600)
    body = models.TextField(_("nội dung"))  # sanitised HTML (portal.text.clean_html), never raw input
    cover = models.FileField(_("ảnh bìa"), upload_to=_cover_path, max_length=255, blank=True)
    cover_type = models.CharField(max_length=40, blank=True, editable=False)
    cover_alt = models.CharField(_("mô tả ảnh bìa"), max_length=200, blank=True)
    topics = models.JSONField(_("chủ đề"), default=list, blank=True)
    area = models.ForeignKey("org.Area", verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="+")
    # The area's path, copied: a province's or a commune's articles are one index range.
    area_path = models.CharField(max_length=255, editable=False, default="")
    status = models.CharField(_("trạng thái"), max_length=12, choices=ArticleStatus.choices,
                              default=ArticleStatus.DRAFT)
    published_at = models.DateTimeField(_("đăng lúc"), null=True, blank=True)
    review_note = models.TextField(_("ý kiến người duyệt"), blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người viết"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")

    # Anyone, signed in or not, reads published articles; everything else stays in the unit's line.
    scope_published = models.Q(status=ArticleStatus.PUBLISHED)

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="portal_article_pub_idx"),
            models.Index(fields=["status", "area_path", "-published_at"], name="portal_article_area_idx"),
            models.Index(fields=["line_path", "status"], name="portal_article_line_idx"),
        ]
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if self.area_id and not self.area_path:
            self.area_path = self.area.path
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("portal:article", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED


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
