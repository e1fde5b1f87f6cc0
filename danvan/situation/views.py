"""Situation pages: the quick note form, notes and incidents, the board, warnings, hotspots, the monthly
report draft. Thin: parse with a form, call one selector or service, render."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.core.audit import ConflictError
from danvan.core.permissions import Action
from danvan.core.views import error_messages
from danvan.org.models import Area
from danvan.situation import rules, selectors, services
from danvan.situation.choices import IncidentState, Severity
from danvan.situation.forms import (
    DismissForm,
    IncidentEventForm,
    IncidentFilterForm,
    IncidentForm,
    NoteFilterForm,
    QuickNoteForm,
    ReportDraftForm,
)
from danvan.situation.views_files import files_context

PAGE = 50


def _errors(form, exc: ValidationError) -> None:
    for field, msgs in error_messages(exc).items():  # core's one reading of a service's ValidationError
        for msg in msgs:
            form.add_error(field if field in form.fields else None, msg)


def _page(request, qs):
    return Paginator(qs, PAGE).get_page(request.GET.get("page"))


@login_required
def home(request):
    return redirect("situation:board" if selectors.review_units(request.user) else "situation:note_list")


@login_required
def note_new(request):
    units = selectors.recording_units(request.user)
    if not units:
        raise PermissionDenied("Bạn chưa được phân quyền ghi tin cho tổ chức nào.")
    chosen = next((u for u in units if str(u.pk) == request.POST.get("unit")), units[0])
    form = QuickNoteForm(request.POST or None, request.FILES or None, units=units,
                         areas=selectors.areas_for_unit(chosen))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        unit = selectors.get_unit_in(request.user, d["unit"], Action.REPORT)
        try:
            area = Area.objects.for_user(request.user).get(pk=d["area"]) if d["area"] else None
            note = services.record_note(
                request.user, unit=unit, area=area, observed_on=d["observed_on"] or timezone.localdate(),
                text=d["text"], mood=d["mood"], source_kind=d["source_kind"], topics=d["topics"] or None,
                people_count=d["people_count"], verified=d["verified"],
                confidential_source=d["confidential_source"], attachment=d["attachment"])
        except ValidationError as exc:
            _errors(form, exc)
        except Area.DoesNotExist:
            form.add_error("area", "Địa bàn không hợp lệ.")
        else:
            messages.success(request, "Đã ghi tin.")
            return redirect("situation:note_detail", note_id=note.pk)
    return render(request, "situation/note_new.html", {"form": form})


@login_required
def note_list(request):
    form = NoteFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    area = Area.objects.for_user(request.user).filter(pk=filters["area"]).first() if filters.get("area") else None
    qs = selectors.note_list(request.user, topic=filters.get("topic") or None, mood=filters.get("mood") or None,
                             since=filters.get("since"), until=filters.get("until"), q=filters.get("q") or "",
                             area=area)
    template = "situation/_note_rows.html" if getattr(request, "htmx", False) else "situation/note_list.html"
    return render(request, template, {"form": form, "page": _page(request, qs), "rules": rules, "area": area})


@login_required
def note_detail(request, note_id: int):
    note = selectors.get_note(request.user, note_id)
    return render(request, "situation/note_detail.html",
                  {"note": note, "source": rules.source_for(request.user, note), "withheld": rules.WITHHELD,
                   **files_context(request, note, "situation:note_attach")})


@login_required
def incident_list(request):
    form = IncidentFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    unit = selectors.get_unit_in(request.user, filters["unit"]) if filters.get("unit") else None
    qs = selectors.incident_list(request.user, state=filters.get("state") or None, severity=filters.get("severity"),
                                 unit=unit)
    return render(request, "situation/incident_list.html", {"form": form, "unit": unit, "page": _page(request, qs)})


@login_required
def incident_new(request):
    units = selectors.recording_units(request.user)
    if not units:
        raise PermissionDenied("Bạn chưa được phân quyền ghi vụ việc cho tổ chức nào.")
    chosen = next((u for u in units if str(u.pk) == request.POST.get("unit")), units[0])
    form = IncidentForm(request.POST or None, units=units, areas=selectors.areas_for_unit(chosen))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        unit = selectors.get_unit_in(request.user, d["unit"], Action.REPORT)
        try:
            incident = services.create_incident(
                request.user, unit=unit, areas=list(Area.objects.for_user(request.user).filter(pk=d["area"])),
                title=d["title"], started_on=d["started_on"], severity=d["severity"],
                people_count=d["people_count"], topics=d["topics"], description=d["description"])
        except ValidationError as exc:
            _errors(form, exc)
        else:
            messages.success(request, "Đã ghi vụ việc.")
            return redirect("situation:incident_detail", incident_id=incident.pk)
    return render(request, "situation/incident_new.html", {"form": form})


def _incident_page(request, incident, form=None, status=200):
    allowed = rules.INCIDENT.allowed(incident.state)
    may_edit = rules.may_record(request.user, incident.unit)
    form = form or IncidentEventForm(initial={"version": incident.version}, allowed=allowed)
    return render(request, "situation/incident_detail.html",
                  {"incident": incident, "form": form if may_edit and allowed else None,
                   "notes": incident.notes.all(), "areas": [r.area for r in incident.area_rows.all()],
                   **files_context(request, incident, "situation:incident_attach")},
                  status=status)


@login_required
def incident_detail(request, incident_id: int):
    return _incident_page(request, selectors.get_incident(request.user, incident_id))


@login_required
@require_POST
def incident_event(request, incident_id: int):
    incident = selectors.get_incident(request.user, incident_id, Action.REPORT)
    form = IncidentEventForm(request.POST, allowed=rules.INCIDENT.allowed(incident.state))
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.add_incident_event(request.user, incident, kind=d["kind"], text=d["text"],
                                        happened_on=d["happened_on"], severity=d["severity"],
                                        people_count=d["people_count"], version=d["version"])
        except ValidationError as exc:
            _errors(form, exc)
        except ConflictError as exc:
            # 409, the page showing the record as it is now; the typed event stays in the form, based on the
            # current version, so sending it again is a choice made knowingly (offline.js shows both versions).
            fresh = selectors.get_incident(request.user, incident_id)
            posted = request.POST.copy()
            posted["version"] = str(fresh.version)
            form = IncidentEventForm(posted, allowed=rules.INCIDENT.allowed(fresh.state))
            form.is_valid()
            form.add_error(None, exc.message)
            return _incident_page(request, fresh, form, status=409)
        else:
            messages.success(request, "Đã ghi diễn biến.")
            return redirect("situation:incident_detail", incident_id=incident.pk)
    return _incident_page(request, selectors.get_incident(request.user, incident_id), form, status=400)


def _review_scope(request):
    units = selectors.review_units(request.user)
    if not units and not request.user.is_superuser:
        raise PermissionDenied("Bảng tình hình dành cho người duyệt.")
    return units


def _board_rows(board):
    return [(state, label, [board.get(state, {}).get(s, 0) for s in Severity.values])
            for state, label in IncidentState.choices]


@login_required
def board(request):
    units = _review_scope(request)
    today = timezone.localdate()
    since = today - timedelta(days=29)
    heat = selectors.heat_table(request.user, since=since, until=today)
    communes = Area.objects.for_user(request.user).in_bulk({c for _, c in heat}) if heat else {}
    topics = sorted({t for t, _ in heat}, key=rules.topic_label)
    rows = sorted(communes.values(), key=lambda a: a.name)
    return render(request, "situation/board.html", {
        "units": units, "board_rows": _board_rows(selectors.incident_board(request.user)),
        "warnings": selectors.compute_warnings(request.user, today=today)[:20],
        "hotspots": selectors.hotspots(request.user, today=today)[:20],
        "topics": [(t, rules.topic_label(t)) for t in topics],
        "heat_rows": [(a, [(t, heat.get((t, a.pk), 0)) for t in topics]) for a in rows],
        "since": since, "today": today,
    })


@login_required
def warning_list(request):
    units = _review_scope(request)
    return render(request, "situation/warning_list.html", {
        "warnings": selectors.compute_warnings(request.user), "units": units, "dismiss_unit": units[0] if units else None,
    })


@login_required
@require_POST
def warning_dismiss(request):
    form = DismissForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Vui lòng ghi lý do bỏ qua cảnh báo.")
        return redirect("situation:warning_list")
    d = form.cleaned_data
    unit = selectors.get_unit_in(request.user, d["unit"], Action.REVIEW)
    try:
        area = Area.objects.for_user(request.user).get(pk=d["area"])
        services.dismiss_warning(request.user, unit=unit, topic=d["topic"], area=area, window_end=d["window_end"],
                                 reason=d["reason"])
    except (ValidationError, Area.DoesNotExist) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", ["Địa bàn không hợp lệ."])))
    else:
        messages.success(request, "Đã bỏ qua cảnh báo.")
    return redirect("situation:warning_list")


@login_required
def hotspot_list(request):
    return render(request, "situation/hotspot_list.html", {"hotspots": selectors.hotspots(request.user)})


@login_required
def report_draft(request):
    units = selectors.recording_units(request.user)
    if not units:
        raise Http404
    form = ReportDraftForm(request.POST or None, units=units,
                           initial={"period": f"{(timezone.localdate().replace(day=1) - timedelta(days=1)):%Y-%m}"})
    if request.method == "POST" and form.is_valid():
        unit = selectors.get_unit_in(request.user, form.cleaned_data["unit"], Action.REPORT)
        try:
            submission = services.draft_situation_report(request.user, unit=unit, period=form.cleaned_data["period"])
        except ValidationError as exc:
            _errors(form, exc)
        except ConflictError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "Đã soạn dự thảo báo cáo; vui lòng đọc lại, sửa và nộp.")
            return redirect("reporting:submission_detail", pk=submission.pk)
    return render(request, "situation/report_draft.html", {"form": form})
