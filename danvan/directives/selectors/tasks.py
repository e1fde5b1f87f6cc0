"""Key tasks: the scoped list with each task's derived progress and lateness, one task, the review's rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

from django.db.models import Count, Prefetch
from django.utils import timezone

from danvan.core.permissions import PATH_END, Action, get_for_user_or_404
from danvan.core.text import fold
from danvan.directives import rules
from danvan.directives.models import Activity, Task, TaskProgress
from danvan.org.models import Unit

MAX_DEPTH = 10  # tasks broken down deeper than this are not read (province → commune → hamlet is 3)


def task_queryset(user, *, unit: Unit | None = None, period: str | None = None, q: str = "",
                  directive: int | None = None, status: str | None = None, late: bool | None = None,
                  due_within: int | None = None, today: date | None = None):
    """The tasks the user may see, filtered in SQL, their derived state too (`status` as shown: a late task is
    late whatever its report; `late`; `due_within` days: not done, not late, deadline from today on)."""
    today = today or timezone.localdate()
    qs = Task.objects.for_user(user, Action.VIEW)
    if unit is not None:
        qs = qs.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
    if period:
        qs = qs.filter(period=period)
    if directive:
        qs = qs.filter(directive_id=directive)
    if q.strip():
        qs = qs.filter(title_folded__contains=fold(q))
    if status:
        qs = qs.filter(rules.shown_status_q(status, today))
    if late is not None:
        qs = qs.filter(rules.late_q(today) if late else ~rules.late_q(today))
    if due_within is not None:
        qs = qs.filter(rules.due_within_q(today, due_within))
    return qs.select_related("unit", "directive", "parent").prefetch_related("lead_units", "support_units",
                                                                             "progress_reports")


def task_counts(user, unit: Unit, today: date, due_within: int) -> dict[str, int]:
    """{"late", "due"}: the key tasks of the unit's subtree late now and due within `due_within` days, exact and
    in one query whatever their number (the same filters as the list: `task_queryset(late=True)`,
    `task_queryset(due_within=...)`)."""
    qs = Task.objects.for_user(user, Action.VIEW).filter(line_path__gte=unit.line_path,
                                                         line_path__lt=unit.line_path + PATH_END)
    return qs.aggregate(late=Count("pk", filter=rules.late_q(today)),
                        due=Count("pk", filter=rules.due_within_q(today, due_within)))


def progress_of(tasks, today: date | None = None) -> dict[int, rules.Progress]:
    """The derived progress of each task, read fresh: one query per generation of descendants."""
    today = today or timezone.localdate()
    rows = {t.pk: SimpleNamespace(status=t.status, percent=t.percent, deadline=t.deadline) for t in tasks}
    children: dict[int, list[int]] = defaultdict(list)
    frontier = list(rows)
    for _ in range(MAX_DEPTH):
        if not frontier:
            break
        found = list(Task.objects.unscoped().filter(parent_id__in=frontier)
                     .values_list("pk", "parent_id", "status", "percent", "deadline"))
        frontier = []
        for pk, parent, status, percent, deadline in found:
            children[parent].append(pk)
            if pk not in rows:
                rows[pk] = SimpleNamespace(status=status, percent=percent, deadline=deadline)
                frontier.append(pk)
    memo: dict[int, rules.Progress] = {}

    def compute(pk: int, depth: int = 0) -> rules.Progress:
        if pk not in memo:
            kids = [compute(k, depth + 1) for k in children.get(pk, [])] if depth < MAX_DEPTH else []
            memo[pk] = rules.derived_progress(rows[pk], kids, today)
        return memo[pk]

    return {t.pk: compute(t.pk) for t in tasks}


@dataclass
class TaskRow:
    task: Task
    progress: rules.Progress


def rows_of(tasks, today: date | None = None) -> list[TaskRow]:
    """A page of tasks with their derived progress (a bounded number of queries: one a generation)."""
    tasks = list(tasks)
    progress = progress_of(tasks, today)
    return [TaskRow(t, progress[t.pk]) for t in tasks]


def task_rows(user, *, unit: Unit | None = None, period: str | None = None, status: str | None = None,
              late: bool | None = None, q: str = "", limit: int = 2000, today: date | None = None) -> list[TaskRow]:
    """The first `limit` tasks of `task_queryset`'s filters, by deadline, with their derived progress."""
    qs = task_queryset(user, unit=unit, period=period, q=q, status=status, late=late, today=today)
    return rows_of(qs.order_by("deadline", "id")[:limit], today)


def get_task(user, task_id, action: str = Action.VIEW) -> Task:
    qs = Task.objects.select_related("unit", "directive", "parent")
    return get_for_user_or_404(qs, user, action, pk=task_id)


def task_detail(user, task_id) -> tuple[Task, rules.Progress, list[TaskRow]]:
    """One task, its progress, its reports and its visible children with theirs."""
    qs = Task.objects.select_related("unit", "directive", "parent").prefetch_related(
        "lead_units", "support_units", "timeline",
        Prefetch("progress_reports", TaskProgress.objects.select_related("evidence_directive", "evidence_activity")))
    task = get_for_user_or_404(qs, user, Action.VIEW, pk=task_id)
    kids = list(Task.objects.for_user(user).filter(parent=task).select_related("unit").order_by("deadline", "id"))
    progress = progress_of([task, *kids])
    return task, progress[task.pk], [TaskRow(k, progress[k.pk]) for k in kids]


def tasks_for_choice(user, limit: int = 300):
    return list(Task.objects.for_user(user).order_by("-period", "deadline")[:limit])


def visible_reports(user, task: Task) -> list[TaskProgress]:
    """The task's progress reports (prefetched by `task_detail`), their evidence hidden where the reader may not
    see it (a document outside what they read, an activity outside their scope). Two queries at most."""
    from danvan.directives.selectors.directives import readable

    reports = list(task.progress_reports.all())
    doc_ids = {p.evidence_directive_id for p in reports if p.evidence_directive_id}
    act_ids = {p.evidence_activity_id for p in reports if p.evidence_activity_id}
    docs = set(readable(user).filter(pk__in=doc_ids).values_list("pk", flat=True)) if doc_ids else set()
    acts = (set(Activity.objects.for_user(user).filter(pk__in=act_ids).values_list("pk", flat=True))
            if act_ids else set())
    for p in reports:
        if p.evidence_directive_id and p.evidence_directive_id not in docs:
            p.evidence_directive_id, p.evidence_directive = None, None
        if p.evidence_activity_id and p.evidence_activity_id not in acts:
            p.evidence_activity_id, p.evidence_activity = None, None
    return reports
