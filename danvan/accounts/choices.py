from django.db import models
from django.utils.translation import gettext_lazy as _

from danvan.core.permissions import Action


class Role(models.TextChoices):
    VIEWER = "viewer", _("Xem")
    REPORTER = "reporter", _("Báo cáo")
    REVIEWER = "reviewer", _("Duyệt")
    UNIT_ADMIN = "unit_admin", _("Quản trị đơn vị")
    # Handles the unit's petitions; with the reviewer it alone may read a denouncer's identity (petitions.rules).
    HANDLER = "handler", _("Xử lý đơn thư")


# What each role may do over its unit and every unit below it in the reporting line.
ROLE_ACTIONS: dict[str, frozenset[Action]] = {
    Role.VIEWER: frozenset({Action.VIEW}),
    Role.REPORTER: frozenset({Action.VIEW, Action.REPORT}),
    Role.REVIEWER: frozenset({Action.VIEW, Action.REPORT, Action.REVIEW}),
    Role.UNIT_ADMIN: frozenset({Action.VIEW, Action.MANAGE}),
    Role.HANDLER: frozenset({Action.VIEW, Action.REPORT}),
}
