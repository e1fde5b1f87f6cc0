"""The key tasks' tile of the leaders' desk (registered in registrations.py)."""

from datetime import date

from django.utils.translation import gettext_lazy as _

from danvan.core.forms import DUE_SOON_DAYS
from danvan.core.registry import DeskFigure, list_url


def tasks_tile(user, unit, today: date) -> list[DeskFigure]:
    """Key tasks of the unit's subtree: late now (deadline passed without done, or reported late) and due this
    week; exact counts in one query, each linked to the list filtered the same way."""
    from danvan.directives.choices import TaskStatus
    from danvan.directives.selectors.tasks import task_counts

    counts = task_counts(user, unit, today, DUE_SOON_DAYS)
    return [DeskFigure(_("Nhiệm vụ trọng tâm quá hạn"), counts["late"],
                       list_url("directives:task_list", status=TaskStatus.LATE, unit=unit.pk), alert=counts["late"] > 0),
            DeskFigure(_("Đến hạn trong 7 ngày"), counts["due"],
                       list_url("directives:task_list", due=DUE_SOON_DAYS, unit=unit.pk))]
