"""Base models shared by every app, and the audit trail."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from danvan.core.audit_labels import Changes, action_label, describe_changes
from danvan.core.fields import PathField
from danvan.core.permissions import ScopedQuerySet


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        abstract = True


class VersionedModel(TimeStampedModel):
    """An edit carries the version it was based on; a stale one is refused (see core.audit.check_version)."""

    version = models.PositiveIntegerField(_("phiên bản"), default=1)

    class Meta:
        abstract = True


class CatalogueEntry(TimeStampedModel):
    """An entry of a catalogue kept as data (fields, criteria, activity kinds, commenter groups…): seeded by a
    data migration, edited in the admin through `core.admin.AuditedModelAdmin`, readable by everyone.

    A subclass sets its own `Meta(CatalogueEntry.Meta)` verbose names and may widen a field (redeclare it)."""

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=100)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return self.name


class UnitOwnedModel(models.Model):
    """A row that belongs to a unit: scoped by the unit's reporting line, audited under it.

    `line_path` is a copy of the unit's path so that scoping is one indexed range on the row's own table;
    it is set on save (from the unit, when not given) and follows the unit when it moves: core's receiver of
    `core.signals.unit_moved` rewrites it for every concrete subclass, one UPDATE per model in the mover's
    transaction, so an app adds no receiver of its own. A subclass redeclares `unit` to give it its own
    related_name (`reporting.Submission`: "submissions"), and indexes `line_path` the way it reads (alone,
    or after the columns it filters on first). `bulk_create` skips save(): set `line_path` there yourself.
    """

    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức"), on_delete=models.PROTECT,
                             related_name="%(app_label)s_%(class)s_set")
    line_path = PathField(max_length=255, editable=False)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if self.unit_id and not self.line_path:
            self.line_path = self.unit.line_path
        super().save(*args, **kwargs)

    @property
    def audit_scope_path(self) -> str:
        return self.line_path


class AuditEvent(models.Model):
    """Who changed what, when, from which request: written by services inside their transaction."""

    created_at = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(  # indexed by audit_actor_idx (actor, -created_at), not on its own
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="audit_events", db_index=False,
    )
    # Kept as text too, so the trail survives the account's deletion.
    actor_username = models.CharField(_("tên đăng nhập"), max_length=150, blank=True)
    action = models.CharField(_("hành động"), max_length=80, db_index=True)
    object_type = models.CharField(_("loại đối tượng"), max_length=80)
    object_id = models.CharField(_("mã đối tượng"), max_length=64, blank=True)
    object_repr = models.CharField(_("đối tượng"), max_length=300, blank=True)
    before = models.JSONField(_("trước"), null=True, blank=True)
    after = models.JSONField(_("sau"), null=True, blank=True)
    request_id = models.CharField(_("mã yêu cầu"), max_length=64, blank=True)
    # Reporting-line path of the unit the object belongs to, for scoped browsing.
    scope_path = PathField(max_length=255, blank=True, db_index=True)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "scope_path"
    scope_admin_only = True

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["object_type", "object_id", "-created_at"], name="audit_object_idx"),
            models.Index(fields=["actor", "-created_at"], name="audit_actor_idx"),
        ]
        verbose_name = _("sự kiện nhật ký")
        verbose_name_plural = _("nhật ký thay đổi")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_username} {self.action} {self.object_repr}"

    def get_action_display(self) -> str:
        """The action in words ("Duyệt báo cáo"), like a choice field's display; see core.audit_labels."""
        return action_label(self.action)

    def changes(self) -> Changes:
        """Before/after as rows of changed fields, or as pretty JSON when they are not objects."""
        return describe_changes(self.object_type, self.before, self.after)


class Holiday(models.Model):
    """A public holiday (or a swapped day off): data an administrator edits, read by every working-day deadline.

    Moved from `reporting` without touching its table; its audit events keep the type they always had, so
    the trail of holiday edits reads as one (`reporting.holiday.update`, before and after the move).
    """

    day = models.DateField(_("ngày"), unique=True)
    name = models.CharField(_("tên"), max_length=120)

    objects = ScopedQuerySet.as_manager()
    scope_public = True
    audit_type = "reporting.holiday"

    class Meta:
        db_table = "reporting_holiday"
        ordering = ["day"]
        verbose_name = _("ngày nghỉ lễ")
        verbose_name_plural = _("ngày nghỉ lễ")

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} {self.name}"


class Notification(models.Model):
    """An in-app notice to one user (e-mailed too when e-mail is configured)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    message = models.CharField(_("nội dung"), max_length=500)
    url = models.CharField(_("đường dẫn"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("đã đọc lúc"), null=True, blank=True)
    # How many events this unread notice stands for (see notifications.notify_grouped); 1 for most.
    count = models.PositiveIntegerField(_("số lần"), default=1)
    # Written by notify_grouped, which adds up into it while it is unread. Plain notices may repeat a url
    # (a report returned twice, with two reasons), so only grouped ones are unique per user and url.
    grouped = models.BooleanField(_("gộp"), default=False)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True  # each user reads their own through core.selectors.notifications_of

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read_at", "-created_at"], name="notification_inbox_idx")]
        constraints = [
            # The conflict target of notify_grouped's upsert: at most one unread grouped notice per user and url.
            models.UniqueConstraint(fields=["user", "url"], condition=models.Q(grouped=True, read_at__isnull=True),
                                    name="notification_one_unread_group"),
        ]
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")

    def __str__(self) -> str:
        return self.message


def _attachment_path(instance, filename: str) -> str:
    """A random stored name under the month: the uploader's file name never reaches the storage."""
    import os
    import uuid

    from django.utils import timezone

    return f"attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{os.path.splitext(filename)[1].lower()[:10]}"


class Attachment(UnitOwnedModel):
    """A file attached to any unit-owned record (a report, a note, an incident, a petition).

    The owner is named by `owner_type` ("app.model") and `owner_id` rather than a generic foreign key, so
    the row needs no contenttypes join; `unit`/`line_path` are the owner's, so an attachment is scoped
    exactly like its owner. Written only by `core.services.attach_file`/`remove_attachment`; read through
    `core.selectors.attachments_for` and the download view, which checks the owner too.
    """

    class Kind(models.TextChoices):
        IMAGE = "image", _("Ảnh")
        DOCUMENT = "document", _("Văn bản")

    owner_type = models.CharField(_("loại đối tượng"), max_length=80)
    owner_id = models.CharField(_("mã đối tượng"), max_length=64)
    file = models.FileField(_("tệp"), upload_to=_attachment_path, max_length=255)
    filename = models.CharField(_("tên tệp"), max_length=200)
    title = models.CharField(_("tiêu đề"), max_length=200, blank=True)
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    content_type = models.CharField(_("kiểu nội dung"), max_length=100)
    size = models.PositiveIntegerField(_("dung lượng (byte)"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), null=True,
                                    blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("tải lên lúc"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["owner_type", "owner_id"], name="attachment_owner_idx"),
                   models.Index(fields=["line_path"], name="attachment_scope_idx")]
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    def __str__(self) -> str:
        return (self.title or self.filename)[:300]


class IdempotencyKey(models.Model):
    """A create request's `Idempotency-Key` and the response it got (core.idempotency).

    One row per (owner, key): the first request inserts it as "processing" before it runs, so a concurrent
    request with the same key finds it and waits instead of writing again; the response is then stored and
    a repeated request gets it back. Rows are kept at least IDEMPOTENCY_KEEP_HOURS (≥ 24 h) and purged by
    `danvan purge_idempotency_keys`. Infrastructure, like sessions: never shown to users, never audited.
    """

    class State(models.TextChoices):
        PROCESSING = "processing", _("đang xử lý")
        DONE = "done", _("đã xong")

    # Who sent it: "user:<id>" for a session, "token:<hash>" for an API token, "anon" otherwise.
    owner = models.CharField(_("người gửi"), max_length=80)
    key = models.UUIDField(_("khóa"))
    fingerprint = models.CharField(_("dấu vân tay yêu cầu"), max_length=64)
    method = models.CharField(_("phương thức"), max_length=8)
    path = models.CharField(_("đường dẫn"), max_length=500)
    state = models.CharField(_("trạng thái"), max_length=12, choices=State.choices, default=State.PROCESSING)
    status_code = models.PositiveSmallIntegerField(_("mã trả lời"), null=True, blank=True)
    headers = models.JSONField(_("tiêu đề trả lời"), default=dict, blank=True)
    body = models.BinaryField(_("nội dung trả lời"), default=b"", blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now, db_index=True)
    completed_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "key"], name="idempotency_owner_key_unique")]
        verbose_name = _("khóa chống gửi trùng")
        verbose_name_plural = _("khóa chống gửi trùng")

    def __str__(self) -> str:
        return f"{self.owner} {self.key} {self.method} {self.path}"
