"""What an .xlsx upload of comments does (the page and the API alike): check and import a small file at once,
keep a large one for the background task (`tasks.run_import`) and answer with its job."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from danvan.consultation.excel import count_rows, error
from danvan.consultation.models import Consultation, ImportJob
from danvan.consultation.services.importing import import_comments, queue_import
from danvan.consultation.tasks import run_import
from danvan.core.audit import ConflictError
from danvan.core.uploads import upload_limits

ASYNC_ROWS = 200  # above this many rows a file is imported in the background, with a progress bar


@dataclass
class Outcome:
    created: int | None = None
    errors: list[dict] | None = None
    job: ImportJob | None = None


def upload(user, consultation: Consultation, *, unit, file_bytes: bytes, filename: str = "") -> Outcome:
    sane = isinstance(file_bytes, bytes | bytearray) and 0 < len(file_bytes) <= upload_limits().max_bytes
    count = count_rows(file_bytes) if sane else 0
    try:
        if count > ASYNC_ROWS:
            job = queue_import(user, consultation, unit=unit, file_bytes=file_bytes, filename=filename,
                               total_rows=count)
            transaction.on_commit(lambda: run_import.enqueue(job.pk))
            return Outcome(job=job)
        result = import_comments(user, consultation, unit=unit, file_bytes=file_bytes, filename=filename)
    except ValidationError as exc:
        return Outcome(errors=[error(None, None, m) for m in exc.messages])
    except (PermissionDenied, ConflictError) as exc:
        return Outcome(errors=[error(None, None, str(exc) or "Không được phép.")])
    if result.errors:
        return Outcome(errors=result.errors)
    return Outcome(created=result.created)
