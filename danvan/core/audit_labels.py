"""What the audit browser shows staff: action codes in words, and before/after as a table of changed fields.

Every code a `record_event` call writes has a label: each app registers its own from its
`registrations.py` (`core.registry.audit_labels`), core's own are in `ACTION_LABELS` below
(`tests/test_audit_labels.py` scans the source and fails on a code without one). Field names and choice values come from the
object's model, found by name in the app registry, so core still imports no other danvan app.
"""

import json
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from danvan.core.text import format_date

ACTION_LABELS = {
    # core's own; every other app registers its labels from its registrations.py (core.registry)
    "core.notification.read_all": _("Đánh dấu đã đọc mọi thông báo"),
    "core.attachment.add": _("Đính kèm tệp"),
    "core.attachment.remove": _("Gỡ tệp đính kèm"),
}

# Keys of before/after that are not model fields, or fields left with Django's English default name.
FIELD_LABELS = {
    "approved": _("báo cáo đã duyệt"),
    "approved_by": _("người duyệt"),
    "channel": _("kênh"),  # a sign-in: the page, the API, the admin
    "count": _("số lượng"),
    "created": _("số mới tạo"),
    "created_by": _("người tạo"),
    "created_units": _("tổ chức có báo cáo mới"),
    "errors": _("lỗi"),
    "existing": _("số đã có"),
    "form": _("biểu mẫu"),
    "imported": _("số báo cáo đã nhập"),
    "indicator": _("chỉ tiêu"),
    "ip": _("địa chỉ IP"),
    "line_path": _("vị trí trong đường báo cáo"),
    "lineage_created": _("liên kết sáp nhập mới"),
    "lineage_removed": _("liên kết sáp nhập bỏ đi"),
    "name_folded": _("tên không dấu"),
    "note": _("ghi chú"),
    "order": _("thứ tự"),
    "path": _("vị trí trong danh mục"),
    "period": _("kỳ báo cáo"),
    "reason": _("lý do"),
    "rows": _("số dòng"),
    "sections": _("nội dung các mục"),
    "sent": _("số lời nhắc đã gửi"),
    "steps": _("mốc nhắc"),
    "unchanged": _("số không đổi"),
    "units": _("tổ chức"),
    "updated": _("số đã cập nhật"),
    "updated_units": _("tổ chức có báo cáo được cập nhật"),
    "user": _("người dùng"),
    "values": _("số liệu"),
}

EMPTY = "—"


def action_label(code: str) -> str:
    """The action in words ("Duyệt báo cáo"); a code without a label shows as itself."""
    from danvan.core import registry

    label = ACTION_LABELS.get(code) or registry.audit_labels.label(code)
    return str(label if label is not None else code)


def labelled_codes() -> set[str]:
    """Every action code with a label: core's own list and those apps registered (core.registry)."""
    from danvan.core import registry

    return set(ACTION_LABELS) | {entry.key for entry in registry.audit_labels}


def action_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The labelled actions grouped under their app's name, for the filter select: [(app, [(code, label)])]."""
    from danvan.core import registry

    labels = {**{entry.key: entry.label for entry in registry.audit_labels}, **ACTION_LABELS}
    groups: dict[str, list[tuple[str, str]]] = {}
    for code in sorted(labels):
        groups.setdefault(code.split(".", 1)[0], []).append((code, str(labels[code])))
    return [(_app_name(app_label), choices) for app_label, choices in groups.items()]


def object_type_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The project's models by their audit type and name, grouped under their app's name, for the filter select
    (the trail also names non-model types, "reporting.reminder" say; a link may still carry those)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for model in apps.get_models():
        if not (model.__module__.startswith("danvan.") or model._meta.label_lower == "auth.group"):
            continue
        code = getattr(model, "audit_type", None) or model._meta.label_lower  # as core.audit.audit_type names it
        groups.setdefault(code.split(".", 1)[0], []).append((code, str(capfirst(model._meta.verbose_name))))
    return [(_app_name(app_label), sorted(set(choices), key=lambda c: c[1])) for app_label, choices
            in sorted(groups.items())]


@dataclass(frozen=True)
class ChangedField:
    """One row of the changes table, already in words."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class Changes:
    """Rows of changed fields when before/after are objects; otherwise the two as pretty JSON."""

    rows: tuple[ChangedField, ...] = ()
    before_json: str = ""
    after_json: str = ""


def describe_changes(object_type: str, before, after) -> Changes:
    """What an event changed, field by field, with Vietnamese field names and choice labels.

    A missing side (an object created or deleted) counts as empty; nested objects (a report's
    values, its sections) give one row per changed entry.
    """
    if not isinstance(before or {}, dict) or not isinstance(after or {}, dict):
        return Changes(before_json=_pretty_json(before), after_json=_pretty_json(after))
    model = event_model(object_type)
    rows = []
    for key, old, new in _changed(before or {}, after or {}):
        model_field = event_field(model, key)
        label = _field_label(model_field, key)
        if isinstance(old or {}, dict) and isinstance(new or {}, dict) and (old or new):
            rows += [ChangedField(f"{label} › {sub}", _value(None, o), _value(None, n))
                     for sub, o, n in _changed(old or {}, new or {})]
        else:
            rows.append(ChangedField(label, _value(model_field, old), _value(model_field, new)))
    return Changes(rows=tuple(rows))


def _changed(before: dict, after: dict):
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        if old != new and not (_is_empty(old) and _is_empty(new)):
            yield str(key), old, new


def _is_empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _app_name(app_label: str) -> str:
    try:
        return str(apps.get_app_config(app_label).verbose_name)
    except LookupError:
        return app_label


def event_model(object_type: str):
    """The model an event's object type names: by its label, or by the `audit_type` a moved model kept."""
    try:
        return apps.get_model(object_type)
    except (LookupError, ValueError):  # not a model ("reporting.reminder") or not "app.model"
        return next((m for m in apps.get_models() if getattr(m, "audit_type", None) == object_type), None)


def event_field(model, key: str):
    if model is None:
        return None
    try:
        found = model._meta.get_field(key)  # also finds a foreign key by its column name ("unit_id")
    except FieldDoesNotExist:
        return None
    return found if found.concrete else None


def _field_label(model_field, key: str) -> str:
    if model_field is not None and model_field.verbose_name != model_field.name.replace("_", " "):
        return capfirst(str(model_field.verbose_name))
    label = FIELD_LABELS.get(model_field.name if model_field is not None else key)
    return capfirst(str(label)) if label is not None else key


def _value(model_field, value) -> str:
    if _is_empty(value):
        return EMPTY
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if model_field is not None and model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, str):
        return _time(value) or value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _time(text: str) -> str:
    """An ISO date or time as written in Vietnamese (local time), or "" when the text is not one."""
    if len(text) < 10 or not text[:4].isdigit() or text[4] != "-":
        return ""
    try:
        if len(text) == 10:
            day = parse_date(text)
            return format_date(day) if day is not None else ""
        moment = parse_datetime(text)
    except ValueError:
        return ""
    if moment is None:
        return ""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return f"{format_date(moment)} {moment:%H:%M}"


def _pretty_json(value) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, indent=2)
