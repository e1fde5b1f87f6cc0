"""A unit's comments from a filled .xlsx sheet: all or nothing, every problem with its row and column.

Small files are checked and imported in the request (`import_comments`); a large one is kept as an
`ImportJob` (`queue_import`) and imported by the background task (`consultation.tasks.run_import`), which
checks it first (`excel.check_rows`, progress as it reads) and then saves the rows with `save_imported`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.consultation import rules, selectors
from danvan.consultation.embedding import queue_embedding
from danvan.consultation.excel import check_rows
from danvan.consultation.models import Consultation, ImportJob
from danvan.consultation.services.comments import _check_collect, _write
from danvan.core.audit import mark_unchanged, record_event, service
from danvan.core.importjobs import new_job

PROGRESS_EVERY = 100


@dataclass
class ImportOutcome:
    created: int = 0
    errors: list[dict] = field(default_factory=list)


@service
def import_comments(actor, consultation: Consultation, *, unit, file_bytes: bytes, filename: str = "") -> ImportOutcome:
    """Check every row first; with any error nothing is written and the errors come back."""
    _check_collect(actor, consultation, unit)
    cleaned_rows, errors = check_rows(consultation, file_bytes, selectors.import_context(consultation))
    if errors:
        mark_unchanged()
        return ImportOutcome(errors=errors)
    return ImportOutcome(created=_save(actor, consultation, unit, cleaned_rows, filename))


@service
def save_imported(actor, consultation: Consultation, *, unit, rows: list[dict], filename: str = "",
                  progress=None) -> int:
    """Save the rows a sheet check returned (`excel.check_rows`, no error), all or nothing; `progress(done,
    total)` is called every PROGRESS_EVERY rows. Returns the number saved."""
    _check_collect(actor, consultation, unit)
    if not rows:
        raise ValidationError("Tệp không có ý kiến nào.")
    return _save(actor, consultation, unit, rows, filename, progress=progress)


def _save(actor, consultation, unit, rows, filename, *, progress=None) -> int:
    for done, cleaned in enumerate(rows, start=1):
        _write(actor, consultation, unit, cleaned)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(rows))
    queue_embedding(consultation.pk)
    record_event(actor, "consultation.comment.import", consultation,
                 after={"unit": unit.pk, "comments": len(rows), "filename": str(filename or "")[:255]})
    return len(rows)


@service
def queue_import(actor, consultation: Consultation, *, unit, file_bytes: bytes, filename: str = "",
                 total_rows: int = 0) -> ImportJob:
    """Keep a large upload for the background import; the caller (`consultation.imports.upload`) enqueues
    `tasks.run_import` once this commits."""
    if not getattr(actor, "pk", None):
        raise PermissionDenied("Cần đăng nhập để tải tệp lên.")
    if not rules.may_collect(actor, consultation, unit):
        raise PermissionDenied("Bạn không có quyền nhập ý kiến góp ý cho tổ chức này.")
    job = new_job(ImportJob, actor, file_bytes=file_bytes, filename=filename, total_rows=total_rows,
                  consultation=consultation, unit=unit)
    record_event(actor, "consultation.import.queue", job, after={"consultation": consultation.pk, "unit": unit.pk,
                                                                 "filename": job.filename,
                                                                 "total_rows": job.total_rows},
                 scope_path=consultation.line_path)
    return job
