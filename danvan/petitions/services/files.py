"""Files attached to a petition (core.Attachment, through core's attach/remove services): the letter, evidence,
the answer. A denunciation's files are owned by its `ConfidentialPetition` view, so core's listing and download
check let only the handling unit's reviewers and handlers have them (Law on Denunciations 2018); each of their
downloads through the petitions page is audited as a read of the denouncer's identity."""

from django.core.exceptions import PermissionDenied

from danvan.core.audit import ConflictError, record_event, service
from danvan.core.models import Attachment
from danvan.core.services import attach_file, remove_attachment
from danvan.petitions import rules, selectors
from danvan.petitions.choices import EventKind, Status
from danvan.petitions.models import Petition
from danvan.petitions.services._common import _event


@service
def attach_petition_file(actor, petition: Petition, uploaded_file, *, title: str = "") -> Attachment:
    """Attach a file (checked by core: type, size, a photo cleaned) and note it on the timeline — without its
    name for a denunciation, whose timeline everyone in scope reads."""
    if not rules.may_act(actor, petition) and not rules.may_receive(actor, petition.unit):
        raise PermissionDenied("Bạn không có quyền đính kèm tệp vào đơn này.")
    attachment = attach_file(actor, selectors.files_owner(petition), uploaded_file, title=title, action="report")
    shown = "Đính kèm một tệp." if rules.is_confidential(petition) else f"Đính kèm tệp “{attachment.filename}”."
    _event(petition, EventKind.FILE, actor, text=shown, attachment=attachment.pk)
    return attachment


@service
def remove_petition_file(actor, attachment: Attachment) -> Petition:
    """Remove a petition's file (core checks the right over its owner, and audits it); the petition. Only those
    who may read the file — a denunciation's: its handling unit's reviewers and handlers — and take a step or
    receive for the unit; refused (409) once the petition is closed: its file is part of the closed record."""
    found = selectors.petition_of_file(attachment)
    if found is None:
        raise PermissionDenied("Bạn không có quyền gỡ tệp đính kèm này.")
    petition = Petition.objects.select_for_update(of=("self",)).select_related("unit").get(pk=found.pk)
    if not (rules.may_act(actor, petition) or rules.may_receive(actor, petition.unit)) or (
            rules.is_confidential(petition) and not rules.may_read_identity(actor, petition)):
        raise PermissionDenied("Bạn không có quyền gỡ tệp đính kèm này.")
    if petition.status == Status.CLOSED:
        raise ConflictError("Đơn đã kết thúc: không gỡ được tệp đính kèm (vẫn có thể đính kèm thêm hoặc ghi chú).")
    shown = "Gỡ một tệp." if rules.is_confidential(petition) else f"Gỡ tệp “{attachment.filename}”."
    remove_attachment(actor, attachment, action="report")
    _event(petition, EventKind.FILE, actor, text=shown)
    return petition


@service
def read_confidential_file(actor, petition: Petition, attachment: Attachment) -> Attachment:
    """Audit the download of a denunciation's file (it may carry the denouncer's identity)."""
    record_event(actor, "petitions.identity.read", petition, after={"channel": "file", "attachment": attachment.pk})
    return attachment


def _move_files(petition: Petition) -> None:
    """The petition's files follow it to the unit it is forwarded to (scoped by the owner's unit, as core says);
    called inside the forwarding service."""
    Attachment.objects.unscoped().filter(owner_type__in=selectors.FILE_OWNER_TYPES, owner_id=str(petition.pk)).update(
        unit=petition.unit, line_path=petition.line_path)
