"""Speed of the search at scale, and the cost of indexing a write; prints JSON.

    .venv/bin/python bench/search.py --json [--records N] [--runs N] [--keep]

Builds the real divisions and every province's bloc (about 40,000 units) in a fresh SQLite database under a
temporary DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), bulk-inserts
N index rows (default 2,000,000: the issue's target) of generated Vietnamese text spread over the units —
straight into the index, not through the apps, for speed — then times `search.selectors.search` (the scoped
query, ranking, snippets, names: what the API answers) for one- to four-word queries as a provincial reviewer
and as a national administrator, and `indexing.index_object` for a real incident written through its service
(the cost an edit pays; and a save that changes nothing indexed), for a situation note, and the whole
`record_note` service (`--writes-only`: these alone, without the queries). Targets: p50 ≤ 30 ms, p95 ≤ 100 ms; indexing ≤ 2 ms per write.
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

WORDS = ["người", "dân", "phản", "ánh", "tranh", "chấp", "đất", "đai", "nghĩa", "trang", "di", "dời", "giải", "phóng", "mặt", "bằng", "đền", "bù", "khiếu", "nại", "tố", "cáo", "ô", "nhiễm", "môi", "trường", "nguồn", "nước", "rác", "thải", "chăn", "nuôi", "trang", "trại", "giá", "điện", "tăng", "học", "phí", "bảo", "hiểm", "y", "tế", "xã", "hội", "dân", "vận", "khéo", "mô", "hình", "tuyên", "truyền", "vận", "động", "hội", "nông", "dân", "phụ", "nữ", "đoàn", "thanh", "niên", "cựu", "chiến", "binh", "mặt", "trận", "tổ", "quốc", "công", "đoàn", "nhà", "đại", "đoàn", "kết", "quà", "tặng", "hộ", "nghèo", "gạo", "hỗ", "trợ", "đối", "thoại", "giám", "sát", "phản", "biện", "tôn", "giáo", "lễ", "hội", "đường", "giao", "thông", "nông", "thôn", "mới", "chuyển", "đổi", "số", "thôn", "xóm", "tổ", "dân", "phố", "kiến", "nghị", "bức", "xúc", "tập", "trung", "đông", "người", "ổn", "định", "tình", "hình", "an", "ninh", "trật", "tự", "dịch", "bệnh", "bão", "lũ", "sạt", "lở", "cứu", "trợ", "thiên", "tai", "việc", "làm", "lao", "động"]
PHRASES = ["nghĩa trang", "giải phóng mặt bằng", "tranh chấp đất đai", "ô nhiễm môi trường", "dân vận khéo",
           "nhà đại đoàn kết", "hộ nghèo", "bảo hiểm y tế", "nông thôn mới", "chuyển đổi số"]
QUERIES = ["nghia trang", "dat dai", "giai phong mat bang", "o nhiem moi truong nuoc", "dan van kheo",
           "ho ngheo", "khieu nai", "doi thoai", "ton giao le hoi", "bao lu sat lo", "chuyen doi so", "gao ho tro",
           "tranh chap", "nha dai doan ket", "viec lam", "hoc phi", "nghia trang gia vien", "dien", "thanh nien",
           "trat tu"]
TYPES = ["situation.incident", "situation.note", "movement.model", "reporting.narrative"]


def timed(func, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))], 1)


def setup_database(provinces: int) -> None:
    from django.core.management import call_command

    from danvan.org.models import Area
    from danvan.org.services import create_bloc, import_divisions

    call_command("migrate", verbosity=0)
    import_divisions(None)
    # The measured provinces (37, Ninh Bình; 12, Lai Châu) first, then the others up to `provinces`.
    all_provinces = sorted(Area.objects.filter(era="current", level="province"), key=lambda a: (a.code not in
                                                                                              ("37", "12"), a.code))
    for province in all_provinces[:max(2, provinces)]:
        create_bloc(None, province)


def fill_index(n: int) -> None:
    from django.db import transaction

    from danvan.core.text import fold
    from danvan.org.models import Unit
    from danvan.search.indexing import words
    from danvan.search.models import SearchEntry, SearchTerm

    rng = random.Random(2026)
    units = list(Unit.objects.values_list("pk", "line_path", "area__path"))
    today = date(2026, 11, 30)
    terms: set[str] = set()
    with transaction.atomic():
        for first in range(0, n, BATCH):
            rows = []
            for i in range(first, min(n, first + BATCH)):
                unit_id, line_path, area_path = rng.choice(units)
                title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))
                if rng.random() < 0.3:
                    title = f"{title} {rng.choice(PHRASES)}"
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
                folded = fold(f"{title} {text}")
                rows.append(SearchEntry(type=rng.choice(TYPES), object_id=str(i), title=title, text=text,
                                        folded=folded, folded_title=fold(title), url=f"/x/{i}/",
                                        line_path=line_path, area_path=area_path or "", public=rng.random() < 0.05,
                                        day=today - timedelta(days=rng.randint(0, 1500))))
                if i < 20000:
                    terms |= words(folded)
            SearchEntry.objects.unscoped().bulk_create(rows)
        SearchTerm.objects.unscoped().bulk_create([SearchTerm(term=t) for t in terms], ignore_conflicts=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2_000_000)
    parser.add_argument("--provinces", type=int, default=34, help="provinces whose blocs are built (34: national)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each query")
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--writes-only", action="store_true", help="only the cost of a write (no queries)")
    args = parser.parse_args()
    var_dir = tempfile.mkdtemp(prefix="danvan-bench-")
    os.environ.setdefault("DANVAN_VAR_DIR", var_dir)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, transaction

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.core import registry
    from danvan.org.models import Unit
    from danvan.search import indexing, selectors
    from danvan.search.models import SearchEntry

    start = time.perf_counter()
    setup_database(args.provinces)
    setup_s = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    fill_index(args.records)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_entry; ANALYZE search_term")
    fill_s = round(time.perf_counter() - start, 1)

    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    reviewer = User.objects.create(username="bench-tinh-37")
    grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    admin = User.objects.create(username="bench-admin", is_superuser=True)

    result: dict = {"records": SearchEntry.objects.unscoped().count(), "units": Unit.objects.count()}
    for who, user in () if args.writes_only else (("province", reviewer), ("nation", admin)):
        times, counts = [], []
        for q in QUERIES:
            def run(q=q, user=user, counts=counts):
                if hasattr(user, "forget_scope"):
                    user.forget_scope()
                counts.append(selectors.search(user, q, limit=20).count)
            times += timed(run, args.runs)
        result[f"{who}_p50_ms"] = percentile(times, 0.5)
        result[f"{who}_p95_ms"] = percentile(times, 0.95)
        result[f"{who}_max_ms"] = round(max(times), 1)
        result[f"{who}_median_hits"] = statistics.median(counts)  # capped at query.CANDIDATES

    # The cost a write pays: index_object for a real incident (its document, the row, the vocabulary).
    from danvan.situation import services as situation
    from danvan.testing.world import build_world

    world = build_world("37", "12")
    incident = situation.create_incident(world.a.reporter, unit=world.a.commune_party,
                                         title="Tranh chấp nghĩa trang ở Gia Viễn", description="Người dân phản đối.",
                                         areas=[world.a.commune], started_on=date(2026, 11, 20), severity=2,
                                         people_count=5, today=date(2026, 11, 20))
    source = registry.search_documents.get("situation.incident")
    rng = random.Random(7)

    def edited():  # an edit: the description changes (two new words each time), so the row is rewritten
        incident.description = f"Người dân phản đối {rng.choice(WORDS)} {rng.choice(WORDS)} lần {rng.random()}."
        indexing.index_object(source, incident)

    note_source = registry.search_documents.get("situation.note")
    note = situation.record_note(world.a.reporter, unit=world.a.commune_party, observed_on=date(2026, 11, 20),
                                 text="Bà con phản ánh " + " ".join(rng.choice(WORDS) for _ in range(60)),
                                 mood="worried", source_kind="collaborator", area=world.a.commune,
                                 today=date(2026, 11, 20))

    def note_edited():  # a note's text edited: 60 words of which two are new
        note.text = f"{note.text[:400]} {rng.choice(WORDS)} lần {rng.random()}."
        indexing.index_object(note_source, note)

    def note_recorded():  # the whole write a user waits for: the service, its audit event, the index row
        situation.record_note(world.a.reporter, unit=world.a.commune_party, observed_on=date(2026, 11, 20),
                              text=" ".join(rng.choice(WORDS) for _ in range(60)), mood="worried",
                              source_kind="collaborator", area=world.a.commune, today=date(2026, 11, 20))

    with transaction.atomic():
        write = timed(edited, 200)
        unchanged = timed(lambda: indexing.index_object(source, incident), 200)
        note_write = timed(note_edited, 200)
        recorded = timed(note_recorded, 100)
        roundtrip = timed(lambda: connection.cursor().execute("SELECT 1"), 200)  # the machine's floor per query
    result.update({
        "index_write_p50_ms": percentile(write, 0.5), "index_write_p95_ms": percentile(write, 0.95),
        "index_unchanged_p50_ms": percentile(unchanged, 0.5),
        "index_note_write_p50_ms": percentile(note_write, 0.5),
        "index_note_write_p95_ms": percentile(note_write, 0.95),
        "record_note_p50_ms": percentile(recorded, 0.5), "record_note_p95_ms": percentile(recorded, 0.95),
        "select_1_p50_ms": percentile(roundtrip, 0.5),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "targets": {"p50_ms": 30, "p95_ms": 100, "index_write_ms": 2},
        "queries": len(QUERIES), "runs": args.runs, "setup_s": setup_s, "fill_s": fill_s,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
    })
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep:
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
