"""Speed of the petitions at national size; prints JSON.

    .venv/bin/python bench/petitions.py --json [--petitions N] [--creates N] [--runs N] [--keep] [--var-dir DIR]

Builds the real divisions and every province's bloc (about 40,000 units) in a fresh SQLite database under a
temporary DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), bulk-inserts
N petitions (default 2,000,000, the issue's scale) spread over the commune units and the last year, about a tenth
still open past their deadline — not through the services, for speed — then times:
- the overdue list of a province as its reviewer (the count and the first page of 50), target ≤ 100 ms;
- the statistics of the nation's calendar year (the API's `period=YYYY`) as an administrator, target ≤ 1 s;
- creating petitions through `services.create_petition` (deadlines, duplicate check, audit), target ≥ 100/s.
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
KINDS = ["complaint", "complaint_second", "denunciation", "recommendation", "reflection"]
CHANNELS = ["reception", "mail", "portal", "forwarded", "phone", "email"]
TOPICS = ["dat_dai", "moi_truong", "chinh_sach", "tham_nhung", ""]


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


def fill(n: int, today: date) -> None:
    from django.db import transaction

    from danvan.org.models import Unit
    from danvan.petitions.models import Petition

    rng = random.Random(2026)
    units = list(Unit.objects.filter(kind__code__in=["dang-uy", "mttq"]).values_list("pk", "line_path", "area_id",
                                                                                      "area__path"))
    with transaction.atomic():
        for first in range(0, n, BATCH):
            rows = []
            for i in range(first, min(n, first + BATCH)):
                unit_id, path, area_id, area_path = rng.choice(units)
                received = today - timedelta(days=rng.randint(0, 365))
                fate = rng.random()
                accepted = received + timedelta(days=5) if fate > 0.1 else None
                answered = accepted + timedelta(days=rng.randint(10, 50)) if accepted and fate > 0.25 else None
                if answered and answered > today:
                    answered = None
                resolution = accepted + timedelta(days=30) if accepted else None
                due = None if answered else (resolution or received + timedelta(days=10))
                rows.append(Petition(
                    unit_id=unit_id, received_by_id=unit_id, line_path=path, code=f"B{i:08d}", kind=rng.choice(KINDS),
                    channel=rng.choice(CHANNELS), area_id=area_id, area_path=area_path, received_on=received,
                    subject=f"Đơn {i}", content="Nội dung", content_folded="noi dung", topic=rng.choice(TOPICS),
                    status="answered" if answered else ("accepted" if accepted else "received"),
                    acceptance_due=received + timedelta(days=10), accepted_on=accepted, resolution_due=resolution,
                    due_on=due, answered_on=answered, answered_late=bool(answered and answered > resolution),
                    answer_days=(answered - received).days if answered else None))
            Petition.objects.bulk_create(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petitions", type=int, default=2_000_000)
    parser.add_argument("--creates", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--var-dir", help="build the database in DIR and keep it; a later run with the same DIR "
                                          "reuses it (migrated, not rebuilt) to time a change without the setup")
    args = parser.parse_args()
    if args.var_dir:
        Path(args.var_dir).mkdir(parents=True, exist_ok=True)
        args.keep = True
    var_dir = args.var_dir or tempfile.mkdtemp(prefix="danvan-bench-")
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    from django.core.management import call_command

    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.org.models import Unit
    from danvan.petitions import selectors, services
    from danvan.petitions.models import Petition
    from danvan.reporting.periods import parse_period

    today = date.today()
    load_start = os.getloadavg()
    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    reused = Petition.objects.filter(code="B00000000").exists()
    if not reused:
        from danvan.org.models import Unit as Units

        if not Units.objects.filter(kind__code="ban-tuyen-giao-dan-van").exists():  # a fill cut short keeps these
            setup_database()
        fill(args.petitions, today)
        if hasattr(services, "rebuild_petition_tallies"):  # the rows were bulk-inserted: count them once
            services.rebuild_petition_tallies(None)
    setup_s = round(time.perf_counter() - start, 1)

    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    commune = Unit.objects.filter(line_path__startswith=btgdv.line_path, kind__code="dang-uy").exclude(
        pk=btgdv.pk).first()
    reviewer, created = User.objects.get_or_create(username="bench-tinh-37")
    if created:
        grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_superuser": True})
    year = parse_period(str(today.year))

    def overdue():
        reviewer.forget_scope()
        qs = selectors.petition_list(reviewer, overdue=True, today=today)
        return qs.count(), list(qs[:50])

    def nation():  # the calendar year, as `GET /api/v1/petitions/stats?period=YYYY` asks for it
        return selectors.statistics(admin, start=year.start, end=year.end, today=today)

    overdue_ms, (overdue_count, _) = timed(overdue, args.runs)
    nation_ms, figures = timed(nation, args.runs)
    rng = random.Random(7)
    started = time.perf_counter()
    for i in range(args.creates):
        services.create_petition(reviewer, unit=commune, kind=rng.choice(KINDS), received_on=today,
                                 channel="mail", area=commune.area, subject=f"Đơn đo tốc độ {i}",
                                 content="Đề nghị giải quyết việc bồi thường đất đai cho gia đình.",
                                 petitioners=[{"name": "Người đo", "phone": f"09{rng.randint(10**7, 10**8 - 1)}",
                                               "id_number": f"0{rng.randint(10**10, 10**11 - 1)}"}])
    per_s = round(args.creates / (time.perf_counter() - started), 1)
    print(json.dumps({
        "petitions": Petition.objects.filter(code__regex=r"^B[0-9]{8}$").count(), "reused_database": reused,
        "units": Unit.objects.count(), "year": year.code,
        "province_overdue": overdue_count, "province_overdue_ms": overdue_ms, "province_overdue_target_ms": 100,
        "province_overdue_within_target": overdue_ms <= 100,
        "nation_received": figures["received"], "nation_year_stats_ms": nation_ms, "nation_year_target_ms": 1000,
        "nation_within_target": nation_ms <= 1000,
        "creates": args.creates, "creates_per_s": per_s, "creates_target_per_s": 100,
        "creates_within_target": per_s >= 100, "setup_s": setup_s, "runs": args.runs,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "load_average_start": [round(x, 1) for x in load_start],
        "load_average_end": [round(x, 1) for x in os.getloadavg()],
    }, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
