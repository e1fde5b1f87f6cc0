"""Writes of the directives app, one module per concept (directives, tasks, activities, feeds).

This package's own module holds only the shared input checks the services run before writing; each public
function of the sub-modules is a @service that validates everything first, writes, and records its audit event.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone

from danvan.org.choices import Era
from danvan.org.models import Area

MAX_TEXT = 20000


def clean_text(errors: dict, name: str, value, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        errors.setdefault(name, []).append("Không được để trống.")
    if len(text) > limit:
        errors.setdefault(name, []).append(f"Dài quá {limit} ký tự.")
    return text


def clean_day(errors: dict, name: str, value, *, required: bool = True, future: bool = False) -> date | None:
    if value in (None, ""):
        if required:
            errors.setdefault(name, []).append("Chưa nhập ngày.")
        return None
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value))
        except ValueError:
            errors.setdefault(name, []).append("Ngày không hợp lệ (định dạng YYYY-MM-DD).")
            return None
    if not future and value > timezone.localdate():
        errors.setdefault(name, []).append("Ngày không được ở tương lai.")
    return value


def clean_area(errors: dict, value, default: Area) -> Area | None:
    """A current-era area given as an Area or a code; the unit's own area when empty."""
    if value in (None, ""):
        return default
    if isinstance(value, Area):
        return value
    found = Area.objects.filter(era=Era.CURRENT, code=str(value)[:20]).first()
    if found is None:
        errors.setdefault("area", []).append(f"Không có địa bàn mã “{value}”.")
    return found


def raise_errors(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def actor_or_none(actor):
    return actor if getattr(actor, "pk", None) else None
