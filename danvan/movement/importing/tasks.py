"""The background import of a large upload (a Django task; the worker is `danvan db_worker`).

The runner is the one of every import (`core.importjobs.run_job`); this module gives it movement's two steps.
The job's import path, `danvan.movement.importing.tasks.run_import`, is stored in the queue: keep it importable.
"""

from django.tasks import task

from danvan.core.importjobs import run_job
from danvan.movement.importing.checks import parse_upload
from danvan.movement.importing.services import import_models
from danvan.movement.models import ImportJob

CHECK_SHARE = 40  # the bar's part for checking the file; the import is one transaction after it


def _check(job: ImportJob, progress):
    return parse_upload(bytes(job.file), job.unit, job.user, progress=progress)


def _write(job: ImportJob, rows: list[dict], progress) -> dict:
    return import_models(job.user, unit=job.unit, rows=rows, filename=job.filename, progress=progress)


@task()
def run_import(job_id: int) -> dict:
    """Check the job's file, then import it all or nothing; progress 0–100 as it goes."""
    return run_job(ImportJob, job_id, check=_check, write=_write, what="mô hình", check_share=CHECK_SHARE,
                   related=("unit", "user"))
