"""The rules of the consultation app, in one place: the lifecycle and who may do what."""

from danvan.consultation.choices import Status
from danvan.core.permissions import Action
from danvan.core.statemachine import StateMachine, Transition

CONSULTATION = StateMachine("đợt lấy ý kiến", {
    "open": Transition(frm=(Status.DRAFT, Status.CLOSED), to=Status.OPEN, label="Mở lấy ý kiến"),
    "close": Transition(frm=(Status.OPEN,), to=Status.CLOSED, label="Kết thúc lấy ý kiến"),
    "synthesise": Transition(frm=(Status.CLOSED,), to=Status.SYNTHESISED, label="Hoàn thành tổng hợp"),
    "upload_version": Transition(frm=(Status.DRAFT, Status.OPEN), to=None, label="Tải lên phiên bản mới"),
    "comment": Transition(frm=(Status.OPEN,), to=None, label="Góp ý"),
}, state_labels=Status)


def may_manage(actor, consultation) -> bool:
    """Upload versions, open and close, moderate, correct groups, write proposals: staff of the issuing
    unit or above (a reporter's scope covering it)."""
    return actor is None or actor.is_superuser or actor.scope_for(Action.REPORT).covers(consultation.line_path)


def may_create(actor, unit) -> bool:
    return actor is None or actor.is_superuser or actor.scope_for(Action.REPORT).covers(unit.line_path)


def may_collect(actor, consultation, unit) -> bool:
    """Enter comments collected by `unit`: the unit lies in the consultation's scope, and the actor may
    report for the unit."""
    if not unit.line_path.startswith(consultation.line_path):
        return False
    return actor is None or actor.is_superuser or actor.scope_for(Action.REPORT).covers(unit.line_path)


def accepts_portal(consultation) -> bool:
    """Citizens comment through the public portal only on a consultation whose audience is public."""
    from danvan.consultation.choices import Audience

    return consultation.audience == Audience.PUBLIC


# The worker's regrouping of a piece (`regrouping`): the words alone place a comment on save; the full regrouping
# that mixes the vectors of meaning is better, but costs about 1.2 ms of CPU a comment of the piece (24 s for
# 20,000) and gives its groups new contents. So the worker regroups a piece once every visible comment has its
# vector, and again only when more than max(10, 10 %) of them were placed by words since.
REGROUP_MIN_NEW = 10
REGROUP_SHARE = 0.1


def regroups_by_itself(status: str) -> bool:
    """The worker regroups the pieces of an open or closed consultation; a draft has no comments, and once the
    synthesis is done its groups are what the report quotes: only staff regroup them."""
    return status in (Status.OPEN, Status.CLOSED)


def worker_regroup_due(status: str, *, visible: int, waiting: int, since: int, by_meaning: bool) -> bool:
    """Whether the worker should regroup a piece now: `visible` comments, `waiting` of them without a vector yet,
    `since` placed by words alone after its last full regrouping, which mixed meaning or not (`by_meaning`)."""
    if not regroups_by_itself(status) or visible < 2 or waiting:
        return False
    return not by_meaning or since > max(REGROUP_MIN_NEW, REGROUP_SHARE * visible)


def worker_regroups(state) -> bool:
    """`worker_regroup_due` for a piece's `selectors.GroupingState`."""
    return worker_regroup_due(state.status, visible=state.visible, waiting=state.waiting, since=state.since,
                              by_meaning=state.by_meaning)
