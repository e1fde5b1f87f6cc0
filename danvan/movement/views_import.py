"""The Excel import pages: download the template for a unit, upload it filled, follow a large upload."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from danvan.core.permissions import Action
from danvan.core.text import format_figure
from danvan.core.uploads import read_uploaded, upload_limits
from danvan.movement import selectors
from danvan.movement.importing import flows
from danvan.movement.importing.selectors import get_import_job, import_jobs_of
from danvan.movement.importing.template import ASYNC_ROWS, MAX_ROWS, build_template, template_filename
from danvan.org.selectors import get_unit, unit_list

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_UNIT_CHOICES = 2_000


class UnitForm(forms.Form):
    unit = forms.IntegerField(label="Tổ chức đăng ký", min_value=1, max_value=2**62)


class UploadForm(UnitForm):
    file = forms.FileField(label="Tệp Excel (.xlsx) đã điền")


def _page(request, *, template_form=None, upload_form=None, outcome=None, filename="", status=200):
    units = list(unit_list(request.user, action=Action.REPORT).filter(closed_on__isnull=True)[:MAX_UNIT_CHOICES])
    return render(request, "movement/import.html", {
        "units": units, "template_form": template_form or UnitForm(), "upload_form": upload_form or UploadForm(),
        "jobs": list(import_jobs_of(request.user)[:10]), "outcome": outcome, "filename": filename,
        "limits": {"rows": format_figure(MAX_ROWS), "async": format_figure(ASYNC_ROWS),
                   "megabytes": format_figure(upload_limits().max_bytes // (1024 * 1024))},
    }, status=status)


@login_required
@require_GET
def import_home(request):
    return _page(request)


@login_required
@require_GET
def import_template(request):
    form = UnitForm(request.GET)
    if not form.is_valid():
        return _page(request, template_form=form, status=400)
    unit = get_unit(request.user, form.cleaned_data["unit"], Action.REPORT)
    response = HttpResponse(build_template(unit, selectors.fields()), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{template_filename(unit)}"'
    return response


@login_required
@require_POST
def import_upload(request):
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, upload_form=form, status=400)
    unit = get_unit(request.user, form.cleaned_data["unit"], Action.REPORT)
    upload = form.cleaned_data["file"]
    try:
        file_bytes = read_uploaded(upload)
    except ValidationError as exc:
        form.add_error(None, exc)
        return _page(request, upload_form=form, status=400)
    outcome = flows.upload(request.user, unit=unit, file_bytes=file_bytes, filename=upload.name or "")
    if outcome.job is not None:
        return redirect("movement:import_job", job_id=outcome.job.pk)
    return _page(request, upload_form=form, outcome=outcome, filename=upload.name or "",
                 status=400 if outcome.errors else 200)


@login_required
@require_GET
def import_job(request, job_id: int):
    job = get_import_job(request.user, job_id)
    template = "movement/_import_job.html" if request.htmx else "movement/import_job.html"
    return render(request, template, {"job": job})
