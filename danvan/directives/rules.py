"""The rules of the directives app, in one place: who may write, which units must implement a document, how a
task's progress and lateness are derived. Services, selectors, templates and the API import these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce

from danvan.core.permissions import PATH_END, Action, scope_for
from danvan.directives.choices import TaskStatus


def may_report(actor, unit) -> bool:
    """Record a unit's documents, tasks, progress and activities: a reporter of the unit or above."""
    return actor is None or actor.is_superuser or actor.scope_for(Action.REPORT).covers(unit.line_path)


def _ancestors(path: str) -> list[str]:
    parts = [p for p in path.strip("/").split("/") if p]
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts))]


def readable_directives_q(user) -> Q | None:
    """Directives flow down: a user reads those of the units in scope and of the units above them (the plan a
    commune implements is the province's). None: the user reads nothing."""
    scope = scope_for(user, Action.VIEW)
    if scope.is_empty:
        return None
    if scope.everything:
        return Q()
    q = Q()
    for prefix in scope.prefixes:
        q |= Q(line_path__gte=prefix, line_path__lt=prefix + PATH_END) | Q(line_path__in=_ancestors(prefix))
    return q


def expected_implementers(directive, children_of) -> list:
    """The units expected to issue their own document for `directive`: for a central document recorded by a
    unit, that unit; for a unit's own document, the open units directly below it. `children_of(unit)` lists
    a unit's open children (a selector, so this module stays free of queries)."""
    if directive.external_issuer:
        return [directive.unit]
    return list(children_of(directive.unit))


@dataclass(frozen=True)
class Progress:
    status: str  # not_started, in_progress, done (late is a separate flag and also given as status by `shown`)
    percent: int
    late: bool

    @property
    def shown(self) -> str:
        return TaskStatus.LATE if self.late else self.status


def is_late(deadline: date, status: str, today: date) -> bool:
    """Late: the deadline passed without the task being done (or it was reported late)."""
    return status != TaskStatus.DONE and (status == TaskStatus.LATE or deadline < today)


def own_progress(task, today: date) -> Progress:
    status = TaskStatus.IN_PROGRESS if task.status == TaskStatus.LATE else task.status
    percent = 100 if status == TaskStatus.DONE else task.percent
    return Progress(status, percent, is_late(task.deadline, task.status, today))


def derived_progress(task, children: list[Progress], today: date) -> Progress:
    """A leaf keeps its latest report; a parent is done when all its children are, else the average of their
    percents (rounded), in progress as soon as one child moved."""
    if not children:
        return own_progress(task, today)
    if all(c.status == TaskStatus.DONE for c in children):
        return Progress(TaskStatus.DONE, 100, False)
    percent = round(sum(c.percent for c in children) / len(children))
    moved = percent > 0 or any(c.status != TaskStatus.NOT_STARTED for c in children)
    status = TaskStatus.IN_PROGRESS if moved else TaskStatus.NOT_STARTED
    return Progress(status, percent, is_late(task.deadline, status, today))


def rolled_status(children: set[str]) -> str:
    """A parent's status from its children's derived statuses (the SQL twin of `derived_progress`): done when all
    are done, not started while none moved (a child not started has 0 %), else in progress."""
    if children == {TaskStatus.DONE}:
        return TaskStatus.DONE
    if children <= {TaskStatus.NOT_STARTED}:
        return TaskStatus.NOT_STARTED
    return TaskStatus.IN_PROGRESS


# The derived status and lateness in SQL, for filters and counts over any number of tasks. A task without
# children (`rolled_status` empty) is its latest report, "reported late" being in progress and late; a parent is
# its rolled-up status, its own old report ignored, as in `derived_progress`.
_LEAF = Q(rolled_status__isnull=True)
DONE_Q = Q(rolled_status=TaskStatus.DONE) | (_LEAF & Q(status=TaskStatus.DONE))
REPORTED_LATE_Q = _LEAF & Q(status=TaskStatus.LATE)


def derived_status_sql():
    """The derived status (not_started, in_progress, done) of each row, as an expression."""
    return Coalesce(F("rolled_status"), Case(When(status=TaskStatus.LATE, then=Value(TaskStatus.IN_PROGRESS)),
                                             default=F("status")))


def late_q(today: date) -> Q:
    """Late (the `is_late` of the derived status): not done, and the deadline passed or reported late."""
    return ~DONE_Q & (Q(deadline__lt=today) | REPORTED_LATE_Q)


def due_within_q(today: date, days: int) -> Q:
    """Not done, not late, and the deadline within `days` days from today (today included)."""
    return ~DONE_Q & ~REPORTED_LATE_Q & Q(deadline__gte=today, deadline__lte=today + timedelta(days=days))


def shown_status_q(status: str, today: date) -> Q:
    """Tasks whose shown status (`Progress.shown`: late first) is `status`."""
    if status == TaskStatus.LATE:
        return late_q(today)
    if status == TaskStatus.DONE:
        return DONE_Q
    moved = Q(rolled_status=status) | (_LEAF & Q(status=status))
    return moved & ~late_q(today)
