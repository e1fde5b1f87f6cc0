"""Recomputing the roll-up tables by hand (they are kept up to date by every approval; this is for repairs)."""

from django.core.exceptions import PermissionDenied

from danvan.core.audit import record_event, service
from danvan.reporting import rollup


@service
def rebuild_rollup(actor, *, form=None) -> int:
    """Recompute every unit-period value and cell from the approved reports (one form, or all): an
    administrator's repair after data was changed outside the services. Returns the rows written."""
    if actor is not None and not actor.is_superuser:
        raise PermissionDenied("Chỉ quản trị hệ thống mới tính lại được bảng tổng hợp.")
    rows = rollup.rebuild(form)
    record_event(actor, "reporting.rollup.rebuild", object_type="reporting.rollupcell",
                 object_repr=form.code if form is not None else "mọi biểu mẫu",
                 after={"form": form.code if form is not None else None, "unit_periods": rows})
    return rows
