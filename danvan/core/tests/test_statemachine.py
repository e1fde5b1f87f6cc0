"""A lifecycle is a table: allowed events move the state, refused ones say why in Vietnamese (409)."""

import pytest

from danvan.core.audit import ConflictError
from danvan.core.statemachine import StateMachine, Transition, TransitionRefused

LABELS = {"emerging": "Mới phát sinh", "handling": "Đang xử lý", "stabilised": "Đã ổn định", "closed": "Đã kết thúc"}
MACHINE = StateMachine("sự việc", {
    "update": Transition(("emerging", "handling"), "handling", "Cập nhật"),
    "note": Transition(("emerging", "handling", "stabilised"), None, "Ghi chú"),
    "stabilise": Transition(("emerging", "handling"), "stabilised", "Ổn định"),
    "close": Transition(("stabilised",), "closed", "Kết thúc"),
}, state_labels=LABELS)


def test_an_allowed_event_gives_its_target_state():
    assert MACHINE.target("emerging", "update") == "handling"
    assert MACHINE.target("handling", "stabilise") == "stabilised"


def test_an_event_without_a_target_keeps_the_state():
    assert MACHINE.target("stabilised", "note") == "stabilised"


def test_a_refused_event_is_a_conflict_that_names_the_states_in_vietnamese():
    with pytest.raises(TransitionRefused) as refused:
        MACHINE.target("emerging", "close")
    assert isinstance(refused.value, ConflictError)
    assert "Mới phát sinh" in refused.value.message and "Đã ổn định" in refused.value.message


def test_an_unknown_event_is_refused():
    with pytest.raises(TransitionRefused):
        MACHINE.target("emerging", "explode")


def test_allowed_lists_the_events_of_a_state_in_table_order():
    assert MACHINE.allowed("handling") == ["update", "note", "stabilise"]
    assert MACHINE.allowed("closed") == []
