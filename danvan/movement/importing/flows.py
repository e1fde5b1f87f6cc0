"""What the import page does with an upload: check then import at once, or queue a large file."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from danvan.core.uploads import upload_limits
from danvan.movement.importing.checks import _error, parse_upload
from danvan.movement.importing.services import import_models, queue_import
from danvan.movement.importing.tasks import run_import
from danvan.movement.importing.template import ASYNC_ROWS, DATA_SHEET, FIRST_DATA_ROW
from danvan.movement.models import ImportJob
from danvan.reporting.excel.checks import _open as open_workbook


@dataclass
class Outcome:
    result: dict | None = None
    errors: list[dict] | None = None
    job: ImportJob | None = None


def count_rows(file_bytes: bytes) -> int:
    """Data rows of a template (a name in column A), cheaply; 0 when unreadable (the check reports it)."""
    try:
        wb = open_workbook(file_bytes)
        count = 0
        for (value,) in wb[DATA_SHEET].iter_rows(min_row=FIRST_DATA_ROW, max_col=1, values_only=True):
            count += value is not None
        wb.close()
        return count
    except Exception:
        return 0


def upload(user, *, unit, file_bytes: bytes, filename: str = "") -> Outcome:
    sane = isinstance(file_bytes, bytes | bytearray) and len(file_bytes) <= upload_limits().max_bytes
    count = count_rows(file_bytes) if sane else 0
    try:
        if count > ASYNC_ROWS:
            job = queue_import(user, unit=unit, file_bytes=file_bytes, filename=filename, total_rows=count)
            transaction.on_commit(lambda: run_import.enqueue(job.pk))
            return Outcome(job=job)
        rows, errors = parse_upload(file_bytes, unit, user)
        if errors:
            return Outcome(errors=errors)
        return Outcome(result=import_models(user, unit=unit, rows=rows, filename=filename))
    except ValidationError as exc:
        return Outcome(errors=[_error(None, None, m) for m in exc.messages])
    except PermissionDenied as exc:
        return Outcome(errors=[_error(None, None, str(exc) or "Không được phép.")])
