"""Upload a Word/text report, review what was read from it, then save it as a draft (only on confirmation).

When the unit already has a report for the period, confirming writes only the figures and sections the
reporter ticked on the check page; everything else already saved in the report is kept.
"""

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.core.permissions import Action
from danvan.core.uploads import read_uploaded
from danvan.core.views import call_service
from danvan.org.selectors import get_unit, unit_list
from danvan.reporting import selectors, services
from danvan.reporting.forms import ReportTargetForm, version_from
from danvan.reporting.models import ImportJob
from danvan.reporting.periods import PeriodError, period_for_date
from danvan.reporting.validation import clean_values
from danvan.reporting.views.submissions import display_number, period_hint
from danvan.reporting.word_import import needs_worker, propose_draft

# The check page marks the fields to write with checkboxes named "apply"; "choose" says the page had them.
APPLY = "apply"
CHOOSE = "choose"


def _choices(request):
    forms = selectors.active_forms(request.user)
    first = forms.first()
    try:
        default_period = period_for_date(timezone.localdate(), first.period_type if first else "month").code
    except PeriodError:
        default_period = ""
    return {
        "forms": forms,
        "units": unit_list(request.user, action=Action.REPORT)[:500],
        "default_period": default_period,
        "period_hint": period_hint(forms),
    }


def _same(fi, shown: str, current) -> bool:
    """Whether the value typed on the page ("36.000.000") is the value saved (Decimal)."""
    if current is None:
        return False
    try:
        return clean_values([fi], {fi.indicator.code: shown}).get(fi) == current
    except ValidationError:
        return False


def _review(request, *, form, unit, period, shown_values, shown_sections, applied, proposal=None, errors=None,
            status=200):
    """The check page: for each indicator and section, what the file proposes next to what is saved now."""
    existing = selectors.submission_list(request.user, form=form.code, period=period.code, unit=unit.pk).first()
    current_values, current_sections = selectors.submission_content(existing) if existing else ({}, {})
    evidence = proposal["evidence"] if proposal else {}
    evidence_more = proposal.get("evidence_more", {}) if proposal else {}
    errors = errors or {}
    indicators, sections = selectors.form_layout(form)
    rows = []
    for fi in indicators:
        code = fi.indicator.code
        shown = shown_values.get(code, "")
        current = current_values.get(code)
        rows.append({
            "fi": fi, "code": code, "value": shown, "evidence": evidence.get(code, []),
            "evidence_more": evidence_more.get(code, 0),
            "current": display_number(current) if current is not None else "",
            "apply": f"v_{code}" in applied, "errors": errors.get(code, []),
            "changes": bool(shown) and existing is not None and not _same(fi, shown, current),
        })
    section_rows = [{
        "section": s, "text": shown_sections.get(s.code, ""), "current": current_sections.get(s.code, ""),
        "apply": f"s_{s.code}" in applied, "errors": errors.get(s.code, []),
    } for s in sections]
    known = {r["code"] for r in rows} | {s.code for s in sections}
    return render(request, "reporting/word_import/review.html", {
        "form": form, "unit": unit, "period": period, "rows": rows, "sections": section_rows,
        "proposal": proposal, "existing": existing,
        "editable": existing is None or selectors.can_report(request.user, existing),
        "general_errors": [m for key, msgs in errors.items() if key not in known for m in msgs],
    }, status=status)


@login_required
def upload(request):
    context = _choices(request)
    # A refused file keeps the form and unit chosen: a re-upload must not silently go to the first unit.
    context.update(chosen_form=request.POST.get("form", "")[:40], chosen_unit=request.POST.get("unit", "")[:12])
    if request.method == "POST":
        try:
            form = selectors.get_form(request.user, request.POST.get("form", ""))
            unit = get_unit(request.user, request.POST.get("unit") or 0, Action.REPORT)
            period = selectors.parse_period_or_400(request.POST.get("period", ""))
            upload_file = request.FILES.get("file")
            if upload_file is None:
                raise ValidationError("Vui lòng chọn tệp báo cáo.")
            data = read_uploaded(upload_file)  # the one set of upload limits (settings UPLOAD_*)
            if needs_worker(data, upload_file.name):
                queued = services.queue_word_import(request.user, form=form, unit=unit, period=period.code,
                                                    file_bytes=data, filename=upload_file.name or "")
                return redirect("reporting:word_import_job", job_id=queued.pk)
            proposal = propose_draft(data, upload_file.name, form)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return render(request, "reporting/word_import/upload.html", context, status=400)
        return _proposed(request, form=form, unit=unit, period=period, proposal=proposal)
    return render(request, "reporting/word_import/upload.html", context)


def _proposed(request, *, form, unit, period, proposal):
    """The check page of a fresh proposal: every field the file gives is ticked."""
    values = {code: display_number(Decimal(str(v))) for code, v in proposal["values"].items()}
    sections = {code: text for code, text in proposal["sections"].items() if text.strip()}
    # Ticked by default: what the file gives; the reporter unticks what must stay as saved.
    applied = {f"v_{code}" for code in values} | {f"s_{code}" for code in sections}
    return _review(request, form=form, unit=unit, period=period, shown_values=values,
                   shown_sections=sections, applied=applied, proposal=proposal)


@login_required
def word_import_job(request, job_id: int):
    """A large file read in the background: its progress, then (once read) the check page of its proposal."""
    import_job = selectors.get_import_job(request.user, job_id, ImportJob.Kind.WORD)
    if request.htmx or import_job.status != ImportJob.State.DONE:
        template = "reporting/word_import/_job_status.html" if request.htmx else "reporting/word_import/job.html"
        return render(request, template, {"job": import_job})
    form = selectors.get_form(request.user, import_job.form.code)
    unit = get_unit(request.user, import_job.unit_id or 0, Action.REPORT)
    period = selectors.parse_period_or_400(import_job.period)
    return _proposed(request, form=form, unit=unit, period=period, proposal=import_job.result)


def _confirmed(post, form) -> tuple[dict, dict, set]:
    """({code: raw value}, {code: text}, ticked field names): only ticked, non-empty fields are written.

    A form without the checkboxes (no "choose" field) writes every non-empty field; an empty field
    never clears what the report already holds.
    """
    indicators, sections = selectors.form_layout(form)
    ticked = set(post.getlist(APPLY)) if post.get(CHOOSE) else None
    values, texts = {}, {}
    for fi in indicators:
        field = f"v_{fi.indicator.code}"
        raw = post.get(field, "").strip()[:40]
        if raw and (ticked is None or field in ticked):
            values[fi.indicator.code] = raw
    for s in sections:
        field = f"s_{s.code}"
        text = post.get(field, "")
        if text.strip() and (ticked is None or field in ticked):
            texts[s.code] = text
    applied = ticked if ticked is not None else {f"v_{c}" for c in values} | {f"s_{c}" for c in texts}
    return values, texts, applied


@login_required
@require_POST
def confirm(request):
    target = ReportTargetForm(request.POST)
    if not target.is_valid():  # a tampered or stale page: start again rather than guess
        messages.error(request, " ".join(m for msgs in target.errors.values() for m in msgs))
        return render(request, "reporting/word_import/upload.html", _choices(request), status=400)
    form = selectors.get_form(request.user, target.cleaned_data["form"])
    unit = get_unit(request.user, target.cleaned_data["unit"], Action.REPORT)
    period = selectors.parse_period_or_400(target.cleaned_data["period"])
    values, sections, applied = _confirmed(request.POST, form)
    existing = selectors.submission_list(request.user, form=form.code, period=period.code, unit=unit.pk).first()

    def again(errors=None, status=400):
        indicators, form_sections = selectors.form_layout(form)
        shown_values = {fi.indicator.code: request.POST.get(f"v_{fi.indicator.code}", "").strip()[:40]
                        for fi in indicators}
        shown_sections = {s.code: request.POST.get(f"s_{s.code}", "") for s in form_sections}
        return _review(request, form=form, unit=unit, period=period, shown_values=shown_values,
                       shown_sections=shown_sections, applied=applied, errors=errors, status=status)

    if not values and not sections:
        messages.warning(request, "Bạn chưa chọn số liệu hay mục thuyết minh nào để ghi; chưa có gì được lưu.")
        return again()
    def save():
        if existing is None:
            return services.create_submission(request.user, form=form, unit=unit, period=period.code,
                                              values=values, sections=sections)
        # Only the ticked fields are sent: the service keeps every other figure and section as saved.
        return services.update_submission(request.user, existing, version=version_from(request.POST),
                                          values=values, sections=sections)

    saved = call_service(request, save, flash=False, not_allowed="Bạn không có quyền báo cáo cho tổ chức này.")
    if saved.status == 409:
        messages.error(request, f"{saved.message} Cột “Đang lưu” dưới đây đã được cập nhật; kiểm tra rồi xác nhận lại.")
        return again(status=409)
    if saved.status == 400:
        messages.error(request, "Chưa lưu được: vui lòng sửa các lỗi dưới đây.")
        return again(saved.errors)
    if saved.status == 403:
        messages.error(request, saved.message)
        return redirect("reporting:word_import")
    submission = saved.value
    if existing is None:
        messages.success(request, "Đã lưu bản nháp từ văn bản. Kiểm tra lại rồi nộp báo cáo.")
    else:
        messages.success(request, f"Đã cập nhật {len(values)} số liệu và {len(sections)} mục thuyết minh từ văn bản; "
                                  "các nội dung khác của báo cáo được giữ nguyên.")
    return redirect("reporting:submission_detail", pk=submission.pk)
