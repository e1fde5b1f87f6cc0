"""The background Excel import (a Django task; the worker is `danvan db_worker`): large uploads run here."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.tasks import task
from django.utils import timezone

from danvan.core.audit import ConflictError
from danvan.reporting.excel.checks import parse_upload
from danvan.reporting.models import ImportJob
from danvan.reporting.services.excel import import_values

logger = logging.getLogger(__name__)

PARSE_SHARE = 80  # the progress bar's part for checking the file; the import itself is one transaction
MAX_STORED_ERRORS = 1_000
State = ImportJob.State


def _update(job_id: int, **fields) -> None:
    """Progress bookkeeping, committed at once (autocommit) so the job page can poll it.

    Like an API token's `last_used_at`, this deliberately bypasses services: auditing every percent
    would drown the trail. The import itself is a service with its own audit event.
    """
    ImportJob.objects.unscoped().filter(pk=job_id).update(**fields)


def _finish(job_id: int, status: str, *, errors=(), result=None) -> None:
    _update(job_id, status=status, progress=100, errors=list(errors)[:MAX_STORED_ERRORS], result=result or {},
            finished_at=timezone.now(), file=b"")


def _file_error(message: str) -> dict:
    return {"row": None, "column": None, "indicator": None, "message": message}


class _SideChannel:
    """Progress of the import itself, written through a second connection outside its transaction.

    Only on PostgreSQL: SQLite has one writer at a time, so there the bar waits at PARSE_SHARE + 5
    until the import's transaction commits.
    """

    def __init__(self, job_id: int):
        self.job_id = job_id
        self.conn = connections.create_connection(DEFAULT_DB_ALIAS) if connection.vendor == "postgresql" else None

    def __call__(self, done: int, total: int) -> None:
        if self.conn is None:
            return
        share = PARSE_SHARE + 5 + (100 - PARSE_SHARE - 6) * min(done, total) // max(total, 1)
        try:
            with self.conn.cursor() as cursor:
                cursor.execute("UPDATE reporting_importjob SET progress = %s WHERE id = %s",
                               [share, self.job_id])
        except Exception:  # progress is a courtesy: never let it fail the import
            logger.warning("Could not record the progress of import job %s", self.job_id, exc_info=True)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


@task()
def run_import(job_id: int) -> dict:
    """Check the uploaded file of an ImportJob, then import it all or nothing; progress 0–100 as it goes."""
    job = ImportJob.objects.unscoped().select_related("form", "user").filter(pk=job_id, status=State.QUEUED).first()
    if job is None:
        return {"skipped": True}
    _update(job_id, status=State.RUNNING, progress=1)

    def progress(done: int, total: int) -> None:
        share = 1 + (PARSE_SHARE - 1) * min(done, total) // max(total, 1)
        _update(job_id, progress=share, total_rows=max(total, 0))

    try:
        rows, errors = parse_upload(bytes(job.file), job.form, job.user, period=job.period, progress=progress)
        if errors:
            _finish(job_id, State.FAILED, errors=errors, result={"errors": len(errors)})
            return {"errors": len(errors)}
        _update(job_id, progress=PARSE_SHARE + 5, total_rows=len(rows))
        side = _SideChannel(job_id)
        try:
            result = import_values(job.user, form=job.form, period=job.period, rows=rows, progress=side)
        finally:
            side.close()
    except (ValidationError, PermissionDenied, ConflictError) as exc:
        messages = exc.messages if isinstance(exc, ValidationError) else [str(exc) or "Không được phép."]
        _finish(job_id, State.FAILED, errors=[_file_error(m) for m in messages], result={"errors": len(messages)})
        return {"errors": len(messages)}
    except Exception:
        logger.exception("Excel import job %s failed", job_id)
        _finish(job_id, State.FAILED, errors=[_file_error("Lỗi hệ thống khi nhập tệp; không có số liệu nào "
                                                          "được lưu. Vui lòng thử lại hoặc báo quản trị.")])
        return {"errors": 1}
    _finish(job_id, State.DONE, result=result)
    return result


@task()
def run_word_import(job_id: int) -> dict:
    """Read a queued Word/text/PDF report into a proposed draft (kept in the job's result); progress as it goes.

    It shares the import jobs' model and progress bookkeeping with the Excel import, hence it lives here.
    """
    from danvan.reporting.word_import import propose_from_document, read_document

    job = ImportJob.objects.unscoped().select_related("form").filter(pk=job_id, status=State.QUEUED,
                                                                     kind=ImportJob.Kind.WORD).first()
    if job is None:
        return {"skipped": True}
    _update(job_id, status=State.RUNNING, progress=5)
    try:
        document = read_document(bytes(job.file), job.filename)
        _update(job_id, progress=40, total_rows=document.text.count("\n") + 1)
        proposal = propose_from_document(document, job.filename, job.form)
    except ValidationError as exc:
        _finish(job_id, State.FAILED, errors=[_file_error(m) for m in exc.messages], result={"errors": 1})
        return {"errors": 1}
    except Exception:
        logger.exception("Word import job %s failed", job_id)
        _finish(job_id, State.FAILED, errors=[_file_error("Lỗi hệ thống khi đọc tệp. Vui lòng thử lại hoặc báo "
                                                          "quản trị.")])
        return {"errors": 1}
    _finish(job_id, State.DONE, result=proposal)
    return {"values": len(proposal["values"]), "sections": len(proposal["sections"])}
