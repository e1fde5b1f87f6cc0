"""Server time of the leaders' desk over national data; prints JSON.

    .venv/bin/python bench/desk.py --json [--provinces 34] [--petitions N] [--models N] [--notes N] [--months N]

Builds the real divisions and the blocs of `--provinces` provinces (34: national, about 40,000 units) in a fresh
SQLite database under a temporary DANVAN_VAR_DIR (or the throw-away database of DATABASE_URL), bulk-inserts
the data the tiles read with the other benchmarks' generators — monthly reports of every expected unit with
their values and the roll-up (`_common.generate`, `fill_rollup`), petitions (`petitions.fill`), Dân vận khéo
models (`movement.fill_models`), situation notes (`situation.fill_notes`) — then times
`search.desk.desk(user, unit, today)` (every registered tile: what the page and `GET /api/v1/desk` compute) for
Ninh Bình's reviewer on the province's Ban Tuyên giáo và Dân vận, with the number of queries. Target: ≤ 200 ms
server time, a query count that does not grow with the data.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--petitions", type=int, default=200_000)
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=200_000)
    parser.add_argument("--months", type=int, default=13, help="months of monthly reports (13: this and last year)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    var_dir = tempfile.mkdtemp(prefix="danvan-bench-")
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    from _common import fill_rollup, generate, setup_django

    setup_django()
    import movement as movement_bench
    import petitions as petitions_bench
    import situation as situation_bench
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.org.models import Area, Unit
    from danvan.org.services import create_bloc, import_divisions
    from danvan.reporting.demo import last_complete_months
    from danvan.reporting.models import ReportForm
    from danvan.reporting.selectors.reports import expected_units
    from danvan.search.desk import desk

    today = date(2026, 11, 30)
    result: dict = {}
    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    import_divisions(None)
    provinces = sorted(Area.objects.filter(era="current", level="province"),
                       key=lambda a: (a.code != "37", a.code))[:max(1, args.provinces)]
    for province in provinces:
        create_bloc(None, province)
    result["setup_s"] = round(time.perf_counter() - start, 1)

    start = time.perf_counter()
    form = ReportForm.objects.get(code="BC-DV-THANG")
    months = last_complete_months(today, args.months)
    units = []
    for province in provinces:
        units += list(expected_units(form, months[-1], area=province).select_related("area").order_by("line_path"))
    counts = generate(form, units, months, pending_share=0.02)
    fill_rollup(form)
    petitions_bench.fill(args.petitions, today)
    movement_bench.fill_models(args.models)
    ninh_binh = provinces[0]
    situation_bench.fill_notes(args.notes, ninh_binh, today)
    result.update(fill_s=round(time.perf_counter() - start, 1), submissions=counts["submissions"],
                  petitions=args.petitions, models=args.models, notes=args.notes, units=Unit.objects.count())

    root = Unit.objects.get(area=ninh_binh, kind__code="ban-tuyen-giao-dan-van", closed_on__isnull=True)
    reviewer = User.objects.create(username="bench-desk-37")
    grant_membership(None, user=reviewer, unit=root, role=Role.REVIEWER)
    times, queries = [], []
    for _ in range(args.runs):
        reviewer.forget_scope()
        with CaptureQueriesContext(connection) as ctx:
            began = time.perf_counter()
            tiles = desk(reviewer, root, today)
            times.append((time.perf_counter() - began) * 1000)
        queries.append(len(ctx.captured_queries))
    from danvan.core import registry

    per_tile = {}
    for tile in registry.desk_tiles:
        spent = []
        for _ in range(args.runs):
            reviewer.forget_scope()
            began = time.perf_counter()
            tile.compute(reviewer, root, today)
            spent.append((time.perf_counter() - began) * 1000)
        per_tile[tile.key] = round(statistics.median(spent), 1)
    result["tile_p50_ms"] = per_tile
    result.update({
        "desk_p50_ms": round(statistics.median(times), 1), "desk_max_ms": round(max(times), 1),
        "desk_first_ms": round(times[0], 1), "queries": queries[-1], "tiles": len(tiles), "runs": args.runs,
        "target_ms": 200, "database": connection.vendor,
    })
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
