"""Writes of the citizen pages: a comment or a recommendation is either created at once (through the
consultation or petitions service, with the system as actor: citizens have no account) or, when it looks
automated or abusive (abuse.signals), held in the moderation queue; staff release or hide what is held.

Every path is a @service: one transaction, one audit event. Nothing here changes what visitors read (an open
draft's comments and a petition are never shown), so nothing bumps the public pages' cache generation.
"""

from __future__ import annotations

import re
import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from danvan.consultation import services as consultation_services
from danvan.consultation.checks import CommentInput
from danvan.consultation.choices import Channel
from danvan.core.audit import record_event, service, snapshot
from danvan.petitions.services.public import receive_public_petition
from danvan.portal.citizen.rules import may_moderate
from danvan.portal.models import ModerationItem, ModerationKind, ModerationStatus

_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
AUDITED = ["kind", "status", "code", "signals", "reason", "result_id", "result_code"]


def _state(item: ModerationItem) -> dict:
    return snapshot(item, AUDITED)


def _code() -> str:
    while True:
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
        code = f"{raw[:4]}-{raw[4:]}"
        if not ModerationItem.objects.unscoped().filter(code=code).exists():
            return code


def _comment_input(payload: dict) -> CommentInput:
    return CommentInput(stance=payload["stance"], text=payload["text"], piece=payload.get("piece"),
                        name=payload.get("name", ""), group=payload["group"], area=payload.get("area", ""),
                        contact=payload.get("contact", ""), channel=Channel.PORTAL,
                        anonymous=bool(payload.get("anonymous")))


def _hold(*, unit, kind: str, summary: str, payload: dict, signals: list[str], client: str,
          code: str = "") -> ModerationItem:
    item = ModerationItem.objects.create(unit=unit, line_path=unit.line_path, kind=kind, summary=summary[:300],
                                         payload=payload, signals=signals, client=client, code=code)
    record_event(None, "portal.moderation.hold", item, after=_state(item))
    return item


@service
def submit_comment(consultation, payload: dict, *, signals: list[str], client: str = ""):
    """A citizen's comment on a piece: ("created", Comment) or, with signals, ("held", ModerationItem).

    `payload`: stance, text, piece (id), name, group (code), area, contact, anonymous."""
    if signals:
        return "held", _hold(unit=consultation.unit, kind=ModerationKind.COMMENT,
                             summary=f"{consultation.title[:120]} — {payload.get('text', '')[:160]}",
                             payload={**payload, "consultation": consultation.pk}, signals=signals, client=client)
    # No content_changed(): an open draft's comments are never shown on the portal (only a synthesised draft's
    # results are), so a crowd of comments leaves every cached public page cached.
    comment = consultation_services.add_comment(None, consultation, _comment_input(payload), unit=consultation.unit)
    return "created", comment


@service
def submit_recommendation(*, unit, commune, payload: dict, signals: list[str], client: str = ""):
    """A citizen's recommendation or reflection for `commune`, received by `unit`: ("created", Petition) or,
    with signals, ("held", ModerationItem) whose code answers the status page until staff decide.

    `payload`: kind, name, phone, address, subject, content."""
    if signals:
        return "held", _hold(unit=unit, kind=ModerationKind.PETITION, summary=payload.get("subject", ""),
                             payload={**payload, "commune": commune.code,
                                      "phone_digits": re.sub(r"\D", "", payload.get("phone", ""))},
                             signals=signals, client=client, code=_code())
    petition = receive_public_petition(unit=unit, area=commune, kind=payload["kind"], name=payload["name"],
                                       phone=payload["phone"], address=payload.get("address", ""),
                                       subject=payload["subject"], content=payload["content"])
    return "created", petition


def _check(actor, item: ModerationItem) -> tuple[ModerationItem, dict]:
    if not may_moderate(actor, item):
        raise PermissionDenied("Bạn không có quyền kiểm duyệt nội dung gửi tới tổ chức này.")
    item = ModerationItem.objects.unscoped().select_for_update().get(pk=item.pk)
    if item.status != ModerationStatus.HELD:
        raise ValidationError({"status": [f"Nội dung này đã được xử lý ({item.get_status_display().lower()})."]})
    return item, _state(item)


@service
def release_item(actor, item: ModerationItem, *, reason: str = "") -> ModerationItem:
    """Let a held submission through: the comment or the petition is created now, as if it had not been held."""
    item, before = _check(actor, item)
    from danvan.consultation.models import Consultation
    from danvan.org.models import Area

    payload = item.payload
    if item.kind == ModerationKind.COMMENT:
        consultation = Consultation.objects.unscoped().select_related("unit").get(pk=payload["consultation"])
        created = consultation_services.add_comment(None, consultation, _comment_input(payload),
                                                    unit=consultation.unit)
        item.result_id = created.pk  # an open draft's comment: nothing visitors see changes
    else:
        commune = Area.objects.unscoped().get(era="current", code=payload["commune"])
        created = receive_public_petition(unit=item.unit, area=commune, kind=payload["kind"], name=payload["name"],
                                          phone=payload["phone"], address=payload.get("address", ""),
                                          subject=payload["subject"], content=payload["content"])
        item.result_id, item.result_code = created.pk, created.code
    item.status, item.reason = ModerationStatus.RELEASED, " ".join((reason or "").split())[:500]
    item.decided_by, item.decided_at = (actor if getattr(actor, "pk", None) else None), timezone.now()
    item.save()
    record_event(actor, "portal.moderation.release", item, before=before, after=_state(item))
    return item


@service
def hide_item(actor, item: ModerationItem, *, reason: str) -> ModerationItem:
    """Hide a held submission with a reason: nothing is created, nothing is ever shown."""
    item, before = _check(actor, item)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": ["Cần ghi lý do ẩn."]})
    if len(reason) > 500:
        raise ValidationError({"reason": ["Lý do dài quá 500 ký tự."]})
    item.status, item.reason = ModerationStatus.HIDDEN, reason
    item.decided_by, item.decided_at = (actor if getattr(actor, "pk", None) else None), timezone.now()
    item.save()
    record_event(actor, "portal.moderation.hide", item, before=before, after=_state(item))
    return item
