"""Speed of the situation app at national size; prints JSON.

    .venv/bin/python bench/situation.py [--notes 1000000] [--runs 3] [--keep]

In a fresh SQLite database under a temporary DANVAN_VAR_DIR (or the throw-away database of DATABASE_URL):
the real divisions, the real Ninh Bình bloc (129 communes), then `--notes` notes over a year spread over
every commune of the country (bulk-inserted with their topic rows; Ninh Bình's under its communes' Party
committees, the other provinces' under synthetic reporting lines, which is all the warning query reads),
a rising topic in one Ninh Bình commune. Then it times, through the real code:
- warnings for the province's reviewer (target ≤ 200 ms) and for the nation, as an administrator (≤ 2 s);
- recording notes through `record_note` (≥ 200 per second), with topics given and with topics suggested;
- the monthly report draft of the province's Ban Tuyên giáo và Dân vận (≤ 2 s).
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
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TOPICS = ["giai_phong_mat_bang", "moi_truong", "an_sinh", "cai_cach_hanh_chinh", "dich_benh", "ton_giao",
          "an_ninh_trat_tu", "bau_cu", "dan_toc", "don_thu"]
MOODS = ["positive", "neutral", "worried", "angry"]
TEXT = "Người dân bàn tán về việc bồi thường giải phóng mặt bằng dự án đường tỉnh, đề nghị công khai phương án."


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
    import_divisions(None)
    province = Area.objects.get(era="current", code="37")
    create_bloc(None, province)
    return province


def fill_notes(total: int, province, today) -> int:
    """`total` notes over the last year, every commune of the country, bulk-inserted with their topic rows."""
    from django.db import transaction

    from danvan.org.models import Area, Unit
    from danvan.situation.models import NoteTopic, SituationNote

    rng = random.Random(2026)
    communes = list(Area.objects.filter(era="current", level="commune").select_related("parent"))
    parties = {u.area_id: u for u in Unit.objects.filter(area__parent=province, kind__code="dang-uy")}
    anyunit = next(iter(parties.values()))
    batch, topics, written = [], [], 0

    def flush():
        nonlocal batch, topics, written
        with transaction.atomic():
            made = SituationNote.objects.bulk_create(batch)
            NoteTopic.objects.bulk_create([
                NoteTopic(note=n, topic=t, observed_on=n.observed_on, commune_id=n.commune_id,
                          province_id=n.province_id, line_path=n.line_path)
                for n, ts in zip(made, topics, strict=True) for t in ts], batch_size=5000)
        written += len(batch)
        batch, topics = [], []

    for i in range(total):
        commune = communes[i % len(communes)]
        unit = parties.get(commune.pk)
        line = unit.line_path if unit else f"/9{commune.parent.code}/{commune.pk}/"
        day = today - timedelta(days=7 + rng.randrange(358))  # the year before the last week
        ts = rng.sample(TOPICS, rng.choice((1, 1, 1, 2)))
        batch.append(SituationNote(unit=unit or anyunit, line_path=line, area=commune, commune=commune,
                                   province=commune.parent, observed_on=day, text=TEXT, text_folded=TEXT.lower(),
                                   topics=ts, mood=rng.choice(MOODS), source_kind="collaborator"))
        topics.append(ts)
        if len(batch) >= 10_000:
            flush()
    # This week: the usual trickle everywhere, a rise in the first Ninh Bình commune.
    for i in range(total // 52):
        commune = communes[(i * 7) % len(communes)]
        unit = parties.get(commune.pk)
        line = unit.line_path if unit else f"/9{commune.parent.code}/{commune.pk}/"
        ts = [rng.choice(TOPICS)]
        batch.append(SituationNote(unit=unit or anyunit, line_path=line, area=commune, commune=commune,
                                   province=commune.parent, observed_on=today - timedelta(days=rng.randrange(7)),
                                   text=TEXT, text_folded=TEXT.lower(), topics=ts, mood="worried",
                                   source_kind="staff"))
        topics.append(ts)
    first = min((c for c in communes if c.pk in parties), key=lambda c: c.code)
    for i in range(6):  # the rise: six notes on one topic in one commune this week
        batch.append(SituationNote(unit=parties[first.pk], line_path=parties[first.pk].line_path, area=first,
                                   commune=first, province=first.parent, observed_on=today - timedelta(days=i),
                                   text=TEXT, text_folded=TEXT.lower(), topics=["ton_giao"], mood="angry",
                                   source_kind="staff"))
        topics.append(["ton_giao"])
    flush()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--record", type=int, default=300, help="notes recorded through the service")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--json", action="store_true", help="JSON output (the only output; kept for the issue)")
    args = parser.parse_args()
    var_dir = tempfile.mkdtemp(prefix="danvan-bench-")
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.utils import timezone

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.services import grant_membership
    from danvan.org.bloc import BTGDV
    from danvan.org.models import Unit
    from danvan.situation import selectors, services
    from danvan.testing.factories import UserFactory

    today = timezone.localdate()
    start = time.perf_counter()
    province = setup_database()
    btgdv = Unit.objects.select_related("area").get(area=province, kind__code=BTGDV)
    party = Unit.objects.filter(area__parent=province, kind__code="dang-uy").select_related("area").order_by(
        "area__code").first()
    reviewer = UserFactory(username="tinh-37")
    grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    admin = UserFactory(username="admin", is_superuser=True)
    notes = fill_notes(args.notes, province, today)
    setup_s = round(time.perf_counter() - start, 1)

    province_ms, found = timed(lambda: selectors.compute_warnings(reviewer, today=today), args.runs)
    nation_ms, national = timed(lambda: selectors.compute_warnings(admin, today=today), args.runs)

    def record(n: int, topics):
        t0 = time.perf_counter()
        for i in range(n):
            services.record_note(reviewer, unit=party, area=party.area, observed_on=today, text=f"{TEXT} ({i})",
                                 mood="worried", source_kind="staff", topics=topics)
        return n / (time.perf_counter() - t0)

    given_rate = record(args.record, ["moi_truong"])
    suggested_rate = record(args.record, None)
    period = f"{today:%Y-%m}"
    draft_ms, _ = timed(lambda: services.draft_situation_report(reviewer, unit=btgdv, period=period), args.runs)
    print(json.dumps({
        "notes": notes, "communes": Unit.objects.filter(parent=btgdv, kind__code="dang-uy").count(),
        "province_warnings": len(found), "nation_warnings": len(national),
        "warnings_province_ms": province_ms, "warnings_province_target_ms": 200,
        "warnings_nation_ms": nation_ms, "warnings_nation_target_ms": 2000,
        "record_per_s_topics_given": round(given_rate, 1), "record_per_s_topics_suggested": round(suggested_rate, 1),
        "record_target_per_s": 200,
        "report_draft_ms": draft_ms, "report_draft_target_ms": 2000,
        "setup_s": setup_s, "runs": args.runs,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
    }, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
