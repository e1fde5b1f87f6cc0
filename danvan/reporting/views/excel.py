"""Excel pages: download a form's template, upload it filled, follow a large upload's progress."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from danvan.core.text import format_figure
from danvan.core.uploads import read_uploaded, upload_limits
from danvan.core.views import call_service
from danvan.reporting import excel, selectors
from danvan.reporting.periods import PeriodError, period_for_date

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_UNIT_CHOICES = 2_000


class TemplateForm(forms.Form):
    form = forms.CharField(label="Biểu mẫu", max_length=40)
    period = forms.CharField(label="Kỳ báo cáo", max_length=10)
    unit = forms.IntegerField(label="Tổ chức", min_value=1, max_value=2**62)
    all_below = forms.BooleanField(label="Mọi tổ chức trực thuộc phải báo cáo (mỗi tổ chức một dòng)", required=False)


class UploadForm(forms.Form):
    form = forms.CharField(label="Biểu mẫu", max_length=40)
    period = forms.CharField(label="Kỳ báo cáo", max_length=10)
    file = forms.FileField(label="Tệp Excel (.xlsx) đã điền")


def _page(request, *, template_form=None, upload_form=None, status=200):
    report_forms = list(selectors.active_forms(request.user))
    units = selectors.reportable_units(request.user, MAX_UNIT_CHOICES)
    top = min((u.line_path.count("/") for u in units), default=0)
    try:
        default_period = period_for_date(timezone.localdate(), "month").code
    except PeriodError:
        default_period = ""
    initial = {"period": default_period, "form": report_forms[0].code if report_forms else ""}
    return render(request, "reporting/excel/home.html", {
        "report_forms": report_forms,
        "units": [(u, "\u00a0\u00a0" * (u.line_path.count("/") - top)) for u in units],
        "template_form": template_form or TemplateForm(initial=initial),
        "upload_form": upload_form or UploadForm(initial=initial),
        "jobs": list(selectors.import_jobs_of(request.user)[:10]),
        "limits": {"rows": format_figure(excel.MAX_ROWS), "megabytes": format_figure(upload_limits().max_bytes // (1024 * 1024)),
                   "async": format_figure(excel.ASYNC_ROWS)},
    }, status=status)


@login_required
@require_GET
def excel_home(request):
    return _page(request)


@login_required
@require_GET
def excel_template(request):
    form = TemplateForm(request.GET)
    if not form.is_valid():
        return _page(request, template_form=form, status=400)
    data = form.cleaned_data
    made = call_service(request, lambda: excel.template_download(
        request.user, form_code=data["form"], period_code=data["period"], unit_id=data["unit"],
        all_below=data["all_below"]), into=form, catch=(ValidationError,))
    if not made.ok:
        return _page(request, template_form=form, status=400)
    filename, content = made.value
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def excel_upload(request):
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, upload_form=form, status=400)
    data = form.cleaned_data
    upload = data["file"]
    try:
        file_bytes = read_uploaded(upload)  # the one set of upload limits (settings UPLOAD_*)
    except ValidationError as exc:
        form.add_error(None, exc)
        return _page(request, upload_form=form, status=400)
    outcome = excel.upload(request.user, form_code=data["form"], period_code=data["period"],
                           file_bytes=file_bytes, filename=upload.name or "")
    if outcome.job is not None:
        return redirect("reporting:excel_job", job_id=outcome.job.pk)
    return render(request, "reporting/excel/result.html", {
        "filename": upload.name, "form_code": data["form"], "period": data["period"],
        "errors": outcome.errors, "result": outcome.result,
    }, status=400 if outcome.errors else 200)


@login_required
@require_GET
def excel_job(request, job_id: int):
    job = selectors.get_import_job(request.user, job_id)
    template = "reporting/excel/_job_status.html" if request.htmx else "reporting/excel/job.html"
    return render(request, template, {"job": job})
