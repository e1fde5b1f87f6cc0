"""Services and their audit events.

A service is a function that changes data. Decorate it with `@service`: it then runs in one
transaction and must record at least one audit event (or declare `mark_unchanged()` when it found
nothing to change), or the transaction is rolled back with an error. Notifications are scheduled
with `transaction.on_commit` inside services only.
"""

import functools
from contextlib import suppress
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db import models, transaction

from danvan.core.context import request_id_var

SERVICES: list = []
_active: ContextVar[tuple[list, ...]] = ContextVar("danvan_active_services", default=())


class ConflictError(Exception):
    """A stale edit: the object changed since the version the editor saw."""

    def __init__(self, message: str = "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và sửa lại."):
        super().__init__(message)
        self.message = message


def service(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        counter: list = []
        token = _active.set((*_active.get(), counter))
        try:
            with transaction.atomic():
                result = func(*args, **kwargs)
                if not counter:
                    raise ImproperlyConfigured(f"Service {func.__module__}.{func.__qualname__} recorded no audit event.")
        finally:
            _active.reset(token)
        return result

    wrapper.is_service = True
    SERVICES.append(wrapper)
    return wrapper


def mark_unchanged() -> None:
    """Tell the running service it found nothing to change (an idempotent re-run), so no event is due."""
    for counter in _active.get():
        counter.append(None)


def _jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    return value


def audit_type(model: type[models.Model] | models.Model) -> str:
    """The object type a model's audit events carry: its `audit_type` when it declares one (a model that moved
    to another app keeps its trail's name), else its label ("org.unit")."""
    return getattr(model, "audit_type", None) or model._meta.label_lower


# What a masked field's value becomes in the trail (an empty value stays empty: "was it filled in" is kept).
MASK = "***"


def _keys(model: type[models.Model], names) -> frozenset[str]:
    """The field names given and their column names ("petitioner" → also "petitioner_id")."""
    keys = set(names)
    for name in names:
        with suppress(FieldDoesNotExist):  # a declared name that is not a field: the key itself is enough
            keys.add(model._meta.get_field(name).attname)
    return frozenset(keys)


def redact(model: type[models.Model], data):
    """`data` (a before/after dict) without the model's `audit_exclude` keys and with its `audit_mask` ones
    masked. A model declares them for personal data that must never reach the trail:
    `audit_exclude = ("password",)`, `audit_mask = ("confidential_source", "petitioner_phone")`."""
    exclude, mask = getattr(model, "audit_exclude", ()), getattr(model, "audit_mask", ())
    if not isinstance(data, dict) or not (exclude or mask):
        return data
    excluded, masked = _keys(model, exclude), _keys(model, mask)
    return {key: (MASK if key in masked and value not in (None, "") else value)
            for key, value in data.items() if key not in excluded}


def snapshot(obj: models.Model, fields: list[str] | None = None) -> dict:
    """The concrete field values of a row (all, or the `fields` named), JSON-ready, for `before`/`after`;
    without the fields the model excludes from its audit trail and with those it masks ("***")."""
    data = {}
    for field in obj._meta.concrete_fields:
        if fields is not None and field.name not in fields:
            continue
        data[field.attname] = _jsonable(getattr(obj, field.attname))
    return redact(type(obj), data)


def record_event(actor, action: str, obj=None, *, before=None, after=None, object_type: str = "",
                 object_id: str = "", object_repr: str = "", scope_path: str = ""):
    """Write one audit event in the current transaction."""
    from danvan.core.models import AuditEvent

    if not _active.get():
        raise ImproperlyConfigured("record_event must be called inside a @service function.")
    if obj is not None:
        # A dict built by hand obeys the model's audit_exclude/audit_mask as a snapshot does.
        before, after = redact(type(obj), before), redact(type(obj), after)
        object_type = object_type or audit_type(obj)
        object_id = object_id or str(obj.pk)
        object_repr = object_repr or str(obj)[:300]
        scope_path = scope_path or getattr(obj, "audit_scope_path", "")
    event = AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_username=getattr(actor, "username", "") or "",
        action=action,
        object_type=object_type,
        object_id=object_id,
        object_repr=object_repr[:300],
        before=_jsonable(before),
        after=_jsonable(after),
        request_id=request_id_var.get(),
        scope_path=scope_path,
    )
    for counter in _active.get():
        counter.append(event)
    return event


def record_events(actor, action: str, objs_after) -> list:
    """Write one audit event per (object, after) pair in one INSERT per 500 (a service that wrote its rows
    with `bulk_create`: the Excel imports); each event is the one `record_event` would write for the same
    actor, action, object and `after`."""
    from danvan.core.models import AuditEvent

    if not _active.get():
        raise ImproperlyConfigured("record_events must be called inside a @service function.")
    who = actor if getattr(actor, "pk", None) else None
    username, request_id = getattr(actor, "username", "") or "", request_id_var.get()
    events = [AuditEvent(actor=who, actor_username=username, action=action, object_type=audit_type(obj),
                         object_id=str(obj.pk), object_repr=str(obj)[:300], before=None,
                         after=_jsonable(redact(type(obj), after)), request_id=request_id,
                         scope_path=getattr(obj, "audit_scope_path", "")) for obj, after in objs_after]
    AuditEvent.objects.bulk_create(events, batch_size=500)
    for counter in _active.get():
        counter.extend(events)
    return events


def check_version(obj: models.Model, expected_version: int | None) -> None:
    """Refuse a stale edit: the caller must send the version it last saw."""
    if expected_version is None or int(expected_version) != obj.version:
        raise ConflictError()
