"""Queueing a large Word import: the file is read by the task worker, the page follows its progress."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from danvan.core.audit import record_event, service
from danvan.core.permissions import Action
from danvan.core.uploads import check_bytes
from danvan.org.models import Unit
from danvan.reporting.models import ImportJob
from danvan.reporting.services.submissions import _parse


@service
def queue_word_import(actor, *, form, unit, period: str, file_bytes: bytes, filename: str = "") -> ImportJob:
    """Keep the file and read it in the background (`reporting.excel.tasks.run_word_import`); nothing else is written
    until the reporter confirms the proposal on the check page."""
    if not getattr(actor, "pk", None) or not Unit.objects.for_user(actor, Action.REPORT).filter(pk=unit.pk).exists():
        raise PermissionDenied("Bạn không có quyền báo cáo cho tổ chức này.")
    p = _parse(period, form)
    check_bytes(file_bytes, filename)
    job = ImportJob.objects.create(kind=ImportJob.Kind.WORD, user=actor, form=form, unit=unit, period=p.code,
                                   filename=str(filename or "")[:255], file=bytes(file_bytes))
    record_event(actor, "reporting.word_import.queue", job, after={
        "form": form.code, "unit": unit.pk, "period": p.code, "filename": job.filename})

    def enqueue():
        from danvan.reporting.excel.tasks import run_word_import

        run_word_import.enqueue(job.pk)

    transaction.on_commit(enqueue)
    return job
