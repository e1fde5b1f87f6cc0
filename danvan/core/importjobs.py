"""One background Excel import for every app: the job's table (`ImportJobBase`) and its task side (`run_job`).

An app with a large-file import keeps a concrete `ImportJob(ImportJobBase)` (its own table: the unit and
whatever else says where the rows go), a `queue_import` service (its permission check, then `new_job` and
its audit event), selectors over `jobs_of`, and a `@task` that calls `run_job` with its two steps:
`check(job, progress) -> (rows, errors)` — the row parser, per-cell errors, nothing written — and
`write(job, rows, progress) -> dict` — a service that writes every row all or nothing with its own audit
event. `run_job` claims the job, keeps its progress bar, records the errors or the result and never lets an
exception escape. docs/adding-an-app.md, "An Excel import", shows the whole shape.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from danvan.core.audit import ConflictError
from danvan.core.permissions import ScopedQuerySet
from danvan.core.uploads import check_bytes

logger = logging.getLogger(__name__)
MAX_STORED_ERRORS = 1_000


class ImportJobBase(models.Model):
    """One upload: the file, where its checking and import stand, and what came of it (abstract).

    Read only through the app's selectors (`jobs_of`): a user sees their own jobs only. The file is emptied
    once the job has finished.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang xử lý")
        DONE = "done", _("Hoàn thành")
        FAILED = "failed", _("Không nhập được")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), on_delete=models.CASCADE,
                             related_name="+")
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
        abstract = True
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def is_running(self) -> bool:
        return self.status in (self.State.QUEUED, self.State.RUNNING)


# The queue and the reads ------------------------------------------------------------------------------------

def new_job[Job: ImportJobBase](model: type[Job], actor, *, file_bytes: bytes, filename: str = "",
                                total_rows: int = 0, **fields) -> Job:
    """Keep an upload as a queued job of `model` (the caller has checked who may; it records the audit event
    and enqueues its task on commit). The one set of upload limits applies (`core.uploads.check_bytes`)."""
    if not file_bytes:
        raise ValidationError("Tệp rỗng.")
    check_bytes(file_bytes, filename or ".xlsx")
    return model.objects.unscoped().create(user=actor, filename=str(filename or "")[:255],
                                           file=bytes(file_bytes), total_rows=max(int(total_rows), 0), **fields)


def jobs_of[Job: ImportJobBase](model: type[Job], user, **filters) -> models.QuerySet[Job]:
    """The user's own jobs of `model` (newest first, without the file); none for an anonymous or inactive user."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return model.objects.unscoped().none()
    # The user's own rows: the filter on `user` is the scope (jobs are admin-only for everyone else).
    return model.objects.unscoped().filter(user=user, **filters).defer("file").order_by("-created_at")


def job_or_404[Job: ImportJobBase](jobs: models.QuerySet[Job], job_id) -> Job:
    try:
        return jobs.get(pk=int(job_id))
    except (jobs.model.DoesNotExist, ValueError, TypeError, OverflowError) as exc:
        raise Http404 from exc


# The task side ----------------------------------------------------------------------------------------------

def update_job(model: type[ImportJobBase], job_id: int, **fields) -> None:
    """Progress bookkeeping, committed at once (autocommit) so the job page can poll it.

    Like an API token's `last_used_at`, this deliberately bypasses services: auditing every percent would
    drown the trail. The import itself is a service with its own audit event.
    """
    model.objects.unscoped().filter(pk=job_id).update(**fields)


def finish_job(model: type[ImportJobBase], job_id: int, status: str, *, errors=(), result=None) -> None:
    update_job(model, job_id, status=status, progress=100, errors=list(errors)[:MAX_STORED_ERRORS],
               result=result or {}, finished_at=timezone.now(), file=b"")


def file_error(message: str, **extra) -> dict:
    """An error about the whole file, in the shape of the per-cell ones (no row, no column)."""
    return {"row": None, "column": None, **extra, "message": message}


class SideProgress:
    """Progress of the writing, through a second connection outside its transaction.

    Only on PostgreSQL: SQLite has one writer at a time, so there the bar waits at the check's share until
    the import's transaction commits.
    """

    def __init__(self, model: type[ImportJobBase], job_id: int, *, start: int):
        self.table, self.job_id, self.start = connection.ops.quote_name(model._meta.db_table), job_id, start
        self.conn = connections.create_connection(DEFAULT_DB_ALIAS) if connection.vendor == "postgresql" else None

    def __call__(self, done: int, total: int) -> None:
        if self.conn is None:
            return
        share = self.start + (99 - self.start) * min(done, total) // max(total, 1)
        try:
            with self.conn.cursor() as cursor:
                # The table is the job model's own, quoted; the values are parameters.
                cursor.execute(f"UPDATE {self.table} SET progress = %s WHERE id = %s",  # noqa: S608
                               [share, self.job_id])
        except Exception:  # progress is a courtesy: never let it fail the import
            logger.warning("Could not record the progress of %s %s", self.table, self.job_id, exc_info=True)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def run_job(model: type[ImportJobBase], job_id: int, *, check: Callable, write: Callable, what: str,
            check_share: int = 40, related: tuple[str, ...] = (), error_fields: dict | None = None,
            **filters) -> dict:
    """Claim a queued job of `model`, check its file, then write its rows all or nothing; progress 0–100.

    `check(job, progress)` returns (rows, per-cell errors) and writes nothing; it reports `progress(done,
    total)` as it reads, shown as 1..check_share %. `write(job, rows, progress)` is the app's import service
    (one transaction) and returns the result kept on the job. Refusals (ValidationError, PermissionDenied,
    ConflictError) fail the job with their messages; anything else is logged and fails it with a system
    error naming `what` was not saved ("mô hình", "ý kiến"…). Returns what the task returns.
    """
    extra = error_fields or {}
    job = model.objects.unscoped().select_related(*related).filter(pk=job_id, status=model.State.QUEUED,
                                                                   **filters).first()
    if job is None:
        return {"skipped": True}
    update_job(model, job_id, status=model.State.RUNNING, progress=1)

    def checked(done: int, total: int) -> None:
        update_job(model, job_id, progress=1 + (check_share - 1) * min(done, total) // max(total, 1),
                   total_rows=max(total, 0))

    def failed(messages: list[str]) -> dict:
        finish_job(model, job_id, model.State.FAILED, errors=[file_error(m, **extra) for m in messages],
                   result={"errors": len(messages)})
        return {"errors": len(messages)}

    try:
        rows, errors = check(job, checked)
        if errors:
            finish_job(model, job_id, model.State.FAILED, errors=errors, result={"errors": len(errors)})
            return {"errors": len(errors)}
        update_job(model, job_id, progress=check_share, total_rows=len(rows))
        side = SideProgress(model, job_id, start=check_share)
        try:
            result = write(job, rows, side)
        finally:
            side.close()
    except ValidationError as exc:
        return failed(exc.messages)
    except (PermissionDenied, ConflictError) as exc:
        return failed([str(exc) or "Không được phép."])
    except Exception:
        logger.exception("Import job %s %s failed", model._meta.label, job_id)
        finish_job(model, job_id, model.State.FAILED, errors=[file_error(
            f"Lỗi hệ thống khi nhập tệp; không có {what} nào được lưu. Vui lòng thử lại hoặc báo quản trị.",
            **extra)])
        return {"errors": 1}
    finish_job(model, job_id, model.State.DONE, result=result)
    return result
