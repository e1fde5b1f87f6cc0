"""/api/v1/petitions/{id}/<step>: the steps of the lifecycle and notes on the timeline. A step the lifecycle
refuses answers 409 with the reason."""

from datetime import date

from ninja import Router, Schema
from ninja.errors import HttpError

from danvan.api.auth import AuthedRequest
from danvan.api.params import Id, PositiveInt
from danvan.api.petitions.schemas import ERRORS, PetitionOut, _fresh, _target
from danvan.petitions import selectors, services

router = Router()


class AcceptIn(Schema):
    accepted_on: date
    complex: bool | None = None
    note: str = ""
    resolution_days: PositiveInt | None = None


class RejectIn(Schema):
    reason: str
    rejected_on: date | None = None


class ForwardIn(Schema):
    to_unit: Id | None = None
    to_body: str = ""
    note: str = ""
    forwarded_on: date | None = None


class ReasonIn(Schema):
    reason: str


class AnswerIn(Schema):
    answered_on: date
    result: str
    document: str = ""
    decision_number: str = ""
    decision_date: date | None = None


class CloseIn(Schema):
    note: str = ""


class AppealIn(Schema):
    received_on: date
    to_unit: Id | None = None
    to_body: str = ""
    note: str = ""


class NoteIn(Schema):
    text: str
    document: str = ""


@router.post("/petitions/{petition_id}/accept", response={200: PetitionOut, **ERRORS}, summary="Thụ lý")
def accept(request: AuthedRequest, petition_id: Id, payload: AcceptIn):
    p = services.accept_petition(request.auth, _target(request, petition_id), accepted_on=payload.accepted_on,
                                 complex_=payload.complex, note=payload.note, resolution_days=payload.resolution_days)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/reject", response={200: PetitionOut, **ERRORS}, summary="Không thụ lý")
def reject(request: AuthedRequest, petition_id: Id, payload: RejectIn):
    p = services.reject_petition(request.auth, _target(request, petition_id), reason=payload.reason,
                                 rejected_on=payload.rejected_on)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/forward", response={200: PetitionOut, **ERRORS}, summary="Chuyển đơn")
def forward(request: AuthedRequest, petition_id: Id, payload: ForwardIn):
    petition = _target(request, petition_id)
    to_unit = None
    if payload.to_unit is not None:
        to_unit = selectors.forward_target(payload.to_unit)
        if to_unit is None:
            raise HttpError(400, "Không có đơn vị nhận này (hoặc đơn vị đã giải thể).")
    p = services.forward_petition(request.auth, petition, to_unit=to_unit, to_body=payload.to_body,
                                  note=payload.note, forwarded_on=payload.forwarded_on)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/extend", response={200: PetitionOut, **ERRORS}, summary="Gia hạn giải quyết")
def extend(request: AuthedRequest, petition_id: Id, payload: ReasonIn):
    return _fresh(request, services.extend_petition(request.auth, _target(request, petition_id),
                                                    reason=payload.reason))


@router.post("/petitions/{petition_id}/answer", response={200: PetitionOut, **ERRORS}, summary="Trả lời, giải quyết")
def answer(request: AuthedRequest, petition_id: Id, payload: AnswerIn):
    p = services.answer_petition(request.auth, _target(request, petition_id), answered_on=payload.answered_on,
                                 result=payload.result, document=payload.document,
                                 decision_number=payload.decision_number, decision_date=payload.decision_date)
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/close", response={200: PetitionOut, **ERRORS}, summary="Kết thúc")
def close(request: AuthedRequest, petition_id: Id, payload: CloseIn | None = None):
    p = services.close_petition(request.auth, _target(request, petition_id), note=payload.note if payload else "")
    return _fresh(request, p)


@router.post("/petitions/{petition_id}/appeal", response={201: PetitionOut, **ERRORS},
             summary="Khiếu nại lần hai (tạo đơn mới gắn với đơn lần đầu, do cấp trên giải quyết)")
def appeal(request: AuthedRequest, petition_id: Id, payload: AppealIn):
    to_unit = None
    if payload.to_unit is not None:
        to_unit = selectors.forward_target(payload.to_unit)
        if to_unit is None:
            raise HttpError(400, "Không có đơn vị giải quyết lần hai này (hoặc đơn vị đã giải thể).")
    second = services.appeal_petition(request.auth, _target(request, petition_id), received_on=payload.received_on,
                                      to_unit=to_unit, to_body=payload.to_body, note=payload.note)
    return _fresh(request, second, 201)


@router.post("/petitions/{petition_id}/events", response={201: PetitionOut, **ERRORS},
             summary="Ghi chú vào diễn biến (cả sau khi đã kết thúc)")
def add_event(request: AuthedRequest, petition_id: Id, payload: NoteIn):
    p = services.add_petition_note(request.auth, _target(request, petition_id), text=payload.text,
                                   document=payload.document)
    return _fresh(request, p, 201)
