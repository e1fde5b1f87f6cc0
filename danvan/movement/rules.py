"""The rules of the movement app, in one place: the lifecycle table and who may do what.

Services, selectors, templates and the API import these; nothing else re-states them.
"""

from django.db.models import Q

from danvan.core.permissions import Action
from danvan.core.statemachine import StateMachine, Transition
from danvan.movement.choices import Status

ACTIVE = (Status.REGISTERED, Status.LAUNCHED, Status.EVALUATED, Status.RECOGNISED)
RUNNING = (Status.LAUNCHED, Status.EVALUATED, Status.RECOGNISED)

MODEL = StateMachine("mô hình", {
    "launch": Transition(frm=(Status.REGISTERED,), to=Status.LAUNCHED, label="Triển khai"),
    # Evaluations repeat; the first one moves a launched model to "evaluated" (see state_after_evaluation).
    "evaluate": Transition(frm=RUNNING, to=None, label="Đánh giá"),
    "recognise": Transition(frm=(Status.EVALUATED, Status.RECOGNISED), to=Status.RECOGNISED, label="Công nhận"),
    "replicate": Transition(frm=RUNNING, to=None, label="Nhân rộng"),
    "edit": Transition(frm=ACTIVE, to=None, label="Sửa"),
    "publish": Transition(frm=RUNNING, to=None, label="Công khai"),
    "stop": Transition(frm=ACTIVE, to=Status.STOPPED, label="Dừng"),
}, state_labels=Status)


def state_after_evaluation(state: str) -> str:
    """A launched model becomes evaluated; an evaluated or recognised one keeps its state."""
    MODEL.target(state, "evaluate")
    return Status.EVALUATED if state == Status.LAUNCHED else state


def may_report(actor, unit) -> bool:
    """Register, edit, launch, replicate into or stop a unit's models: a reporter of the unit or above."""
    return actor is None or actor.is_superuser or actor.scope_for(Action.REPORT).covers(unit.line_path)


def may_review(actor, model) -> bool:
    """Evaluate, recognise and publish: a reviewer of a unit strictly above the model's unit (or an admin)."""
    if actor is None or actor.is_superuser:
        return True
    path = model.line_path
    return any(path.startswith(p) and p != path for p in actor.scope_for(Action.REVIEW).prefixes)


def in_operation_at(day) -> Q:
    """Models in operation at the end of `day`: launched by then and not stopped by then (DVK_TONG)."""
    return Q(launched_on__isnull=False, launched_on__lte=day) & (Q(stopped_on__isnull=True) | Q(stopped_on__gt=day))


def existing_at(day) -> Q:
    """Models registered by `day` and not stopped by then (the statistics' total)."""
    return Q(registered_on__lte=day) & (Q(stopped_on__isnull=True) | Q(stopped_on__gt=day))
