"""Rows owned by a unit follow it when it moves in the reporting line: once, in core, for every such model."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.core.models import UnitOwnedModel
from danvan.core.signals import move_unit_owned_rows, unit_moved, unit_owned_models
from danvan.org import signals as org_signals
from danvan.org.models import Unit
from danvan.org.services import update_unit
from danvan.reporting import services
from danvan.reporting.models import ReportForm, Submission

pytestmark = pytest.mark.django_db


def test_org_signal_is_cores_signal():
    assert org_signals.unit_moved is unit_moved


def test_every_unit_owned_model_is_moved_and_submission_is_one():
    models = unit_owned_models()
    assert Submission in models and all(issubclass(m, UnitOwnedModel) for m in models)


def test_a_unit_owned_row_follows_its_unit_when_it_moves_and_others_stay(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    front, party = world.a.commune_front, world.a.commune_party
    moved = services.create_submission(None, form=form, unit=front, period="2026-01", values={"QUA_SL": 3})
    stays = services.create_submission(None, form=form, unit=party, period="2026-01", values={"QUA_SL": 4})
    province_front = Unit.objects.get(area=world.a.province, kind__code="mttq")

    update_unit(world.admin, front, version=front.version, parent=province_front)

    front.refresh_from_db()
    assert front.line_path.startswith(province_front.line_path)
    assert Submission.objects.get(pk=moved.pk).line_path == front.line_path
    assert Submission.objects.get(pk=stays.pk).line_path == party.line_path


def test_the_receiver_moves_each_model_in_one_update(world):
    form = ReportForm.objects.get(code="BC-DV-THANG")
    front = world.a.commune_front
    services.create_submission(None, form=form, unit=front, period="2026-01", values={})
    services.create_submission(None, form=form, unit=front, period="2026-02", values={})
    with CaptureQueriesContext(connection) as ctx:
        moved = move_unit_owned_rows(Unit, old_prefix=front.line_path, new_prefix="/999999/")
    assert moved["reporting.submission"] == 2
    assert len(ctx.captured_queries) == len(unit_owned_models())
    assert set(Submission.objects.filter(unit=front).values_list("line_path", flat=True)) == {"/999999/"}
