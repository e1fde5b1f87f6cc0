"""Reads of petitions: scoped lists and details, deadline rules and the calendar, the duplicate candidates,
the denouncer's identity (withheld or read and audited), the public status lookup."""

from __future__ import annotations

import time
from datetime import date, timedelta

from django.db.models import Prefetch, Q, Sum
from django.utils import timezone

from danvan.core.calendar import WorkingCalendar
from danvan.core.models import Attachment, Holiday
from danvan.core.permissions import PATH_END, Action, get_for_user_or_404
from danvan.core.selectors import attachment_for_download, attachments_for
from danvan.core.text import fold
from danvan.org.models import Area, Unit
from danvan.petitions import rules
from danvan.petitions.choices import EventKind
from danvan.petitions.models import (
    ConfidentialPetition,
    DeadlineRule,
    Petition,
    Petitioner,
    PetitionEvent,
    Reminder,
    RemoteArea,
    StatusLookup,
)

WITHHELD = "(Được giữ bí mật theo Luật Tố cáo)"
# Timeline kinds a citizen sees in the public lookup: the steps, never notes or duplicate flags.
PUBLIC_STEPS = (EventKind.RECEIVED, EventKind.ACCEPTED, EventKind.REJECTED, EventKind.FORWARDED,
                EventKind.EXTENDED, EventKind.ANSWERED, EventKind.CLOSED, EventKind.APPEALED)


# The deadline rules, the remote-area list and the holidays are data an administrator edits rarely and every
# receipt reads: kept per process, dropped when a row is saved or deleted (`forget_reference_data`, connected in
# registrations) and after REFERENCE_SECONDS at most (a queryset update or a bulk load sends no signal; another
# process's cache learns of an edit by then).
REFERENCE_SECONDS = 60
_reference: dict = {}


def forget_reference_data(**_) -> None:
    _reference.clear()


def _reference_data() -> dict:
    if _reference.get("until", 0) < time.monotonic():
        _reference.clear()
        _reference["rules"] = {(r.kind, r.step): r for r in DeadlineRule.objects.unscoped().all()}
        _reference["remote"] = set(RemoteArea.objects.unscoped().values_list("area__era", "area__code"))
        # Every stored holiday (a few a year): the calendar any deadline or reminder is counted with.
        _reference["calendar"] = WorkingCalendar(Holiday.objects.unscoped().values_list("day", flat=True))
        _reference["until"] = time.monotonic() + REFERENCE_SECONDS
    return _reference


def deadline_rule(kind: str, step: str) -> DeadlineRule | None:
    """The rule in force (data an administrator edits); the same whoever asks."""
    return _reference_data()["rules"].get((kind, step))


def deadline_rules() -> list[DeadlineRule]:
    return list(DeadlineRule.objects.unscoped().order_by("kind", "step"))


def calendar_from(day: date) -> WorkingCalendar:
    """The working calendar around `day` (reminders look back, deadlines forward): every stored holiday, from
    the per-process cache (see REFERENCE_SECONDS)."""
    return _reference_data()["calendar"]


def is_remote(area: Area) -> bool:
    """Whether the area or one of its ancestors is on the remote-area list."""
    remote = _reference_data()["remote"]
    return any((area.era, code) in remote for code in [*area.ancestor_codes, area.code])


def suggested_topics(text: str) -> list[str]:
    from danvan.textmine.topics import find_topics

    return [found["code"] for found in find_topics(text or "")][:5]


def topic_labels() -> dict[str, str]:
    from danvan.textmine.textutil import load_json

    return {code: spec.get("label", code) for code, spec in load_json("topics.json")["topics"].items()}


def code_taken(code: str) -> bool:
    return Petition.objects.unscoped().filter(code=code).exists()


def _under(qs, unit: Unit, field: str = "line_path"):
    return qs.filter(**{f"{field}__gte": unit.line_path, f"{field}__lt": unit.line_path + PATH_END})


def open_petitions_of(actor, unit: Unit, *, id_numbers: list[str], phones: list[str]):
    """Open petitions in the actor's scope (the unit's subtree for an operator command) signed by the same
    person: the duplicate candidates, oldest first."""
    qs = Petition.objects.for_user(actor) if actor is not None else _under(Petition.objects.unscoped(), unit)
    # The signers first, on the petitioners' table alone: one statement whose OR each database answers with the
    # two indexes (an OR across the join with the petitions made SQLite scan every petition).
    keys = (Q(id_number__in=id_numbers) if id_numbers else Q(pk__in=[])) | (Q(phone_key__in=phones) if phones
                                                                           else Q(pk__in=[]))
    ids = set(Petitioner.objects.unscoped().filter(keys).order_by().values_list("petition_id", flat=True)[:400])
    if not ids:
        return []
    return list(qs.filter(pk__in=ids, status__in=rules.OPEN).select_related("duplicate_of").order_by(
        "received_on", "id")[:20])


def petition_list(user, *, unit: Unit | None = None, area: Area | None = None, kind: str = "", status: str = "",
                  overdue: bool = False, topic: str = "", q: str = "", due_within: int | None = None,
                  today: date | None = None):
    """The petitions the user may see, filtered; `unit` means its subtree, `area` the area's subtree;
    `due_within` days: those whose deadline falls from today to that many days ahead."""
    qs = Petition.objects.for_user(user, Action.VIEW)
    if unit is not None:
        qs = _under(qs, unit)
    if area is not None:
        qs = qs.filter(area_path__gte=area.path, area_path__lt=area.path + PATH_END)
    if kind:
        qs = qs.filter(kind=kind)
    if status:
        qs = qs.filter(status=status)
    if topic:
        qs = qs.filter(topic=topic)
    if q.strip():
        folded = fold(q.strip())
        qs = qs.filter(Q(content_folded__contains=folded) | Q(code=q.strip().upper()))
    today = today or timezone.localdate()
    if due_within is not None:
        qs = qs.filter(due_on__gte=today, due_on__lte=today + timedelta(days=due_within))
    if overdue:
        return qs.filter(due_on__lt=today).select_related("unit").order_by("due_on", "id")
    return qs.select_related("unit").order_by("-received_on", "-id")


def get_petition(user, petition_id, action: str = Action.VIEW) -> Petition:
    """One petition the user may act on, or 404 (out of scope looks like absent)."""
    qs = Petition.objects.select_related("unit", "area", "received_by", "duplicate_of", "first_instance")
    return get_for_user_or_404(qs, user, action, pk=petition_id)


def petition_detail(user, petition_id) -> Petition:
    qs = Petition.objects.select_related("unit", "area", "received_by", "duplicate_of", "first_instance__unit",
                                         "reception").prefetch_related(
        Prefetch("timeline", queryset=PetitionEvent.objects.order_by("happened_on", "created_at", "id")))
    return get_for_user_or_404(qs, user, Action.VIEW, pk=petition_id)


def petitioners_for(user, petition: Petition) -> tuple[list[Petitioner], bool]:
    """(petitioners, withheld). A denouncer's identity is withheld from all but the handling unit's reviewers and
    handlers. Pages call `services.read_petitioners`, which wraps this and audits each read of it by them."""
    people = list(Petitioner.objects.for_user(user).filter(petition=petition))
    if rules.is_confidential(petition) and not rules.may_read_identity(user, petition):
        return [Petitioner(pk=p.pk, petition=petition, name=WITHHELD) for p in people], True
    return people, False


def duplicates_of(user, petition: Petition):
    return Petition.objects.for_user(user).filter(duplicate_of=petition).order_by("received_on", "id")


def allowed_steps(user, petition: Petition) -> list[str]:
    """The steps the UI offers this user (none to those who may only read). Staff of the superior unit, who
    receive a second-instance complaint, may record the appeal of an answered first-instance one (or of one whose
    resolution deadline passed unanswered)."""
    steps = rules.PETITION.allowed(petition.status)
    if "appeal" in steps and rules.may_appeal(petition, timezone.localdate()):
        steps = [s for s in steps if s != "appeal"]
    if rules.may_act(user, petition):
        return steps
    if "appeal" in steps and petition.unit.parent_id is not None and user is not None:
        # The superior's line path is the unit's without its last step: no query (lists call this per row).
        superior_path = petition.unit.line_path.rstrip("/").rsplit("/", 1)[0] + "/"
        if user.scope_for(Action.REPORT).covers(superior_path):
            return ["appeal"]
    return []


def may_view(user, petition: Petition) -> bool:
    return Petition.objects.for_user(user, Action.VIEW).filter(pk=petition.pk).exists()


# --- reminders and the public lookup: internal reads, the same whoever asks ---------------------------------


def petitions_due_on(days: list[date]) -> list[Petition]:
    return list(Petition.objects.unscoped().filter(due_on__in=days, status__in=rules.OPEN).order_by("id"))


def reminded(petitions: list[Petition]) -> set[tuple[int, date, str]]:
    return set(Reminder.objects.unscoped().filter(petition__in=[p.pk for p in petitions])
               .values_list("petition_id", "deadline", "step"))


def lookups_since(client: str, since) -> int:
    return StatusLookup.objects.unscoped().filter(client=client, minute__gte=since).aggregate(n=Sum("hits"))["n"] or 0


def public_status(code: str, phone_last4: str) -> dict | None:
    """The status and the dates of the steps, when the code and the last 4 digits of a petitioner's phone match;
    None otherwise (the caller answers the same 404 for a wrong code and a wrong phone). Nothing personal."""
    code = (code or "").strip().upper()[:16]
    if len(phone_last4 or "") != 4 or not phone_last4.isdigit():
        return None
    petition = Petition.objects.unscoped().filter(code=code).first()
    if petition is None:
        return None
    phones = Petitioner.objects.unscoped().filter(petition=petition).values_list("phone_key", flat=True)
    if not any(p.endswith(phone_last4) for p in phones if p):
        return None
    steps = PetitionEvent.objects.unscoped().filter(petition=petition, kind__in=PUBLIC_STEPS).order_by(
        "happened_on", "created_at", "id")
    return {"code": petition.code, "status": petition.status, "status_label": petition.get_status_display(),
            "kind": petition.kind, "received_on": petition.received_on,
            "steps": [{"kind": e.kind, "label": e.get_kind_display(), "on": e.happened_on} for e in steps]}


def forward_target(unit_id) -> Unit | None:
    """Any open unit of the system may receive a forwarded petition, also outside the sender's scope."""
    try:
        return Unit.objects.unscoped().filter(pk=int(unit_id), closed_on__isnull=True).first()
    except (TypeError, ValueError, OverflowError):
        return None


def superior_of(unit: Unit) -> Unit | None:
    """The unit directly above `unit` in the reporting line, where a second-instance complaint goes by default
    (also outside the actor's scope, like a forward); None when it has none or it is dissolved."""
    if unit.parent_id is None:
        return None
    return Unit.objects.unscoped().filter(pk=unit.parent_id, closed_on__isnull=True).first()


# --- files (core.Attachment) ----------------------------------------------------------------------------

FILE_OWNER_TYPES = ("petitions.petition", "petitions.confidentialpetition")


def files_owner(petition: Petition) -> Petition:
    """What owns a petition's files: the petition, or for a denunciation its ConfidentialPetition view."""
    if not rules.is_confidential(petition):
        return petition
    return ConfidentialPetition.objects.unscoped().select_related("unit").get(pk=petition.pk)


def petition_files(user, petition: Petition) -> list:
    """The files of a petition `user` may have: none of a denunciation's unless they may read the denouncer's
    identity (the listing itself shows names of files)."""
    if rules.is_confidential(petition) and not rules.may_read_identity(user, petition):
        return []
    owner = ConfidentialPetition(pk=petition.pk) if rules.is_confidential(petition) else petition
    return list(attachments_for(user, owner))


def petition_of_file(attachment) -> Petition | None:
    if attachment.owner_type not in FILE_OWNER_TYPES:
        return None
    return Petition.objects.unscoped().select_related("unit").filter(pk=attachment.owner_id).first()


def petition_file(user, attachment_id) -> tuple[Petition, Attachment]:
    """(petition, attachment) of a petition's file `user` may download, or Http404 (core checks scope and owner)."""
    from django.http import Http404

    attachment = attachment_for_download(user, attachment_id)
    petition = petition_of_file(attachment)
    if petition is None:
        raise Http404
    return petition, attachment
