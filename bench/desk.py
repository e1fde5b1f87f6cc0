"""Server time of the leaders' desk over national data; prints JSON.

    .venv/bin/python bench/desk.py --json [--provinces 34] [--petitions N] [--models N] [--notes N] [--months N]
                                   [--var-dir DIR] [--keep] [--reuse]

Builds the real divisions and the blocs of `--provinces` provinces (34: national, 33,550 units) in a fresh
SQLite database under `--var-dir` (default: a temporary directory; or the throw-away database of
DATABASE_URL), then bulk-inserts (SQL, not services) what the tiles read:

- BC-DV-THANG for every expected unit over `--months` months (13: the latest ended month and the same month
  last year) with every indicator's value, as the monthly round really looks: a past month 98 % sent, the
  latest ended month 90 % sent with a tenth of those still waiting for review, one report in ten sent after
  its deadline; then the roll-up (`_common.generate`, `fill_rollup`);
- petitions (`petitions.fill`, then the tallies rebuilt), Dân vận khéo models (`movement.fill_models`),
  situation notes (`situation.fill_notes`, Ninh Bình's communes carry the parties' lines) and the counters;
- incidents (`--incidents` a province, each in one commune, every state and severity) and key tasks (the
  provincial Ban's `--tasks` of the year, and two of each commune party committee, some done, some late).

Then it times, for Ninh Bình's reviewer on the province's Ban Tuyên giáo và Dân vận: `search.desk.desk()`
(every registered tile: what the page and `GET /api/v1/desk` compute), each tile alone, and the whole page
`GET /tim-kiem/ban-lam-viec/` through Django's test client, with the number of queries. Target: ≤ 200 ms
server time, a query count that does not grow with the data.

`--keep` keeps the database; `--reuse` times a database a run with `--keep` built (same `--var-dir`, or
the same DATABASE_URL), without the fill: the way to compare code on the same data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

TODAY = date(2026, 11, 30)
USERNAME = "bench-desk-37"  # also the mark of a filled database


def fill_reports(provinces, months_count: int) -> dict:
    from _common import fill_rollup, generate

    from danvan.reporting.demo import last_complete_months
    from danvan.reporting.models import ReportForm
    from danvan.reporting.selectors.reports import expected_units

    form = ReportForm.objects.get(code="BC-DV-THANG")
    months = last_complete_months(TODAY, months_count)
    missing = {p.code: 0.02 for p in months} | {months[-1].code: 0.10}
    units = []
    for province in provinces:
        units += list(expected_units(form, months[-1], area=province).select_related("area").order_by("line_path"))
    counts = generate(form, units, months, pending_share=0.01, missing=missing, late_share=0.1)
    # The latest month: a tenth of what was sent still waits for review (the rest of the round is approved).
    from danvan.reporting.models import Submission

    latest = Submission.objects.unscoped().filter(form=form, period=months[-1].code)
    waiting = latest.filter(pk__in=[pk for pk in latest.values_list("pk", flat=True) if pk % 10 == 0])
    counts["waiting"] = waiting.update(status="submitted", approved_at=None)
    counts["rollup"] = fill_rollup(form)
    return counts


def fill_incidents(provinces, per_province: int) -> int:
    from django.db import transaction

    from danvan.org.models import Unit
    from danvan.situation.choices import IncidentState
    from danvan.situation.models import Incident, IncidentArea

    rng = random.Random(21)
    states = [IncidentState.EMERGING, IncidentState.HANDLING, IncidentState.HANDLING, IncidentState.STABILISED,
              IncidentState.CLOSED, IncidentState.CLOSED]
    made = 0
    with transaction.atomic():
        for province in provinces:
            parties = list(Unit.objects.filter(area__parent=province, kind__code="dang-uy", closed_on__isnull=True)
                           .select_related("area"))
            rows, places = [], []
            for i in range(per_province):
                unit = rng.choice(parties)
                started = TODAY - timedelta(days=rng.randint(0, 400))
                state = rng.choice(states)
                rows.append(Incident(unit=unit, line_path=unit.line_path, title=f"Vụ việc {province.code}-{i}",
                                     severity=rng.choice([1, 1, 2, 2, 3]), people_count=rng.randint(1, 200),
                                     started_on=started, state=state,
                                     closed_on=started + timedelta(days=30) if state == IncidentState.CLOSED
                                     else None))
                places.append(unit.area)
            for incident, area in zip(Incident.objects.bulk_create(rows), places, strict=True):
                incident.__dict__["_place"] = area
            IncidentArea.objects.bulk_create([
                IncidentArea(incident=r, area=r.__dict__["_place"], commune=r.__dict__["_place"],
                             started_on=r.started_on, line_path=r.line_path) for r in rows])
            made += len(rows)
    return made


def fill_tasks(provinces, per_province: int) -> int:
    """The provincial Ban's key tasks of the year and two of every commune party committee's: deadlines over
    the year, a third reported done (some after their deadline), the rest in progress or not started."""
    from django.db import transaction

    from danvan.core.text import fold
    from danvan.directives.models import Task
    from danvan.org.models import Unit

    rng = random.Random(22)
    through = Task.lead_units.through
    made = 0
    with transaction.atomic():
        for province in provinces:
            owners = list(Unit.objects.filter(area=province, kind__code="ban-tuyen-giao-dan-van",
                                              closed_on__isnull=True)) * per_province
            owners += list(Unit.objects.filter(area__parent=province, kind__code="dang-uy",
                                               closed_on__isnull=True)) * 2
            rows = []
            for i, unit in enumerate(owners):
                deadline = date(TODAY.year, 1, 1) + timedelta(days=rng.randint(0, 364))
                fate = rng.random()
                status = "done" if fate < 0.35 else "in_progress" if fate < 0.8 else "not_started"
                reported = min(TODAY, deadline + timedelta(days=rng.randint(-20, 10))) if status != "not_started" \
                    else None
                title = f"Nhiệm vụ trọng tâm {province.code}-{i}"
                rows.append(Task(unit=unit, line_path=unit.line_path, period=str(TODAY.year), title=title,
                                 title_folded=fold(title), deadline=deadline, status=status,
                                 percent=100 if status == "done" else rng.randint(0, 90), reported_on=reported))
            created = Task.objects.bulk_create(rows)
            through.objects.bulk_create([through(task_id=t.pk, unit_id=t.unit_id) for t in created])
            made += len(created)
    return made


def fill(args, provinces) -> dict:
    import movement as movement_bench
    import petitions as petitions_bench
    import situation as situation_bench

    from danvan.petitions.services import rebuild_petition_tallies

    steps: dict = {}

    def step(name, fn):
        began = time.perf_counter()
        steps[name] = {"result": fn(), "s": round(time.perf_counter() - began, 1)}
        print(json.dumps({name: steps[name]}, ensure_ascii=False, default=str), file=sys.stderr, flush=True)

    step("reports", lambda: fill_reports(provinces, args.months))
    step("petitions", lambda: (petitions_bench.fill(args.petitions, TODAY), rebuild_petition_tallies(None))[1])
    step("models", lambda: movement_bench.fill_models(args.models))
    step("notes", lambda: situation_bench.fill_notes(args.notes, provinces[0], TODAY, lambda n: None,
                                                                index=False))
    step("incidents", lambda: fill_incidents(provinces, args.incidents))
    step("tasks", lambda: fill_tasks(provinces, args.tasks))
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return steps


def time_desk(reviewer, root, runs: int) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from danvan.core import registry
    from danvan.search.desk import desk

    out: dict = {}
    times, queries = [], []
    for _ in range(runs):
        reviewer.forget_scope()
        with CaptureQueriesContext(connection) as ctx:
            began = time.perf_counter()
            tiles = desk(reviewer, root, TODAY)
            times.append((time.perf_counter() - began) * 1000)
        queries.append(len(ctx.captured_queries))
    out.update(desk_p50_ms=round(statistics.median(times), 1), desk_max_ms=round(max(times), 1),
               desk_first_ms=round(times[0], 1), desk_queries=queries[-1], tiles=len(tiles))
    per_tile = {}
    for tile in registry.desk_tiles:
        spent = []
        for _ in range(runs):
            reviewer.forget_scope()
            began = time.perf_counter()
            tile.compute(reviewer, root, TODAY)
            spent.append((time.perf_counter() - began) * 1000)
        per_tile[tile.key] = round(statistics.median(spent), 1)
    out["tile_p50_ms"] = per_tile
    out["figures"] = {t.key: {str(f.label): str(f.value) for f in t.figures} for t in tiles}
    client = Client()
    client.force_login(reviewer)
    times = []
    for _ in range(runs):  # the page: today is the real day here, the tiles' figures may differ from TODAY's
        with CaptureQueriesContext(connection) as ctx:
            began = time.perf_counter()
            response = client.get("/tim-kiem/ban-lam-viec/", {"unit": root.pk})
            times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    out.update(page_p50_ms=round(statistics.median(times), 1), page_max_ms=round(max(times), 1),
               page_queries=len(ctx.captured_queries))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--petitions", type=int, default=200_000)
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=200_000)
    parser.add_argument("--incidents", type=int, default=60, help="incidents a province")
    parser.add_argument("--tasks", type=int, default=40, help="key tasks of a provincial Ban")
    parser.add_argument("--months", type=int, default=13, help="months of monthly reports (13: this and last year)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--var-dir", help="SQLite: build (or, with --reuse, find) the database in DIR")
    parser.add_argument("--keep", action="store_true", help="keep the database for a later --reuse")
    parser.add_argument("--reuse", action="store_true", help="time the database a --keep run built, no fill")
    args = parser.parse_args()
    if args.var_dir:
        Path(args.var_dir).mkdir(parents=True, exist_ok=True)
    var_dir = args.var_dir or tempfile.mkdtemp(prefix="danvan-bench-")
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    from _common import setup_django

    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.org.models import Area, Unit
    from danvan.org.services import create_bloc, import_divisions

    result: dict = {"load_average_before": os.getloadavg()}
    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    reused = User.objects.filter(username=USERNAME).exists()
    if reused and not args.reuse:
        sys.exit(f"{var_dir}: already filled; pass --reuse to time it, or another --var-dir")
    if args.reuse and not reused:
        sys.exit(f"{var_dir}: nothing to reuse (no filled database); run once with --keep")
    if not reused:
        import_divisions(None)
    provinces = sorted(Area.objects.filter(era="current", level="province"),
                       key=lambda a: (a.code != "37", a.code))[:max(1, args.provinces)]
    if not reused:
        for province in provinces:
            create_bloc(None, province)
        result["setup_s"] = round(time.perf_counter() - start, 1)
        start = time.perf_counter()
        result["fill"] = fill(args, provinces)
        result["fill_s"] = round(time.perf_counter() - start, 1)
    ninh_binh = provinces[0]
    root = Unit.objects.get(area=ninh_binh, kind__code="ban-tuyen-giao-dan-van", closed_on__isnull=True)
    reviewer, created = User.objects.get_or_create(username=USERNAME)
    if created:
        grant_membership(None, user=reviewer, unit=root, role=Role.REVIEWER)
    result.update(reused=reused, database=connection.vendor, var_dir=var_dir if connection.vendor == "sqlite" else None, units=Unit.objects.count(),
                  province_units=Unit.objects.filter(line_path__startswith=root.line_path).count())
    result.update(time_desk(reviewer, root, args.runs))
    result.update(runs=args.runs, target_ms=200, load_average_after=os.getloadavg())
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep and not args.var_dir:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
