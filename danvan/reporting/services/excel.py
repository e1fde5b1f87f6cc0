"""Writes of the Excel import: the all-or-nothing import of checked rows, and queueing a large upload."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from danvan.core.audit import ConflictError, record_event, service
from danvan.core.importjobs import new_job
from danvan.org.models import Unit
from danvan.reporting.models import ImportJob, Submission, SubmissionValue
from danvan.reporting.rules import EDITABLE
from danvan.reporting.rules import MAX_UPLOAD_ROWS as MAX_ROWS
from danvan.reporting.services.submissions import _parse, create_submission, update_submission

MAX_MESSAGES = 200
MAX_LISTED = 500


def _messages(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return getattr(exc, "message", "") or str(exc) or "Không được phép."


@service
def import_values(actor, *, form, period: str, rows: list[dict], progress=None) -> dict:
    """Write checked rows ({"row", "unit", "values"}) in one transaction: each unit's draft is created or
    its editable report updated; any refusal rolls everything back. Returns the counts.

    A row marked "locked" (a submitted or approved report's row that repeats what the report holds) is
    never written: it is counted unchanged and listed in "locked_units"; if the report changed since
    the file was checked, the import is refused. `progress(done, total)` is called every 50 rows (a
    background job reports it to its page)."""
    p = _parse(period, form)
    if not rows:
        raise ValidationError("Tệp không có dòng số liệu nào để nhập.")
    if len(rows) > MAX_ROWS:
        raise ValidationError(f"Quá nhiều dòng: tối đa {MAX_ROWS:,}.".replace(",", "."))
    unit_ids = [int(r["unit"]) for r in rows]
    units = Unit.objects.in_bulk(unit_ids)
    existing = {s.unit_id: s for s in Submission.objects.select_for_update()
                .filter(form=form, period=p.code, unit_id__in=unit_ids)}
    current: dict[int, dict] = {}
    for sub_id, code, value in SubmissionValue.objects.filter(submission__in=list(existing.values())).values_list(
            "submission_id", "indicator__code", "value"):
        current.setdefault(sub_id, {})[code] = value
    created, updated, unchanged, locked, errors = [], [], [], [], []
    for done, r in enumerate(rows):
        if progress is not None and done and done % 50 == 0:
            progress(done, len(rows))
        unit = units.get(int(r["unit"]))
        values = dict(r.get("values") or {})
        try:
            if unit is None:
                raise ValidationError(f"Không có tổ chức mã {r['unit']}.")
            submission = existing.get(unit.pk)
            same = submission is not None and all(
                current.get(submission.pk, {}).get(code) == value for code, value in values.items())
            if r.get("locked"):
                if not same:
                    raise ValidationError(f"Báo cáo của {unit.name} kỳ {p.code} đã thay đổi sau khi kiểm tra tệp; "
                                          "vui lòng tải mẫu mới.")
                unchanged.append(unit.pk)
                if submission.status not in EDITABLE:
                    locked.append({"row": r.get("row"), "unit": unit.pk, "name": unit.name,
                                   "status": str(submission.get_status_display())})
            elif submission is None:
                create_submission(actor, form=form, unit=unit, period=p.code, values=values)
                created.append(unit.pk)
            elif same:
                unchanged.append(unit.pk)
            else:
                update_submission(actor, submission, version=submission.version, values=values)
                updated.append(unit.pk)
        except (ValidationError, PermissionDenied, ConflictError) as exc:
            errors.append(f"Dòng {r.get('row', '?')}: {_messages(exc)}")
    if errors:
        more = len(errors) - MAX_MESSAGES
        raise ValidationError(errors[:MAX_MESSAGES] + ([f"… và {more} lỗi khác."] if more > 0 else []))
    counts = {"imported": len(created) + len(updated), "created": len(created), "updated": len(updated),
              "unchanged": len(unchanged), "rows": len(rows), "locked": len(locked)}
    record_event(actor, "reporting.excel.import", form, object_repr=f"Nhập Excel {form.code} kỳ {p.code}: "
                 f"{len(rows)} tổ chức", after={**counts, "period": p.code, "created_units": created,
                                               "updated_units": updated,
                                               "locked_units": [u["unit"] for u in locked]})
    # The result is kept in an ImportJob too: list at most MAX_LISTED of the skipped locked rows.
    return {**counts, "locked_units": locked[:MAX_LISTED]}


@service
def queue_import(actor, *, form, period: str, file_bytes: bytes, filename: str = "", total_rows: int = 0) -> ImportJob:
    """Keep a large upload and run its import as a background task (`excel.tasks.run_import`)."""
    if not getattr(actor, "pk", None):
        raise PermissionDenied("Cần đăng nhập để tải tệp lên.")
    p = _parse(period, form)
    job = new_job(ImportJob, actor, file_bytes=file_bytes, filename=filename, total_rows=total_rows, form=form,
                  period=p.code)
    record_event(actor, "reporting.excel.queue", job, after={"form": form.code, "period": p.code,
                                                              "filename": job.filename, "total_rows": job.total_rows})

    def enqueue():
        # Imported here: the task module imports this service to run the import.
        from danvan.reporting.excel.tasks import run_import

        run_import.enqueue(job.pk)

    transaction.on_commit(enqueue)
    return job
