"""DVK_TONG and DVK_MOI: the values a unit's monthly report is pre-filled with equal the counts of its records."""

from datetime import date

import pytest

from danvan.core import registry
from danvan.movement import services
from danvan.movement.tests.conftest import launched, register

pytestmark = pytest.mark.django_db

# The reporting window of 2026-03 (15 February to 14 March).
START, END = date(2026, 2, 15), date(2026, 3, 14)


def compute(code, unit, start=START, end=END):
    return registry.indicator_sources.get(code).compute(unit, start, end)


def test_both_sources_are_registered_by_the_movement_app():
    assert {registry.indicator_sources.get(c).app for c in ("DVK_TONG", "DVK_MOI")} == {"movement"}


def test_models_in_operation_count_launched_models_not_stopped_by_the_end(world):
    unit, reporter = world.a.commune_party, world.a.reporter
    running = [launched(reporter, unit, name=f"Đang chạy {i}", registered_on=date(2026, 1, 5),
                        launched_on=date(2026, 1, 20 + i)) for i in range(3)]
    register(reporter, unit, name="Mới đăng ký, chưa triển khai", registered_on=date(2026, 3, 1))
    launched(reporter, unit, name="Triển khai sau kỳ", registered_on=date(2026, 3, 1), launched_on=date(2026, 3, 20))
    stopped = launched(reporter, unit, name="Đã dừng trong kỳ", registered_on=date(2026, 1, 1))
    services.stop_model(reporter, stopped, reason="Hết kinh phí.", stopped_on=date(2026, 3, 1))
    later_stop = launched(reporter, unit, name="Dừng sau kỳ", registered_on=date(2026, 1, 1))
    services.stop_model(reporter, later_stop, reason="Hết kinh phí.", stopped_on=date(2026, 4, 1))
    launched(reporter, world.a.commune_front, name="Của tổ chức khác")

    value = compute("DVK_TONG", unit)
    assert value.value == 4  # three running and the one stopped after the period
    assert sorted(r.label for r in value.records) == sorted([*(m.name for m in running), "Dừng sau kỳ"])
    assert all(r.url.startswith("/dan-van-kheo/") for r in value.records) and value.more == 0


def test_new_models_count_registrations_in_the_period_including_replications(world):
    unit, reporter = world.a.commune_party, world.a.reporter
    origin = launched(reporter, world.a.commune_front, registered_on=date(2026, 1, 5))
    register(reporter, unit, name="Trước kỳ", registered_on=date(2026, 2, 14))
    register(reporter, unit, name="Đầu kỳ", registered_on=START)
    register(reporter, unit, name="Cuối kỳ", registered_on=END)
    register(reporter, unit, name="Sau kỳ", registered_on=date(2026, 3, 15))
    services.replicate_model(reporter, origin, unit=unit, areas=[unit.area], registered_on=date(2026, 3, 1))
    value = compute("DVK_MOI", unit)
    assert value.value == 3
    assert {r.label for r in value.records} == {"Đầu kỳ", "Cuối kỳ", origin.name}


def test_records_beyond_the_listed_ones_are_counted_in_more(world, settings):
    from danvan.movement import selectors

    for i in range(selectors.RECORDS_SHOWN + 2):
        register(world.a.reporter, world.a.commune_party, name=f"Mô hình {i}", registered_on=date(2026, 3, 1))
    value = compute("DVK_MOI", world.a.commune_party)
    assert (value.value, len(value.records), value.more) == (selectors.RECORDS_SHOWN + 2, selectors.RECORDS_SHOWN, 2)


def test_a_new_monthly_report_draft_is_pre_filled_with_both_counts(world):
    from danvan.reporting.models import ReportForm
    from danvan.reporting.services import create_submission

    unit, reporter = world.a.commune_party, world.a.reporter
    for i in range(2):
        launched(reporter, unit, name=f"Đang chạy {i}", registered_on=date(2026, 1, 5), launched_on=date(2026, 1, 20))
    register(reporter, unit, name="Mới trong kỳ", registered_on=date(2026, 3, 1))
    form = ReportForm.objects.get(code="BC-DV-THANG")
    assert {"DVK_TONG", "DVK_MOI"} <= set(form.form_indicators.values_list("indicator__code", flat=True))
    draft = create_submission(reporter, form=form, unit=unit, period="2026-03", values={})
    values = {v.indicator.code: v for v in draft.values.select_related("indicator")}
    assert values["DVK_TONG"].value == compute("DVK_TONG", unit).value == 2
    assert values["DVK_MOI"].value == compute("DVK_MOI", unit).value == 1
    assert values["DVK_TONG"].sourced_value == 2
