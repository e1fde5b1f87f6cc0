"""What the petition routes share: the error responses, the kinds and states, the petition as the API shows it
(a denouncer's identity and files never leave through the API), and the petition a step acts on."""

from datetime import date
from typing import Literal

from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from ninja import Schema

from danvan.api.schemas import ErrorOut
from danvan.core.permissions import Action
from danvan.petitions import rules, selectors
from danvan.petitions.models import Petition

ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
KindLit = Literal["complaint", "complaint_second", "denunciation", "recommendation", "reflection"]
ChannelLit = Literal["reception", "mail", "portal", "forwarded", "phone", "email"]
StatusLit = Literal["received", "accepted", "rejected", "forwarded", "extended", "answered", "closed", "appealed"]


class PetitionerOut(Schema):
    name: str
    address: str
    phone: str
    id_number: str


class EventOut(Schema):
    kind: str
    label: str
    on: date
    text: str
    actor: str
    data: dict


class FileOut(Schema):
    id: int
    filename: str
    title: str
    kind: str
    size: int
    url: str


class PetitionOut(Schema):
    id: int
    code: str
    kind: str
    status: str
    unit: int
    unit_name: str
    received_by: int
    channel: str
    area: str
    received_on: date
    people_count: int
    petitioners: list[PetitionerOut]
    identity_withheld: bool
    subject: str
    content: str
    topics: list[str]
    remote_area: bool
    complex: bool
    deadlines: dict[str, date | None]
    due_on: date | None
    days_left: int | None
    overdue: bool
    late: bool
    extensions: int
    forwarded_to_body: str
    reject_reason: str
    answered_on: date | None
    result: str
    decision_number: str
    decision_date: date | None
    duplicate_of: int | None
    first_instance: int | None
    allowed: list[str]
    version: int
    timeline: list[EventOut] | None = None
    attachments: list[FileOut] | None = None


class PetitionPage(Schema):
    count: int
    items: list[PetitionOut]


def _withheld(person) -> dict:
    return {"name": selectors.WITHHELD, "address": "", "phone": "", "id_number": ""}


def petition_out(user, p: Petition, *, timeline: bool = False, people=None) -> dict:
    """The petition as the API shows it; a denouncer's identity is always withheld here."""
    today = timezone.localdate()
    confidential = rules.is_confidential(p)
    people = list(p.petitioners.all()) if people is None else people
    out = {
        "id": p.pk, "code": p.code, "kind": p.kind, "status": p.status, "unit": p.unit_id, "unit_name": p.unit.name,
        "received_by": p.received_by_id, "channel": p.channel, "area": p.area.code, "received_on": p.received_on,
        "people_count": p.people_count, "identity_withheld": confidential,
        "petitioners": [_withheld(x) if confidential else
                        {"name": x.name, "address": x.address, "phone": x.phone, "id_number": x.id_number}
                        for x in people],
        "subject": p.subject, "content": p.content, "topics": list(p.topics or []), "remote_area": p.remote_area,
        "complex": p.complex, "deadlines": {"acceptance": p.acceptance_due, "resolution": p.resolution_due},
        "due_on": p.due_on, "days_left": None if p.due_on is None else (p.due_on - today).days,
        "overdue": p.due_on is not None and p.due_on < today, "late": p.answered_late, "extensions": p.extensions,
        "forwarded_to_body": p.forwarded_to_body, "reject_reason": p.reject_reason, "answered_on": p.answered_on,
        "result": p.result, "decision_number": p.decision_number, "decision_date": p.decision_date,
        "duplicate_of": p.duplicate_of_id, "first_instance": p.first_instance_id,
        "allowed": selectors.allowed_steps(user, p), "version": p.version,
    }
    if timeline:
        out["timeline"] = [{"kind": e.kind, "label": e.get_kind_display(), "on": e.happened_on, "text": e.text,
                            "actor": e.actor_name, "data": e.data} for e in p.timeline.all()]
        # A denunciation's files may carry the denouncer's identity: never through the API, like the identity.
        files = [] if confidential else selectors.petition_files(user, p)
        out["attachments"] = [{"id": a.pk, "filename": a.filename, "title": a.title, "kind": a.kind, "size": a.size,
                               "url": reverse("petitions:petition_file", args=[a.pk])} for a in files]
    return out


def _fresh(request, petition: Petition, status: int = 200):
    """The petition after a step; read again in scope when still visible (a forward may move it away)."""
    try:
        p = selectors.petition_detail(request.auth, petition.pk)
    except Http404:  # forwarded out of the actor's scope: what the step returned, without the timeline
        return status, petition_out(request.auth, petition)
    return status, petition_out(request.auth, p, timeline=True)


def _target(request, petition_id: int) -> Petition:
    return selectors.get_petition(request.auth, petition_id, Action.VIEW)
