"""Generic writes for catalogue rows edited in the admin (each still leaves an audit event)."""

from danvan.core.audit import record_event, service, snapshot


@service
def save_catalogue_entry(actor, obj, *, created: bool):
    before = None
    if not created:
        before = snapshot(type(obj)._base_manager.get(pk=obj.pk))
    obj.save()
    record_event(actor, f"{obj._meta.label_lower}.{'create' if created else 'update'}", obj, before=before,
                 after=snapshot(obj))
    return obj


@service
def delete_catalogue_entry(actor, obj) -> None:
    record_event(actor, f"{obj._meta.label_lower}.delete", obj, before=snapshot(obj))
    obj.delete()
