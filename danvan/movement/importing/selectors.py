"""Reads of the Excel import: a user's own jobs (`core.importjobs`)."""

from danvan.core.importjobs import job_or_404, jobs_of
from danvan.movement.models import ImportJob


def import_jobs_of(user):
    return jobs_of(ImportJob, user).select_related("unit")


def get_import_job(user, job_id) -> ImportJob:
    return job_or_404(import_jobs_of(user), job_id)
