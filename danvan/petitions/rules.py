"""The rules of the petitions app, in one place: the lifecycle table, who may take a step, who may read a
denouncer's identity. Services, selectors, templates and the API import these; nothing else re-states them.
"""

from danvan.core.permissions import Action
from danvan.core.statemachine import StateMachine, Transition
from danvan.petitions.choices import Kind, Status

# States in which the petition waits for a step with a deadline (`due_on` set).
OPEN = (Status.RECEIVED, Status.FORWARDED, Status.ACCEPTED, Status.EXTENDED)
SETTLED = (Status.ANSWERED, Status.CLOSED, Status.APPEALED)

PETITION = StateMachine("đơn", {
    "accept": Transition(frm=(Status.RECEIVED, Status.FORWARDED), to=Status.ACCEPTED, label="Thụ lý"),
    "reject": Transition(frm=(Status.RECEIVED, Status.FORWARDED), to=Status.REJECTED, label="Không thụ lý"),
    # To a unit of the system (which then owns it and accepts it) or to an outside body (the Front follows up).
    "forward": Transition(frm=(Status.RECEIVED, Status.FORWARDED), to=Status.FORWARDED, label="Chuyển"),
    "extend": Transition(frm=(Status.ACCEPTED, Status.EXTENDED), to=Status.EXTENDED, label="Gia hạn"),
    # A forwarded petition is answered when the outside body's answer comes back.
    "answer": Transition(frm=(Status.ACCEPTED, Status.EXTENDED, Status.FORWARDED), to=Status.ANSWERED,
                         label="Trả lời"),
    "close": Transition(frm=(Status.ANSWERED, Status.REJECTED), to=Status.CLOSED, label="Kết thúc"),
    # After the answer, or once the resolution deadline passed unanswered (Law on Complaints 2011, art. 7 and 33;
    # `may_appeal` says which of the open states qualify).
    "appeal": Transition(frm=(Status.ANSWERED, Status.ACCEPTED, Status.EXTENDED), to=Status.APPEALED,
                         label="Khiếu nại lần hai"),
    # Notes are accepted in every state, closed included: updates after closing are never lost.
    "note": Transition(frm=tuple(Status.values), to=None, label="Ghi chú"),
}, state_labels=Status)

# Roles of the owning unit that take steps; reviewers of the units above it may too (as in reporting).
STEP_ROLES = ("reporter", "reviewer", "handler")
# Roles of the handling unit itself that may read a denouncer's identity (Law on Denunciations 2018, art. 47).
IDENTITY_ROLES = ("reviewer", "handler")


def unit_roles(actor, unit) -> set[str]:
    """The roles `actor` holds on `unit` itself (not inherited from a unit above)."""
    from danvan.accounts.models import Membership

    if actor is None or not getattr(actor, "is_authenticated", False):
        return set()
    cache = actor.__dict__.setdefault("_petition_roles", {})
    if unit.pk not in cache:
        cache[unit.pk] = set(Membership.objects.unscoped().filter(user=actor, unit=unit).values_list("role",
                                                                                                    flat=True))
    return cache[unit.pk]


def may_act(actor, petition) -> bool:
    """Take a step on a petition: a reporter, reviewer or handler of its unit, or a reviewer above it."""
    if actor is None or actor.is_superuser:
        return True
    if unit_roles(actor, petition.unit) & set(STEP_ROLES):
        return True
    return actor.scope_for(Action.REVIEW).covers(petition.line_path)


def may_receive(actor, unit) -> bool:
    """Record a petition or a reception session for a unit: whoever may report for it (its reporters,
    reviewers and handlers, and those of the units above it), as with reports."""
    if actor is None or actor.is_superuser:
        return True
    return actor.scope_for(Action.REPORT).covers(unit.line_path)


def is_confidential(petition) -> bool:
    return petition.kind == Kind.DENUNCIATION


def may_read_identity(actor, petition) -> bool:
    """Who may read a petitioner's identity: anyone in scope, except for a denunciation, whose denouncer only
    the handling unit's own reviewers and handlers may know — reviewers above it and administrators included
    see it withheld."""
    if not is_confidential(petition):
        return True
    return bool(unit_roles(actor, petition.unit) & set(IDENTITY_ROLES))


def may_appeal(petition, filed_on) -> str | None:
    """Why a second-instance complaint may not be filed on `filed_on` against `petition` (None: it may): only a
    first-instance complaint, once answered — or, accepted and unanswered, once its resolution deadline passed."""
    if petition.kind != Kind.COMPLAINT:
        return "Chỉ khiếu nại lần đầu mới có thể khiếu nại lần hai."
    if petition.status == Status.ANSWERED:
        return None
    due = petition.resolution_due
    if petition.status in (Status.ACCEPTED, Status.EXTENDED) and due is not None and filed_on > due:
        return None
    if petition.status in (Status.ACCEPTED, Status.EXTENDED):
        when = f" ({due:%d/%m/%Y})" if due else ""
        return (f"Chưa hết thời hạn giải quyết lần đầu{when}: chỉ khiếu nại lần hai khi đã có quyết định giải quyết "
                "hoặc quá thời hạn mà không được giải quyết.")
    return None  # any other state: the lifecycle table refuses it with its own reason


def may_extend(petition, max_extensions: int) -> str | None:
    """Why the petition may not be extended again (None: it may)."""
    if petition.kind != Kind.DENUNCIATION or max_extensions == 0:
        return "Chỉ đơn tố cáo mới được gia hạn thời hạn giải quyết."
    if petition.extensions >= max_extensions:
        return f"Đơn tố cáo chỉ được gia hạn tối đa {max_extensions} lần."
    return None
