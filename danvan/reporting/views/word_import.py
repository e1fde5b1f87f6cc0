"""Upload a Word/text report, review what was read from it, then save it as a draft (only on confirmation)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import path
from django.views.decorators.http import require_POST

from danvan.core.audit import ConflictError
from danvan.core.permissions import Action
from danvan.org.selectors import get_unit, unit_list
from danvan.reporting import selectors, services
from danvan.reporting.periods import period_for_date
from danvan.reporting.word_import import MAX_BYTES, propose_draft


def _choices(request):
    from django.utils import timezone

    return {
        "forms": selectors.active_forms(request.user),
        "units": unit_list(request.user, action=Action.REPORT)[:500],
        "default_period": period_for_date(timezone.localdate()).code,
    }


@login_required
def upload(request):
    context = _choices(request)
    if request.method == "POST":
        try:
            form = selectors.get_form(request.user, request.POST.get("form", ""))
            unit = get_unit(request.user, request.POST.get("unit") or 0, Action.REPORT)
            period = selectors.parse_period_or_400(request.POST.get("period", ""))
            upload_file = request.FILES.get("file")
            if upload_file is None:
                raise ValidationError("Vui lòng chọn tệp báo cáo.")
            proposal = propose_draft(upload_file.read(MAX_BYTES + 1), upload_file.name, form)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return render(request, "reporting/word_import/upload.html", context, status=400)
        rows = [{"fi": fi, "value": proposal["values"].get(fi.indicator.code),
                 "evidence": proposal["evidence"].get(fi.indicator.code, [])}
                for fi in form.form_indicators.select_related("indicator").order_by("order")]
        sections = [{"section": s, "text": proposal["sections"].get(s.code, "")} for s in form.sections.all()]
        existing = selectors.submission_list(request.user, form=form.code, period=period.code, unit=unit.pk).first()
        return render(request, "reporting/word_import/review.html", {
            "form": form, "unit": unit, "period": period, "rows": rows, "sections": sections,
            "proposal": proposal, "existing": existing})
    return render(request, "reporting/word_import/upload.html", context)


@login_required
@require_POST
def confirm(request):
    form = selectors.get_form(request.user, request.POST.get("form", ""))
    unit = get_unit(request.user, request.POST.get("unit") or 0, Action.REPORT)
    period = selectors.parse_period_or_400(request.POST.get("period", ""))
    values = {fi.indicator.code: request.POST.get(f"v_{fi.indicator.code}", "")
              for fi in form.form_indicators.select_related("indicator")}
    sections = {s.code: request.POST.get(f"s_{s.code}", "") for s in form.sections.all()}
    existing = selectors.submission_list(request.user, form=form.code, period=period.code, unit=unit.pk).first()
    try:
        if existing is None:
            submission = services.create_submission(request.user, form=form, unit=unit, period=period.code,
                                                    values=values, sections=sections)
        else:
            submission = services.update_submission(request.user, existing, version=request.POST.get("version"),
                                                    values=values, sections=sections)
    except (ValidationError, PermissionDenied, ConflictError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [getattr(exc, "message", str(exc))])))
        return redirect("reporting:word_import")
    messages.success(request, "Đã lưu bản nháp từ văn bản. Kiểm tra lại rồi nộp báo cáo.")
    return redirect(f"/bao-cao/{submission.pk}/")


urlpatterns = [
    path("", upload, name="word_import"),
    path("xac-nhan/", confirm, name="word_import_confirm"),
]
