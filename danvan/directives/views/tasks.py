"""Key tasks: the list with derived progress, a new task, tasks proposed from a conclusion, one task and its
progress reports, the review report (.docx) of a period."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.selectors import memberships_of
from danvan.core.permissions import Action
from danvan.core.views import ScopedListView, call_service, edit_page
from danvan.directives import forms
from danvan.directives.parsing import propose_tasks, read_upload
from danvan.directives.reports import review_docx
from danvan.directives.selectors import activities as activity_selectors
from danvan.directives.selectors import directives as directive_selectors
from danvan.directives.selectors import tasks as selectors
from danvan.directives.services import tasks as services
from danvan.org.selectors import get_unit, unit_list
from danvan.reporting.periods import PeriodError, parse_period

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


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


class TaskListView(ScopedListView):
    """The tasks filtered in SQL (their derived state too), a page at a time with the page's progress."""

    template_name = "directives/task_list.html"
    partial_template_name = "directives/_task_rows.html"

    def select(self, request):
        self.form, data, self.unit, self.period = _filters(request)
        return selectors.task_queryset(request.user, unit=self.unit, period=self.period.code if self.period else None,
                                       status=data.get("status") or None, q=data.get("q") or "",
                                       due_within=data.get("due")).order_by("deadline", "id")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(form=self.form, unit=self.unit, period=self.period,
                                           query=self.request.GET.urlencode(), **kwargs)
        context["rows"] = selectors.rows_of(context["object_list"])
        return context


task_list = TaskListView.as_view()


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
    text_form = forms.ProposeForm(request.POST if action == "read" else None, request.FILES if action == "read" else None)
    proposed: list[str] = []
    if action == "read" and text_form.is_valid():
        upload = text_form.cleaned_data["file"]
        read = call_service(request, lambda: read_upload(upload) if upload else text_form.cleaned_data["text"],
                            into=text_form, flash=False)
        if read.ok:
            proposed = propose_tasks(read.value)
            if not proposed:
                text_form.add_error("file" if upload else "text",
                                    "Không tìm thấy danh sách nhiệm vụ đánh số (1. …; 2. …) trong văn bản.")
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


def _progress_form(request, task):
    """The progress form; its evidence choices: the task's own activities and the recent ones of the units
    the reader may see, and the documents they read."""
    activities = list(activity_selectors.evidence_choices(request.user, task))
    directives = directive_selectors.recent_for_choice(request.user)
    return forms.ProgressForm(request.POST or None, activities=activities, directives=directives)


@login_required
def task_detail(request, task_id: int):
    task, progress, children = selectors.task_detail(request.user, task_id)
    form = _progress_form(request, task)
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        evidence_activity = (activity_selectors.get_activity(request.user, data["evidence_activity"])
                             if data["evidence_activity"] else None)
        evidence_directive = (directive_selectors.get_directive(request.user, data["evidence_directive"])
                              if data["evidence_directive"] else None)
        outcome = call_service(request, lambda: services.report_progress(
            request.user, task, status=data["status"], percent=data["percent"], reported_on=data["reported_on"],
            note=data["note"], evidence_activity=evidence_activity, evidence_directive=evidence_directive),
            into=form, success="Đã ghi nhận tiến độ.")
        if outcome.ok:
            return redirect(task.get_absolute_url())
        status = outcome.status
    elif request.method == "POST":
        status = 400
    scope = request.user.scope_for(Action.REPORT)
    may_report = scope.covers(task.line_path) or any(scope.covers(u.line_path) for u in task.lead_units.all())
    return render(request, "directives/task_detail.html", {
        "task": task, "progress": progress, "children": children, "form": form,
        "reports": selectors.visible_reports(request.user, task),
        "can_report": not children and may_report, "can_edit": scope.covers(task.line_path)}, status=status)


@login_required
def task_edit(request, task_id: int):
    """Correct a task (title, content, deadline, units, the document it serves); stale → 409."""
    task = selectors.get_task(request.user, task_id, Action.REPORT)
    initial = {"title": task.title, "description": task.description, "deadline": task.deadline,
               "lead_units": list(task.lead_units.all()), "support_units": list(task.support_units.all()),
               "directive": task.directive_id, "version": task.version}
    bound = request.method == "POST"
    form = forms.TaskEditForm(request.POST if bound else None, initial=initial,
                              all_units=unit_list(request.user).filter(closed_on__isnull=True),
                              directives=directive_selectors.recent_for_choice(request.user))

    def save(data):
        directive = directive_selectors.get_directive(request.user, data["directive"]) if data["directive"] else None
        return services.update_task(
            request.user, task, version=data["version"], title=data["title"], description=data["description"],
            deadline=data["deadline"], lead_units=data["lead_units"], support_units=data["support_units"],
            directive=directive)

    return edit_page(request, form, save, success="Đã sửa nhiệm vụ.", done=task.get_absolute_url(),
                     template="directives/task_form.html", context={"title": f"Sửa nhiệm vụ: {task.title}", "task": task})


@login_required
@require_POST
def task_withdraw(request, task_id: int):
    """Undo the latest progress report (confirmed on the page); stale → the reason, nothing removed."""
    task = selectors.get_task(request.user, task_id)
    form = forms.WithdrawForm(request.POST)
    if form.is_valid():
        call_service(request, lambda: services.withdraw_progress(request.user, task,
                                                                 version=form.cleaned_data["version"]),
                     success="Đã rút báo cáo tiến độ gần nhất.")
    else:
        messages.error(request, "Thiếu phiên bản của nhiệm vụ; vui lòng tải lại trang.")
    return redirect(task.get_absolute_url())


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
