"""Speed of the always-fresh roll-up at national size; prints JSON.

    .venv/bin/python bench/rollup.py [--scale S] [--json] [--repeat N] [--approvals N] [--pending N]
                                     [--batch N] [--workers N] [--generate-only]

Writes into the configured database (`DATABASE_URL`, else SQLite under `DANVAN_VAR_DIR`): use a
scratch database. Scale 1.0 = all 34 provinces with every commune and the standard bloc (10 units per
commune, 7 of which must report BC-DV-THANG), 12 months (2025-12 … 2026-11), the 13 shipped
indicators. Scale S takes round(34·S) provinces, evenly spread over the list.

Bulk-inserted for speed (not through the services): the submissions and their values. The roll-up
tables are then filled by `rollup.rebuild` (the code approvals run). Measured through the real code, on
reports left submitted: approvals one by one (`approve_submission`, one transaction each), in batches
(`bulk_approve`, as the review queue sends them) and one by one from several processes at once;
roll-up reads (`reports.rollup_answer`); and the check against `rollup.recompute_from_scratch`. On
PostgreSQL a `danvan db_worker` runs beside the approvals, as in production: it takes the folds they
queue (`folds_*`, `fold_worker_cpu_s`, `pending_rows_after` in the JSON; ROLLUP_FOLD_IN_WORKER=0 folds
inline instead).
DuckDB over an in-memory copy of the approved values is the reference. A re-run on the same database
reuses the generated data (and needs reports still submitted: generate with a larger --pending).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import tempfile
import time
from datetime import date

from _common import FoldWorker, fill_rollup, generate, setup_django, timed

NOW = date(2026, 11, 23)


def _progress(args, message: str) -> None:
    if not args.json:
        print(message, flush=True)


def duckdb_reference(form, rows_sql: str):
    """An in-memory DuckDB copy of the approved values, and a function summing them like the roll-up."""
    import duckdb
    from django.db import connection

    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as out:
        writer = csv.writer(out)
        with connection.cursor() as cur:
            cur.execute(rows_sql, [form.pk])
            while chunk := cur.fetchmany(20000):
                writer.writerows(chunk)
    db = duckdb.connect()
    db.execute("""CREATE TABLE vals AS SELECT * FROM read_csv(?, header = false, columns = {
        'unit_id': 'BIGINT', 'line_path': 'VARCHAR', 'area_path': 'VARCHAR', 'period_start': 'DATE',
        'period_end': 'DATE', 'code': 'VARCHAR', 'agg': 'VARCHAR', 'value': 'DECIMAL(20,4)'})""", [out.name])
    os.unlink(out.name)

    def answer(field: str, prefix: str, period):
        rows = db.execute(f"""
            WITH x AS (SELECT * FROM vals WHERE {field} >= ? AND {field} < ? AND period_start >= ? AND period_end <= ?)
            SELECT code, SUM(value) FROM x WHERE agg = 'sum' GROUP BY code
            UNION ALL
            SELECT code, SUM(v) FROM (SELECT code, arg_max(value, period_end) AS v FROM x WHERE agg = 'last'
                                      GROUP BY unit_id, code) GROUP BY code
            UNION ALL SELECT '', COUNT(DISTINCT unit_id) FROM x""",
                          [prefix, prefix + "~", period.start, period.end]).fetchall()
        return {code: (int(v) if v == int(v) else float(v)) for code, v in rows}

    return db, answer


def _approve_worker(payload) -> tuple[float, float, int]:
    """One process approving its reports one by one (its own connection); returns (start, end, count)."""
    ids, usernames, start_at = payload
    setup_django()
    from danvan.accounts.selectors import user_by_username
    from danvan.core.permissions import Action
    from danvan.reporting.models import Submission
    from danvan.reporting.selectors import SUBMISSION_LOADS  # read as the report's page hands it over
    from danvan.reporting.services import approve_submission

    users = {name: user_by_username(name) for name in set(usernames)}
    subs = Submission.objects.select_related(*SUBMISSION_LOADS).in_bulk(ids)
    for user in users.values():
        user.scope_for(Action.REVIEW)  # the membership read a signed-in reviewer has already done
    while time.time() < start_at:
        time.sleep(0.001)
    started = time.time()
    for pk, name in zip(ids, usernames, strict=True):
        approve_submission(users[name], subs[pk])
    return started, time.time(), len(ids)


def _parallel_approvals(subs, reviewer_of, workers: int) -> dict:
    """Approvals one by one from `workers` processes at once (as several reviewers would), each with its
    own share of the reports; throughput over the wall clock from the first start to the last end."""
    from concurrent.futures import ProcessPoolExecutor

    from django.db import connections

    if not subs or workers < 1:
        return {"parallel_approvals": 0, "approve_parallel_per_s": None, "parallel_workers": workers}
    shares = [subs[k::workers] for k in range(workers)]
    connections.close_all()
    start_at = time.time() + 15  # every process set up before the first approval
    payloads = [([s.pk for s in share], [reviewer_of(s).username for s in share], start_at)
                for share in shares if share]
    with ProcessPoolExecutor(max_workers=len(payloads)) as pool:
        runs = list(pool.map(_approve_worker, payloads))
    wall = max(end for _, end, _ in runs) - min(start for start, _, _ in runs)
    count = sum(n for _, _, n in runs)
    return {"parallel_approvals": count, "approve_parallel_per_s": round(count / wall, 1),
            "parallel_workers": len(payloads)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    parser.add_argument("--repeat", type=int, default=200, help="timed reads per measurement")
    parser.add_argument("--approvals", type=int, help="reports approved in this run (default 2000·scale)")
    parser.add_argument("--pending", type=int,
                        help="reports left submitted when generating (default: --approvals); a larger pool lets "
                             "several runs measure approvals on the same data")
    parser.add_argument("--generate-only", action="store_true", help="generate the data, measure nothing")
    parser.add_argument("--batch", type=int, default=50, help="reports per bulk approval (as ticked in the review queue)")
    parser.add_argument("--workers", type=int, default=4, help="processes approving at the same time")
    args = parser.parse_args()
    setup_django()

    from django.core.management import call_command
    from django.db import connection

    from danvan.accounts.choices import Role
    from danvan.accounts.selectors import user_by_username
    from danvan.accounts.services import create_user, grant_membership
    from danvan.org.bloc import BTGDV
    from danvan.org.models import Area, Unit
    from danvan.org.services import create_bloc, import_divisions
    from danvan.reporting import reports, rollup
    from danvan.reporting.demo import last_complete_months
    from danvan.reporting.models import ReportForm, Submission, SubmissionValue
    from danvan.reporting.periods import parse_period
    from danvan.reporting.selectors import SUBMISSION_LOADS, expected_units
    from danvan.reporting.services import approve_submission, bulk_approve

    result: dict = {"scale": args.scale, "database": connection.vendor,
                    "bulk_inserted": "submissions, submission values"}
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if not Area.objects.filter(era="current", level="province").exists():
        import_divisions(None)
    all_provinces = list(Area.objects.filter(era="current", level="province").order_by("code"))
    n = max(1, min(len(all_provinces), round(len(all_provinces) * args.scale)))
    provinces = [all_provinces[i * len(all_provinces) // n] for i in range(n)]
    form = ReportForm.objects.get(code="BC-DV-THANG")
    months = last_complete_months(NOW)
    roots, reviewers = {}, {}
    for province in provinces:
        create_bloc(None, province)
        root = Unit.objects.get(area=province, kind__code=BTGDV, closed_on__isnull=True)
        reviewer = user_by_username(f"bench-tinh-{province.code}") or create_user(
            None, username=f"bench-tinh-{province.code}", full_name=f"Người duyệt {province.name}")
        grant_membership(None, user=reviewer, unit=root, role=Role.REVIEWER)
        roots[root.pk], reviewers[root.pk] = root, reviewer
    result["units_setup_s"] = round(time.perf_counter() - started, 1)
    _progress(args, f"{n} tỉnh, khối dân vận và người duyệt: {result['units_setup_s']} s")

    units = []
    for province in provinces:
        units += list(expected_units(form, months[-1], area=province).select_related("area").order_by("line_path"))
    approvals = args.approvals if args.approvals is not None else max(20, round(2000 * args.scale))
    if not Submission.objects.filter(form=form).exists():
        t = time.perf_counter()
        pool = args.pending if args.pending is not None else 3 * approvals
        counts = generate(form, units, months, pending_share=pool / (len(units) * len(months)))
        result["bulk_insert_s"] = round(time.perf_counter() - t, 1)
        _progress(args, f"Chèn hàng loạt {counts}: {result['bulk_insert_s']} s")
        fill = fill_rollup(form)
        result.update(fill_s=fill["seconds"], unit_period_values=fill["unit_period_values"], cells=fill["cells"])
        _progress(args, f"Bảng tổng hợp (rollup.rebuild): {fill}")
    else:
        _progress(args, "Dùng lại dữ liệu đã sinh trong cơ sở dữ liệu này.")
    result["units"] = len(units)
    result["submissions"] = Submission.objects.filter(form=form).count()
    result["values"] = SubmissionValue.objects.filter(submission__form=form).count()
    if args.generate_only:
        result["total_s"] = round(time.perf_counter() - started, 1)
        print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))
        return

    # Approvals, three ways, each on its own random sample of the reports left submitted.
    pending = list(Submission.objects.filter(form=form, status="submitted").select_related(*SUBMISSION_LOADS)
                   .order_by("?")[:3 * approvals])
    singles, batches, parallel = pending[0::3], pending[1::3], pending[2::3]

    def reviewer_of(sub):
        return reviewers[int(sub.line_path.strip("/").split("/")[0])]

    with FoldWorker() as worker:  # on PostgreSQL the approvals' folds run there, as in production
        t = time.perf_counter()
        for sub in singles:
            approve_submission(reviewer_of(sub), sub)
        seconds = time.perf_counter() - t
        result["approvals"] = len(singles)
        result["approve_per_s"] = round(len(singles) / seconds, 1) if singles else None
        _progress(args, f"Duyệt lần lượt từng báo cáo: {len(singles)} trong {seconds:.1f} s")

        by_root: dict[int, list] = {}
        for sub in batches:
            by_root.setdefault(int(sub.line_path.strip("/").split("/")[0]), []).append(sub)
        t = time.perf_counter()
        for root_id, subs in by_root.items():
            for i in range(0, len(subs), args.batch):
                outcome = bulk_approve(reviewers[root_id], subs[i:i + args.batch])
                assert not outcome["errors"], outcome["errors"]
        seconds = time.perf_counter() - t
        result["bulk_approvals"] = len(batches)
        result["bulk_approve_per_s"] = round(len(batches) / seconds, 1) if batches else None
        _progress(args, f"Duyệt hàng loạt (mỗi lần {args.batch}): {len(batches)} trong {seconds:.1f} s")

        result.update(_parallel_approvals(parallel, reviewer_of, args.workers))
        _progress(args, f"Duyệt song song ({args.workers} tiến trình): {result['parallel_approvals']} báo cáo, "
                        f"{result['approve_parallel_per_s']}/s")
    result.update(worker.summary())

    # The largest province generated, and the whole country.
    root = max(roots.values(), key=lambda r: Unit.objects.filter(line_path__startswith=r.line_path).count())
    country = Area.objects.get(era="current", level="country")
    half, year = parse_period("2026-H1"), parse_period("2026")
    province = timed(lambda: reports.rollup_answer(form, half, unit=root), args.repeat)
    nation = timed(lambda: reports.rollup_answer(form, year, area=country), args.repeat)
    result.update(rollup_province_p50_ms=province["p50"], rollup_province_p95_ms=province["p95"],
                  rollup_nation_p50_ms=nation["p50"], rollup_nation_p95_ms=nation["p95"])

    t = time.perf_counter()
    db, duck = duckdb_reference(form, """SELECT s.unit_id, s.line_path, a.path, s.period_start, s.period_end, i.code,
            i.aggregation_time, v.value FROM reporting_submission s JOIN reporting_submissionvalue v
            ON v.submission_id = s.id JOIN reporting_indicator i ON i.id = v.indicator_id
            JOIN org_unit u ON u.id = s.unit_id JOIN org_area a ON a.id = u.area_id
            WHERE s.form_id = %s AND s.status = 'approved' AND a.era = 'current'""")
    result["duckdb_load_s"] = round(time.perf_counter() - t, 1)
    duck_province = timed(lambda: duck("line_path", root.line_path, half), args.repeat)
    duck_nation = timed(lambda: duck("area_path", country.path, year), args.repeat)
    result.update(duckdb_province_p50_ms=duck_province["p50"], duckdb_province_p95_ms=duck_province["p95"],
                  duckdb_nation_p50_ms=duck_nation["p50"], duckdb_nation_p95_ms=duck_nation["p95"])

    def as_reference(answer):
        return {**{k: v for k, v in answer["values"].items() if v is not None}, "": answer["units_counted"]}

    result["duckdb_equal"] = (as_reference(province["result"]) == duck_province["result"]
                              and as_reference(nation["result"]) == duck_nation["result"])

    # Exactness: the cells against a from-scratch recomputation, on sampled nodes and periods.
    t = time.perf_counter()
    indicators = reports.form_indicators(form)
    commune_party = Unit.objects.filter(line_path__startswith=root.line_path, kind__code="dang-uy").order_by("?")[0]
    checks = [("U", root, "2026-H1"), ("U", commune_party, "2026"), ("A", root.area, "2026-H1"),
              ("A", commune_party.area, "2026-Q3"), ("A", country, "2026-11"), ("A", country, "2026")]
    mismatches = []
    for kind, node, code in checks:
        if kind == "U":
            fast = rollup.values_at(form, "U" + node.line_path, code, indicators)
            slow = rollup.recompute_from_scratch(form, code, line_prefix=node.line_path, indicators=indicators)
        else:
            fast = rollup.values_at(form, rollup.area_node(node), code, indicators)
            slow = rollup.recompute_from_scratch(form, code, area=node, indicators=indicators)
        if fast != slow:
            mismatches.append(f"{kind}:{node} {code}")
    result["consistent"] = not mismatches
    result["consistency_checks"] = [f"{k}:{getattr(n, 'line_path', None) or n.path} {c}" for k, n, c in checks]
    result["consistency_mismatches"] = mismatches
    result["consistency_check_s"] = round(time.perf_counter() - t, 1)
    result["total_s"] = round(time.perf_counter() - started, 1)
    db.close()
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
