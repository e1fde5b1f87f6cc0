"""Speed of the petitions at national size; prints JSON.

    .venv/bin/python bench/petitions.py --json [--petitions N] [--creates N] [--runs N] [--keep] [--var-dir DIR]
                                               [--reuse]

Builds the real divisions and every province's bloc (about 34,000 units) in a fresh SQLite database under a
temporary DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), inserts N
petitions (default 2,000,000, the issue's scale) with a petitioner each, spread over the commune Party committees
and Fronts of the 34 provinces, the kinds, channels, topics and the last two years, in every state, about a tenth
still open past their deadline — not through the services, for speed (`fill`: batches in one transaction,
COPY on PostgreSQL, the indexes built after the rows, the counters computed by the services' own functions as
the rows are made; the search index is not filled) — then times:
- the overdue list of a province as its reviewer (the count and the first page of 50), target ≤ 100 ms;
- the statistics of the nation's calendar year (the API's `period=YYYY`) as an administrator, target ≤ 1 s;
- creating petitions through `services.create_petition` (deadlines, duplicate check, audit, timeline, search
  entry, counters), target ≥ 100/s; with the CPU time of a create (`time.process_time`, which the other
  processes of a loaded machine disturb less) and its number of statements.
With --var-dir the database is kept and a later run reuses it (`--reuse`: refuse to build one).
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
BATCH = 20000
KINDS = ["complaint", "complaint_second", "denunciation", "recommendation", "reflection"]
KIND_WEIGHTS = [30, 4, 8, 28, 30]
CHANNELS = ["reception", "mail", "portal", "forwarded", "phone", "email"]
CHANNEL_WEIGHTS = [30, 25, 15, 10, 12, 8]
TOPICS = ["giai_phong_mat_bang", "moi_truong", "an_sinh", "cai_cach_hanh_chinh", "an_ninh_trat_tu", "giam_ngheo",
          "dan_chu_co_so", "ton_giao", "dan_toc", "nong_thon_moi", ""]
TOPIC_WEIGHTS = [22, 14, 12, 10, 9, 6, 5, 3, 3, 6, 10]
DAYS = 730  # received over the last two years


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


def _life(rng: random.Random, received: date, today: date) -> dict:
    """What became of a petition received on `received` by `today`: its status and the dates of its steps, with
    the deadlines a receipt and an acceptance would have set (calendar days; a tenth or so left past them)."""
    acceptance_due = received + timedelta(days=10)
    life = {"status": "received", "acceptance_due": acceptance_due, "due_on": acceptance_due, "accepted_on": None,
            "resolution_due": None, "rejected_on": None, "forwarded_on": None, "answered_on": None,
            "answered_late": False, "answer_days": None, "closed_on": None}
    fate = rng.random()
    if fate < 0.07:  # not accepted, with the legal reason
        day = received + timedelta(days=rng.randint(1, 9))
        if day <= today:
            life.update(status="rejected", rejected_on=day, due_on=None)
        return life
    if fate < 0.14:  # forwarded to an outside body, followed up until it answers
        day = received + timedelta(days=rng.randint(1, 9))
        if day <= today:
            life.update(status="forwarded", forwarded_on=day, due_on=day + timedelta(days=30))
            answered = day + timedelta(days=rng.randint(15, 60))
            if fate < 0.125 and answered <= today:
                life.update(status="answered", answered_on=answered, due_on=None,
                            answered_late=answered > day + timedelta(days=30),
                            answer_days=(answered - received).days)
        return life
    accepted = received + timedelta(days=rng.randint(1, 12))
    if accepted > today:
        return life
    resolution = accepted + timedelta(days=45 if rng.random() < 0.2 else 30)
    life.update(status="accepted", accepted_on=accepted, resolution_due=resolution, due_on=resolution)
    if fate < 0.25:  # still open: past its deadline once old enough (the overdue tenth)
        return life
    answered = accepted + timedelta(days=int(rng.triangular(5, 60, 25)))
    if answered > today:
        return life
    life.update(status="answered", answered_on=answered, due_on=None, answered_late=answered > resolution,
                answer_days=(answered - received).days)
    if rng.random() < 0.7 and answered + timedelta(days=7) <= today:
        life.update(status="closed", closed_on=answered + timedelta(days=7))
    return life


def _copy(table: str, columns: list[str], rows: list[tuple]) -> None:
    """Insert `rows`: COPY on PostgreSQL, one prepared INSERT executed for each row elsewhere."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                               f"VALUES ({', '.join(['%s'] * len(columns))})", rows)


def _indexes(models, create: bool) -> None:
    """Drop (or create again) the secondary indexes of `models`: building them once after the fill is much
    cheaper than keeping them up to date row by row."""
    from django.db import connection

    with connection.cursor() as cursor:
        if create and connection.vendor == "postgresql":
            # The rows' deferred foreign-key checks are still pending inside the fill's transaction, and
            # PostgreSQL refuses CREATE INDEX on a table with pending trigger events: run the checks now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        editor = connection.schema_editor()  # for its SQL only: not entered (SQLite refuses that in a transaction)
        editor.deferred_sql = []
        for model in models:
            for index in model._meta.indexes:
                sql = index.create_sql(model, editor) if create else index.remove_sql(model, editor)
                cursor.execute(str(sql))


def fill(n: int, today: date, *, seed: int = 2026, drop_indexes: bool = True) -> dict:
    """Insert `n` petitions (and a petitioner each) spread over the commune Party committees and Fronts of every
    province, the kinds, channels, topics and the last two years, in every state, with the counters
    (`PetitionTally` and its roll-up) the services would have kept — computed with the services' own
    `tally._contributions` / `tallies.roll_up` while the rows are made, not by reading them back. One transaction;
    the secondary indexes are built after the rows when `drop_indexes`. The database must hold no petition yet."""
    from collections import Counter, defaultdict
    from types import SimpleNamespace

    from django.db import connection, transaction
    from django.db.models import Max
    from django.utils import timezone

    from danvan.core.text import fold
    from danvan.org.models import Unit
    from danvan.petitions import tallies
    from danvan.petitions.models import Petition, Petitioner, PetitionTally, PetitionTallyRoot
    from danvan.petitions.services import tally

    rng = random.Random(seed)
    units = list(Unit.objects.filter(kind__code__in=["dang-uy", "mttq"], closed_on__isnull=True).order_by("pk")
                 .values_list("pk", "line_path", "area_id", "area__path"))
    if Petition.objects.unscoped().exists() or PetitionTally.objects.unscoped().exists():
        raise RuntimeError("fill() writes the counters of its own petitions only: the database must hold none")
    first_person = (Petitioner.objects.unscoped().aggregate(m=Max("pk"))["m"] or 0) + 1
    first_id = 1
    now = Petition._meta.get_field("created_at").get_db_prep_save(timezone.now(), connection)
    is_pg = connection.vendor == "postgresql"
    day = {} if is_pg else {today - timedelta(days=i): (today - timedelta(days=i)).isoformat()
                            for i in range(-200, DAYS + 1)}

    def d(value):
        return value if value is None or is_pg else day[value]

    p_columns = ["id", "created_at", "updated_at", "version", "line_path", "unit_id", "received_by_id", "code",
                 "kind", "channel", "area_id", "area_path", "received_on", "people_count", "subject", "content",
                 "content_folded", "topics", "topic", "remote_area", "complex", "status", "acceptance_due",
                 "accepted_on", "resolution_due", "extensions", "due_on", "reject_reason", "rejected_on",
                 "forwarded_on", "forwarded_to_body", "answered_on", "answered_late", "answer_days", "result",
                 "decision_number", "closed_on"]
    s_columns = ["id", "petition_id", "name", "address", "phone", "id_number", "phone_key"]
    totals: dict = defaultdict(Counter)
    lines = {}
    content = "Đề nghị xem xét giải quyết việc bồi thường, hỗ trợ khi thu hồi đất của gia đình."
    folded = fold(content)
    started = time.perf_counter()
    with transaction.atomic():
        if drop_indexes:
            _indexes([Petition, Petitioner], create=False)
        for first in range(0, n, BATCH):
            rows, people = [], []
            for i in range(first, min(n, first + BATCH)):
                unit_id, path, area_id, area_path = rng.choice(units)
                lines[unit_id] = path
                received = today - timedelta(days=rng.randint(0, DAYS - 1))
                kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
                channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
                topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
                life = _life(rng, received, today)
                pk = first_id + i
                subject = f"Đơn {i}: đề nghị giải quyết"
                rows.append((pk, now, now, 1, path, unit_id, unit_id, f"B{i:08d}", kind, channel, area_id, area_path,
                             d(received), 1, subject, content, fold(subject) + " " + folded,
                             json.dumps([topic] if topic else []), topic, False, False, life["status"],
                             d(life["acceptance_due"]), d(life["accepted_on"]), d(life["resolution_due"]), 0,
                             d(life["due_on"]), "Không thuộc thẩm quyền" if life["rejected_on"] else "",
                             d(life["rejected_on"]), d(life["forwarded_on"]),
                             "UBND huyện" if life["forwarded_on"] else "", d(life["answered_on"]),
                             life["answered_late"], life["answer_days"], "Đã trả lời" if life["answered_on"] else "",
                             "", d(life["closed_on"])))
                phone = f"09{rng.randint(10**7, 10**8 - 1)}"
                people.append((first_person + i, pk, "Người đứng đơn", "", phone, f"0{rng.randint(10**10, 10**11 - 1)}",
                               phone))
                row = SimpleNamespace(pk=pk, duplicate_of_id=None, unit_id=unit_id, area_path=area_path, topic=topic,
                                      kind=kind, channel=channel, received_on=received, **life)
                for key, counts in tally._contributions(row).items():  # type: ignore[arg-type]
                    totals[key].update(counts)
            _copy(Petition._meta.db_table, p_columns, rows)
            _copy(Petitioner._meta.db_table, s_columns, people)
        inserted_s = time.perf_counter() - started
        if drop_indexes:
            _indexes([Petition, Petitioner], create=True)
        indexed_s = time.perf_counter() - started - inserted_s
        names = PetitionTally.COUNTERS
        unit_rows = {key: {name: counts[name] for name in names} for key, counts in totals.items()}
        _copy(PetitionTally._meta.db_table, ["unit_id", "line_path", "area_path", "topic", "half_month", *names],
              [(k[0], lines[k[0]], k[1], k[2], k[3].isoformat(), *(c[name] for name in names))
               for k, c in unit_rows.items()])
        roots = tallies.roll_up((lines[k[0]], k[1], k[2], k[3], *(c[name] for name in names))
                              for k, c in unit_rows.items())
        _copy(PetitionTallyRoot._meta.db_table, ["line_path", "area_path", "topic", "half_month", *names],
              [(*k[:3], k[3].isoformat(), *(c[name] for name in names)) for k, c in roots.items()])
    if is_pg:
        with connection.cursor() as cursor:
            for model in (Petition, Petitioner):  # the rows were copied with their ids: move the sequences past them
                table = model._meta.db_table
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                               f"(SELECT max(id) FROM {table}))")
            cursor.execute("ANALYZE")
    return {"petitions": n, "insert_s": round(inserted_s, 1), "index_s": round(indexed_s, 1),
            "counters_s": round(time.perf_counter() - started - inserted_s - indexed_s, 1),
            "tally_rows": len(unit_rows), "roll_up_rows": len(roots)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petitions", type=int, default=2_000_000)
    parser.add_argument("--creates", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--var-dir", help="build the database in DIR and keep it; a later run with the same DIR "
                                          "reuses it (migrated, not rebuilt) to time a change without the setup")
    parser.add_argument("--reuse", action="store_true", help="only time: fail unless the database (--var-dir or "
                                                             "DATABASE_URL) already holds the bench petitions")
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
    filled: dict = {}
    if args.reuse and not reused:
        sys.exit("--reuse: no bench petitions in this database; run once without --reuse to build it")
    if not reused:
        from danvan.org.models import Unit as Units

        if not Units.objects.filter(kind__code="ban-tuyen-giao-dan-van").exists():  # a fill cut short keeps these
            setup_database()
        filled = fill(args.petitions, today)
    setup_s = round(time.perf_counter() - start, 1)

    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    commune = Unit.objects.filter(line_path__startswith=btgdv.line_path, kind__code="dang-uy").exclude(
        pk=btgdv.pk).first()
    assert commune is not None, "no commune Party committee under the province"
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
    rng = random.Random(time.time_ns())  # new phones and ID numbers on every run of a kept database

    def create(i):
        return services.create_petition(
            reviewer, unit=commune, kind=rng.choice(KINDS), received_on=today, channel="mail", area=commune.area,
            subject=f"Đơn đo tốc độ {i}", content="Đề nghị giải quyết việc bồi thường đất đai cho gia đình.",
            petitioners=[{"name": "Người đo", "phone": f"09{rng.randint(10**7, 10**8 - 1)}",
                          "id_number": f"0{rng.randint(10**10, 10**11 - 1)}"}])

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    statements = CaptureQueriesContext(connection)
    if args.creates:  # --creates 0: only the reads
        create(-1)  # warm: the cached deadline rules, remote areas and holidays
        with statements:
            create(-2)
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(args.creates):
        create(i)
    per_s = round(args.creates / (time.perf_counter() - started), 1) if args.creates else 0.0
    cpu_ms = round((time.process_time() - cpu) * 1000 / max(args.creates, 1), 2)
    print(json.dumps({
        "petitions": Petition.objects.filter(code__regex=r"^B[0-9]{8}$").count(), "reused_database": reused,
        "units": Unit.objects.count(), "year": year.code,
        "province_overdue": overdue_count, "province_overdue_ms": overdue_ms, "province_overdue_target_ms": 100,
        "province_overdue_within_target": overdue_ms <= 100,
        "nation_received": figures["received"], "nation_year_stats_ms": nation_ms, "nation_year_target_ms": 1000,
        "nation_within_target": nation_ms <= 1000,
        "creates": args.creates, "creates_per_s": per_s, "creates_target_per_s": 100,
        "creates_within_target": per_s >= 100, "create_cpu_ms": cpu_ms, "create_statements": len(statements),
        "setup_s": setup_s, "fill": filled, "runs": args.runs,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "load_average_start": [round(x, 1) for x in load_start],
        "load_average_end": [round(x, 1) for x in os.getloadavg()],
    }, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
