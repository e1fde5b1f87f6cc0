"""What a statistics route is asked about: one unit or one area (never both) and a period, the year by default."""

from django.utils import timezone
from ninja.errors import HttpError

from danvan.org.choices import Era
from danvan.org.selectors import get_area, get_unit
from danvan.reporting.selectors import parse_period_or_400


def stats_target(user, *, unit: int | None, area: str | None, period: str | None):
    """(period, unit, area) read through the user's scope: 400 for both a unit and an area or a bad period, 404 for
    a unit or an area the user may not read."""
    if unit is not None and area:
        raise HttpError(400, "Chỉ dùng một trong hai tham số unit hoặc area.")
    parsed = parse_period_or_400(period or str(timezone.localdate().year))
    return (parsed, get_unit(user, unit) if unit is not None else None,
            get_area(user, Era.CURRENT, area) if area else None)


def stats_out(period, figures: dict) -> dict:
    return {"period": period.code, "start": period.start, "end": period.end, **figures}
