"""/api/v1/petitions/status/{code}: the one petition route without login — rate-limited, the same 404 for a
wrong code or phone, the status and the dates of the steps only, nothing personal."""

import hashlib
from datetime import date

from ninja import Router, Schema
from ninja.errors import HttpError

from danvan.api.schemas import ErrorOut
from danvan.petitions import selectors, services

router = Router()
LOOKUPS_PER_10_MINUTES = 20
NOT_FOUND = "Không tìm thấy đơn với mã và số điện thoại này."


class StepOut(Schema):
    kind: str
    label: str
    on: date


class StatusOut(Schema):
    code: str
    status: str
    status_label: str
    kind: str
    received_on: date
    steps: list[StepOut]


@router.get("/petitions/status/{code}", auth=None, response={200: StatusOut, 404: ErrorOut, 429: ErrorOut},
            summary="Tra cứu tình trạng đơn (công khai, không cần đăng nhập)")
def public_status(request, code: str, phone_last4: str = ""):
    client = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:32]
    if services.count_status_lookup(None, client=client) > LOOKUPS_PER_10_MINUTES:
        raise HttpError(429, "Tra cứu quá nhiều lần; vui lòng thử lại sau 10 phút.")
    found = selectors.public_status(code, phone_last4)
    if found is None:
        raise HttpError(404, NOT_FOUND)
    return found
