"""Receiving a petition: validation, the tracking code, deadlines, the duplicate check; and the audited read
of a denouncer's identity."""

import secrets

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from danvan.core.audit import mark_unchanged, record_event, service, snapshot
from danvan.core.text import fold
from danvan.org.choices import Era
from danvan.org.models import Area
from danvan.petitions import deadlines, rules, selectors
from danvan.petitions.choices import Channel, EventKind, Kind, Step
from danvan.petitions.models import Petition, Petitioner
from danvan.petitions.services import tally
from danvan.petitions.services._common import _day, _digits, _event, _raise, _text
from danvan.petitions.services.files import attach_petition_file

# No 0/O, 1/I/L: a code read over the phone is typed right. 31^8 ≈ 8.5e11 codes: not enumerable.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_ATTEMPTS = 5
MAX_PETITIONERS = 50
SIMILAR = 0.5  # share of common words (Jaccard) above which two contents are "similar"
AUDITED = ["code", "kind", "channel", "unit", "area", "received_on", "status", "acceptance_due", "resolution_due",
           "due_on", "remote_area", "complex", "duplicate_of", "version"]


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def _area(errors: dict, value) -> Area | None:
    if isinstance(value, Area):
        return value
    found = Area.objects.filter(era=Era.CURRENT, code=str(value or "")[:40]).first()
    if found is None:
        errors.setdefault("area", []).append(f"Không có địa bàn mã “{str(value)[:40]}”.")
    return found


def _petitioners(errors: dict, people) -> list[Petitioner]:
    people = list(people or [])
    if not people:
        errors.setdefault("petitioners", []).append("Cần ít nhất một người đứng đơn.")
    if len(people) > MAX_PETITIONERS:
        errors.setdefault("petitioners", []).append(f"Tối đa {MAX_PETITIONERS} người đứng đơn; ghi tổng số người.")
        return []
    rows = []
    for i, person in enumerate(people, start=1):
        if not isinstance(person, dict):
            errors.setdefault("petitioners", []).append(f"Người đứng đơn {i}: không hợp lệ.")
            continue
        sub: dict = {}
        name = _text(sub, "name", person.get("name"), required=True, limit=150)
        address = _text(sub, "address", person.get("address"), limit=300)
        phone = _text(sub, "phone", person.get("phone"), limit=20)
        id_number = _digits(_text(sub, "id_number", person.get("id_number"), limit=20))
        if phone and not 6 <= len(_digits(phone)) <= 15:
            sub.setdefault("phone", []).append("Số điện thoại không hợp lệ.")
        if person.get("id_number") and len(id_number) not in (9, 12):
            sub.setdefault("id_number", []).append("Số định danh (CMND/CCCD) phải có 9 hoặc 12 chữ số.")
        for field, messages in sub.items():
            errors.setdefault("petitioners", []).extend(f"Người đứng đơn {i} ({field}): {m}" for m in messages)
        rows.append(Petitioner(name=name, address=address, phone=phone, id_number=id_number,
                               phone_key=_digits(phone)))
    return rows


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 1}


def _find_duplicate(actor, unit, petitioners: list[Petitioner], subject: str, content: str) -> Petition | None:
    """An open petition in scope with the same petitioner (ID number or phone) and a similar content."""
    ids = [p.id_number for p in petitioners if p.id_number]
    phones = [p.phone_key for p in petitioners if p.phone_key]
    if not ids and not phones:
        return None
    words = _words(subject + " " + content)
    for other in selectors.open_petitions_of(actor, unit, id_numbers=ids, phones=phones):
        theirs = _words(other.subject + " " + other.content)
        union = words | theirs
        if fold(other.subject) == fold(subject) or (union and len(words & theirs) / len(union) >= SIMILAR):
            return other.duplicate_of or other
    return None


def _save_with_free_code(petition: Petition) -> None:
    """Insert the new petition; on the rare clash of its random code with another (the unique constraint), draw
    another one — a savepoint instead of a look-up before every insert."""
    for attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                petition.save(force_insert=True)
            return
        except IntegrityError:
            if attempt == CODE_ATTEMPTS - 1 or not selectors.code_taken(petition.code):
                raise  # not the code: another constraint
            petition.pk = None
            petition.code = _new_code()


@service
def create_petition(actor, *, unit, kind: str, received_on, channel: str, area, petitioners, subject: str,
                    content: str, people_count: int | None = None, remote_area: bool | None = None,
                    complex_: bool = False, reception=None, topics=None, attachment=None) -> Petition:
    """Receive a petition for `unit`: status "received", its acceptance deadline, flagged when a duplicate.
    `attachment` (an uploaded file: the letter, a photo) is attached in the same transaction."""
    if not rules.may_receive(actor, unit):
        raise PermissionDenied("Bạn không có quyền tiếp nhận đơn cho tổ chức này.")
    errors: dict = {}
    if kind not in Kind.values:
        errors.setdefault("kind", []).append(f"Loại đơn “{kind}” không có (chọn: {', '.join(Kind.values)}).")
    if channel not in Channel.values:
        errors.setdefault("channel", []).append(f"Nguồn đơn “{channel}” không có (chọn: {', '.join(Channel.values)}).")
    day = _day(errors, "received_on", received_on)
    area_obj = _area(errors, area)
    people = _petitioners(errors, petitioners)
    subject = _text(errors, "subject", subject, required=True, limit=300)
    content = _text(errors, "content", content, required=True)
    count = len(people) if people_count is None else people_count
    if not isinstance(count, int) or count < max(len(people), 1) or count > 1_000_000:
        errors.setdefault("people_count", []).append("Số người đứng đơn không ít hơn số người đã ghi tên.")
    if unit.closed_on is not None:
        errors.setdefault("unit", []).append(f"{unit.name} đã giải thể.")
    if reception is not None and reception.unit_id != unit.pk:
        errors.setdefault("reception", []).append("Buổi tiếp công dân thuộc đơn vị khác.")
    _raise(errors)
    if remote_area is None:
        remote_area = selectors.is_remote(area_obj)
    if topics is None:
        topics = selectors.suggested_topics(subject + ". " + content)
    rule = selectors.deadline_rule(kind, Step.ACCEPTANCE)
    due = deadlines.due_date(rule, day, remote=remote_area, complex_=complex_, calendar=selectors.calendar_from(day))
    petition = Petition(unit=unit, line_path=unit.line_path, received_by=unit, code=_new_code(), kind=kind,
                        channel=channel, area=area_obj, area_path=area_obj.path, received_on=day, people_count=count,
                        subject=subject, content=content, content_folded=fold(subject + " " + content),
                        topics=list(topics), topic=(list(topics) or [""])[0], remote_area=remote_area,
                        complex=complex_, reception=reception, acceptance_due=due, due_on=due,
                        duplicate_of=_find_duplicate(actor, unit, people, subject, content),
                        created_by=actor if getattr(actor, "pk", None) else None)
    _save_with_free_code(petition)
    tally._settle(petition)
    for person in people:
        person.petition = petition
    Petitioner.objects.bulk_create(people)
    _event(petition, EventKind.RECEIVED, actor, happened_on=day, channel=channel)
    if petition.duplicate_of_id:
        _event(petition, EventKind.DUPLICATE, actor, text=f"Trùng với đơn {petition.duplicate_of.code}.",
               happened_on=day, duplicate_of=petition.duplicate_of_id)
    record_event(actor, "petitions.petition.create", petition, after=snapshot(petition, AUDITED))
    if attachment is not None:
        attach_petition_file(actor, petition, attachment)
    return petition


@service
def mark_not_duplicate(actor, petition: Petition) -> Petition:
    """Unlink a petition wrongly flagged as a duplicate: it is counted again."""
    if not rules.may_act(actor, petition):
        raise PermissionDenied("Bạn không có quyền xử lý đơn này.")
    if petition.duplicate_of_id is None:
        _raise({"duplicate_of": ["Đơn không bị đánh dấu trùng."]})
    before = snapshot(petition, ["duplicate_of"])
    tally._track(petition)
    petition.duplicate_of = None
    petition.version += 1
    petition.save(update_fields=["duplicate_of", "version", "updated_at"])
    tally._settle(petition)  # counted from now on
    _event(petition, EventKind.NOTE, actor, text="Bỏ đánh dấu đơn trùng.")
    record_event(actor, "petitions.petition.unmark_duplicate", petition, before=before,
                 after=snapshot(petition, ["duplicate_of"]))
    return petition


@service
def read_petitioners(actor, petition: Petition, *, channel: str = "web") -> tuple[list[Petitioner], bool]:
    """The petitioners as `actor` may see them: (people, withheld). The one way a page shows a petitioner's
    identity: a denouncer's is withheld from all but the handling unit's reviewers and handlers, and each of
    their reads is audited here, in the same transaction as the read (Law on Denunciations 2018)."""
    people, withheld = selectors.petitioners_for(actor, petition)
    if rules.is_confidential(petition) and not withheld:
        record_event(actor, "petitions.identity.read", petition, after={"channel": channel})
    else:
        mark_unchanged()  # nothing confidential was read: no event is due
    return people, withheld
