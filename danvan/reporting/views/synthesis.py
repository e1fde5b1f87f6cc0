"""Pages of the synthesised report (báo cáo tổng hợp): choose, draft, edit, download. Mounted at /bao-cao/bao-cao-tong-hop/."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from danvan.core.permissions import Action
from danvan.core.views import call_service
from danvan.org.selectors import get_unit
from danvan.reporting import selectors as rs
from danvan.reporting import services, synthesis
from danvan.reporting.forms import version_from
from danvan.reporting.periods import period_for_date
from danvan.reporting.synthesis.summary import change_text
from danvan.reporting.views.dashboards import vn_number

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEXT_FIELDS = ("subject", "intro", "signer_authority", "signer_position", "signer_name", "recipients")


@login_required
def synthesis_start(request):
    """Choose a form, a period and the compiling unit; the drafts the user can see are listed below."""
    forms = rs.active_forms(request.user)
    return render(request, "reporting/synthesis/start.html", {
        "forms": forms, "units": rs.compilable_units(request.user),
        "drafts": rs.recent_drafts(request.user),
        "period": request.GET.get("period") or period_for_date(timezone.localdate()).previous().code,
    })


@login_required
@require_POST
def synthesis_create(request):
    """Open the draft of (form, period, unit): the existing one, or a new one drafted from approved reports."""
    def open_draft():
        form = rs.get_form(request.user, request.POST.get("form", ""))
        unit = get_unit(request.user, int(request.POST.get("unit", "")), Action.VIEW)
        period = synthesis.parse_synthesis_period(form, request.POST.get("period", "").strip())
        draft = rs.draft_for(request.user, form, unit, period)
        if draft is not None:
            return draft, "Bản nháp của kỳ này đã có; mở để sửa tiếp."
        draft = services.create_or_refresh_draft(request.user, form=form, unit=unit, period=period.code)
        return draft, "Đã tạo bản nháp từ các báo cáo đã duyệt."

    try:
        opened = call_service(request, open_draft, catch=(ValidationError, PermissionDenied))
    except (ValueError, Http404):
        messages.error(request, "Vui lòng chọn biểu mẫu và tổ chức tổng hợp.")
        return redirect("reporting:synthesis_start")
    if not opened.ok:
        return redirect("reporting:synthesis_start")
    draft, said = opened.value
    messages.success(request, said)
    return redirect("reporting:synthesis_edit", draft_id=draft.pk)


def _posted(request, draft) -> dict:
    fields = {name: request.POST.get(name, "") for name in TEXT_FIELDS}
    fields["number"] = request.POST.get("number", "")
    fields["issued_on"] = request.POST.get("issued_on", "")
    fields["sections"] = {code: request.POST.get(f"section_{code}", "")
                          for code in (draft.sections or {}) | {s.code: "" for s in draft.form.sections.all()}}
    return fields


@login_required
def synthesis_edit(request, draft_id: int):
    """The draft's edit page: the figures and completeness read-only, every text editable."""
    draft = rs.get_draft(request.user, draft_id)
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        fields = _posted(request, draft)
        saved = call_service(request, lambda: services.update_draft(
            request.user, draft, version=version_from(request.POST), **fields),
            success="Đã lưu bản nháp.", flash=False, not_allowed="Bạn không có quyền sửa bản nháp này.")
        if saved.ok:
            return redirect("reporting:synthesis_edit", draft_id=draft.pk)
        errors, status = saved.messages, saved.status
        for name in TEXT_FIELDS:  # show what the user typed, not the stored text
            setattr(draft, name, fields[name])
        draft.sections = fields["sections"]
    build = synthesis.build_synthesis(draft.form, draft.unit, synthesis.parse_synthesis_period(draft.form, draft.period),
                                      excerpts=False)
    texts = draft.sections or {}
    sections = [{**s, "text": texts.get(s["code"], "")} for s in build["sections"]]
    # Figures shown as on the roll-up page and in the .docx: 10.606, 2,25.
    figures = [{**r, "shown": vn_number(r["value"]), "previous_shown": vn_number(r["previous"]),
                "last_year_shown": vn_number(r["last_year"]), "change_previous": change_text(r["change_previous"]),
                "change_last_year": change_text(r["change_last_year"])} for r in build["rollup"]]
    return render(request, "reporting/synthesis/edit.html", {
        "draft": draft, "build": build, "figures": figures, "sections": sections, "errors": errors,
        "completeness_sentence": synthesis.completeness_sentence(build["completeness"]),
        "layout": synthesis.layout_of(draft.unit),
        "can_edit": rs.can_compile(request.user, draft.unit),
    }, status=status)


@login_required
@require_POST
def synthesis_refresh(request, draft_id: int):
    """Re-draft every section from the approved reports of now (the other fields are kept)."""
    draft = rs.get_draft(request.user, draft_id)
    call_service(request, lambda: services.create_or_refresh_draft(
        request.user, form=draft.form, unit=draft.unit, period=draft.period, version=version_from(request.POST)),
        success="Đã cập nhật các phần từ báo cáo đã duyệt mới nhất.")
    return redirect("reporting:synthesis_edit", draft_id=draft.pk)


def _file(data: bytes, content_type: str, draft, extension: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    name = f"Báo cáo tổng hợp {draft.form.code} {draft.period} - {draft.unit.name}.{extension}".replace("/", "-")
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


@login_required
def synthesis_docx(request, draft_id: int):
    draft = rs.get_draft(request.user, draft_id)
    return _file(synthesis.render_docx(draft), DOCX, draft, "docx")


@login_required
def synthesis_xlsx(request, draft_id: int):
    draft = rs.get_draft(request.user, draft_id)
    return _file(synthesis.render_xlsx(draft), XLSX, draft, "xlsx")
