"""Speed of the directives app's reads at national size; prints JSON.

    .venv/bin/python bench/directives.py --json [--activities N] [--runs N] [--keep] [--reuse DIR]

Builds the real divisions and every province's bloc (about 40,000 units) in a fresh SQLite database under a
temporary DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), bulk-inserts
N activities (default 500,000) of every kind over two years, spread over the units at their areas — not through
the services, for speed — then times:
- the five indicator sources (TH_LOP, TH_LUOT, DT_CUOC, GS_CUOC, PB_HN) of one province's month, for the
  province's own unit and for one busy commune unit (what pre-filling a draft costs; target ≤ 50 ms);
- grassroots-democracy compliance of the nation's year, as an administrator (target ≤ 1 s), and of a province
  as its reviewer.
`--keep` keeps the temporary directory; `--reuse DIR` times again against the database a `--keep` run left in
DIR (building it takes 5–30 minutes on the shared machine), without building anything.
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

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
BATCH = 5000
KINDS = ["conference", "briefing", "training", "study_session", "supervision", "social_criticism", "dialogue",
         "voter_meeting", "campaign", "community_meeting"]


def timed(func, runs: int):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def setup_database():
    from django.core.management import call_command

    from danvan.org.models import Area
    from danvan.org.services import create_bloc, import_divisions

    call_command("migrate", verbosity=0)
    import_divisions(None)
    for province in Area.objects.filter(era="current", level="province").order_by("code"):
        create_bloc(None, province)


def fill_activities(n: int) -> None:
    from django.db import transaction

    from danvan.directives.models import Activity
    from danvan.org.models import Unit

    rng = random.Random(2026)
    units = list(Unit.objects.values_list("pk", "line_path", "area_id", "area__path"))
    today = date(2026, 11, 30)
    with transaction.atomic():
        for first in range(0, n, BATCH):
            rows = []
            for i in range(first, min(n, first + BATCH)):
                unit_id, path, area_id, area_path = rng.choice(units)
                day = today - timedelta(days=rng.randint(0, 730))
                rows.append(Activity(unit_id=unit_id, line_path=path, kind=rng.choice(KINDS), title=f"Hoạt động {i}",
                                     title_folded=f"hoat dong {i}", starts_on=day, ends_on=day, area_id=area_id,
                                     area_path=area_path, participants=rng.randint(10, 300)))
            Activity.objects.bulk_create(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--reuse", metavar="DIR", help="time against the database a --keep run left in DIR")
    args = parser.parse_args()
    var_dir = args.reuse or tempfile.mkdtemp(prefix="danvan-bench-")
    if args.reuse:
        os.environ["DANVAN_VAR_DIR"] = var_dir
    else:
        os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db.models import Count

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.core import registry
    from danvan.directives.models import Activity
    from danvan.directives.selectors import activities as selectors
    from danvan.org.models import Unit
    from danvan.reporting.periods import parse_period

    start = time.perf_counter()
    if not args.reuse:
        setup_database()
        fill_activities(args.activities)
        from django.db import connection

        if connection.vendor == "sqlite":  # time the steady state, not reads through a 100 MB write-ahead log
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    setup_s = round(time.perf_counter() - start, 1)

    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    busiest = (Activity.objects.filter(line_path__startswith=btgdv.line_path).values("unit").annotate(n=Count("pk"))
               .order_by("-n").first())
    commune_unit = Unit.objects.get(pk=busiest["unit"])
    reviewer, made = User.objects.get_or_create(username="bench-tinh-37")
    if made:
        grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_superuser": True})
    month = parse_period("2026-10")
    codes = ["TH_LOP", "TH_LUOT", "DT_CUOC", "GS_CUOC", "PB_HN"]

    def sources(unit):
        return {c: int(registry.indicator_sources.get(c).compute(unit, month.start, month.end).value) for c in codes}

    province_ms, province_values = timed(lambda: sources(btgdv), args.runs)
    commune_ms, commune_values = timed(lambda: sources(commune_unit), args.runs)

    def nation():
        return selectors.compliance(admin, area=selectors.NATION, year=2026)

    def province_compliance():
        reviewer.forget_scope()
        return selectors.compliance(reviewer, area=btgdv.area, year=2026)

    nation_ms, nation_result = timed(nation, args.runs)
    province_c_ms, province_result = timed(province_compliance, args.runs)
    print(json.dumps({
        "activities": Activity.objects.count(), "units": Unit.objects.count(),
        "sources_province_unit_month_ms": province_ms, "sources_province_unit_values": province_values,
        "sources_busiest_commune_unit_month_ms": commune_ms, "sources_commune_unit_values": commune_values,
        "sources_target_ms": 50, "sources_within_target": max(province_ms, commune_ms) <= 50,
        "compliance_nation_year_ms": nation_ms, "compliance_target_ms": 1000,
        "compliance_within_target": nation_ms <= 1000,
        "nation_communes_without_dialogue": len(nation_result["communes_without_dialogue"]),
        "compliance_province_year_ms": province_c_ms,
        "province_communes_without_dialogue": len(province_result["communes_without_dialogue"]),
        "setup_s": setup_s, "runs": args.runs,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
    }, ensure_ascii=False, indent=1))
    if not args.keep and not args.reuse:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
