"""Validation helpers of the petitions services (private: every public function of a services module is a
@service)."""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils import timezone

from danvan.core.timeline import append_event
from danvan.petitions.models import PetitionEvent

MAX_TEXT = 20000
DIGITS = re.compile(r"\D+")


def _text(errors: dict, name: str, value, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        errors.setdefault(name, []).append("Không được để trống.")
    if len(text) > limit:
        errors.setdefault(name, []).append(f"Dài quá {limit} ký tự.")
    return text


def _day(errors: dict, name: str, value, *, not_before: date | None = None, before_label: str = "") -> date | None:
    if value in (None, ""):
        errors.setdefault(name, []).append("Chưa nhập ngày.")
        return None
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value))
        except ValueError:
            errors.setdefault(name, []).append("Ngày không hợp lệ (định dạng YYYY-MM-DD).")
            return None
    if value > timezone.localdate():
        errors.setdefault(name, []).append("Ngày không được ở tương lai.")
    if not_before is not None and value < not_before:
        errors.setdefault(name, []).append(f"Không được trước {before_label} ({not_before:%d/%m/%Y}).")
    return value


def _digits(value) -> str:
    return DIGITS.sub("", str(value or ""))


def _raise(errors: dict) -> None:
    if errors:
        raise ValidationError(errors)


def _event(petition, kind: str, actor, text: str = "", happened_on=None, **data):
    append_event("petition", petition, PetitionEvent, kind=kind, actor=actor if getattr(actor, "pk", None) else None,
                 text=text, happened_on=happened_on, **data)
