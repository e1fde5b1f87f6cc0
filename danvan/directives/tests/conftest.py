"""Factories of the directives tests: records are built through the services, as users would."""

from datetime import date

from danvan.directives.services import activities, directives, tasks


def directive(actor, unit, *, type="KH", number="45", symbol="KH/TU", issued_on=date(2026, 1, 10),
              subject="Thực hiện Nghị quyết số 25-NQ/TW", **kwargs):
    return directives.record_directive(actor, unit=unit, type=type, number=number, symbol=symbol,
                                       issued_on=issued_on, subject=subject, **kwargs)


def task(actor, unit, *, title="Tổ chức đối thoại với nhân dân", period="2026-H1", deadline=date(2026, 6, 30),
         lead_units=None, **kwargs):
    return tasks.create_task(actor, unit=unit, period=period, title=title, deadline=deadline,
                             lead_units=lead_units or [unit], **kwargs)


def activity(actor, unit, *, kind="dialogue", title="Hội nghị đối thoại với nhân dân", starts_on=date(2026, 3, 1),
             **kwargs):
    return activities.record_activity(actor, unit=unit, kind=kind, title=title, starts_on=starts_on, **kwargs)
