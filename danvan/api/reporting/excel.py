"""Excel routes: a form's template, a filled template's upload, and a background import's progress."""

from django.http import HttpResponse
from ninja import File, Form, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id
from danvan.api.schemas import ErrorOut
from danvan.reporting import excel

router = Router()
TAGS = ["Nhập Excel"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CellErrorOut(Schema):
    row: int | None
    column: str | None
    indicator: str | None
    message: str


class UploadErrorOut(Schema):
    detail: str
    errors: list[CellErrorOut]


class ImportOut(Schema):
    imported: int
    created: int
    updated: int
    unchanged: int
    rows: int
    locked: int = 0  # rows of submitted/approved reports left as they were (counted in "unchanged")


class JobRefOut(Schema):
    job: int
    status: str
    url: str


class JobOut(Schema):
    id: int
    form: str
    period: str
    filename: str
    status: str
    progress: int
    total_rows: int
    errors: list[CellErrorOut]
    result: dict
    created_at: str
    finished_at: str | None


@router.get("/excel/template", response={400: ErrorOut, 401: ErrorOut, 404: ErrorOut}, tags=TAGS,
         summary="Tải mẫu Excel của biểu mẫu (một tổ chức, hoặc mọi tổ chức trực thuộc mỗi tổ chức một dòng)",
         openapi_extra={"responses": {200: {"description": "Tệp .xlsx", "content": {XLSX: {}}}}})
def excel_template(request: AuthedRequest, form: str, period: str, unit: Id, all_below: bool = False):
    filename, content = excel.template_download(request.auth, form_code=form, period_code=period, unit_id=unit,
                                                all_below=all_below)
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@router.post("/excel/upload", response={200: ImportOut, 202: JobRefOut, 400: UploadErrorOut, 401: ErrorOut,
                                     403: ErrorOut, 404: ErrorOut}, tags=TAGS,
          summary="Tải lên mẫu Excel đã điền: nhập tất cả hoặc không nhập gì; tệp lớn xử lý nền (202)")
def excel_upload(request: AuthedRequest, file: File[UploadedFile], form: Form[str], period: Form[str]):
    if file.size and file.size > excel.MAX_BYTES:
        raise HttpError(400, f"Tệp quá lớn: tối đa {excel.MAX_BYTES // (1024 * 1024)} MB.")
    outcome = excel.upload(request.auth, form_code=form, period_code=period,
                           file_bytes=file.read(excel.MAX_BYTES + 1), filename=file.name or "")
    if outcome.job is not None:
        return Status(202, {"job": outcome.job.pk, "status": outcome.job.status,
                     "url": f"/api/v1/excel/jobs/{outcome.job.pk}"})
    if outcome.errors:
        return Status(400, {"detail": f"Tệp có {len(outcome.errors)} lỗi; không có số liệu nào được lưu.",
                            "errors": outcome.errors})
    return Status(200, outcome.result)


@router.get("/excel/jobs/{job_id}", response={200: JobOut, 401: ErrorOut, 404: ErrorOut}, tags=TAGS,
         summary="Tiến độ và kết quả một lần nhập Excel (chỉ của chính mình)")
def excel_job(request: AuthedRequest, job_id: int):
    job = excel.get_import_job(request.auth, job_id)
    return {"id": job.pk, "form": job.form.code, "period": job.period, "filename": job.filename,
            "status": job.status, "progress": job.progress, "total_rows": job.total_rows,
            "errors": job.errors if isinstance(job.errors, list) else [],
            "result": job.result if isinstance(job.result, dict) else {},
            "created_at": job.created_at.isoformat(),
            "finished_at": job.finished_at.isoformat() if job.finished_at else None}
