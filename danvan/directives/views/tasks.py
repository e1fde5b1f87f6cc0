"""Key tasks: the list with derived progress, a new task, tasks proposed from a conclusion, one task and its
progress reports, the review report (.docx) of a period."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from danvan.accounts.selectors import memberships_of
from danvan.core.permissions import Action
from danvan.core.views import call_service
from danvan.directives import forms
from danvan.directives.parsing import propose_tasks
from danvan.directives.reports import review_docx
from danvan.directives.selectors import directives as directive_selectors
from danvan.directives.selectors import tasks as selectors
from danvan.directives.services import tasks as services
from danvan.org.selectors import get_unit, unit_list
from danvan.reporting.periods import PeriodError, parse_period

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SHOWN = 300


def _filters(request):
    form = forms.TaskFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    unit = get_unit(request.user, data["unit"]) if data.get("unit") else None
    period = None
    if data.get("period"):
        try:
            period = parse_period(data["period"])
        except PeriodError as exc:
            form.add_error("period", str(exc))
    return form, data, unit, period


@login_required
def task_list(request):
    form, data, unit, period = _filters(request)
    rows = selectors.task_rows(request.user, unit=unit, period=period.code if period else None,
                               status=data.get("status") or None, q=data.get("q") or "", limit=SHOWN)
    template = "directives/_task_rows.html" if getattr(request, "htmx", False) else "directives/task_list.html"
    return render(request, template, {"form": form, "rows": rows, "unit": unit, "period": period,
                                      "query": request.GET.urlencode(), "shown": SHOWN})


def _task_form(request, initial=None, *, with_title: bool = True, bound: bool | None = None):
    units = unit_list(request.user, action=Action.REPORT).filter(closed_on__isnull=True)
    bound = request.method == "POST" if bound is None else bound
    return forms.TaskForm(request.POST if bound else None, initial=initial or {}, units=units, with_title=with_title,
                          all_units=unit_list(request.user).filter(closed_on__isnull=True),
                          tasks=selectors.tasks_for_choice(request.user),
                          directives=directive_selectors.recent_for_choice(request.user))


def _create(request, data, title, description=""):
    parent = selectors.get_task(request.user, data["parent"]) if data.get("parent") else None
    directive = directive_selectors.get_directive(request.user, data["directive"]) if data.get("directive") else None
    return lambda: services.create_task(
        request.user, unit=data["unit"], period=data["period"], title=title, description=description,
        deadline=data["deadline"], lead_units=data["lead_units"], support_units=data["support_units"],
        parent=parent, directive=directive)


@login_required
def task_new(request):
    initial = {"parent": request.GET.get("parent", ""), "period": request.GET.get("period", "")}
    form = _task_form(request, initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(request, _create(request, data, data["title"], data["description"]), into=form)
        if outcome.ok:
            messages.success(request, "Đã giao nhiệm vụ.")
            return redirect(outcome.value.get_absolute_url())
    return render(request, "directives/task_form.html", {"form": form, "title": "Giao nhiệm vụ trọng tâm"})


@login_required
def task_propose(request):
    """Paste a conclusion: the numbered tasks it lists are proposed; the user keeps those to create."""
    action = request.POST.get("action")
    text_form = forms.ProposeForm(request.POST if action == "read" else None)
    proposed: list[str] = []
    if action == "read" and text_form.is_valid():
        proposed = propose_tasks(text_form.cleaned_data["text"])
        if not proposed:
            text_form.add_error("text", "Không tìm thấy danh sách nhiệm vụ đánh số (1. …; 2. …) trong văn bản.")
    form = _task_form(request, with_title=False, bound=action == "create")
    if action == "create":
        proposed = [t.strip()[:500] for t in request.POST.getlist("task") if t.strip()][:50]
        if not proposed:
            form.add_error(None, "Chọn ít nhất một nhiệm vụ.")
        elif form.is_valid():
            created = 0
            for title in proposed:
                outcome = call_service(request, _create(request, form.cleaned_data, title), into=form)
                if not outcome.ok:
                    break
                created += 1
            if created == len(proposed):
                messages.success(request, f"Đã giao {created} nhiệm vụ.")
                return redirect("directives:task_list")
    return render(request, "directives/task_propose.html", {"text_form": text_form, "proposed": proposed,
                                                            "form": form})


@login_required
def task_detail(request, task_id: int):
    task, progress, children = selectors.task_detail(request.user, task_id)
    form = forms.ProgressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(request, lambda: services.report_progress(
            request.user, task, status=data["status"], percent=data["percent"], reported_on=data["reported_on"],
            note=data["note"]), into=form, success="Đã ghi nhận tiến độ.")
        if outcome.ok:
            return redirect(task.get_absolute_url())
    return render(request, "directives/task_detail.html", {
        "task": task, "progress": progress, "children": children, "form": form,
        "can_report": not children and request.user.scope_for(Action.REPORT).covers(task.line_path)})


@login_required
def task_review_docx(request):
    form, data, unit, period = _filters(request)
    period = period or parse_period(f"{timezone.localdate().year}")
    issuer = unit or next((m.unit for m in memberships_of(request.user)), None)
    if issuer is None:
        messages.error(request, "Chọn đơn vị báo cáo (tham số unit).")
        return redirect("directives:task_list")
    rows = selectors.task_rows(request.user, unit=issuer, period=period.code)
    response = HttpResponse(review_docx(issuer, period, rows), content_type=DOCX)
    response["Content-Disposition"] = f'attachment; filename="so-ket-nhiem-vu-{period.code}.docx"'
    return response
