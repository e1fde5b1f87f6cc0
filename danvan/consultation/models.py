"""Consultations on drafts: versions split into pieces, comments, groups of similar comments.

A comment belongs to the unit that collected it (scoped by its reporting line); everything else is reached
through its consultation's line. A comment keeps the piece it was given on (`piece`) and follows the piece
through later versions (`current_piece`), which is what groups and the synthesis count by.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from danvan.consultation.choices import Audience, Channel, Stance, Status
from danvan.core.importjobs import ImportJobBase
from danvan.core.models import CatalogueEntry, TimeStampedModel, UnitOwnedModel, VersionedModel
from danvan.core.permissions import ScopedQuerySet

# Public drafts, once opened, are read by anyone on the portal (core/permissions.py: scope_published).
PUBLIC_STATES = (Status.OPEN, Status.CLOSED, Status.SYNTHESISED)


class CommenterGroup(CatalogueEntry):
    """A group of commenters (cán bộ hưu trí, nông dân, …): a catalogue kept as data."""

    class Meta(CatalogueEntry.Meta):
        verbose_name = _("nhóm người góp ý")
        verbose_name_plural = _("nhóm người góp ý")


class Consultation(UnitOwnedModel, VersionedModel):
    """A draft put to comment by the issuing unit, within a window."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị chủ trì"), on_delete=models.PROTECT,
                             related_name="consultations")
    title = models.CharField(_("tên dự thảo"), max_length=500)
    audience = models.CharField(_("đối tượng"), max_length=10, choices=Audience.choices, default=Audience.INTERNAL)
    opens_on = models.DateField(_("ngày bắt đầu"))
    closes_on = models.DateField(_("ngày kết thúc"))
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    scope_published = Q(audience=Audience.PUBLIC, status__in=PUBLIC_STATES)

    class Meta:
        ordering = ["-opens_on", "-id"]
        indexes = [models.Index(fields=["line_path", "status"], name="consult_line_idx")]
        verbose_name = _("lấy ý kiến dự thảo")
        verbose_name_plural = _("lấy ý kiến dự thảo")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("consultation:detail", args=[self.pk])


class DraftVersion(TimeStampedModel):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("phiên bản"))
    filename = models.CharField(_("tệp"), max_length=255, blank=True)

    scope_published = Q(consultation__audience=Audience.PUBLIC, consultation__status__in=PUBLIC_STATES)
    objects = ScopedQuerySet.as_manager()
    scope_path_field = "consultation__line_path"

    class Meta:
        ordering = ["consultation", "number"]
        constraints = [models.UniqueConstraint(fields=["consultation", "number"], name="consult_version_unique")]
        verbose_name = _("phiên bản dự thảo")
        verbose_name_plural = _("phiên bản dự thảo")

    def __str__(self) -> str:
        return f"{self.consultation} — v{self.number}"


class Piece(models.Model):
    """One piece of a version (Phần, Chương, Mục, Điều, khoản, điểm) with its stable code."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="pieces")
    version = models.ForeignKey(DraftVersion, on_delete=models.CASCADE, related_name="pieces")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    code = models.CharField(_("mã"), max_length=300)
    label = models.CharField(_("số hiệu"), max_length=100)  # "Điều 5", "khoản 2", "điểm a"
    title = models.CharField(_("tiêu đề"), max_length=500, blank=True)
    text = models.TextField(_("nội dung"), blank=True)
    level = models.PositiveSmallIntegerField(_("cấp"))
    order = models.PositiveIntegerField(_("thứ tự"))
    previous = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="next")
    changed = models.BooleanField(_("có thay đổi"), default=True)
    change_note = models.TextField(_("thay đổi"), blank=True)  # a unified diff of the text
    proposal = models.TextField(_("đề xuất tiếp thu"), blank=True)
    # In how many of its comments each word and word pair occurs ("" = the comments counted): the grouping
    # weighs a word by its rarity within the piece (grouping.features); carried to the next version's piece.
    term_counts = models.JSONField(default=dict, blank=True)
    # The piece's last full regrouping (by staff, the API or the worker): when, whether it mixed the comments'
    # vectors of meaning, and the highest comment id it read (comments above it were placed by words on save).
    # The worker regroups a piece again by these (rules.worker_regroup_due); carried to the next version's piece.
    grouped_at = models.DateTimeField(_("nhóm lại lúc"), null=True, blank=True)
    grouped_by_meaning = models.BooleanField(_("nhóm theo nghĩa"), default=False)
    grouped_upto = models.PositiveBigIntegerField(default=0)

    scope_published = Q(consultation__audience=Audience.PUBLIC, consultation__status__in=PUBLIC_STATES)
    objects = ScopedQuerySet.as_manager()
    scope_path_field = "consultation__line_path"

    class Meta:
        ordering = ["version", "order"]
        indexes = [models.Index(fields=["version", "order"], name="consult_piece_order_idx")]
        verbose_name = _("phần dự thảo")
        verbose_name_plural = _("phần dự thảo")

    def __str__(self) -> str:
        return self.code


class CommentGroup(TimeStampedModel):
    """Comments on one piece that say the same thing. `centroid` is the sum of the members' features
    (top terms), `staff_edited` marks a group staff built or named: a regrouping keeps it as it is."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="comment_groups")
    piece = models.ForeignKey(Piece, null=True, blank=True, on_delete=models.SET_NULL, related_name="comment_groups")
    label = models.CharField(_("tên nhóm"), max_length=500, blank=True)
    label_manual = models.BooleanField(default=False)
    staff_edited = models.BooleanField(default=False)
    size = models.PositiveIntegerField(_("số ý kiến"), default=0)  # visible members
    centroid = models.JSONField(default=dict, blank=True)
    representative = models.ForeignKey("Comment", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "consultation__line_path"

    class Meta:
        ordering = ["-size", "id"]
        indexes = [models.Index(fields=["consultation", "piece", "size"], name="consult_group_piece_idx")]
        verbose_name = _("nhóm ý kiến")
        verbose_name_plural = _("nhóm ý kiến")

    def __str__(self) -> str:
        return self.label or f"Nhóm {self.pk}"


class Comment(UnitOwnedModel, TimeStampedModel):
    """One comment; `unit` is the unit that collected it (or the issuer, for the portal)."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị thu thập"), on_delete=models.PROTECT,
                             related_name="consultation_comments")
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="comments")
    piece = models.ForeignKey(Piece, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    current_piece = models.ForeignKey(Piece, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="comments")
    stance = models.CharField(_("ý kiến"), max_length=10, choices=Stance.choices)
    text = models.TextField(_("nội dung"), blank=True)
    text_folded = models.TextField(editable=False, blank=True)
    commenter_name = models.CharField(_("người góp ý"), max_length=200, blank=True)
    commenter_group = models.ForeignKey(CommenterGroup, verbose_name=_("nhóm"), on_delete=models.PROTECT,
                                        related_name="comments")
    area = models.CharField(_("địa bàn"), max_length=200, blank=True)
    contact = models.CharField(_("liên hệ"), max_length=200, blank=True)
    channel = models.CharField(_("kênh"), max_length=10, choices=Channel.choices)
    anonymous = models.BooleanField(_("ẩn danh khi công bố"), default=False)
    group = models.ForeignKey(CommentGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments")
    group_locked = models.BooleanField(default=False)  # placed by staff: a regrouping never moves it
    hidden = models.BooleanField(_("đã ẩn"), default=False)
    hidden_reason = models.CharField(_("lý do ẩn"), max_length=500, blank=True)
    notable = models.BooleanField(_("ý kiến tiêu biểu"), default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    audit_mask = ("contact",)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["consultation", "current_piece", "hidden", "stance"], name="consult_comment_piece_idx"),
            models.Index(fields=["group", "hidden"], name="consult_comment_group_idx"),
            models.Index(fields=["line_path"], name="consult_comment_line_idx"),
        ]
        verbose_name = _("ý kiến góp ý")
        verbose_name_plural = _("ý kiến góp ý")

    def __str__(self) -> str:
        return self.said()[:80]

    def said(self) -> str:
        """What the comment says: its text, or its stance's name when it has none (what is grouped and embedded)."""
        return self.text or self.get_stance_display()


class CommentVector(models.Model):
    """The e5 vector of a comment's text (384 float16, unit length, `mixing.from_bytes`), written by the worker
    after the save (consultation/embedding.py); a comment has none until then. A full regrouping mixes it with
    the words. A table of its own: the comments' rows, which lists and the synthesis scan, stay narrow."""

    comment = models.OneToOneField(Comment, primary_key=True, on_delete=models.CASCADE, related_name="vector")
    data = models.BinaryField()

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "comment__line_path"

    class Meta:
        verbose_name = _("véc-tơ ngữ nghĩa của ý kiến")
        verbose_name_plural = _("véc-tơ ngữ nghĩa của ý kiến")


class ImportJob(ImportJobBase):
    """One .xlsx upload of comments for a consultation: the file, where its checking and import stand, what
    came of it (per-cell errors or the count). Small files are imported at once and never get a job.

    Read only through `consultation.selectors`: a user sees their own jobs only.
    """

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="import_jobs")
    unit = models.ForeignKey("org.Unit", verbose_name=_("đơn vị thu thập"), on_delete=models.CASCADE,
                             related_name="+")

    class Meta(ImportJobBase.Meta):
        indexes = [models.Index(fields=["user", "consultation", "-created_at"], name="consult_import_user_idx")]
        verbose_name = _("lượt nhập Excel ý kiến")
        verbose_name_plural = _("lượt nhập Excel ý kiến")
