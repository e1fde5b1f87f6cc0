"""Factories of the movement tests: models are built through the services, as users would."""

from datetime import date

import pytest

from danvan.movement import services


def register(actor, unit, *, name="Mô hình “Dân vận khéo” thu gom rác thải", field="kinh_te", areas=None,
             registered_on=date(2026, 1, 10), kind="model", **registration):
    return services.register_model(actor, unit=unit, kind=kind, name=name, field=field,
                                   areas=areas or [unit.area], registered_on=registered_on,
                                   registration=registration or {"situation": "Rác thải chưa được thu gom."})


def launched(actor, unit, *, launched_on=date(2026, 2, 1), **kwargs):
    model = register(actor, unit, **kwargs)
    return services.launch_model(actor, model, launched_on=launched_on, commitments="Mỗi hộ phân loại rác.")


def evaluated(world, unit, *, effective=True, evaluated_on=date(2026, 3, 1), **kwargs):
    model = launched(world.a.reporter, unit, **kwargs)
    services.evaluate_model(world.a.reviewer, model, period="2026-Q1", scores={"hieu_qua": 8}, effective=effective,
                            evidence="Biên bản kiểm tra.", evaluated_on=evaluated_on)
    model.refresh_from_db()
    return model


@pytest.fixture
def make():
    """The factories, for tests that take them as a fixture."""
    class Make:
        pass

    Make.register, Make.launched, Make.evaluated = staticmethod(register), staticmethod(launched), staticmethod(
        evaluated)
    return Make
