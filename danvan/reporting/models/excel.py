"""An upload of a filled Excel template, imported in the background when it is large."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.permissions import ScopedQuerySet


class ImportJob(models.Model):
    """One upload: the file, where its checking and import stand, and what came of it.

    Read only through `reporting.excel.import_jobs_of` / `get_import_job`: a user sees their own jobs only.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang xử lý")
        DONE = "done", _("Hoàn thành")
        FAILED = "failed", _("Không nhập được")

    class Kind(models.TextChoices):
        EXCEL = "excel", _("Nhập Excel")
        WORD = "word", _("Nhập văn bản")

    # A Word import reuses the job and its progress page: read in the background, its proposal in `result`.
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices, default=Kind.EXCEL)
    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức"), null=True, blank=True, on_delete=models.CASCADE,
                             related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), on_delete=models.CASCADE,
                             related_name="+")
    form = models.ForeignKey("reporting.ReportForm", verbose_name=_("biểu mẫu"), on_delete=models.CASCADE,
                             related_name="+")
    period = models.CharField(_("kỳ báo cáo"), max_length=10)
    filename = models.CharField(_("tên tệp"), max_length=255, blank=True)
    file = models.BinaryField(_("tệp"), editable=False)
    status = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.QUEUED)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    total_rows = models.PositiveIntegerField(_("số dòng"), default=0)
    errors = models.JSONField(_("lỗi"), default=list, blank=True)
    result = models.JSONField(_("kết quả"), default=dict, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "-created_at"], name="importjob_user_idx")]
        verbose_name = _("lần nhập Excel")
        verbose_name_plural = _("lần nhập Excel")

    def __str__(self) -> str:
        return f"{self.form_id} {self.period} {self.filename}"[:300]

    @property
    def is_running(self) -> bool:
        return self.status in (self.State.QUEUED, self.State.RUNNING)
