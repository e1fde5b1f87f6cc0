"""Generic writes of core: catalogue rows edited in the admin, a user's notification inbox, attachments."""

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from danvan.core.audit import audit_type, mark_unchanged, record_event, service, snapshot
from danvan.core.models import Attachment, Notification


@service
def save_catalogue_entry(actor, obj, *, created: bool):
    before = None
    if not created:
        before = snapshot(type(obj)._base_manager.get(pk=obj.pk))
    obj.save()
    record_event(actor, f"{audit_type(obj)}.{'create' if created else 'update'}", obj, before=before,
                 after=snapshot(obj))
    return obj


@service
def delete_catalogue_entry(actor, obj) -> None:
    record_event(actor, f"{audit_type(obj)}.delete", obj, before=snapshot(obj))
    obj.delete()


@service
def mark_notifications_read(actor) -> int:
    """Mark every unread notice of the actor as read; returns how many changed."""
    now = timezone.now()
    count = Notification.objects.filter(user=actor, read_at__isnull=True).update(read_at=now)
    if not count:
        mark_unchanged()
        return 0
    record_event(actor, "core.notification.read_all", object_type="core.notification",
                 object_id=str(actor.pk), object_repr=f"{count} thông báo của {actor.username}",
                 after={"count": count, "read_at": now})
    return count


@service
def attach_file(actor, owner, uploaded_file, *, title: str = "", action: str = "report"):
    """Attach an uploaded file to a unit-owned record the actor may write (`action` over its unit).

    The file is checked (allowed type by extension and content, the upload limits) and a photo cleaned
    (upright, scaled down, metadata removed) before anything is written; audited as core.attachment.add.
    """
    from django.core.files.base import ContentFile

    from danvan.core.attachments import prepare
    from danvan.core.uploads import read_uploaded

    _check_owner(actor, owner, action)
    title = " ".join(str(title or "").split())[:200]
    prepared = prepare(read_uploaded(uploaded_file), getattr(uploaded_file, "name", "") or "")
    attachment = Attachment(
        owner_type=owner._meta.label_lower, owner_id=str(owner.pk), unit_id=owner.unit_id,
        line_path=owner.unit.line_path, filename=prepared.filename, title=title, kind=prepared.kind,
        content_type=prepared.content_type, size=len(prepared.data),
        uploaded_by=actor if getattr(actor, "pk", None) else None,
    )
    attachment.file.save(f"tep{prepared.extension}", ContentFile(prepared.data), save=False)
    try:
        attachment.save()
        record_event(actor, "core.attachment.add", attachment, after={
            "owner": f"{attachment.owner_type}:{attachment.owner_id}", "filename": attachment.filename,
            "title": title, "kind": attachment.kind, "size": attachment.size})
    except BaseException:
        attachment.file.storage.delete(attachment.file.name)  # no stored file without its row
        raise
    return attachment


@service
def remove_attachment(actor, attachment, *, action: str = "report") -> None:
    """Remove an attachment (its row now, its stored file once the removal commits); audited."""
    owner_model = apps.get_model(attachment.owner_type)
    owner = owner_model.objects.for_user(actor, action).filter(pk=attachment.owner_id).first()
    if owner is None:
        raise PermissionDenied("Bạn không có quyền gỡ tệp đính kèm này.")
    storage, name = attachment.file.storage, attachment.file.name
    record_event(actor, "core.attachment.remove", attachment, before={
        "owner": f"{attachment.owner_type}:{attachment.owner_id}", "filename": attachment.filename,
        "title": attachment.title, "size": attachment.size})
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(name))


def _check_owner(actor, owner, action: str) -> None:
    if getattr(owner, "pk", None) is None or not getattr(owner, "unit_id", None):
        raise ValidationError("Chỉ đính kèm được vào một hồ sơ đã lưu của một tổ chức.")
    if not type(owner).objects.for_user(actor, action).filter(pk=owner.pk).exists():
        raise PermissionDenied("Bạn không có quyền đính kèm tệp vào hồ sơ này.")

