"""The reporting demo data: a year of reports written through the services, some late, returned or missing."""

from datetime import date

import pytest
from django.utils import timezone

from danvan.core.management.commands.demo import DemoContext
from danvan.core.models import AuditEvent
from danvan.reporting import demo, rollup
from danvan.reporting.models import ReportForm, Submission
from danvan.reporting.selectors import expected_units, reports

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 23)


def _load(world, messages):
    ctx = DemoContext(province_codes=["37"], password=None, write=messages.append, provinces=[world.a.province])
    demo.load(ctx, communes=1, rest_latest=False, today=TODAY)


def test_demo_reports_are_a_plausible_year_written_through_the_services_and_a_rerun_changes_nothing(world):
    messages: list[str] = []
    _load(world, messages)
    form = ReportForm.objects.get(code="BC-DV-THANG")
    months = demo.last_complete_months(TODAY)
    assert [months[0].code, months[-1].code] == ["2025-12", "2026-11"]
    subs = list(Submission.objects.filter(form=form))
    units = set(expected_units(form, months[-1], area=world.a.province)
                .filter(area__in=[world.a.province, world.a.commune]).values_list("pk", flat=True))
    assert {s.unit_id for s in subs} == units  # every provincial unit and the first commune's
    missing = len(units) * len(months) - len(subs)
    assert 0 < missing < 0.15 * len(units) * len(months)

    by_status = {status: [s for s in subs if s.status == status] for status in ("approved", "returned", "submitted")}
    assert len(by_status["approved"]) > 0.7 * len(subs)
    assert {s.approved_by for s in by_status["approved"]} == {world.a.reviewer}
    assert by_status["returned"] and all(s.return_reason for s in by_status["returned"])
    submitted = [s for s in subs if s.first_submitted_at]
    late = [s for s in submitted if timezone.localdate(s.first_submitted_at) > s.deadline]
    assert 0 < len(late) < 0.3 * len(submitted)
    assert all(s.first_submitted_at <= s.submitted_at < timezone.now() for s in submitted)
    assert all(s.submitted_at <= s.approved_at for s in by_status["approved"])
    # The first commune's reports are written by its reporter, and every write left its audit event.
    party = [s for s in subs if s.unit_id == world.a.commune_party.pk]
    assert {s.created_by for s in party} == {world.a.reporter}
    events = AuditEvent.objects.filter(object_type="reporting.submission")
    assert set(events.filter(action="reporting.submission.create").values_list("object_id", flat=True)) == {
        str(s.pk) for s in subs}
    assert events.filter(action="reporting.submission.backdate").count() == len(submitted)
    assert events.filter(action="reporting.submission.return").count() >= len(by_status["returned"])
    # Plausible figures, and the roll-up of the year equals a recomputation.
    indicators = reports.form_indicators(form)
    year = rollup.values_at(form, "U" + world.a.btgdv.line_path, "2026", indicators)
    assert year == rollup.recompute_from_scratch(form, "2026", line_prefix=world.a.btgdv.line_path,
                                                 indicators=indicators)
    values, counted = year
    assert counted == len(units)
    assert 300_000 <= values["QUA_GT"] / values["QUA_SL"] <= 500_000
    assert isinstance(values["GAO_TAN"], float) and values["DVK_TONG"] > 0

    count, event_count = len(subs), AuditEvent.objects.count()
    _load(world, messages)
    assert (Submission.objects.count(), AuditEvent.objects.count()) == (count, event_count)
    assert "bỏ qua" in messages[-1]


def test_the_demo_round_under_review_covers_every_commune_so_the_desk_reads_most_units_as_sent(world):
    """The communes past the first N still report the latest month (the month the desk and the review queue
    show); only their history is left out. Without them the province read "hundreds not sent"."""
    form = ReportForm.objects.get(code="BC-DV-THANG")
    months = demo.last_complete_months(TODAY)
    expected = set(expected_units(form, months[-1], area=world.a.province).values_list("pk", flat=True))
    units, latest_only = demo._units(form, world.a.province, months, 1, rest_latest=True)
    assert {u.pk for u in units} == expected
    first_commune = {u.pk for u in units if u.area_id == world.a.commune.pk}
    provincial = {u.pk for u in units if u.area_id == world.a.province.pk}
    assert first_commune and provincial and not (first_commune | provincial) & latest_only
    assert latest_only == expected - first_commune - provincial
    subset, none = demo._units(form, world.a.province, months, 1, rest_latest=False)
    assert {u.pk for u in subset} == first_commune | provincial and not none
