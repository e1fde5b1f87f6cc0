"""Citizen reception sessions (buổi tiếp công dân)."""

from django.core.exceptions import PermissionDenied

from danvan.core.audit import record_event, service, snapshot
from danvan.petitions import rules
from danvan.petitions.choices import ReceptionKind
from danvan.petitions.models import ReceptionSession
from danvan.petitions.services._common import _day, _raise, _text


@service
def record_reception(actor, *, unit, held_on, host_name: str, host_position: str, kind: str = ReceptionKind.REGULAR,
                     citizens_count: int = 0, note: str = "") -> ReceptionSession:
    """Record a reception session held by `unit`; petitions received at it are created from it."""
    if not rules.may_receive(actor, unit):
        raise PermissionDenied("Bạn không có quyền ghi buổi tiếp công dân cho tổ chức này.")
    errors: dict = {}
    day = _day(errors, "held_on", held_on)
    host_name = _text(errors, "host_name", host_name, required=True, limit=150)
    host_position = _text(errors, "host_position", host_position, required=True, limit=150)
    note = _text(errors, "note", note)
    if kind not in ReceptionKind.values:
        errors.setdefault("kind", []).append(f"Hình thức “{kind}” không có (chọn: {', '.join(ReceptionKind.values)}).")
    if not isinstance(citizens_count, int) or not 0 <= citizens_count <= 100_000:
        errors.setdefault("citizens_count", []).append("Số lượt công dân từ 0 đến 100.000.")
    if unit.closed_on is not None:
        errors.setdefault("unit", []).append(f"{unit.name} đã giải thể.")
    _raise(errors)
    session = ReceptionSession.objects.create(
        unit=unit, line_path=unit.line_path, held_on=day, host_name=host_name, host_position=host_position,
        kind=kind, citizens_count=citizens_count, note=note, created_by=actor if getattr(actor, "pk", None) else None)
    record_event(actor, "petitions.reception.create", session, after=snapshot(session))
    return session
