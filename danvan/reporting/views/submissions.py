"""Submission pages: list, new report, detail and edit, review queue. Thin views."""


from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.core.audit_labels import action_label
from danvan.core.permissions import Action
from danvan.core.text import format_figure
from danvan.core.views import ScopedListView, call_service
from danvan.org.selectors import unit_list
from danvan.reporting import selectors, services, sourced
from danvan.reporting.choices import PeriodTypeChoice
from danvan.reporting.forms import (
    NewSubmissionForm,
    ReviewSelectionForm,
    SubmissionFilterForm,
    content_from_post,
    version_from,
)
from danvan.reporting.periods import DEFAULT_TYPES, PeriodError, period_for_date
from danvan.reporting.rules import may_delete_draft
from danvan.reporting.validation import NeedsConfirmation

UNIT_OPTIONS_MAX = 300
CANNOT_EDIT = "Bạn không có quyền sửa báo cáo này."


def display_number(value) -> str:
    """A stored value as a Vietnamese user types it back: 74000 → "74.000", 1.5 → "1,5"."""
    return format_figure(value)


PERIOD_FORMATS = {"month": "năm-tháng", "quarter": "năm-Q và số quý", "half_year": "năm-H1 hoặc năm-H2",
                  "nine_months": "năm-9M", "year": "năm"}


def period_hint(forms) -> str:
    """How to write the period for these forms, only in the formats they accept: "… theo tháng: 2026-03"."""
    year = timezone.localdate().year
    codes_by_type: dict[str, list[str]] = {}
    for f in forms:
        codes_by_type.setdefault(f.period_type, []).append(f.code)
    parts = []
    for choice in PeriodTypeChoice:  # in the calendar's order: month, quarter, … year
        if choice.value not in codes_by_type:
            continue
        period_type = DEFAULT_TYPES[choice.value]
        examples = ", ".join(period_type.code(year, i) for i in period_type.examples)
        if choice.value in PERIOD_FORMATS:
            examples = f"{PERIOD_FORMATS[choice.value]}, vd. {examples}"
        parts.append((str(choice.label).lower(), codes_by_type[choice.value], examples))
    if not parts:
        return ""
    if len(parts) == 1:
        label, codes, examples = parts[0]
        subject = "Biểu mẫu" if len(codes) == 1 else "Các biểu mẫu"
        return f"{subject} báo cáo theo {label}: nhập kỳ dạng {examples}."
    return "Kỳ theo biểu mẫu — " + "; ".join(
        f"{label} ({', '.join(codes)}): {examples}" for label, codes, examples in parts) + "."


def error_summary(rows, section_rows) -> list[dict]:
    """The edit form's errors, in the form's order, each with the anchor of its field and the field's name."""
    out = []
    for r in rows:
        for message in r["errors"]:
            label = r["ind"].name
            # The services' messages begin with the indicator's name: keep only what is wrong.
            detail = message[len(label):].lstrip(" :") if message.startswith(label) else message
            out.append({"anchor": r["name"], "label": label, "message": detail})
    for r in section_rows:
        out.extend({"anchor": r["name"], "label": r["section"].title, "message": m} for m in r["errors"])
    return out


class SubmissionListView(ScopedListView):
    template_name = "reporting/submission_list.html"
    partial_template_name = "reporting/_submission_rows.html"

    def select(self, request):
        self.form = SubmissionFilterForm(request.GET or None, forms_qs=selectors.active_forms(request.user))
        data = self.form.cleaned_data if self.form.is_valid() else {}
        return selectors.submission_list(request.user, form=data.get("form") or None,
                                         period=data.get("period") or None, status=data.get("status") or None,
                                         unit_name=data.get("q") or None)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "form": self.form, "today": timezone.localdate()}


@login_required
def submission_new(request):
    forms_qs = selectors.active_forms(request.user)
    units_qs = unit_list(request.user, action=Action.REPORT, q=request.GET.get("q", "")[:100])
    data = request.POST if request.method == "POST" else None
    first = forms_qs.first()
    initial = {}
    if first is not None:
        try:
            initial["period"] = period_for_date(timezone.localdate(), first.period_type).code
        except PeriodError:
            initial["period"] = ""
    form = NewSubmissionForm(data, initial=initial, forms_qs=forms_qs, units_qs=units_qs)
    form.fields["period"].help_text = "Chọn kỳ trong danh sách: các kỳ đã bắt đầu, trong vòng 3 năm gần đây."
    existing = None
    if data is not None and form.is_valid():
        chosen = dict(form.cleaned_data)
        try:  # a unit the user may not report for: said under the unit field
            created = call_service(request, lambda: services.create_submission(
                request.user, form=chosen["form"], unit=chosen["unit"], period=chosen["period"]),
                into=form, catch=(ValidationError,),
                                   success="Đã tạo bản nháp. Nhập số liệu rồi bấm Lưu hoặc Nộp.")
        except PermissionDenied as exc:
            form.add_error("unit", str(exc))
        else:
            if created.ok:
                return redirect("reporting:submission_detail", pk=created.value.pk)
            existing = selectors.submission_list(request.user, form=chosen["form"].code, period=chosen["period"],
                                                 unit=chosen["unit"].pk).first()
    unit_options = list(units_qs[:UNIT_OPTIONS_MAX + 1])
    return render(request, "reporting/submission_new.html", {
        "form": form, "existing": existing, "unit_options": unit_options[:UNIT_OPTIONS_MAX],
        "units_truncated": len(unit_options) > UNIT_OPTIONS_MAX, "q": request.GET.get("q", "")[:100],
        "selected_unit": str(form["unit"].value() or ""), "selected_form": str(form["form"].value() or ""),
    }, status=400 if form.errors else 200)


def _timeline(submission):
    for event in selectors.submission_timeline(submission):
        after = event.after if isinstance(event.after, dict) else {}
        yield {"at": event.created_at, "who": event.actor.display_name if event.actor else event.actor_username,
               "what": action_label(event.action),
               "note": after.get("reason") or after.get("note") or ""}


def _render_detail(request, submission, *, posted=None, errors=None, status=200, not_done="Chưa lưu được báo cáo",
                   warnings=None):
    indicators, sections = selectors.form_layout(submission.form)
    values, texts = selectors.submission_content(submission)
    errors = errors or {}
    if posted is not None:
        shown_values, shown_texts = posted
    else:
        shown_values = {code: display_number(v) for code, v in values.items()}
        shown_texts = texts
    sources = sourced.shown_sources(submission)
    rows = [{"fi": fi, "ind": fi.indicator, "name": f"v-{fi.indicator.code}",
             "value": shown_values.get(fi.indicator.code, ""), "errors": errors.get(fi.indicator.code, []),
             "source": _source_row(sources.get(fi.indicator.code), shown_values.get(fi.indicator.code, ""),
                                   request.POST.get(f"r-{fi.indicator.code}") if posted is not None else None)}
            for fi in indicators]
    section_rows = [{"section": s, "name": f"s-{s.code}", "text": shown_texts.get(s.code, ""),
                     "errors": errors.get(s.code, [])} for s in sections]
    known = {r["fi"].indicator.code for r in rows} | {s.code for s in sections}
    general = [m for key, msgs in errors.items() if key not in known for m in msgs]
    summary = error_summary(rows, section_rows)
    today = timezone.localdate()
    return render(request, "reporting/submission_detail.html", {
        "s": submission, "rows": rows, "section_rows": section_rows, "general_errors": general,
        "error_summary": summary, "error_title": f"{not_done}: có {len(summary) + len(general)} lỗi cần sửa."
        if not warnings else f"{not_done}: có {len(summary) + len(general)} số liệu cần kiểm tra lại.",
        "warnings": warnings or {},
        "can_edit": selectors.can_report(request.user, submission),
        "can_review": selectors.can_review(request.user, submission),
        "can_delete": selectors.can_report(request.user, submission) and may_delete_draft(submission),
        "overdue": submission.first_submitted_at is None and today > submission.deadline,
        "timeline": list(_timeline(submission)), "today": today,
        "has_sources": sourced.has_sources(submission.form),
        # Marked place: the .docx download of this report is added here by the documents engineer.
        "docx_url": None,
    }, status=status)


def _source_row(source: dict | None, shown: str, posted_reason: str | None) -> dict | None:
    """A sourced value as the page shows it: the value from records typed back, whether the reporter's value
    differs from it (then the reason field is open), and the reason typed or stored."""
    if source is None:
        return None
    taken = display_number(source["sourced_value"])
    return {**source, "shown": taken, "changed": str(shown).strip() != taken,
            "reason": posted_reason if posted_reason is not None else source["override_reason"]}


@login_required
def submission_detail(request, pk: int):
    submission = selectors.get_submission(request.user, pk)
    if request.method != "POST":
        return _render_detail(request, submission)
    indicators, sections = selectors.form_layout(submission.form)
    values, texts = content_from_post(request.POST, indicators, sections)
    action = request.POST.get("action")
    submitting = action in ("submit", "submit_confirmed")
    # The reasons of changed values taken from records ("r-<code>"); the service refuses a change without one.
    reasons = {fi.indicator.code: request.POST.get(f"r-{fi.indicator.code}", "")[:2000] for fi in indicators}
    saved = call_service(request, lambda: services.update_submission(
        request.user, submission, version=version_from(request.POST), values=values, sections=texts,
        override_reasons=reasons),
                         flash=False, not_allowed=CANNOT_EDIT)
    warnings: dict = {}

    def submit():
        try:
            return services.submit_submission(request.user, submission, confirm_warnings=action == "submit_confirmed")
        except NeedsConfirmation as exc:  # soft checks: the page asks "are you sure?" (issue 13 item 11)
            warnings.update(exc.warnings)
            raise

    done = saved if not (saved.ok and submitting) else call_service(request, submit, flash=False,
                                                                    not_allowed=CANNOT_EDIT)
    if done.status == 409:
        messages.error(request, f"{done.message} Thay đổi của bạn chưa được lưu; dưới đây là số liệu hiện tại.")
        return _render_detail(request, selectors.get_submission(request.user, pk), status=409)
    if done.status == 403:
        messages.error(request, done.message)
        return redirect("reporting:submission_detail", pk=pk)
    if not done.ok:
        fresh = selectors.get_submission(request.user, pk)
        return _render_detail(request, fresh, posted=None if saved.ok else (values, texts), errors=done.errors,
                              status=400, warnings=warnings, not_done="Đã lưu nhưng chưa nộp được báo cáo" if saved.ok
                              else "Chưa lưu được báo cáo")
    messages.success(request, "Đã nộp báo cáo." if submitting else "Đã lưu.")
    return redirect("reporting:submission_detail", pk=pk)


@login_required
@require_POST
def submission_refresh_sourced(request, pk: int):
    """"Cập nhật từ dữ liệu": the draft's values taken from records are read again (audited)."""
    submission = selectors.get_submission(request.user, pk)
    done = call_service(request, lambda: services.refresh_sourced_values(request.user, submission,
                                                                          version=version_from(request.POST)),
                        not_allowed=CANNOT_EDIT)
    if done.ok:
        messages.success(request, f"Đã cập nhật {len(done.value)} số liệu từ dữ liệu." if done.value
                         else "Số liệu lấy từ dữ liệu không thay đổi.")
    return redirect("reporting:submission_detail", pk=pk)


def _transition(request, pk: int, run, done: str):
    submission = selectors.get_submission(request.user, pk)
    call_service(request, lambda: run(submission), success=done, catch=(ValidationError, PermissionDenied))
    return redirect("reporting:submission_detail", pk=pk)


@login_required
@require_POST
def submission_approve(request, pk: int):
    return _transition(request, pk, lambda s: services.approve_submission(request.user, s), "Đã duyệt báo cáo.")


@login_required
@require_POST
def submission_return(request, pk: int):
    reason = request.POST.get("reason", "")[:2000]
    return _transition(request, pk, lambda s: services.return_submission(request.user, s, reason=reason),
                       "Đã trả lại báo cáo cho đơn vị.")


@login_required
@require_POST
def submission_unapprove(request, pk: int):
    reason = request.POST.get("reason", "")[:2000]
    return _transition(request, pk, lambda s: services.unapprove_submission(request.user, s, reason=reason),
                       "Đã hủy duyệt; báo cáo trở về đơn vị.")


@login_required
@require_POST
def submission_delete(request, pk: int):
    """Delete a draft never submitted (the button asks first); back to the list."""
    submission = selectors.get_submission(request.user, pk)
    deleted = call_service(request, lambda: services.delete_draft(request.user, submission),
                           success="Đã xóa bản nháp.", not_allowed=CANNOT_EDIT)
    if not deleted.ok:
        return redirect("reporting:submission_detail", pk=pk)
    return redirect("reporting:submission_list")


class ReviewQueueView(ScopedListView):
    """Reports waiting for the user's approval, oldest deadline first; several can be approved at once."""

    template_name = "reporting/review_queue.html"
    partial_template_name = "reporting/_review_rows.html"

    def select(self, request):
        # ?form=&period= narrow the queue (the link of a "reports arrived" notice).
        return selectors.review_queue(request.user, form=request.GET.get("form"), period=request.GET.get("period"))

    def get_context_data(self, **kwargs):
        form, period = self.request.GET.get("form", "")[:40], self.request.GET.get("period", "")[:10]
        narrowed = " ".join(part for part in (form, f"kỳ {period}" if period else "") if part)
        return {**super().get_context_data(**kwargs), "today": timezone.localdate(), "narrowed": narrowed}

    def post(self, request, *args, **kwargs):
        selection = ReviewSelectionForm(request.POST)
        if not selection.is_valid():
            messages.error(request, " ".join(selection.errors["ids"]))
            return redirect("reporting:review_queue")
        ids = selection.cleaned_data["ids"]
        chosen = selectors.reviewable(request.user, ids)
        result = services.bulk_approve(request.user, chosen) if chosen else {"approved": [], "errors": {}}
        if result["approved"]:
            messages.success(request, f"Đã duyệt {len(result['approved'])} báo cáo.")
        by_pk = {s.pk: s for s in chosen}
        for pk, error in result["errors"].items():
            s = by_pk[pk]
            messages.error(request, f"{s.unit.name} — {s.form.code} kỳ {s.period}: {error}")
        missing = len(ids) - len(chosen)
        if missing > 0:
            messages.error(request, f"{missing} báo cáo không còn chờ bạn duyệt (đã được xử lý hoặc không có quyền).")
        return redirect("reporting:review_queue")


