"""The lifecycle of a model: registered → launched → evaluated → recognised; stopped from any state."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from danvan.core.audit import ConflictError
from danvan.core.models import AuditEvent
from danvan.core.statemachine import TransitionRefused
from danvan.movement import services
from danvan.movement.choices import Status
from danvan.movement.models import MovementModel
from danvan.movement.tests.conftest import evaluated, launched, register

pytestmark = pytest.mark.django_db


def recognise(world, model, **kw):
    return services.recognise_model(world.a.reviewer, model, decision_number=kw.get("number", "123/QĐ-UBND"),
                                    decision_date=date(2026, 3, 20), issuer="UBND tỉnh Ninh Bình",
                                    level="province", form="Bằng khen")


def test_a_model_goes_through_its_whole_life(world):
    model = register(world.a.reporter, world.a.commune_party)
    assert model.status == Status.REGISTERED and model.version == 1
    services.launch_model(world.a.reporter, model, launched_on=date(2026, 2, 1), commitments="Ra quân hằng tháng.")
    evaluation = services.evaluate_model(world.a.reviewer, model, period="2026-Q1", scores={"hieu_qua": 9},
                                         effective=True, evidence="Ảnh, biên bản.", evaluated_on=date(2026, 3, 5))
    assert evaluation.scores == {"hieu_qua": 9}
    recognise(world, model)
    model.refresh_from_db()
    assert model.status == Status.RECOGNISED
    assert model.version == 4
    assert [e.kind for e in model.timeline.all()] == ["registered", "launched", "evaluated", "recognised"]
    actions = list(AuditEvent.objects.filter(object_id=str(model.pk), object_type="movement.movementmodel")
                   .order_by("id").values_list("action", flat=True))
    assert actions == ["movement.model.register", "movement.model.launch", "movement.model.evaluate",
                       "movement.model.recognise"]


def test_evaluations_repeat_and_may_score_nothing(world):
    model = evaluated(world, world.a.commune_party)
    services.evaluate_model(world.a.reviewer, model, period="2026-Q2", scores={}, effective=False,
                            evaluated_on=date(2026, 6, 1))
    model.refresh_from_db()
    assert model.status == Status.EVALUATED
    assert model.evaluations.count() == 2
    recognise(world, model)
    services.evaluate_model(world.a.reviewer, model, period="2026-Q3", effective=True, evaluated_on=date(2026, 6, 2))
    model.refresh_from_db()
    assert model.status == Status.RECOGNISED  # a later evaluation keeps the commendation


@pytest.mark.parametrize("state", ["registered", "launched", "evaluated", "recognised"])
def test_a_model_can_be_stopped_from_any_state_with_a_reason(world, state):
    model = register(world.a.reporter, world.a.commune_party)
    if state != "registered":
        services.launch_model(world.a.reporter, model, launched_on=date(2026, 2, 1))
    if state in ("evaluated", "recognised"):
        services.evaluate_model(world.a.reviewer, model, period="Q1", effective=True, evaluated_on=date(2026, 3, 1))
    if state == "recognised":
        recognise(world, model)
    model.refresh_from_db()
    assert model.status == state
    services.stop_model(world.a.reporter, model, reason="Địa bàn sáp nhập.", stopped_on=date(2026, 4, 1))
    model.refresh_from_db()
    assert (model.status, model.stop_reason, model.stopped_on) == ("stopped", "Địa bàn sáp nhập.", date(2026, 4, 1))


def test_stopping_needs_a_reason(world):
    model = register(world.a.reporter, world.a.commune_party)
    with pytest.raises(ValidationError) as exc:
        services.stop_model(world.a.reporter, model, reason="  ")
    assert "reason" in exc.value.message_dict
    model.refresh_from_db()
    assert model.status == Status.REGISTERED


REFUSED = [
    ("registered", "evaluate"), ("registered", "recognise"), ("registered", "replicate"),
    ("launched", "launch"), ("launched", "recognise"),
    ("evaluated", "launch"), ("recognised", "launch"),
    ("stopped", "launch"), ("stopped", "evaluate"), ("stopped", "recognise"), ("stopped", "replicate"),
    ("stopped", "stop"), ("stopped", "edit"),
]


def _in_state(world, state):
    model = register(world.a.reporter, world.a.commune_party)
    if state == "stopped":
        return services.stop_model(world.a.reporter, model, reason="Không còn phù hợp.")
    if state == "registered":
        return model
    services.launch_model(world.a.reporter, model, launched_on=date(2026, 2, 1))
    if state in ("evaluated", "recognised"):
        services.evaluate_model(world.a.reviewer, model, period="Q1", effective=True, evaluated_on=date(2026, 3, 1))
    if state == "recognised":
        recognise(world, model)
    model.refresh_from_db()
    return model


def _do(world, model, event):
    if event == "launch":
        return services.launch_model(world.a.reporter, model, launched_on=date(2026, 2, 2))
    if event == "evaluate":
        return services.evaluate_model(world.a.reviewer, model, period="Q1", effective=True,
                                       evaluated_on=date(2026, 3, 2))
    if event == "recognise":
        return recognise(world, model)
    if event == "replicate":
        return services.replicate_model(world.a.reporter, model, unit=world.a.commune_front,
                                        areas=[world.a.commune], registered_on=date(2026, 4, 1))
    if event == "stop":
        return services.stop_model(world.a.reporter, model, reason="Lý do.")
    return services.update_model(world.a.reporter, model, version=model.version, name="Tên mới")


@pytest.mark.parametrize(("state", "event"), REFUSED)
def test_a_refused_transition_names_the_state_and_writes_nothing(world, state, event):
    model = _in_state(world, state)
    before = (MovementModel.objects.unscoped().count(), AuditEvent.objects.count(), model.version)
    with pytest.raises(TransitionRefused) as exc:
        _do(world, model, event)
    assert isinstance(exc.value, ConflictError)
    assert str(Status(state).label) in exc.value.message
    model.refresh_from_db()
    assert (MovementModel.objects.unscoped().count(), AuditEvent.objects.count(), model.version) == before
    assert model.status == state


def test_a_stale_edit_is_refused(world):
    model = register(world.a.reporter, world.a.commune_party)
    services.update_model(world.a.reporter, model, version=1, name="Tên đã sửa", goals="Giảm rác thải 50%.")
    with pytest.raises(ConflictError):
        services.update_model(world.a.reporter, model, version=1, name="Sửa đè")
    model.refresh_from_db()
    assert (model.name, model.goals, model.version) == ("Tên đã sửa", "Giảm rác thải 50%.", 2)


def test_registration_is_validated_before_anything_is_written(world):
    count = MovementModel.objects.unscoped().count()
    with pytest.raises(ValidationError) as exc:
        services.register_model(world.a.reporter, unit=world.a.commune_party, kind="khac", name="",
                                field="khong_co", areas=["99999"], registered_on="2026-13-01",
                                registration={"starts_on": "2026-05-01", "ends_on": "2026-01-01", "x": "y"})
    assert set(exc.value.message_dict) == {"kind", "name", "field", "areas", "registered_on", "ends_on",
                                           "registration"}
    assert MovementModel.objects.unscoped().count() == count


def test_evaluation_scores_must_be_criteria_within_their_range(world):
    model = launched(world.a.reporter, world.a.commune_party)
    with pytest.raises(ValidationError) as exc:
        services.evaluate_model(world.a.reviewer, model, period="Q1", scores={"hieu_qua": 11, "khong_co": 1},
                                effective=True, evaluated_on=date(2026, 3, 1))
    assert len(exc.value.message_dict["scores"]) == 2
    assert model.evaluations.count() == 0


def test_only_a_reviewer_above_the_unit_evaluates(world):
    model = launched(world.a.reporter, world.a.commune_party)
    with pytest.raises(PermissionDenied):
        services.evaluate_model(world.a.reporter, model, period="Q1", effective=True, evaluated_on=date(2026, 3, 1))
    with pytest.raises(PermissionDenied):
        services.evaluate_model(world.b.reviewer, model, period="Q1", effective=True, evaluated_on=date(2026, 3, 1))


def test_a_commune_user_cannot_register_for_another_province(world):
    with pytest.raises(PermissionDenied):
        register(world.a.reporter, world.b.commune_party)


def test_a_model_is_visible_only_in_its_reporting_line(world):
    model = register(world.a.reporter, world.a.commune_party)
    assert MovementModel.objects.for_user(world.a.reviewer).filter(pk=model.pk).exists()
    assert not MovementModel.objects.for_user(world.b.reviewer).filter(pk=model.pk).exists()
    assert not MovementModel.objects.for_user(world.nobody).filter(pk=model.pk).exists()


def test_only_a_reviewer_above_marks_a_model_public_and_stopping_withdraws_it(world):
    model = launched(world.a.reporter, world.a.commune_party)
    with pytest.raises(PermissionDenied):
        services.set_model_public(world.a.reporter, model, True)
    with pytest.raises(PermissionDenied):
        services.set_model_public(world.b.reviewer, model, True)
    services.set_model_public(world.a.reviewer, model, True, version=model.version)
    model.refresh_from_db()
    assert model.is_public
    services.stop_model(world.a.reporter, model, reason="Hết kinh phí.")
    model.refresh_from_db()
    assert not model.is_public


def test_publishing_needs_a_launched_model_the_current_version_and_is_audited_both_ways(world):
    model = register(world.a.reporter, world.a.commune_party)
    with pytest.raises(TransitionRefused):
        services.set_model_public(world.a.reviewer, model, True)
    services.launch_model(world.a.reporter, model, launched_on=date(2026, 2, 1))
    model.refresh_from_db()
    with pytest.raises(ConflictError):
        services.set_model_public(world.a.reviewer, model, True, version=model.version - 1)
    with pytest.raises(ValidationError):
        services.set_model_public(world.a.reviewer, model, "yes")
    services.set_model_public(world.a.reviewer, model, True, version=model.version)
    with pytest.raises(ConflictError, match="đã được công khai"):
        services.set_model_public(world.a.reviewer, model, True)  # already public: refused, nothing written
    model.refresh_from_db()
    services.set_model_public(world.a.reviewer, model, False, version=model.version)
    model.refresh_from_db()
    assert not model.is_public and model.version == 4
    actions = list(AuditEvent.objects.filter(object_id=str(model.pk), action__contains="publish")
                   .order_by("id").values_list("action", flat=True))
    assert actions == ["movement.model.publish", "movement.model.unpublish"]
    assert [e.text for e in model.timeline.filter(kind="published")] == ["Công khai trên cổng thông tin.",
                                                                          "Thôi công khai."]
