"""/api/v1/petitions/{id}/attachments and /files/{file_id}: attach a file to a petition, remove one. A
denunciation's files are removed only by those who may read them (its handling unit's reviewers and handlers);
to everyone else they do not exist (404)."""

from django.http import Http404
from ninja import File, Form, Router, UploadedFile

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id
from danvan.api.petitions.schemas import ERRORS, PetitionOut, _fresh, _target
from danvan.petitions import selectors, services

router = Router()


@router.post("/petitions/{petition_id}/attachments", response={201: PetitionOut, **ERRORS},
             summary="Đính kèm tệp vào đơn (multipart: file, title)")
def attach(request: AuthedRequest, petition_id: Id, file: File[UploadedFile], title: Form[str] = ""):
    petition = _target(request, petition_id)
    services.attach_petition_file(request.auth, petition, file, title=title)
    return _fresh(request, petition, 201)


@router.delete("/petitions/{petition_id}/files/{file_id}", response={200: PetitionOut, **ERRORS},
               summary="Gỡ tệp đính kèm khỏi đơn (không được khi đơn đã kết thúc)")
def remove_file(request: AuthedRequest, petition_id: Id, file_id: Id):
    petition, attachment = selectors.petition_file(request.auth, file_id)  # Http404 to those who may not read it
    if petition.pk != petition_id:
        raise Http404
    return _fresh(request, services.remove_petition_file(request.auth, attachment))
