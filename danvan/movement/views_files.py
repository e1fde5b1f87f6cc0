"""Photos and documents attached to a model (core.Attachment: allowed types, size limits, photos scaled
down and stripped of their metadata by core.services.attach_file): attach, remove."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from danvan.core.forms import AttachmentField
from danvan.core.permissions import Action
from danvan.core.selectors import attachment_for_download, attachments_for
from danvan.core.services import attach_file, remove_attachment
from danvan.movement import rules, selectors

OWNER_TYPE = "movement.movementmodel"


class AttachForm(forms.Form):
    file = AttachmentField(label="Ảnh, tệp", required=True)
    title = forms.CharField(label="Tiêu đề", max_length=200, required=False)


def files_context(request, model) -> dict:
    may_attach = rules.may_report(request.user, model.unit)
    return {"attachments": attachments_for(request.user, model), "may_attach": may_attach,
            "attach_form": AttachForm() if may_attach else None,
            "attach_url": reverse("movement:model_attach", args=[model.pk])}


@login_required
@require_POST
def model_attach(request, model_id: int):
    model = selectors.get_model(request.user, model_id, Action.REPORT)
    form = AttachForm(request.POST, request.FILES)
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, str(err))
    else:
        try:
            attach_file(request.user, model, form.cleaned_data["file"], title=form.cleaned_data["title"])
        except (ValidationError, PermissionDenied) as exc:
            for msg in (exc.messages if isinstance(exc, ValidationError) else [str(exc)]):
                messages.error(request, msg)
        else:
            messages.success(request, "Đã đính kèm tệp.")
    return redirect(model.get_absolute_url())


@login_required
@require_POST
def attachment_remove(request, attachment_id: int):
    attachment = attachment_for_download(request.user, attachment_id)
    if attachment.owner_type != OWNER_TYPE:
        raise Http404
    owner_id = int(attachment.owner_id)
    try:
        remove_attachment(request.user, attachment)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Đã gỡ tệp đính kèm.")
    return redirect("movement:model_detail", owner_id)
