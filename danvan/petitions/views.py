"""Pages of the petitions app: the list (and overdue view), receiving, a petition's page and its steps,
reception sessions and the compliance view, statistics. Thin views: parse with a form, call one selector or
service, render."""

from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.selectors import memberships_of
from danvan.core.audit import ConflictError
from danvan.core.permissions import Action
from danvan.core.views import ScopedListView, call_service
from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit, unit_list
from danvan.petitions import forms, reports, rules, selectors, services
from danvan.petitions.choices import Status
from danvan.reporting.periods import PeriodError, parse_period

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXPORT_MAX = 20000
STEP_LABELS = {"accept": "Thụ lý", "reject": "Không thụ lý", "forward": "Chuyển đơn", "extend": "Gia hạn",
               "answer": "Trả lời, giải quyết", "close": "Kết thúc", "appeal": "Khiếu nại lần hai",
               "note": "Ghi chú"}


def _filtered(request):
    form = forms.FilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
    area = get_area(request.user, Era.CURRENT, data["area"]) if data.get("area") else None
    qs = selectors.petition_list(request.user, unit=unit, area=area, kind=data.get("kind") or "",
                                 status=data.get("status") or "", overdue=bool(data.get("overdue")),
                                 topic=data.get("topic") or "", q=data.get("q") or "", due_within=data.get("due"))
    return form, qs, unit, area


class PetitionListView(ScopedListView):
    template_name = "petitions/petition_list.html"
    partial_template_name = "petitions/_petition_rows.html"

    def select(self, request):
        self.form, qs, self.unit, self.area = _filtered(request)
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, unit=self.unit, area=self.area, today=timezone.localdate(),
                                        **kwargs)


petition_list = PetitionListView.as_view()


@login_required
def petition_export(request):
    _, qs, _, _ = _filtered(request)
    rows = list(qs.select_related("area").prefetch_related("petitioners")[:EXPORT_MAX])
    response = HttpResponse(reports.list_xlsx(rows), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="don-thu.xlsx"'
    return response


def _receiving_units(user):
    return unit_list(user, action=Action.REPORT).filter(closed_on__isnull=True)


@login_required
def petition_new(request):
    units = _receiving_units(request.user)
    initial = {"received_on": timezone.localdate(), "people_count": 1}
    reception = None
    if request.GET.get("reception", "").isdigit():
        reception = selectors.get_reception(request.user, int(request.GET["reception"]))
        initial.update(unit=reception.unit, received_on=reception.held_on, channel="reception",
                       reception=reception.pk)
    form = forms.PetitionForm(request.POST or None, request.FILES or None, units=units, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        session = selectors.get_reception(request.user, data["reception"]) if data.get("reception") else None
        person = {k: data[k] for k in ("name", "address", "phone", "id_number")}
        outcome = call_service(request, lambda: services.create_petition(
            request.user, unit=data["unit"], kind=data["kind"], received_on=data["received_on"],
            channel=data["channel"], area=data["area"], petitioners=[person], people_count=data["people_count"],
            subject=data["subject"], content=data["content"], complex_=data["complex"], reception=session,
            attachment=data.get("attachment")), into=form)
        if outcome.ok:
            petition = outcome.value
            messages.success(request, f"Đã tiếp nhận đơn, mã tra cứu {petition.code}.")
            return redirect(petition.get_absolute_url())
    return render(request, "petitions/petition_form.html", {"form": form, "reception": reception})


@login_required
def petition_detail(request, petition_id: int):
    petition = selectors.petition_detail(request.user, petition_id)
    people, withheld = services.read_petitioners(request.user, petition)  # audits a denouncer's identity read
    steps = selectors.allowed_steps(request.user, petition)
    events = list(petition.timeline.all())
    may_attach = rules.may_act(request.user, petition) or rules.may_receive(request.user, petition.unit)
    return render(request, "petitions/petition_detail.html", {
        "petition": petition, "people": people, "withheld": withheld, "today": timezone.localdate(),
        "events": events, "files": selectors.petition_files(request.user, petition), "may_attach": may_attach,
        "attach_form": forms.AttachForm() if may_attach else None,
        "may_remove": may_attach and petition.status != Status.CLOSED,
        "appealed": next((e.data for e in events if e.kind == "appealed"), None),
        "filing": next((e.data for e in events if e.kind == "received" and e.data.get("filing_due")), None),
        "steps": [(s, STEP_LABELS[s]) for s in steps], "duplicates": selectors.duplicates_of(request.user, petition),
        "topics": [selectors.topic_labels().get(c, c) for c in petition.topics or ()],
    })


def _to_unit(data):
    """The unit of the system named by its number (any open unit, also outside the actor's scope)."""
    if not data["to_unit"]:
        return None
    to_unit = selectors.forward_target(data["to_unit"])
    if to_unit is None:
        raise ValidationError({"to_unit": ["Không có đơn vị nhận này (hoặc đơn vị đã giải thể)."]})
    return to_unit


def _run(event, user, petition, data):
    if event == "accept":
        return services.accept_petition(user, petition, accepted_on=data["accepted_on"], complex_=data["complex"],
                                        note=data["note"], resolution_days=data["resolution_days"])
    if event == "reject":
        return services.reject_petition(user, petition, reason=data["reason"], rejected_on=data["rejected_on"])
    if event == "forward":
        return services.forward_petition(user, petition, to_unit=_to_unit(data), to_body=data["to_body"],
                                         note=data["note"], forwarded_on=data["forwarded_on"])
    if event == "extend":
        return services.extend_petition(user, petition, reason=data["reason"])
    if event == "answer":
        return services.answer_petition(user, petition, **data)
    if event == "close":
        return services.close_petition(user, petition, note=data["note"])
    if event == "appeal":
        return services.appeal_petition(user, petition, received_on=data["received_on"], to_unit=_to_unit(data),
                                        to_body=data["to_body"], note=data["note"])
    return services.add_petition_note(user, petition, text=data["text"], document=data["document"])


@login_required
def petition_step(request, petition_id: int, event: str):
    if event not in forms.STEP_FORMS:
        raise Http404
    petition = selectors.get_petition(request.user, petition_id)
    if event not in selectors.allowed_steps(request.user, petition) and not rules.may_act(request.user, petition):
        raise Http404
    today = timezone.localdate()
    form = forms.STEP_FORMS[event](request.POST if request.method == "POST" else None, initial={
        "accepted_on": today, "rejected_on": today, "forwarded_on": today, "answered_on": today,
        "received_on": today})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(request, lambda: _run(event, request.user, petition, form.cleaned_data), into=form,
                               success=f"Đã ghi nhận: {STEP_LABELS[event].lower()}.")
        if outcome.ok:
            target = outcome.value
            if target.unit_id != petition.unit_id and not selectors.may_view(request.user, target):
                # Forwarded away, or a second instance settled above: back where the user still may look.
                return redirect(petition.get_absolute_url() if event == "appeal" else "petitions:petition_list")
            return redirect(target.get_absolute_url())
    return render(request, "petitions/petition_step.html", {"petition": petition, "form": form, "event": event,
                                                           "title": STEP_LABELS[event]})


# --- files (core.Attachment) ------------------------------------------------------------------------------


def _messages_of(request, exc) -> None:
    for msg in getattr(exc, "messages", None) or [str(exc)]:
        messages.error(request, msg)


@login_required
@require_POST
def petition_attach(request, petition_id: int):
    petition = selectors.get_petition(request.user, petition_id)
    form = forms.AttachForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
    else:
        try:
            services.attach_petition_file(request.user, petition, form.cleaned_data["file"],
                                          title=form.cleaned_data["title"])
        except (ValidationError, PermissionDenied) as exc:
            _messages_of(request, exc)
        else:
            messages.success(request, "Đã đính kèm tệp.")
    return redirect(petition.get_absolute_url())


@login_required
@require_POST
def petition_file_remove(request, attachment_id: int):
    petition, attachment = selectors.petition_file(request.user, attachment_id)
    try:
        services.remove_petition_file(request.user, attachment)
    except (PermissionDenied, ConflictError) as exc:
        _messages_of(request, exc)
    else:
        messages.success(request, "Đã gỡ tệp đính kèm.")
    return redirect(petition.get_absolute_url())


@login_required
def petition_file(request, attachment_id: int):
    """A petition's file as a download; a denunciation's (only its handling unit's reviewers and handlers get
    it) is audited as a read of the denouncer's identity."""
    petition, attachment = selectors.petition_file(request.user, attachment_id)
    if rules.is_confidential(petition):
        services.read_confidential_file(request.user, petition, attachment)
    try:
        handle = attachment.file.open("rb")
    except OSError as exc:
        raise Http404 from exc
    response = FileResponse(handle, as_attachment=True, filename=attachment.filename,
                            content_type=attachment.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


# --- citizen reception ---------------------------------------------------------------------------------


class ReceptionListView(ScopedListView):
    template_name = "petitions/reception_list.html"

    def select(self, request):
        unit = get_unit(request.user, request.GET["unit"]) if request.GET.get("unit", "").isdigit() else None
        return selectors.receptions(request.user, unit=unit)


reception_list = ReceptionListView.as_view()


@login_required
def reception_new(request):
    form = forms.ReceptionForm(request.POST or None, units=_receiving_units(request.user),
                               initial={"held_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(request, lambda: services.record_reception(request.user, **form.cleaned_data),
                               into=form, success="Đã ghi buổi tiếp công dân.")
        if outcome.ok:
            return redirect("petitions:reception_list")
    return render(request, "petitions/reception_form.html", {"form": form})


def _month(request) -> tuple[forms.MonthForm, date, date]:
    """The calendar month asked for (this month by default); a malformed one falls back with an error."""
    form = forms.MonthForm(request.GET or None)
    today = timezone.localdate()
    code = (form.cleaned_data.get("month") if form.is_valid() else "") or f"{today:%Y-%m}"
    try:
        start = date(int(code[:4]), int(code[5:7]), 1)
        if len(code) != 7 or code[4] != "-":
            raise ValueError(code)
    except ValueError:
        form.add_error(None, "Nhập một tháng, dạng YYYY-MM.")
        start = today.replace(day=1)
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return form, start, end


@login_required
def compliance_page(request):
    form, start, end = _month(request)
    result = selectors.compliance(request.user, start=start, end=end)
    return render(request, "petitions/compliance.html", {"form": form, "start": start, "end": end, **result})


# --- statistics ----------------------------------------------------------------------------------------


def _stats_target(request):
    form = forms.StatsForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    try:
        period = parse_period(data.get("period") or str(timezone.localdate().year))
    except PeriodError as exc:
        form.add_error("period", str(exc))
        period = parse_period(str(timezone.localdate().year))
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
    area = get_area(request.user, Era.CURRENT, data["area"]) if data.get("area") else None
    return form, period, unit, area


@login_required
def stats_page(request):
    form, period, unit, area = _stats_target(request)
    kwargs = {"start": period.start, "end": period.end, "unit": unit, "area": area}
    figures = selectors.statistics(request.user, **kwargs)
    topics = selectors.topic_labels()
    return render(request, "petitions/stats.html", {
        "form": form, "period": period, "unit": unit, "area": area, "figures": figures,
        "rows": reports.figure_rows(figures, topics), "chart": reports.chart_data(figures, topics),
        "late": selectors.late_petitions(request.user, **kwargs), "query": request.GET.urlencode(),
    })


@login_required
def stats_xlsx(request):
    _, period, unit, area = _stats_target(request)
    figures = selectors.statistics(request.user, start=period.start, end=period.end, unit=unit, area=area)
    where = unit.name if unit else (area.name if area else "toàn bộ phạm vi")
    data = reports.stats_xlsx(f"Thống kê đơn thư — {where} — {period.label_vi}", figures, selectors.topic_labels())
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="thong-ke-don-thu-{period.code}.xlsx"'
    return response


@login_required
def stats_docx(request):
    _, period, unit, area = _stats_target(request)
    issuer = unit or next((m.unit for m in memberships_of(request.user)), None)
    if issuer is None:
        messages.error(request, "Chọn tổ chức ban hành báo cáo (tham số unit).")
        return redirect("petitions:stats")
    kwargs = {"start": period.start, "end": period.end, "unit": unit, "area": area}
    figures = selectors.statistics(request.user, **kwargs)
    sessions = list(selectors.receptions(request.user, unit=unit, since=period.start, until=period.end)[:500])
    data = reports.report_docx(issuer, period, figures, selectors.topic_labels(), sessions)
    response = HttpResponse(data, content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="bao-cao-don-thu-{period.code}.docx"'
    return response
