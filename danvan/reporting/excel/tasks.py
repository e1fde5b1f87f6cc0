"""The background Excel import (a Django task; the worker is `danvan db_worker`): large uploads run here."""

import logging

from django.core.exceptions import ValidationError
from django.tasks import task

from danvan.core.importjobs import file_error, finish_job, run_job, update_job
from danvan.reporting.excel.checks import parse_upload
from danvan.reporting.models import ImportJob
from danvan.reporting.services.excel import import_values

logger = logging.getLogger(__name__)

PARSE_SHARE = 80  # the progress bar's part for checking the file; the import itself is one transaction
State = ImportJob.State
NO_CELL = {"indicator": None}  # a whole-file error has no row, column nor indicator


def _check(job: ImportJob, progress):
    return parse_upload(bytes(job.file), job.form, job.user, period=job.period, progress=progress)


def _write(job: ImportJob, rows: list[dict], progress) -> dict:
    return import_values(job.user, form=job.form, period=job.period, rows=rows, progress=progress)


@task()
def run_import(job_id: int) -> dict:
    """Check the uploaded file of an ImportJob, then import it all or nothing; progress 0–100 as it goes
    (the runner of every import, `core.importjobs.run_job`)."""
    return run_job(ImportJob, job_id, check=_check, write=_write, what="số liệu", check_share=PARSE_SHARE,
                   related=("form", "user"), error_fields=NO_CELL, kind=ImportJob.Kind.EXCEL)


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
    update_job(ImportJob, job_id, status=State.RUNNING, progress=5)
    try:
        document = read_document(bytes(job.file), job.filename)
        update_job(ImportJob, job_id, progress=40, total_rows=document.text.count("\n") + 1)
        proposal = propose_from_document(document, job.filename, job.form)
    except ValidationError as exc:
        finish_job(ImportJob, job_id, State.FAILED, errors=[file_error(m, **NO_CELL) for m in exc.messages],
                   result={"errors": 1})
        return {"errors": 1}
    except Exception:
        logger.exception("Word import job %s failed", job_id)
        finish_job(ImportJob, job_id, State.FAILED, errors=[
            file_error("Lỗi hệ thống khi đọc tệp. Vui lòng thử lại hoặc báo quản trị.", **NO_CELL)])
        return {"errors": 1}
    finish_job(ImportJob, job_id, State.DONE, result=proposal)
    return {"values": len(proposal["values"]), "sections": len(proposal["sections"])}
