"""Reads of the Excel import: a user's own jobs."""

from django.http import Http404

from danvan.movement.models import ImportJob


def import_jobs_of(user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ImportJob.objects.none()
    return ImportJob.objects.filter(user=user).select_related("unit").defer("file").order_by("-created_at")


def get_import_job(user, job_id) -> ImportJob:
    try:
        return import_jobs_of(user).get(pk=int(job_id))
    except (ImportJob.DoesNotExist, ValueError, TypeError, OverflowError) as exc:
        raise Http404 from exc
