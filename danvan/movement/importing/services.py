"""Writes of the Excel import: the import itself (all or nothing, one transaction) and queueing a large
upload for the background task."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import record_event, service
from danvan.core.importjobs import new_job
from danvan.movement import rules
from danvan.movement.models import ImportJob
from danvan.movement.services import register_models


@service
def import_models(actor, *, unit, rows: list[dict], filename: str = "", progress=None) -> dict:
    """Register every checked row (`checks.parse_upload`) for `unit`, all or nothing, through
    `register_models` (register_model's checks, audit, timeline and index, written in batches)."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền đăng ký mô hình cho tổ chức này.")
    if not rows:
        raise ValidationError("Tệp chưa có dòng mô hình nào.")
    created = register_models(actor, unit=unit, rows=rows, progress=progress)
    ids = [m.pk for m in created]
    result = {"created": len(ids), "first_id": ids[0], "last_id": ids[-1]}
    record_event(actor, "movement.model.import", unit, after={"filename": str(filename)[:255], **result})
    return result


@service
def queue_import(actor, *, unit, file_bytes: bytes, filename: str = "", total_rows: int = 0) -> ImportJob:
    """Keep a large upload for the background import; the caller (`flows.upload`) enqueues
    `importing.tasks.run_import` once this commits (the task calls `import_models` back: no import cycle)."""
    if not getattr(actor, "pk", None):
        raise PermissionDenied("Cần đăng nhập để tải tệp lên.")
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền đăng ký mô hình cho tổ chức này.")
    job = new_job(ImportJob, actor, file_bytes=file_bytes, filename=filename, total_rows=total_rows, unit=unit)
    record_event(actor, "movement.import.queue", job, after={"unit": unit.pk, "filename": job.filename,
                                                             "total_rows": job.total_rows})
    return job
