"""Speed of the situation app at national size; prints JSON.

    .venv/bin/python bench/situation.py --json [--notes 1000000] [--runs 3] [--record 300]
                                          [--var-dir DIR] [--out FILE] [--build-only]

In a fresh SQLite database under a temporary DANVAN_VAR_DIR (or `--var-dir`, kept; or the throw-away database
of DATABASE_URL): the real divisions, the real Ninh Bình bloc (129 communes), then `--notes` notes over a year
spread over every commune of the country, with their topic rows and their search index rows (Ninh Bình's
under its communes' Party committees, the other provinces' under synthetic reporting lines, which is all the
warning query reads), a rising topic in one Ninh Bình commune. The notes and topic rows are written with
`executemany` (explicit ids, no model instances); the search rows by `core.signals.search_changed`, the
code a bulk write of the app runs. When the database already holds notes (a kept `--var-dir`, a PostgreSQL
database built before), nothing is built: the same data are timed again (old vs new code interleaved).

Then it times, through the real code, each step on its own (a step that fails is reported, the others run):
- warnings for the province's reviewer (target ≤ 200 ms) and for the nation, as an administrator (≤ 2 s);
- recording notes through `record_note` (≥ 200 per second), with topics given and with topics suggested;
- the monthly report draft of the province's Ban Tuyên giáo và Dân vận for the month before today's, a whole
  month of notes (≤ 2 s).
The JSON is written to `--out` after every step, so a run that dies keeps what it measured.
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
import traceback
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TOPICS = ["giai_phong_mat_bang", "moi_truong", "an_sinh", "cai_cach_hanh_chinh", "dich_benh", "ton_giao",
          "an_ninh_trat_tu", "bau_cu", "dan_toc", "don_thu"]
MOODS = ["positive", "neutral", "worried", "angry"]
TEXT = "Người dân bàn tán về việc bồi thường giải phóng mặt bằng dự án đường tỉnh, đề nghị công khai phương án."
BATCH = 20_000


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def setup_database():
    from django.core.management import call_command

    from danvan.org.models import Area
    from danvan.org.services import create_bloc, import_divisions

    call_command("migrate", verbosity=0)
    if not Area.objects.filter(era="current", code="37").exists():
        import_divisions(None)
    province = Area.objects.get(era="current", code="37")
    from danvan.org.bloc import BTGDV
    from danvan.org.models import Unit

    if not Unit.objects.filter(area=province, kind__code=BTGDV).exists():
        create_bloc(None, province)
    return province


def planned_notes(total: int, communes, parties, today):
    """(commune, unit, line, day, topics, mood, source) for the year, this week's trickle and the rise."""
    rng = random.Random(2026)
    anyunit = next(iter(parties.values()))

    def where(commune):
        unit = parties.get(commune.pk)
        return (unit or anyunit), (unit.line_path if unit else f"/9{commune.parent.code}/{commune.pk}/")

    for i in range(total):
        commune = communes[i % len(communes)]
        day = today - timedelta(days=7 + rng.randrange(358))  # the year before the last week
        yield (commune, *where(commune), day, rng.sample(TOPICS, rng.choice((1, 1, 1, 2))), rng.choice(MOODS),
               "collaborator")
    for i in range(total // 52):  # this week: the usual trickle everywhere
        commune = communes[(i * 7) % len(communes)]
        yield commune, *where(commune), today - timedelta(days=rng.randrange(7)), [rng.choice(TOPICS)], "worried", "staff"
    first = min((c for c in communes if c.pk in parties), key=lambda c: c.code)
    for i in range(6):  # the rise: six notes on one topic in one commune this week
        yield first, *where(first), today - timedelta(days=i), ["ton_giao"], "angry", "staff"


def fill_notes(total: int, province, today, progress, *, index: bool = True) -> int:
    """The notes, their topic rows and (unless `index` is false) search rows, in batches of BATCH, each batch
    one transaction."""
    from django.db import connection, transaction
    from django.db.models import Max
    from django.utils import timezone

    from danvan.core.signals import search_changed
    from danvan.core.text import fold
    from danvan.org.models import Area, Unit
    from danvan.situation.models import NoteTopic, SituationNote

    communes = list(Area.objects.filter(era="current", level="commune").select_related("parent"))
    parties = {u.area_id: u for u in Unit.objects.filter(area__parent=province, kind__code="dang-uy")}
    note_table, topic_table = SituationNote._meta.db_table, NoteTopic._meta.db_table
    note_cols = ["id", "created_at", "updated_at", "line_path", "unit_id", "area_id", "commune_id", "province_id",
                 "observed_on", "text", "text_folded", "topics", "topics_suggested", "area_suggested", "mood",
                 "people_count", "source_kind", "verified", "confidential_source", "created_by_id"]
    topic_cols = ["note_id", "topic", "observed_on", "commune_id", "province_id", "line_path"]
    note_sql = (f"INSERT INTO {note_table} ({', '.join(note_cols)}) VALUES ({', '.join(['%s'] * len(note_cols))})")
    topic_sql = (f"INSERT INTO {topic_table} ({', '.join(topic_cols)}) VALUES ({', '.join(['%s'] * len(topic_cols))})")
    next_id = (SituationNote.objects.unscoped().aggregate(m=Max("id"))["m"] or 0) + 1
    now = timezone.now()
    folded = fold(TEXT)
    written = 0
    notes, topics, objs = [], [], []

    def flush():
        nonlocal notes, topics, objs, written
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(note_sql, notes)
            cursor.executemany(topic_sql, topics)
            if index:
                search_changed(*objs)
        written += len(notes)
        notes, topics, objs = [], [], []
        progress(written)

    for commune, unit, line, day, ts, mood, kind in planned_notes(total, communes, parties, today):
        pk = next_id + written + len(notes)
        notes.append((pk, now, now, line, unit.pk, commune.pk, commune.pk, commune.parent_id, day, TEXT, folded,
                      json.dumps(ts), False, False, mood, None, kind, False, "", None))
        topics.extend((pk, t, day, commune.pk, commune.parent_id, line) for t in ts)
        objs.append(SituationNote(pk=pk, line_path=line, unit=unit, area=commune, commune=commune,
                                  province=commune.parent, observed_on=day, text=TEXT, topics=ts))
        if len(notes) >= BATCH:
            flush()
    if notes:
        flush()
    reset_sequence()
    from django.core.management import call_command

    call_command("situation_counters", stdout=open(os.devnull, "w"))  # noqa: SIM115 — the counters, as after any bulk write
    return written


def reset_sequence() -> None:
    """The notes were written with explicit ids: PostgreSQL's sequence must continue after them."""
    from django.core.management.color import no_style
    from django.db import connection

    from danvan.situation.models import SituationNote

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [SituationNote]):
            cursor.execute(sql)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--record", type=int, default=300, help="notes recorded through the service")
    parser.add_argument("--var-dir", help="build (or reuse) the SQLite database in this directory; it is kept")
    parser.add_argument("--out", help="write the JSON here after every step")
    parser.add_argument("--build-only", action="store_true", help="build the data, time nothing")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--json", action="store_true", help="JSON output (the only output; kept for the issue)")
    args = parser.parse_args()
    var_dir = args.var_dir or tempfile.mkdtemp(prefix="danvan-bench-")
    Path(var_dir).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.db.models import Max
    from django.utils import timezone

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.org.bloc import BTGDV
    from danvan.org.models import Unit
    from danvan.situation import selectors, services
    from danvan.situation.models import SituationNote
    from danvan.testing.factories import UserFactory

    out: dict = {"database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1], "runs": args.runs,
                 "load_average_start": os.getloadavg()}

    def save(**values) -> None:
        out.update(values)
        if args.out:
            Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str))

    start = time.perf_counter()
    province = setup_database()
    btgdv = Unit.objects.select_related("area").get(area=province, kind__code=BTGDV)
    party = Unit.objects.filter(area__parent=province, kind__code="dang-uy").select_related("area").order_by(
        "area__code").first()
    existing = SituationNote.objects.unscoped().count()
    if existing:  # the data of an earlier run: today is the day its rise ended
        today = SituationNote.objects.unscoped().aggregate(d=Max("observed_on"))["d"]
        reviewer, admin = User.objects.get(username="tinh-37"), User.objects.get(username="admin")
        reset_sequence()
        save(notes=existing, reused_database=True, today=today)
    else:
        today = timezone.localdate()
        reviewer = UserFactory(username="tinh-37")
        grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
        admin = UserFactory(username="admin", is_superuser=True)
        t0 = time.perf_counter()
        notes = fill_notes(args.notes, province, today,
                           lambda n: save(notes=n, fill_s=round(time.perf_counter() - t0, 1)))
        if connection.vendor == "postgresql":  # as autovacuum would leave it: statistics, index-only scans
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        save(notes=notes, reused_database=False, today=today, fill_s=round(time.perf_counter() - t0, 1))
    save(setup_s=round(time.perf_counter() - start, 1), load_average_built=os.getloadavg())
    if args.build_only:
        return

    def step(name: str, fn) -> None:
        try:
            fn()
        except Exception:  # noqa: BLE001 — report it, time the rest
            save(**{f"{name}_error": traceback.format_exc()[-2000:]})
        save(load_average=os.getloadavg())

    def warnings_province():
        ms, found = timed(lambda: selectors.compute_warnings(reviewer, today=today), args.runs)
        save(warnings_province_ms=ms, warnings_province_target_ms=200, province_warnings=len(found))

    def warnings_nation():
        ms, found = timed(lambda: selectors.compute_warnings(admin, today=today), args.runs)
        save(warnings_nation_ms=ms, warnings_nation_target_ms=2000, nation_warnings=len(found))

    def record(n: int, topics) -> float:
        t0 = time.perf_counter()
        for i in range(n):
            services.record_note(reviewer, unit=party, area=party.area, observed_on=today, text=f"{TEXT} ({i})",
                                 mood="worried", source_kind="staff", topics=topics)
        return round(n / (time.perf_counter() - t0), 1)

    def recording():
        save(record_per_s_topics_given=record(args.record, ["moi_truong"]), record_target_per_s=200)
        save(record_per_s_topics_suggested=record(args.record, None))

    def draft():  # the month before today's: a whole month of notes, as drafted early in the next one
        period = f"{today.replace(day=1) - timedelta(days=1):%Y-%m}"
        ms, _ = timed(lambda: services.draft_situation_report(reviewer, unit=btgdv, period=period), args.runs)
        save(report_draft_ms=ms, report_draft_target_ms=2000, report_period=period,
             communes=Unit.objects.filter(parent=btgdv, kind__code="dang-uy").count())

    for name, fn in (("warnings_province", warnings_province), ("warnings_nation", warnings_nation),
                     ("record", recording), ("report_draft", draft)):
        step(name, fn)
    print(json.dumps(out, ensure_ascii=False, indent=1, default=str))
    if not args.keep and not args.var_dir:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
