"""Lifecycles as data: one table of allowed transitions per app (DESIGN: "State machines").

An app declares its table once, in its `rules.py`:

    INCIDENT = StateMachine("sự việc", {
        "stabilise": Transition(frm=("emerging", "handling"), to="stabilised", label="Ổn định"),
        "close": Transition(frm=("stabilised",), to="closed", label="Kết thúc"),
    }, state_labels=IncidentState)

Services call `INCIDENT.target(incident.state, "close")` before writing anything: a refused transition raises
`TransitionRefused` (a ConflictError, so the API answers 409 with the reason in Vietnamese).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from danvan.core.audit import ConflictError


class TransitionRefused(ConflictError):
    """The object's current state does not allow this event."""


@dataclass(frozen=True)
class Transition:
    frm: tuple[str, ...]
    to: str | None  # None: the event is allowed but keeps the state (e.g. a note on the timeline)
    label: Any = ""


class StateMachine:
    def __init__(self, noun: str, transitions: Mapping[str, Transition], state_labels: Any = None) -> None:
        self.noun = noun
        self.transitions = dict(transitions)
        # A TextChoices class (or a mapping) that names states in Vietnamese, for the refusal message.
        self._labels = dict(state_labels.choices) if hasattr(state_labels, "choices") else dict(state_labels or {})

    def state_label(self, state: str) -> str:
        return str(self._labels.get(state, state))

    def allowed(self, state: str) -> list[str]:
        """Events allowed from `state`, in the table's order (what the UI offers as buttons)."""
        return [event for event, t in self.transitions.items() if state in t.frm]

    def can(self, state: str, event: str) -> bool:
        t = self.transitions.get(event)
        return t is not None and state in t.frm

    def target(self, state: str, event: str) -> str:
        """The state after `event`, or TransitionRefused with the reason in Vietnamese."""
        t = self.transitions.get(event)
        if t is None:
            raise TransitionRefused(f"Thao tác “{event}” không có với {self.noun}.")
        if state not in t.frm:
            allowed_from = ", ".join(self.state_label(s) for s in t.frm)
            raise TransitionRefused(
                f"Không thể {str(t.label or event).lower()} {self.noun} đang ở trạng thái "
                f"“{self.state_label(state)}” (chỉ được khi: {allowed_from})."
            )
        return t.to if t.to is not None else state

    def states_reaching(self, events: Iterable[str]) -> set[str]:
        return {self.transitions[e].to for e in events if self.transitions[e].to}
