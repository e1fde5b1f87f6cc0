"""The key tasks' tile of the leaders' desk (registered in registrations.py)."""

from datetime import date, timedelta
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from danvan.core.registry import DeskFigure


def _url(name: str, **params) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return reverse(name) + (f"?{query}" if query else "")


TASK_SOON_DAYS = 7  # "due this week"
TASKS_READ = 2000  # a province's open tasks with a deadline up to next week fit many times over


def tasks_tile(user, unit, today: date) -> list[DeskFigure] | None:
    """Key tasks of the unit's subtree: late now (derived: deadline passed without done) and due this week."""
    from danvan.directives.choices import TaskStatus
    from danvan.directives.selectors.tasks import progress_of, task_queryset

    soon = today + timedelta(days=TASK_SOON_DAYS)
    # Only tasks whose deadline is before next week can be late or due soon; their progress is derived fresh.
    # Only the columns the derived progress reads (no joined unit, directive, parent: a province's hundreds).
    tasks = list(task_queryset(user, unit=unit).filter(deadline__lte=soon).select_related(None)
                 .prefetch_related(None).only("pk", "status", "percent", "deadline")
                 .order_by("deadline", "id")[:TASKS_READ])
    progress = progress_of(tasks, today)
    late = sum(1 for t in tasks if progress[t.pk].late)
    due = sum(1 for t in tasks if not progress[t.pk].late and progress[t.pk].status != TaskStatus.DONE
              and t.deadline >= today)
    return [DeskFigure(_("Nhiệm vụ trọng tâm quá hạn"), late,
                       _url("directives:task_list", status=TaskStatus.LATE, unit=unit.pk), alert=late > 0),
            DeskFigure(_("Đến hạn trong 7 ngày"), due, _url("directives:task_list", unit=unit.pk))]
