"""The background import of a large upload (a Django task; the worker is `danvan db_worker`)."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.tasks import task
from django.utils import timezone

from danvan.movement.importing.checks import parse_upload
from danvan.movement.importing.services import import_models
from danvan.movement.models import ImportJob

logger = logging.getLogger(__name__)
PARSE_SHARE = 40  # the bar's part for checking the file; the import is one transaction after it
MAX_STORED_ERRORS = 1_000
State = ImportJob.State


def _update(job_id: int, **fields) -> None:
    """Progress bookkeeping, committed at once; deliberately not a service (auditing every percent would
    drown the trail). The import itself is a service with its own audit events."""
    ImportJob.objects.unscoped().filter(pk=job_id).update(**fields)


def _finish(job_id: int, status: str, *, errors=(), result=None) -> None:
    _update(job_id, status=status, progress=100, errors=list(errors)[:MAX_STORED_ERRORS], result=result or {},
            finished_at=timezone.now(), file=b"")


def _file_error(message: str) -> dict:
    return {"row": None, "column": None, "message": message}


@task()
def run_import(job_id: int) -> dict:
    """Check the job's file, then import it all or nothing; progress 0–100 as it goes."""
    job = ImportJob.objects.unscoped().select_related("unit", "user").filter(pk=job_id, status=State.QUEUED).first()
    if job is None:
        return {"skipped": True}
    _update(job_id, status=State.RUNNING, progress=1)

    def progress(done: int, total: int) -> None:
        _update(job_id, progress=1 + (PARSE_SHARE - 1) * min(done, total) // max(total, 1), total_rows=total)

    try:
        rows, errors = parse_upload(bytes(job.file), job.unit, job.user, progress=progress)
        if errors:
            _finish(job_id, State.FAILED, errors=errors, result={"errors": len(errors)})
            return {"errors": len(errors)}
        _update(job_id, progress=PARSE_SHARE + 5, total_rows=len(rows))
        result = import_models(job.user, unit=job.unit, rows=rows, filename=job.filename)
    except (ValidationError, PermissionDenied) as exc:
        messages = exc.messages if isinstance(exc, ValidationError) else [str(exc) or "Không được phép."]
        _finish(job_id, State.FAILED, errors=[_file_error(m) for m in messages], result={"errors": len(messages)})
        return {"errors": len(messages)}
    except Exception:
        logger.exception("Movement import job %s failed", job_id)
        _finish(job_id, State.FAILED, errors=[_file_error("Lỗi hệ thống khi nhập tệp; không có mô hình nào được "
                                                          "lưu. Vui lòng thử lại hoặc báo quản trị.")])
        return {"errors": 1}
    _finish(job_id, State.DONE, result=result)
    return result
