"""The background import of a large .xlsx of comments (a Django task; the worker is `danvan db_worker`).

The job's import path, `danvan.consultation.tasks.run_import`, is stored in the queue: keep it importable.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.tasks import task
from django.utils import timezone

from danvan.consultation import selectors
from danvan.consultation.excel import check_rows
from danvan.consultation.models import ImportJob
from danvan.consultation.services.importing import save_imported
from danvan.core.audit import ConflictError

logger = logging.getLogger(__name__)
CHECK_SHARE = 40  # the bar's part for checking the file; the rows are then saved in one transaction
MAX_STORED_ERRORS = 1_000
State = ImportJob.State


def _update(job_id: int, **fields) -> None:
    """Progress bookkeeping, committed at once so the job page can poll it; deliberately not a service
    (auditing every percent would drown the trail). The import itself is a service with its own event."""
    ImportJob.objects.unscoped().filter(pk=job_id).update(**fields)


def _finish(job_id: int, status: str, *, errors=(), result=None) -> None:
    _update(job_id, status=status, progress=100, errors=list(errors)[:MAX_STORED_ERRORS], result=result or {},
            finished_at=timezone.now(), file=b"")


def _file_error(message: str) -> dict:
    return {"row": None, "column": None, "indicator": None, "message": message}


class _SaveProgress:
    """Progress of the saving, written through a second connection outside its transaction (PostgreSQL only:
    SQLite has one writer at a time, so there the bar waits at CHECK_SHARE until the rows are committed)."""

    def __init__(self, job_id: int):
        self.job_id = job_id
        self.conn = connections.create_connection(DEFAULT_DB_ALIAS) if connection.vendor == "postgresql" else None

    def __call__(self, done: int, total: int) -> None:
        if self.conn is None:
            return
        share = CHECK_SHARE + (99 - CHECK_SHARE) * min(done, total) // max(total, 1)
        try:
            with self.conn.cursor() as cursor:
                cursor.execute("UPDATE consultation_importjob SET progress = %s WHERE id = %s", [share, self.job_id])
        except Exception:  # progress is a courtesy: never let it fail the import
            logger.warning("Could not record the progress of comment import job %s", self.job_id, exc_info=True)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


@task()
def run_import(job_id: int) -> dict:
    """Check the job's file row by row (per-cell errors), then save every comment, all or nothing."""
    job = (ImportJob.objects.unscoped().select_related("consultation__unit", "unit", "user")
           .filter(pk=job_id, status=State.QUEUED).first())
    if job is None:
        return {"skipped": True}
    _update(job_id, status=State.RUNNING, progress=1)

    def checked(done: int, total: int) -> None:
        _update(job_id, progress=1 + (CHECK_SHARE - 1) * min(done, total) // max(total, 1), total_rows=total)

    try:
        rows, errors = check_rows(job.consultation, bytes(job.file), selectors.import_context(job.consultation),
                                   progress=checked)
        if errors:
            _finish(job_id, State.FAILED, errors=errors, result={"errors": len(errors)})
            return {"errors": len(errors)}
        _update(job_id, progress=CHECK_SHARE, total_rows=len(rows))
        side = _SaveProgress(job_id)
        try:
            created = save_imported(job.user, job.consultation, unit=job.unit, rows=rows, filename=job.filename,
                                    progress=side)
        finally:
            side.close()
    except (ValidationError, PermissionDenied, ConflictError) as exc:
        messages = exc.messages if isinstance(exc, ValidationError) else [str(exc) or "Không được phép."]
        _finish(job_id, State.FAILED, errors=[_file_error(m) for m in messages], result={"errors": len(messages)})
        return {"errors": len(messages)}
    except Exception:
        logger.exception("Comment import job %s failed", job_id)
        _finish(job_id, State.FAILED, errors=[_file_error("Lỗi hệ thống khi nhập tệp; không có ý kiến nào được "
                                                          "lưu. Vui lòng thử lại hoặc báo quản trị.")])
        return {"errors": 1}
    _finish(job_id, State.DONE, result={"created": created})
    return {"created": created}
