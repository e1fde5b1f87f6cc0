"""What the Excel page and the API do with a request, shared so that both behave the same: download a
template for one unit or every unit below it, and check then import an upload (a large one queued)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.permissions import Action
from danvan.core.uploads import upload_limits
from danvan.org.selectors import get_unit
from danvan.reporting import selectors
from danvan.reporting.excel.checks import FileProblem, check_period, count_rows, parse_upload, upload_error
from danvan.reporting.excel.template import ASYNC_ROWS, MAX_ROWS, build_template, template_filename
from danvan.reporting.models import ImportJob
from danvan.reporting.services.excel import import_values, queue_import


def template_download(user, *, form_code: str, period_code: str, unit_id, all_below: bool = False
                      ) -> tuple[str, bytes]:
    """(filename, bytes) of the template for one unit in the user's REPORT scope, or every unit below it
    that must report the form. Out of scope: Http404; bad period or too many units: ValidationError."""
    form = selectors.get_form(user, form_code)
    try:
        period = check_period(form, period_code)
    except FileProblem as problem:
        raise ValidationError({"period": [problem.message]}) from None
    unit = get_unit(user, unit_id, Action.REPORT)
    if all_below:
        units = selectors.units_to_report(user, form, period, under=unit, limit=MAX_ROWS + 1)
        if len(units) > MAX_ROWS:
            raise ValidationError(f"Quá nhiều tổ chức (trên {MAX_ROWS:,}); hãy chọn một tổ chức cấp dưới."
                                  .replace(",", "."))
        if not units:
            units = [unit]
    else:
        units = [unit]
    content = build_template(form, period, units, values=selectors.existing_values(form, period, units))
    return template_filename(form, period), content


@dataclass
class UploadOutcome:
    result: dict | None = None  # the counts of a finished import
    errors: list[dict] | None = None  # nothing was saved
    job: ImportJob | None = None  # a large file, imported in the background


def upload(user, *, form_code: str, period_code: str, file_bytes: bytes, filename: str = "") -> UploadOutcome:
    """Check and import an upload: at most ASYNC_ROWS rows at once, larger files as a background job."""
    form = selectors.get_form(user, form_code)
    try:
        period = check_period(form, period_code)
    except FileProblem as problem:
        return UploadOutcome(errors=[upload_error(None, None, problem.message)])
    sane = isinstance(file_bytes, bytes | bytearray) and len(file_bytes) <= upload_limits().max_bytes
    count = count_rows(file_bytes) if sane else 0
    if count > ASYNC_ROWS:
        job = queue_import(user, form=form, period=period.code, file_bytes=file_bytes, filename=filename,
                           total_rows=min(count, MAX_ROWS))
        return UploadOutcome(job=job)
    rows, errors = parse_upload(file_bytes, form, user, period=period.code)
    if errors:
        return UploadOutcome(errors=errors)
    try:
        return UploadOutcome(result=import_values(user, form=form, period=period.code, rows=rows))
    except ValidationError as exc:
        return UploadOutcome(errors=[upload_error(None, None, m) for m in exc.messages])
    except PermissionDenied as exc:
        return UploadOutcome(errors=[upload_error(None, None, str(exc) or "Không được phép.")])
