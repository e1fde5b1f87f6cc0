"""Key tasks: set one (optionally under a parent task, serving a directive), report its progress."""

from django.core.exceptions import PermissionDenied

from danvan.core.audit import check_version, record_event, service, snapshot
from danvan.core.timeline import append_event
from danvan.directives import rules
from danvan.directives.choices import TaskEventKind, TaskStatus
from danvan.directives.models import Task, TaskEvent, TaskProgress
from danvan.directives.selectors.tasks import MAX_DEPTH
from danvan.directives.services import actor_or_none, clean_day, clean_text, raise_errors
from danvan.reporting.periods import PeriodError, parse_period

FIELDS = ["unit", "period", "title", "deadline", "directive", "parent", "status", "percent", "reported_on", "version"]
EDITABLE = ("title", "description", "deadline", "lead_units", "support_units", "directive")


def _state(task: Task) -> dict:
    state = snapshot(task, FIELDS)
    state["lead_units"] = sorted(u.pk for u in task.lead_units.all())
    state["support_units"] = sorted(u.pk for u in task.support_units.all())
    return state


@service
def create_task(actor, *, unit, period: str, title: str, deadline, description: str = "", lead_units=(),
                support_units=(), parent: Task | None = None, directive=None) -> Task:
    """Set a key task of `unit` for a period; a child task breaks a parent down (its progress rolls up)."""
    if not rules.may_report(actor, unit):
        raise PermissionDenied("Bạn không có quyền giao nhiệm vụ cho tổ chức này.")
    errors: dict = {}
    try:
        period = parse_period(str(period)).code
    except PeriodError as exc:
        errors.setdefault("period", []).append(str(exc))
    title = clean_text(errors, "title", title, required=True, limit=500)
    description = clean_text(errors, "description", description)
    day = clean_day(errors, "deadline", deadline, future=True)
    lead_units, support_units = list(lead_units), list(support_units)
    if not lead_units:
        errors.setdefault("lead_units", []).append("Chọn ít nhất một đơn vị chủ trì.")
    if set(u.pk for u in lead_units) & set(u.pk for u in support_units):
        errors.setdefault("support_units", []).append("Một đơn vị không vừa chủ trì vừa phối hợp.")
    if parent is not None and not unit.line_path.startswith(parent.line_path):
        errors.setdefault("parent", []).append("Nhiệm vụ cấp trên phải của đơn vị này hoặc đơn vị cấp trên.")
    raise_errors(errors)
    task = Task.objects.create(unit=unit, line_path=unit.line_path, period=period, title=title,
                               description=description, deadline=day, parent=parent, directive=directive,
                               created_by=actor_or_none(actor))
    task.lead_units.set(lead_units)
    task.support_units.set(support_units)
    _roll_up(parent)
    append_event("task", task, TaskEvent, kind=TaskEventKind.CREATED, actor=actor_or_none(actor),
                 text=f"Thời hạn {day:%d/%m/%Y}.")
    record_event(actor, "directives.task.create", task, after=_state(task))
    return task


@service
def report_progress(actor, task: Task, *, status: str, percent: int, reported_on, note: str = "",
                    evidence_directive=None, evidence_activity=None) -> TaskProgress:
    """Report a task's progress. A parent's progress is derived from its children, so it takes no report."""
    task = Task.objects.select_for_update(of=("self",)).select_related("unit").get(pk=task.pk)
    if not _may_report_on(actor, task):
        raise PermissionDenied("Bạn không có quyền báo cáo tiến độ nhiệm vụ này.")
    errors: dict = {}
    if status not in TaskStatus.values:
        errors.setdefault("status", []).append(f"Trạng thái “{status}” không có (chọn: {', '.join(TaskStatus.values)}).")
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        errors.setdefault("percent", []).append("Tỷ lệ phải là số nguyên từ 0 đến 100.")
    elif status == TaskStatus.DONE and percent != 100:
        errors.setdefault("percent", []).append("Nhiệm vụ hoàn thành thì tỷ lệ là 100%.")
    elif status == TaskStatus.NOT_STARTED and percent != 0:
        errors.setdefault("percent", []).append("Nhiệm vụ chưa triển khai thì tỷ lệ là 0%.")
    note = clean_text(errors, "note", note)
    day = clean_day(errors, "reported_on", reported_on)
    if task.children.exists():
        errors.setdefault("__all__", []).append(
            "Tiến độ của nhiệm vụ này được tính từ các nhiệm vụ con; hãy báo cáo ở nhiệm vụ con.")
    if day and task.reported_on and day < task.reported_on:
        errors.setdefault("reported_on", []).append(f"Đã có báo cáo ngày {task.reported_on:%d/%m/%Y}, sau ngày này.")
    if evidence_directive is not None and evidence_activity is not None:
        errors.setdefault("evidence_activity", []).append("Chọn một minh chứng: văn bản hoặc hoạt động.")
    if evidence_activity is not None and day and evidence_activity.starts_on > day:
        errors.setdefault("evidence_activity", []).append("Hoạt động minh chứng diễn ra sau ngày báo cáo.")
    if evidence_directive is not None and day and evidence_directive.issued_on > day:
        errors.setdefault("evidence_directive", []).append("Văn bản minh chứng ban hành sau ngày báo cáo.")
    raise_errors(errors)
    before = _state(task)
    progress = TaskProgress.objects.create(task=task, status=status, percent=percent, note=note, reported_on=day,
                                           evidence_directive=evidence_directive, evidence_activity=evidence_activity,
                                           reporter=actor_or_none(actor))
    task.status, task.percent, task.reported_on = status, percent, day
    task.version += 1
    task.save()
    _roll_up(task.parent_id)
    append_event("task", task, TaskEvent, kind=TaskEventKind.PROGRESS, actor=actor_or_none(actor), happened_on=day,
                 text=f"{TaskStatus(status).label} — {percent}%." + (f" {note}" if note else ""))
    record_event(actor, "directives.task.progress", task, before=before,
                 after={**_state(task), "progress": progress.pk})
    return progress


def _may_report_on(actor, task: Task) -> bool:
    return rules.may_report(actor, task.unit) or any(rules.may_report(actor, u) for u in task.lead_units.all())


@service
def update_task(actor, task: Task, *, version, **changes) -> Task:
    """Correct a task (EDITABLE: title, description, deadline, lead and support units, the directive it
    serves). Its unit, period and parent stay: a task set in the wrong place is set again. `version` is the one
    the editor saw (stale → ConflictError, 409)."""
    task = Task.objects.select_for_update(of=("self",)).select_related("unit").get(pk=task.pk)
    if not rules.may_report(actor, task.unit):
        raise PermissionDenied("Bạn không có quyền sửa nhiệm vụ này.")
    check_version(task, version)
    errors: dict = {}
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        errors.setdefault("__all__", []).append(f"Không sửa được: {', '.join(unknown)}.")
    cleaned: dict = {}
    if "title" in changes:
        cleaned["title"] = clean_text(errors, "title", changes["title"], required=True, limit=500)
    if "description" in changes:
        cleaned["description"] = clean_text(errors, "description", changes["description"])
    if "deadline" in changes:
        cleaned["deadline"] = clean_day(errors, "deadline", changes["deadline"], future=True)
    if "directive" in changes:
        cleaned["directive"] = changes["directive"]
    lead = list(changes["lead_units"]) if "lead_units" in changes else list(task.lead_units.all())
    support = list(changes["support_units"]) if "support_units" in changes else list(task.support_units.all())
    if not lead:
        errors.setdefault("lead_units", []).append("Chọn ít nhất một đơn vị chủ trì.")
    if {u.pk for u in lead} & {u.pk for u in support}:
        errors.setdefault("support_units", []).append("Một đơn vị không vừa chủ trì vừa phối hợp.")
    raise_errors(errors)
    before = _state(task)
    for name, value in cleaned.items():
        setattr(task, name, value)
    task.version += 1
    task.save()
    if "lead_units" in changes:
        task.lead_units.set(lead)
    if "support_units" in changes:
        task.support_units.set(support)
    changed = [str(Task._meta.get_field(n).verbose_name) for n in changes if n in EDITABLE]
    append_event("task", task, TaskEvent, kind=TaskEventKind.EDITED, actor=actor_or_none(actor),
                 text="Sửa: " + ", ".join(changed) + "." if changed else "")
    record_event(actor, "directives.task.update", task, before=before, after=_state(task))
    return task


@service
def withdraw_progress(actor, task: Task, *, version) -> TaskProgress:
    """Undo the latest progress report (entered by mistake): it is removed and the task shows the report before
    it again. The removed report stays in the audit trail (`before`). Returns the removed report (unsaved)."""
    task = Task.objects.select_for_update(of=("self",)).select_related("unit").get(pk=task.pk)
    if not _may_report_on(actor, task):
        raise PermissionDenied("Bạn không có quyền rút báo cáo tiến độ của nhiệm vụ này.")
    check_version(task, version)
    reports = list(task.progress_reports.order_by("-reported_on", "-id")[:2])
    if not reports:
        raise_errors({"__all__": ["Nhiệm vụ này chưa có báo cáo tiến độ để rút."]})
    latest, previous = reports[0], (reports[1] if len(reports) > 1 else None)
    before = {**_state(task), "progress": {"id": latest.pk, **snapshot(latest, [
        "status", "percent", "note", "reported_on", "evidence_directive", "evidence_activity", "reporter"])}}
    latest.delete()
    task.status = previous.status if previous else TaskStatus.NOT_STARTED
    task.percent = previous.percent if previous else 0
    task.reported_on = previous.reported_on if previous else None
    task.version += 1
    task.save()
    _roll_up(task.parent_id)
    append_event("task", task, TaskEvent, kind=TaskEventKind.WITHDRAWN, actor=actor_or_none(actor),
                 text=f"Rút báo cáo ngày {latest.reported_on:%d/%m/%Y} ({TaskStatus(latest.status).label} — "
                      f"{latest.percent}%).")
    record_event(actor, "directives.task.withdraw_progress", task, before=before, after=_state(task))
    return latest


def _roll_up(parent) -> None:
    """Keep `rolled_status` of `parent` (a task, its id, or None) and of its ancestors after a child changed:
    a generation at a time, up to the first ancestor whose status stays the same. Each parent is locked before
    its children are read, so two children reported at once roll up one after the other (the second reads the
    first's committed status)."""
    parent_id = getattr(parent, "pk", parent)
    for _ in range(MAX_DEPTH):
        if parent_id is None:
            return
        row = Task.objects.unscoped().filter(pk=parent_id)
        above, current = row.select_for_update().values_list("parent_id", "rolled_status").get()
        children = set(Task.objects.unscoped().filter(parent_id=parent_id)
                       .values_list(rules.derived_status_sql(), flat=True).distinct())
        status = rules.rolled_status(children)
        if status == current:
            return
        row.update(rolled_status=status)
        parent_id = above
