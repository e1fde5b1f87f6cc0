"""The situation app's rules, each in one place: the incident lifecycle, who may read a confidential source,
who may record, handle or dismiss, and the topic taxonomy (the text reader's, one list).

Services, selectors, the API, templates and exports import these; none keeps a copy.
"""

from __future__ import annotations

from functools import cache

from django.core.exceptions import ValidationError

from danvan.core.permissions import Action
from danvan.core.statemachine import StateMachine, Transition
from danvan.situation.choices import EventKind, IncidentState

E, H, S, C = IncidentState.EMERGING, IncidentState.HANDLING, IncidentState.STABILISED, IncidentState.CLOSED

# update/action keep the state, except that the first one moves an emerging incident to handling
# (IncidentMachine.target). Closed incidents take no event but `reopen`: a correction reopens first.
_TRANSITIONS = {
    EventKind.UPDATE: Transition(frm=(E, H, S), to=None, label="Cập nhật diễn biến của"),
    EventKind.ACTION: Transition(frm=(E, H, S), to=None, label="Ghi biện pháp xử lý cho"),
    EventKind.ESCALATE: Transition(frm=(E, H, S), to=None, label="Báo cáo cấp trên"),
    EventKind.STABILISE: Transition(frm=(E, H), to=S, label="Chuyển sang ổn định"),
    EventKind.CLOSE: Transition(frm=(S,), to=C, label="Kết thúc"),
    EventKind.REOPEN: Transition(frm=(S, C), to=H, label="Mở lại"),
}
STARTS_HANDLING = (EventKind.UPDATE, EventKind.ACTION)


class IncidentMachine(StateMachine):
    def target(self, state: str, event: str) -> str:
        to = super().target(state, event)  # refuses what the table does not allow
        if state == E and event in STARTS_HANDLING:
            return H
        return to


INCIDENT = IncidentMachine("vụ việc", _TRANSITIONS, state_labels=IncidentState)
OPEN_STATES = (E, H)  # "ongoing" in the monthly report; stabilised and closed count as settled
SETTLED_STATES = (S, C)
WITHHELD = "withheld"  # what the API shows in place of a confidential source the reader may not read


def _member_paths(user) -> set[str]:
    """The reporting-line paths of the units the user is a member of (any role), cached on the user."""
    cached = user.__dict__.get("_situation_member_paths")
    if cached is None:
        from danvan.accounts.selectors import memberships_of

        cached = set(memberships_of(user).values_list("unit__line_path", flat=True))
        user.__dict__["_situation_member_paths"] = cached
    return cached


def may_read_source(user, note) -> bool:
    """The confidential source of a note: members of the recording unit and reviewers above it, nobody else."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if note.line_path in _member_paths(user):
        return True
    return user.scope_for(Action.REVIEW).covers(note.line_path)


def source_for(user, note) -> str | None:
    """The confidential source as `user` may see it: the text, None when there is none, or WITHHELD."""
    if not note.confidential_source:
        return None
    return note.confidential_source if may_read_source(user, note) else WITHHELD


def may_record(user, unit) -> bool:
    """Notes and incidents are recorded by those who may report for the unit."""
    return bool(user) and user.scope_for(Action.REPORT).covers(unit.line_path)


def may_review(user, line_path: str) -> bool:
    """Warnings are shown to, and dismissed by, reviewers whose line covers the data."""
    return bool(user) and user.scope_for(Action.REVIEW).covers(line_path)


@cache
def topic_labels() -> dict[str, str]:
    """{code: Vietnamese label} of the text reader's taxonomy (danvan/textmine/data/topics.json)."""
    from danvan.textmine.textutil import load_json

    return {code: spec.get("label", code) for code, spec in load_json("topics.json")["topics"].items()}


def clean_topics(topics) -> list[str]:
    """Known topic codes, deduplicated in the order given; an unknown one is a ValidationError."""
    labels = topic_labels()
    out: list[str] = []
    for code in topics or []:
        code = str(code).strip()
        if code not in labels:
            raise ValidationError({"topics": [f"Chủ đề “{code[:40]}” không có trong danh mục chủ đề."]})
        if code not in out:
            out.append(code)
    return out


def topic_label(code: str) -> str:
    return topic_labels().get(code, code)


def may_edit_rules(user, province) -> bool:
    """A province's escalation rules are edited by its administrators: those who manage one of the units of
    the province itself (its provincial bloc), and system administrators."""
    from danvan.org.models import Unit

    if not user or not getattr(user, "is_authenticated", False) or province is None:
        return False
    if user.is_superuser:
        return True
    return Unit.objects.for_user(user, Action.MANAGE).filter(area=province).exists()
