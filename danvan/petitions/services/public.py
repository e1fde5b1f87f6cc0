"""A recommendation or a reflection sent by a citizen from the public portal (no account: the actor is the
system, None; the portal's abuse controls and moderation queue stand in front of this service)."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from danvan.core.audit import service
from danvan.petitions.choices import Channel, Kind
from danvan.petitions.models import Petition
from danvan.petitions.services._common import _digits
from danvan.petitions.services.petitions import create_petition

PUBLIC_KINDS = (Kind.RECOMMENDATION, Kind.REFLECTION)


@service
def receive_public_petition(*, unit, area, kind: str, name: str, phone: str, address: str = "", subject: str,
                            content: str) -> Petition:
    """Receive a citizen's recommendation (kiến nghị) or reflection (phản ánh) at `unit` for the commune
    `area`, by the portal channel, dated today. A phone is required: its last four digits open the status
    page. Complaints and denunciations are not taken from the portal (they need the petitioner's identity)."""
    errors: dict = {}
    if kind not in PUBLIC_KINDS:
        errors["kind"] = ["Chỉ nhận kiến nghị hoặc phản ánh qua cổng thông tin."]
    if not 9 <= len(_digits(phone or "")) <= 15:
        errors["phone"] = ["Cần số điện thoại (9–15 chữ số) để tra cứu kết quả."]
    if errors:
        raise ValidationError(errors)
    return create_petition(None, unit=unit, kind=kind, received_on=timezone.localdate(), channel=Channel.PORTAL,
                           area=area, petitioners=[{"name": name, "phone": phone, "address": address}],
                           subject=subject, content=content)
