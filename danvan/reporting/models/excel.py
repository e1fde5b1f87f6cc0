"""An upload of a filled Excel template, imported in the background when it is large."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.importjobs import ImportJobBase


class ImportJob(ImportJobBase):
    """One upload: the file, where its checking and import stand, and what came of it.

    Read only through `reporting.excel.import_jobs_of` / `get_import_job`: a user sees their own jobs only.
    The common fields and the runner: `core.importjobs`.
    """

    class Kind(models.TextChoices):
        EXCEL = "excel", _("Nhập Excel")
        WORD = "word", _("Nhập văn bản")

    # A Word import reuses the job and its progress page: read in the background, its proposal in `result`.
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices, default=Kind.EXCEL)
    unit = models.ForeignKey("org.Unit", verbose_name=_("tổ chức"), null=True, blank=True, on_delete=models.CASCADE,
                             related_name="+")
    form = models.ForeignKey("reporting.ReportForm", verbose_name=_("biểu mẫu"), on_delete=models.CASCADE,
                             related_name="+")
    period = models.CharField(_("kỳ báo cáo"), max_length=10)

    class Meta(ImportJobBase.Meta):
        indexes = [models.Index(fields=["user", "-created_at"], name="importjob_user_idx")]
        verbose_name = _("lần nhập Excel")
        verbose_name_plural = _("lần nhập Excel")

    def __str__(self) -> str:
        return f"{self.form_id} {self.period} {self.filename}"[:300]
