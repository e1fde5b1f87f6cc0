"""The background import of a large .xlsx of comments (a Django task; the worker is `danvan db_worker`).

The runner is the one of every import (`core.importjobs.run_job`); this module gives it consultation's steps.
The job's import path, `danvan.consultation.tasks.run_import`, is stored in the queue: keep it importable.
"""

from django.tasks import task

from danvan.consultation import selectors
from danvan.consultation.excel import check_rows
from danvan.consultation.models import ImportJob
from danvan.consultation.services.importing import save_imported
from danvan.core.importjobs import run_job

CHECK_SHARE = 40  # the bar's part for checking the file; the rows are then saved in one transaction


def _check(job: ImportJob, progress):
    return check_rows(job.consultation, bytes(job.file), selectors.import_context(job.consultation),
                      progress=progress)


def _write(job: ImportJob, rows: list[dict], progress) -> dict:
    created = save_imported(job.user, job.consultation, unit=job.unit, rows=rows, filename=job.filename,
                            progress=progress)
    return {"created": created}


@task()
def run_import(job_id: int) -> dict:
    """Check the job's file row by row (per-cell errors), then save every comment, all or nothing."""
    return run_job(ImportJob, job_id, check=_check, write=_write, what="ý kiến", check_share=CHECK_SHARE,
                   related=("consultation__unit", "unit", "user"), error_fields={"indicator": None})
