"""Indicators fed by records (DESIGN): a draft is pre-filled from registered sources; changing one needs a reason."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from danvan.core import registry
from danvan.core.models import AuditEvent
from danvan.reporting import services
from danvan.reporting.models import ReportForm, SubmissionValue

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_other_apps_sources")]
CALLS: list[tuple] = []


def count_models(unit, start: date, end: date) -> registry.SourcedValue:
    CALLS.append((unit.pk, start, end))
    return registry.SourcedValue(Decimal(7), (registry.SourcedRecord("Mô hình A", "/mo-hinh/1/"),))


@pytest.fixture
def form():
    return ReportForm.objects.get(code="BC-DV-THANG")


@pytest.fixture
def source():
    CALLS.clear()
    registry.indicator_sources.register(registry.IndicatorSource("QUA_SL", count_models, app="test"))
    yield
    registry.indicator_sources.unregister("QUA_SL")


def value_of(submission, code):
    return SubmissionValue.objects.get(submission=submission, indicator__code=code)


def test_a_new_draft_is_prefilled_from_the_source_for_its_unit_and_period(world, form, source):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    row = value_of(s, "QUA_SL")
    assert (row.value, row.sourced_value, row.override_reason) == (Decimal(7), Decimal(7), "")
    # The reporting month of 2026-03 runs 15/02–14/03 (domain/reporting.md): the source counts that span.
    assert CALLS == [(world.a.commune_party.pk, date(2026, 2, 15), date(2026, 3, 14))] == [
        (s.unit_id, s.period_start, s.period_end)]
    assert AuditEvent.objects.get(action="reporting.submission.create").after["values"]["QUA_SL"] == "7.0000"


def test_a_value_the_reporter_gives_is_not_overwritten_by_the_source(world, form, source):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03",
                                   values={"QUA_SL": "5"})
    row = value_of(s, "QUA_SL")
    assert (row.value, row.sourced_value) == (Decimal(5), None)


def test_changing_a_sourced_value_needs_a_reason_which_the_audit_keeps(world, form, source):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    with pytest.raises(ValidationError) as refused:
        services.update_submission(world.a.reporter, s, version=s.version, values={"QUA_SL": "9"})
    assert "vui lòng nêu lý do" in refused.value.message_dict["QUA_SL"][0]
    assert value_of(s, "QUA_SL").value == Decimal(7)  # nothing written
    s.refresh_from_db()
    services.update_submission(world.a.reporter, s, version=s.version, values={"QUA_SL": "9"},
                               override_reasons={"QUA_SL": "Thêm 2 mô hình chưa nhập hệ thống"})
    row = value_of(s, "QUA_SL")
    assert (row.value, row.sourced_value, row.override_reason) == (Decimal(9), Decimal(7),
                                                                   "Thêm 2 mô hình chưa nhập hệ thống")
    event = AuditEvent.objects.get(action="reporting.submission.update")
    assert event.after["override_reasons"] == {"QUA_SL": "Thêm 2 mô hình chưa nhập hệ thống"}
    assert "override_reasons" not in event.before


def test_without_a_registered_source_nothing_is_sourced(world, form):
    s = services.create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03")
    assert not SubmissionValue.objects.filter(submission=s).exists()
