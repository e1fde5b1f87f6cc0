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
