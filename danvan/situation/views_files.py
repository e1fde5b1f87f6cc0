"""Files attached to notes and incidents (core.Attachment): the list on each page, attach, remove."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from danvan.core.permissions import Action
from danvan.core.selectors import attachment_for_download, attachments_for
from danvan.core.services import attach_file, remove_attachment
from danvan.situation import rules, selectors
from danvan.situation.forms import AttachForm

OWNERS = {"situation.situationnote": "situation:note_detail", "situation.incident": "situation:incident_detail"}


def files_context(request, owner, attach_url_name: str) -> dict:
    """What `situation/_files.html` shows: the files, and the upload form for those who may attach."""
    may_attach = rules.may_record(request.user, owner.unit)
    return {"attachments": attachments_for(request.user, owner), "may_attach": may_attach,
            "attach_form": AttachForm() if may_attach else None,
            "attach_url": reverse(attach_url_name, args=[owner.pk])}


def _attach(request, owner, detail_name: str):
    form = AttachForm(request.POST, request.FILES)
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, str(err))
    else:
        try:
            attach_file(request.user, owner, form.cleaned_data["file"], title=form.cleaned_data["title"])
        except ValidationError as exc:
            for msg in exc.messages:
                messages.error(request, msg)
        except PermissionDenied as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Đã đính kèm tệp.")
    return redirect(detail_name, owner.pk)


@login_required
@require_POST
def note_attach(request, note_id: int):
    return _attach(request, selectors.get_note(request.user, note_id), "situation:note_detail")


@login_required
@require_POST
def incident_attach(request, incident_id: int):
    return _attach(request, selectors.get_incident(request.user, incident_id, Action.REPORT),
                   "situation:incident_detail")


@login_required
@require_POST
def attachment_remove(request, attachment_id: int):
    attachment = attachment_for_download(request.user, attachment_id)
    if attachment.owner_type not in OWNERS:
        raise Http404
    owner_id = attachment.owner_id
    try:
        remove_attachment(request.user, attachment)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Đã gỡ tệp đính kèm.")
    return redirect(OWNERS[attachment.owner_type], int(owner_id))
