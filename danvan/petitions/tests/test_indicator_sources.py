"""DON_NHAN and DON_XONG: the monthly report draft of a unit is pre-filled with the counts of its petitions."""

from datetime import date

import pytest

from danvan.core import registry
from danvan.petitions import services
from danvan.petitions.tests.conftest import receive

pytestmark = pytest.mark.django_db

START, END = date(2026, 2, 15), date(2026, 3, 14)  # the reporting window of 2026-03


def compute(code, unit):
    return registry.indicator_sources.get(code).compute(unit, START, END)


def test_both_sources_are_registered_by_the_petitions_app():
    assert {registry.indicator_sources.get(c).app for c in ("DON_NHAN", "DON_XONG")} == {"petitions"}


def _data(world):
    unit, actor = world.a.commune_party, world.a.reporter
    inside = [receive(actor, unit, received_on=day, phone=f"09000000{i:02d}", id_number="",
                      subject=f"Đơn số {i}", content=f"Nội dung riêng số {i} về việc khác nhau {i}")
              for i, day in enumerate((START, date(2026, 3, 1), END))]
    receive(actor, unit, received_on=date(2026, 2, 14), phone="0911000001", id_number="", subject="Trước kỳ",
            content="Trước kỳ báo cáo")
    again = receive(actor, unit, received_on=date(2026, 3, 2), phone="0900000000", id_number="", subject="Đơn số 0",
                    content="Nội dung riêng số 0 về việc khác nhau 0")
    assert again.duplicate_of == inside[0]
    receive(actor, world.a.commune_front, received_on=date(2026, 3, 1), phone="0922000001", id_number="",
            subject="Của tổ chức khác", content="Đơn gửi Mặt trận")
    answered = services.accept_petition(actor, inside[0], accepted_on=date(2026, 2, 20))
    services.answer_petition(actor, answered, answered_on=date(2026, 3, 10), result="Đã trả lời.")
    return inside


def test_received_counts_the_units_petitions_of_the_period_once(world):
    inside = _data(world)
    value = compute("DON_NHAN", world.a.commune_party)
    assert value.value == len(inside) == 3  # the duplicate of 2/3 is not counted twice
    assert all(r.url.startswith("/don-thu/") for r in value.records)


def test_settled_counts_the_answers_of_the_period(world):
    _data(world)
    assert compute("DON_XONG", world.a.commune_party).value == 1


def test_the_monthly_report_draft_is_prefilled(world):
    from danvan.reporting.models import ReportForm
    from danvan.reporting.services import create_submission

    _data(world)
    form = ReportForm.objects.get(code="BC-DV-THANG")
    draft = create_submission(world.a.reporter, form=form, unit=world.a.commune_party, period="2026-03", values={})
    values = {v.indicator.code: v for v in draft.values.select_related("indicator")}
    assert (values["DON_NHAN"].sourced_value, values["DON_XONG"].sourced_value) == (3, 1)
