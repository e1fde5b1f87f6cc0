"""/api/v1/petitions/{id}/attachments and /files/{file_id}: attach a file to a petition, remove one."""

from ninja import File, Form, Router, UploadedFile

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id
from danvan.api.petitions.schemas import ERRORS, PetitionOut, _fresh, _target
from danvan.petitions import services

router = Router()


@router.post("/petitions/{petition_id}/attachments", response={201: PetitionOut, **ERRORS},
             summary="Đính kèm tệp vào đơn (multipart: file, title)")
def attach(request: AuthedRequest, petition_id: Id, file: File[UploadedFile], title: Form[str] = ""):
    petition = _target(request, petition_id)
    services.attach_petition_file(request.auth, petition, file, title=title)
    return _fresh(request, petition, 201)
