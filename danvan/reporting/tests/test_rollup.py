"""The roll-up reflects approvals at once and always equals a from-scratch recomputation."""

import importlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.org.models import Area, Unit
from danvan.reporting import rollup, services
from danvan.reporting.models import Indicator
from danvan.reporting.periods import parse_period
from danvan.reporting.selectors import reports

# the module, not the function `rollup.compact` that the package exports under the same name
compaction = importlib.import_module("danvan.reporting.rollup.compact")

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_other_apps_sources")]


def report(world, form, unit, period, values, approve=True, sections=None):
    s = services.create_submission(None, form=form, unit=unit, period=period, values=values, sections=sections)
    services.submit_submission(None, s, confirm_warnings=True)  # random figures: plausibility asks, we confirm
    if approve:
        services.approve_submission(world.a.reviewer, s)
    return s


def test_approval_shows_in_the_rollup_at_once_and_unapproval_removes_it(world, form):
    party, front = world.a.commune_party, world.a.commune_front
    s1 = report(world, form, party, "2026-01", {"QUA_SL": 100, "DVK_TONG": 5})
    report(world, form, front, "2026-01", {"QUA_SL": 20, "DVK_TONG": 2})
    report(world, form, party, "2026-02", {"QUA_SL": 50, "DVK_TONG": 6})
    q1 = reports.rollup_answer(form, parse_period("2026-Q1"), unit=world.a.btgdv)
    assert q1["values"]["QUA_SL"] == 170  # flows add up over months and units
    assert q1["values"]["DVK_TONG"] == 8  # stocks: each unit's last value (6 and 2), summed
    assert q1["units_counted"] == 2
    area = reports.rollup_answer(form, parse_period("2026-01"), area=world.a.commune)
    assert area["values"]["QUA_SL"] == 120 and area["units_counted"] == 2
    services.unapprove_submission(world.a.reviewer, s1, reason="Sai")
    q1 = reports.rollup_answer(form, parse_period("2026-Q1"), unit=world.a.btgdv)
    assert q1["values"]["QUA_SL"] == 70 and q1["values"]["DVK_TONG"] == 8
    # The Đảng ủy's subtree still holds the Front (which reports to it).
    assert reports.rollup_answer(form, parse_period("2026-01"), unit=party)["values"]["QUA_SL"] == 20


def test_unsubmitted_and_unapproved_reports_do_not_count(world, form):
    report(world, form, world.a.commune_party, "2026-03", {"QUA_SL": 9}, approve=False)
    answer = reports.rollup_answer(form, parse_period("2026-03"), unit=world.a.btgdv)
    assert answer == {"values": {code: None for code in answer["values"]}, "units_counted": 0}


def test_legacy_figures_are_attributed_through_the_lineage_and_splits_are_not_summed(world, form):
    from danvan.org.models import AreaLineage, UnitKind
    from danvan.org.services import create_unit

    kind = UnitKind.objects.get(code="mttq")
    old_province = Area.objects.get(era="legacy", code="36")  # Nam Định, wholly merged into Ninh Bình
    old_front = create_unit(None, kind=kind, area=old_province, name="Ủy ban MTTQ tỉnh Nam Định (cũ)",
                            parent=world.a.btgdv, opened_on=date(2020, 1, 1))
    report(world, form, old_front, "2025-03", {"QUA_SL": 300})
    new_province = Area.objects.get(era="current", code="37")
    answer = reports.rollup_answer(form, parse_period("2025-03"), area=new_province)
    assert answer["values"]["QUA_SL"] == 300 and [p["code"] for p in answer["legacy"]] == ["36"]
    # A legacy commune split among several current communes is listed, never added.
    link = AreaLineage.objects.filter(partial=True, successor__parent__code="37").select_related(
        "predecessor", "successor").first()
    old_commune_front = create_unit(None, kind=kind, area=link.predecessor, name="MTTQ xã cũ", parent=world.a.btgdv)
    report(world, form, old_commune_front, "2025-03", {"QUA_SL": 40})
    commune = reports.rollup_answer(form, parse_period("2025-03"), area=link.successor)
    assert commune["values"]["QUA_SL"] is None
    assert [(p["code"], p["values"]["QUA_SL"]) for p in commune["split"]] == [(link.predecessor.code, 40)]


MONTHS = [f"2026-{m:02d}" for m in range(1, 7)]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(MONTHS), st.integers(0, 10_000),
                          st.integers(0, 50), st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=12),
       st.integers(1, 30))
def test_rollup_equals_recomputation_under_random_reports(world, form, plan, fold_at):
    from django.db import transaction
    from django.test import override_settings

    units = list(Unit.objects.subtree(world.a.commune_party).order_by("pk")[:6])
    with transaction.atomic(), override_settings(ROLLUP_FOLD_AT=fold_at):
        # Every aggregation: sums over time and units (QUA_SL, GAO_TAN with decimals), the last value
        # (DVK_TONG), an average (TH_LUOT) and a maximum (DT_CUOC) across units, and optional values left out.
        # Folds come when `fold_at` rows are pending and at random points; reads see pending rows either way.
        Indicator.objects.filter(code="TH_LUOT").update(aggregation_units="avg")
        Indicator.objects.filter(code="DT_CUOC").update(aggregation_units="max")
        indicators = reports.form_indicators(form)
        done = set()
        for unit_index, month, gifts, models, approve, unapprove, fold in plan:
            unit = units[unit_index % len(units)]
            if (unit.pk, month) in done:
                continue
            done.add((unit.pk, month))
            values = {"QUA_SL": gifts, "DVK_TONG": models, "GAO_TAN": f"{gifts % 97}.{models % 10}5"}
            if gifts % 3:
                values.update(TH_LUOT=gifts % 300, DT_CUOC=models)
            s = report(world, form, unit, month, values, approve=approve)
            if approve and unapprove:
                services.unapprove_submission(world.a.reviewer, s, reason="kiểm thử")
            if fold:
                rollup.compact(form)
        # Large nodes (the province's root unit, the province) and small ones (the commune's Đảng ủy, the commune).
        for code in ["2026-01", "2026-Q1", "2026-Q2", "2026-H1", "2026"]:
            period = parse_period(code)
            for unit in (world.a.btgdv, world.a.commune_party):
                fast = reports.rollup_answer(form, period, unit=unit)
                slow_values, slow_units = rollup.recompute_from_scratch(form, code, line_prefix=unit.line_path,
                                                                        indicators=indicators)
                assert fast == {"values": slow_values, "units_counted": slow_units}, (unit.line_path, code)
            for area in (world.a.commune, world.a.province):
                fast = rollup.values_at(form, rollup.area_node(area), code, indicators)
                assert fast == rollup.recompute_from_scratch(form, code, area=area, indicators=indicators), (
                    area.path, code)
        transaction.set_rollback(True)


def test_only_the_large_nodes_have_cells():
    assert rollup.has_cell("U/12/") and not rollup.has_cell("U/12/34/")
    assert rollup.has_cell("Acurrent:/VN/") and rollup.has_cell("Acurrent:/VN/37/")
    assert not rollup.has_cell("Acurrent:/VN/37/13456/") and not rollup.has_cell("Alegacy:/VN/36/360/")
    assert [str(n) for n in rollup.cell_nodes("/12/34/56/", "Acurrent:/VN/37/13456/")] == [
        "U/12/", "Acurrent:/VN/", "Acurrent:/VN/37/"]


def test_approvals_wait_pending_until_a_fold_and_reads_are_the_same_before_and_after(world, form, settings):
    from danvan.reporting.models import RollupCell, RollupPending

    settings.ROLLUP_FOLD_AT = 1000
    report(world, form, world.a.commune_party, "2026-01", {"QUA_SL": 10, "DVK_TONG": 1})
    report(world, form, world.a.commune_front, "2026-01", {"QUA_SL": 5, "DVK_TONG": 3})
    assert not RollupCell.objects.filter(form=form).exists()  # nothing folded yet: no shared row written
    assert RollupPending.objects.filter(form=form).count() == 10  # 2 units × 5 periods
    nodes = [("U" + world.a.btgdv.line_path, "2026"), (rollup.area_node(world.a.province), "2026-Q1"),
             ("U" + world.a.commune_party.line_path, "2026-01"), (rollup.area_node(world.a.commune), "2026-H1")]
    indicators = reports.form_indicators(form)
    before = [rollup.values_at(form, node, period, indicators) for node, period in nodes]
    assert before[0] == before[1] == before[2] == before[3]
    assert before[0][0]["QUA_SL"] == 15 and before[0][0]["DVK_TONG"] == 4 and before[0][1] == 2
    assert rollup.compact(form) == 10
    assert not RollupPending.objects.filter(form=form).exists()
    assert RollupCell.objects.filter(form=form).count() == 3 * 5  # root unit, country, province × 5 periods
    assert [rollup.values_at(form, node, period, indicators) for node, period in nodes] == before
    # An approval then an un-approval after a fold: listed once, with what the cells hold (nothing).
    s = services.create_submission(None, form=form, unit=world.a.commune_party, period="2026-02",
                                   values={"QUA_SL": 7})
    services.submit_submission(None, s)
    services.approve_submission(world.a.reviewer, s)
    assert rollup.values_at(form, "U" + world.a.btgdv.line_path, "2026", indicators)[0]["QUA_SL"] == 22
    services.unapprove_submission(world.a.reviewer, s, reason="Sai số liệu")
    listed = RollupPending.objects.get(form=form, unit=world.a.commune_party, period="2026-02")
    assert listed.held is None  # the month was not in the cells: nothing to take out
    year = RollupPending.objects.get(form=form, unit=world.a.commune_party, period="2026")
    assert year.held == {"QUA_SL": "10.0000", "DVK_TONG": "1.0000"}  # the year as the cells hold it
    assert rollup.values_at(form, "U" + world.a.btgdv.line_path, "2026-02", indicators)[1] == 0
    assert rollup.values_at(form, "U" + world.a.btgdv.line_path, "2026", indicators) == before[0]
    rollup.compact(form)
    assert rollup.values_at(form, "U" + world.a.btgdv.line_path, "2026", indicators) == before[0]
    assert not RollupCell.objects.filter(form=form, period="2026-02", units__gt=0).exists()


def test_the_approval_that_crosses_the_fold_threshold_folds(world, form, settings):
    """A fold comes once about ROLLUP_FOLD_AT rows have changed (SQLite counts the pending rows; PostgreSQL
    numbers every changed row with a sequence, which tests do not reset): two approvals, 10 rows, cross 8.
    With the worker switched off, the approval folds itself."""
    from danvan.reporting.models import RollupCell, RollupPending

    settings.ROLLUP_FOLD_AT, settings.ROLLUP_FOLD_IN_WORKER = 8, False
    report(world, form, world.a.commune_party, "2026-01", {"QUA_SL": 10})
    report(world, form, world.a.commune_front, "2026-01", {"QUA_SL": 5})
    assert RollupCell.objects.filter(form=form).exists()
    assert RollupPending.objects.filter(form=form).count() < 8


def _queued_folds() -> int:
    from django_tasks_db.models import DBTaskResult

    from danvan.reporting.rollup.tasks import compact_rollup

    return DBTaskResult.objects.filter(task_path=compact_rollup.module_path, status="READY").count()


def test_on_postgresql_the_approval_queues_the_fold_for_the_worker(world, form, settings):
    """The approval that crosses ROLLUP_FOLD_AT queues `compact_rollup` in its own transaction and folds nothing
    itself; the figures read are the same before the worker folds and after."""
    from django.db import connection

    from danvan.reporting.models import RollupCell, RollupPending
    from danvan.reporting.rollup.tasks import compact_rollup

    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time: its approvals fold themselves")
    settings.ROLLUP_FOLD_AT, settings.ROLLUP_FOLD_BACKLOG = 8, 1_000_000
    report(world, form, world.a.commune_party, "2026-01", {"QUA_SL": 10})
    report(world, form, world.a.commune_front, "2026-01", {"QUA_SL": 5})
    assert _queued_folds() >= 1
    assert not RollupCell.objects.filter(form=form).exists()
    before = reports.rollup_answer(form, parse_period("2026"), unit=world.a.btgdv)
    assert before["values"]["QUA_SL"] == 15 and before["units_counted"] == 2
    assert compact_rollup.call(form.pk) == 10
    assert not RollupPending.objects.filter(form=form).exists() and RollupCell.objects.filter(form=form).exists()
    assert reports.rollup_answer(form, parse_period("2026"), unit=world.a.btgdv) == before


def test_on_postgresql_an_approval_folds_itself_when_the_worker_falls_behind(world, form, settings):
    """Without a worker the list must not grow without bound: every ROLLUP_FOLD_BACKLOG × ROLLUP_FOLD_AT
    changed rows (here 2 × 2) the approval counts the list and folds when it is that long. Three approvals,
    15 rows: the count crosses a multiple of 4 at least three times, with 4 or more rows listed at the last."""
    from django.db import connection

    from danvan.reporting.models import RollupCell, RollupPending

    if connection.vendor != "postgresql":
        pytest.skip("SQLite has one writer at a time: its approvals fold themselves")
    settings.ROLLUP_FOLD_AT, settings.ROLLUP_FOLD_BACKLOG = 2, 2
    report(world, form, world.a.commune_party, "2026-01", {"QUA_SL": 10})
    report(world, form, world.a.commune_front, "2026-01", {"QUA_SL": 5})
    report(world, form, world.a.commune_party, "2026-02", {"QUA_SL": 1})
    assert RollupCell.objects.filter(form=form).exists()
    assert RollupPending.objects.filter(form=form).count() < 15


def test_a_refresh_writes_under_the_line_of_the_locked_unit_not_of_the_callers_copy(world, form):
    """The unit moved after the caller read it (between a review's lock of the report and the refresh's lock
    of the unit): the unit-period and pending rows take the line and area of the unit's locked row."""
    from danvan.org.services import update_unit
    from danvan.reporting.models import RollupPending, Submission, UnitPeriodValue

    front = world.a.commune_front
    s = report(world, form, front, "2026-01", {"QUA_SL": 30}, approve=False)
    stale = Unit.objects.get(pk=front.pk)
    update_unit(None, front, version=front.version, parent=world.a.btgdv)
    front.refresh_from_db()
    Submission.objects.filter(pk=s.pk).update(status="approved")  # as the approval's own UPDATE
    assert rollup.refresh_unit(form, stale, "2026-01") == 5
    for model in (UnitPeriodValue, RollupPending):
        assert set(model.objects.filter(form=form, unit=front).values_list("line_path", flat=True)) == {
            front.line_path}


def test_an_approval_read_before_its_unit_moved_counts_the_unit_under_its_new_line(world, form):
    """The reviewer's page read the report (and its unit's line) a moment before the unit moved: the
    approval must still write the unit's figures under the line it has now, as its locked row says."""
    from danvan.org.services import update_unit
    from danvan.reporting.models import UnitPeriodValue
    from danvan.reporting.selectors import get_submission

    front, party = world.a.commune_front, world.a.commune_party
    s = report(world, form, front, "2026-01", {"QUA_SL": 30}, approve=False)
    stale = get_submission(world.a.reviewer, s.pk)  # as the review page hands it over
    update_unit(None, front, version=front.version, parent=world.a.btgdv)
    front.refresh_from_db()
    assert stale.unit.line_path != front.line_path
    approved = services.approve_submission(world.a.reviewer, stale)
    assert approved.status == "approved" and approved.line_path == front.line_path
    assert set(UnitPeriodValue.objects.filter(form=form, unit=front).values_list("line_path", flat=True)) == {
        front.line_path}
    indicators = reports.form_indicators(form)
    for line in (party.line_path, front.line_path, world.a.btgdv.line_path):
        assert rollup.values_at(form, "U" + line, "2026-Q1", indicators) == rollup.recompute_from_scratch(
            form, "2026-Q1", line_prefix=line, indicators=indicators), line
    assert rollup.values_at(form, "U" + party.line_path, "2026-Q1", indicators)[1] == 0


def test_rebuild_gives_the_same_cells(world, form):
    report(world, form, world.a.commune_party, "2026-01", {"QUA_SL": 10, "DVK_TONG": 1})
    report(world, form, world.a.commune_front, "2026-02", {"QUA_SL": 5, "DVK_TONG": 3})
    before = reports.rollup_answer(form, parse_period("2026"), unit=world.a.btgdv)
    rollup.rebuild(form)
    assert reports.rollup_answer(form, parse_period("2026"), unit=world.a.btgdv) == before


def test_rebuild_command_repairs_the_tables_and_leaves_an_audit_event(world, form):
    from io import StringIO

    from django.core.exceptions import PermissionDenied
    from django.core.management import CommandError, call_command

    from danvan.core.models import AuditEvent
    from danvan.reporting.models import RollupCell

    report(world, form, world.a.commune_party, "2026-01", {"QUA_SL": 10, "DVK_TONG": 1})
    before = reports.rollup_answer(form, parse_period("2026"), unit=world.a.btgdv)
    RollupCell.objects.filter(form=form).update(units=99)  # damaged outside the services
    out = StringIO()
    call_command("rebuild_rollup", form=form.code, stdout=out)
    assert "Đã tính lại 5 dòng" in out.getvalue()
    assert reports.rollup_answer(form, parse_period("2026"), unit=world.a.btgdv) == before
    event = AuditEvent.objects.get(action="reporting.rollup.rebuild")
    assert event.after == {"form": form.code, "unit_periods": 5}
    with pytest.raises(CommandError, match="Không có biểu mẫu"):
        call_command("rebuild_rollup", form="KHONG-CO")
    with pytest.raises(PermissionDenied):
        services.rebuild_rollup(world.a.reviewer, form=form)


def _tables(form):
    """Both roll-up tables after a fold, as comparable values."""
    from decimal import Decimal

    from danvan.reporting.models import RollupCell, RollupPending, UnitPeriodValue

    rollup.compact(form)
    assert not RollupPending.objects.filter(form=form).exists()
    figures = {(u, p): {c: Decimal(v) for c, v in f.items()} for u, p, f in
               UnitPeriodValue.objects.filter(form=form).values_list("unit_id", "period", "figures")}
    cells = {}
    for node, period, units, totals in RollupCell.objects.filter(form=form).values_list("node", "period", "units",
                                                                                        "totals"):
        totals = {c: (Decimal(t), k) for c, (t, k) in totals.items() if Decimal(t) or k}
        if units or totals:  # a cell emptied by an un-approval is the same as no cell
            cells[(node, period)] = (units, totals)
    return figures, cells


def test_the_database_refresh_writes_what_the_python_refresh_writes(world, form, monkeypatch):
    """PostgreSQL refreshes and folds in the SQL functions `reporting_refresh_units` and `reporting_fold`,
    SQLite in Python: on PostgreSQL both run over the same reports (sums, last values, decimals, a report
    of narrative only, an un-approval) and must leave the same rows."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the SQL function exists on PostgreSQL only")
    units = list(Unit.objects.subtree(world.a.commune_party).order_by("pk")[:4])
    for i, unit in enumerate(units):
        for month in ["2026-01", "2026-02", "2026-04"]:
            values = {} if (i, month) == (1, "2026-02") else {
                "QUA_SL": 10 * i + int(month[-1]), "DVK_TONG": i + int(month[-1]), "GAO_TAN": f"{i}.{month[-1]}25"}
            # a report of narrative only (an empty one is refused on submission)
            s = report(world, form, unit, month, values, sections=None if values else {"KQ": "Chỉ có thuyết minh."})
            if (i, month) == (2, "2026-04"):
                rollup.compact(form)  # the un-approval then takes out of the cells what they hold
                services.unapprove_submission(world.a.reviewer, s, reason="kiểm thử")
    by_sql = _tables(form)
    assert by_sql[0] and by_sql[1]
    monkeypatch.setattr(compaction, "_compact_in_database", compaction._compact_in_python)  # (a rebuild refreshes in Python)
    rollup.rebuild(form)
    assert _tables(form) == by_sql
    monkeypatch.undo()
    rollup.rebuild(form)
    assert _tables(form) == by_sql


def test_the_fold_function_plans_at_each_call():
    """A rebuild folds after every batch in one transaction while its tables grow from empty: a plan kept
    from the first fold (nested loops over a near-empty table) made the scale-1.0 rebuild run for 45 minutes
    instead of 4 (migration 0008). The function must plan its statements at each call."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the SQL function exists on PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SELECT proconfig FROM pg_proc WHERE proname = 'reporting_fold'")
        assert cursor.fetchall() == [(["plan_cache_mode=force_custom_plan"],)]


def test_completeness_counts_expected_units_open_during_the_period(world, form):
    from danvan.org.services import update_unit

    party = world.a.commune_party
    expected_units = 7  # the commune's Đảng ủy, MTTQ and five unions
    s = report(world, form, party, "2026-12", {"QUA_SL": 1})
    answer = reports.completeness(form, parse_period("2026-12"), unit=party)
    assert (answer["expected"], answer["submitted"], answer["approved"]) == (expected_units, 1, 1)
    assert answer["on_time"] == 1 and answer["rate"] == round(1 / 7, 4)
    assert s.unit_id not in answer["missing"] and len(answer["missing"]) == 6
    women = Unit.objects.get(parent=party, kind__code="hoi-phu-nu")
    update_unit(None, women, version=women.version, closed_on=date(2026, 11, 1))  # closed before the period (15/11–14/12)
    assert reports.completeness(form, parse_period("2026-12"), unit=party)["expected"] == expected_units - 1
    veterans = Unit.objects.get(parent=party, kind__code="hoi-cuu-chien-binh")
    update_unit(None, veterans, version=veterans.version, closed_on=date(2026, 12, 1))  # closed mid-period
    assert reports.completeness(form, parse_period("2026-12"), unit=party)["expected"] == expected_units - 1


def test_moving_a_unit_moves_its_reports_and_rollup(world, form):
    from danvan.org.services import update_unit
    from danvan.reporting.models import Submission

    front = world.a.commune_front
    s = report(world, form, front, "2026-01", {"QUA_SL": 30})
    province_front = Unit.objects.get(area=world.a.province, kind__code="mttq")
    update_unit(None, front, version=front.version, parent=province_front)
    front.refresh_from_db()
    assert Submission.objects.get(pk=s.pk).line_path == front.line_path
    period = parse_period("2026-01")
    assert reports.rollup_answer(form, period, unit=world.a.commune_party)["values"]["QUA_SL"] is None
    assert reports.rollup_answer(form, period, unit=province_front)["values"]["QUA_SL"] == 30
    assert reports.rollup_answer(form, period, unit=world.a.btgdv)["values"]["QUA_SL"] == 30
    indicators = reports.form_indicators(form)
    for node_unit in (world.a.btgdv, province_front, world.a.commune_party):
        fast = reports.rollup_answer(form, period, unit=node_unit)
        slow = rollup.recompute_from_scratch(form, "2026-01", line_prefix=node_unit.line_path, indicators=indicators)
        assert fast == {"values": slow[0], "units_counted": slow[1]}
