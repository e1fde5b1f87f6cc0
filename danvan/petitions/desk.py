"""The petitions' tile of the leaders' desk (registered in registrations.py)."""

from datetime import date

from django.utils.translation import gettext_lazy as _

from danvan.core.forms import DUE_SOON_DAYS
from danvan.core.registry import DeskFigure, list_url


def petitions_tile(user, unit, today: date) -> list[DeskFigure] | None:
    """Petitions of the unit's subtree past the deadline of the step they wait for, and due within a week."""
    from danvan.petitions.selectors.petitions import petition_list

    overdue = petition_list(user, unit=unit, overdue=True, today=today).count()
    due = petition_list(user, unit=unit, due_within=DUE_SOON_DAYS, today=today).count()
    return [DeskFigure(_("Đơn thư quá hạn giải quyết"), overdue,
                       list_url("petitions:petition_list", overdue="on", unit=unit.pk), alert=overdue > 0),
            DeskFigure(_("Đến hạn trong 7 ngày"), due, list_url("petitions:petition_list", due=DUE_SOON_DAYS, unit=unit.pk))]
