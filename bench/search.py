"""Speed of the search at scale, and the cost of indexing a write; prints JSON.

    .venv/bin/python bench/search.py --json [--records N] [--runs N] [--queries N] [--keep] [--reuse DIR]

Builds the real divisions and every province's bloc (about 33,500 units) in a fresh SQLite database under a
temporary DANVAN_VAR_DIR (or the database of DATABASE_URL, which must then be a throw-away one), bulk-inserts
N index rows (default 2,000,000: the issue's target) of generated Vietnamese text spread over the units —
straight into the index in bulk SQL (SQLite: one FTS5 'rebuild'; PostgreSQL: COPY, then the GIN index), not
through the apps — then times `search.selectors.search` (the scoped query, ranking, snippets, names: what the
API answers) for one- to four-word queries as a provincial reviewer and as a national administrator, and
`indexing.index_object` for a real incident written through its service (the cost an edit pays; and a save
that changes nothing indexed), for a situation note, and the whole `record_note` service (`--writes-only`:
these alone, without the queries). Targets: p50 ≤ 30 ms, p95 ≤ 100 ms; indexing ≤ 2 ms per write.

The text: a word-pair chain over `bench/search_corpus.txt` (the sample reports, the domain notes and the apps'
demo texts: real Vietnamese of the domain) makes 40,000 sentences; a row is a title sentence (half of them
"… tại <its unit's area>"), one to four text sentences and sometimes a person's name. The queries are drawn
from the same sentences (`make_queries`): what a user types, not chosen to be fast. `--keep` keeps the
database; `--reuse DIR` (SQLite) or the same DATABASE_URL (PostgreSQL) times again without refilling when the
index already has `--records` rows.
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

CORPUS = REPO / "bench" / "search_corpus.txt"
# Types and their share of the index (roughly the apps' volumes: notes and narratives dominate); public rows only
# among the models (half of them public), as in the real sources.
TYPES = [("situation.note", 35), ("reporting.narrative", 25), ("petitions.petition", 15),
         ("directives.activity", 10), ("situation.incident", 5), ("directives.task", 5),
         ("consultation.comment", 3), ("movement.model", 2)]
FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4),
          ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Lò", 1),
          ("Hà", 1), ("Đinh", 1), ("Trịnh", 1)]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Xuân", "Hồng", "Thu", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
         "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phúc", "Phương", "Quân", "Quang", "Sơn",
         "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Tùng", "Vân", "Việt", "Vinh", "Xuân", "Yến"]
# Words a user does not start or end a query with (the most frequent function syllables, folded).
FUNCTION = {"va", "cua", "cac", "nhung", "co", "la", "duoc", "voi", "cho", "trong", "da", "de", "tai", "theo", "tu",
            "ve", "mot", "nay", "khi", "ra", "len", "thi", "o", "den", "tren", "nhu", "se", "hon", "con", "vao", "sau",
            "do", "ma", "so", "ngay", "nam", "thang", "gom", "chua", "cung"}
POOL = 40_000  # generated sentences the documents are made of


class TextModel:
    """A word-pair (bigram) chain over the domain corpus (`bench/search_corpus.txt`: the sample reports, the
    domain notes, the apps' demo and bench texts): generated sentences keep the corpus's phrases ("giải phóng mặt
    bằng") and its Zipf-like word frequencies, with far more distinct sentences than the corpus has."""

    def __init__(self, lines: list[str]) -> None:
        from collections import defaultdict

        self.starts: list[str] = []
        self.next: dict[str, list[str | None]] = defaultdict(list)
        for line in lines:
            tokens = line.split()
            self.starts.append(tokens[0])
            for first, second in zip(tokens, [*tokens[1:], None], strict=True):
                self.next[first].append(second)

    def sentence(self, rng: random.Random, most: int = 25) -> str:
        word: str | None = rng.choice(self.starts)
        out: list[str] = []
        while word is not None and len(out) < most:
            out.append(word)
            word = rng.choice(self.next[word])
        return " ".join(out)


def text_pool(rng: random.Random) -> list[str]:
    """The generated sentences the documents are made of (the same for a seed: the queries of a reused database
    are drawn again without refilling)."""
    model = TextModel(corpus_lines())
    return [model.sentence(rng) for _ in range(POOL)]


def place_names() -> list[str]:
    from danvan.org.models import Area, Unit

    paths = set(Unit.objects.exclude(line_path="").values_list("area__path", flat=True))
    return sorted(set(Area.objects.filter(era="current", path__in=paths).values_list("name", flat=True)))


def corpus_lines() -> list[str]:
    return [line.strip() for line in CORPUS.read_text(encoding="utf-8").splitlines() if len(line.split()) >= 3]


def person(rng: random.Random) -> str:
    family = rng.choices([f for f, _ in FAMILY], weights=[w for _, w in FAMILY])[0]
    return f"{family} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_queries(sentences: list[str], places: list[str], n: int, seed: int = 11) -> list[str]:
    """What a user types, drawn from the same generated text: 1–4 consecutive words of a random sentence (not
    starting or ending with a function word), half of them without diacritics, a third with the last word cut
    short (being typed), and one in five followed by a place name ("nghia trang gia vien")."""
    from danvan.core.text import fold

    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        tokens = [t.strip('.,;:()"“”…') for t in rng.choice(sentences).split()]
        tokens = [t for t in tokens if t and any(c.isalpha() for c in t)]
        k = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
        if len(tokens) < k:
            continue
        first = rng.randrange(len(tokens) - k + 1)
        window = tokens[first:first + k]
        if fold(window[0]) in FUNCTION or fold(window[-1]) in FUNCTION:
            continue
        if k <= 2 and rng.random() < 0.2:
            window += rng.choice(places).split()[1:]  # "Xã Gia Viễn" → "... Gia Viễn"
        q = " ".join(window).lower()
        if rng.random() < 0.5:
            q = fold(q)
        if rng.random() < 0.3 and len(q.split()[-1]) > 3:
            *head, last = q.split()
            q = " ".join([*head, last[:rng.randint(2, len(last) - 1)]])
        if q not in out:
            out.append(q)
    return out


def timed(func, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        out.append((time.perf_counter() - start) * 1000)
    return out


def timed_writes(func, runs: int) -> list[float]:
    """`func` timed inside its own committed transaction each time (the commit not timed), as an application
    write runs: one request, one transaction. (Two hundred edits of one row inside a single transaction, as this
    bench measured before, make PostgreSQL walk every earlier version of the row — none can be pruned while the
    transaction runs — and time that instead of the write.)"""
    from django.db import transaction

    out = []
    for _ in range(runs):
        with transaction.atomic():
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


def fill_index(n: int, seed: int = 2026) -> dict:
    """N index rows of generated text, in bulk SQL straight into `search_entry` (not through the apps): SQLite with
    the FTS5 insert trigger off and one FTS5 'rebuild' at the end, PostgreSQL by COPY with the GIN index dropped
    and rebuilt. Each row: a title (a generated sentence, often "… tại <its unit's area>"), a text of 1–4
    generated sentences, sometimes a person's name, its unit's line and area; days grow with the id (the newest
    rows are the latest records). Returns the sample the queries are drawn from."""
    import importlib

    from django.db import connection, transaction

    from danvan.core.text import fold
    from danvan.org.models import Area, Unit
    from danvan.search.indexing import words
    from danvan.search.models import SearchEntry, SearchTerm, scope_tokens

    migration = importlib.import_module("danvan.search.migrations.0005_scope_tokens")
    fulltext_index = importlib.import_module("danvan.search.migrations.0008_scope_tokens_by_range").INDEX
    rng = random.Random(seed)
    pool = text_pool(rng)
    pool_folded = [fold(x) for x in pool]
    area_names = dict(Area.objects.filter(era="current").values_list("path", "name"))
    units = [(pk, line, area or "", area_names.get(area or "", "")) for pk, line, area in
             Unit.objects.values_list("pk", "line_path", "area__path") if line]
    types = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES], k=1000)
    start = date(2022, 10, 1)
    columns = ["type", "object_id", "title", "text", "folded", "folded_title", "url", "line_path", "area_path",
               "public", "scope_tokens", "day", "topics", "indexed_at"]
    now = time.strftime("%Y-%m-%d %H:%M:%S+00:00", time.gmtime())
    vocabulary: set[str] = set()
    for folded in pool_folded:
        vocabulary |= words(folded)
    vocabulary |= words(fold(" ".join(area_names.values()) + " " + " ".join(f for f, _ in FAMILY) + " "
                             + " ".join(MIDDLE + GIVEN)))

    def rows():
        choose, randint, rand = rng.randrange, rng.randint, rng.random
        for i in range(n):
            unit_id, line_path, area_path, area_name = units[choose(len(units))]
            kind = types[i % 1000]
            t = choose(POOL)
            title, folded_title = pool[t], pool_folded[t]
            if area_name and rand() < 0.5:
                title, folded_title = f"{title} tại {area_name}", f"{folded_title} tai {fold(area_name)}"
            picks = [choose(POOL) for _ in range(randint(1, 4))]
            text = " ".join(pool[p] for p in picks)
            folded_text = " ".join(pool_folded[p] for p in picks)
            if rand() < 0.3:
                name = person(rng)
                text, folded_text = f"{name}: {text}", f"{fold(name)}: {folded_text}"
            public = kind == "movement.model" and rand() < 0.5
            day = start + timedelta(days=int(1500 * i / n) + randint(0, 30))
            yield (kind, str(i), title[:300], text, f"{folded_title} {folded_text}", folded_title[:300], f"/x/{i}/",
                   line_path, area_path, public, scope_tokens(line_path, public), day.isoformat(), "[]", now)

    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER IF EXISTS search_entry_ai")
            sql = (f"INSERT INTO search_entry ({', '.join(columns)}) "  # noqa: S608
                   f"VALUES ({', '.join(['%s'] * len(columns))})")
            batch = []
            for row in rows():
                batch.append(row)
                if len(batch) >= BATCH:
                    cursor.executemany(sql, batch)
                    batch.clear()
            cursor.executemany(sql, batch)
            cursor.execute("INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')")
            cursor.execute(migration.SQLITE_TRIGGERS[0])
        else:
            cursor.execute("DROP INDEX IF EXISTS search_entry_fts_col_idx; DROP INDEX IF EXISTS search_entry_fts_bucket_idx")
            with cursor.cursor.copy(f"COPY search_entry ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows():
                    copy.write_row(row)
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            cursor.execute(fulltext_index)
        SearchTerm.objects.unscoped().bulk_create([SearchTerm(term=t) for t in vocabulary], batch_size=2000,
                                                  ignore_conflicts=True)
    return {"vocabulary": len(vocabulary), "rows": SearchEntry.objects.unscoped().count()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2_000_000)
    parser.add_argument("--provinces", type=int, default=34, help="provinces whose blocs are built (34: national)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each query")
    parser.add_argument("--json", action="store_true", help="JSON output (the only output there is)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--reuse", metavar="DIR", help="time against the database a --keep run left in DIR (SQLite; "
                        "with DATABASE_URL: the index already in that database is reused when it has --records rows)")
    parser.add_argument("--queries", type=int, default=40, help="queries drawn from the generated text")
    parser.add_argument("--writes-only", action="store_true", help="only the cost of a write (no queries)")
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
    from django.db import connection, transaction

    settings.DEBUG = False
    from danvan.accounts.choices import Role
    from danvan.accounts.models import User
    from danvan.accounts.services import grant_membership
    from danvan.core import registry
    from danvan.org.models import Unit
    from danvan.search import indexing, selectors
    from danvan.search.models import SearchEntry

    reused = False
    if args.reuse or os.environ.get("DATABASE_URL"):
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        reused = SearchEntry.objects.unscoped().count() >= args.records
    start = time.perf_counter()
    if not reused:
        setup_database(args.provinces)
    setup_s = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    filled = {} if reused else fill_index(args.records)
    if connection.vendor == "postgresql" and not reused:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_entry; ANALYZE search_term")
    fill_s = round(time.perf_counter() - start, 1)
    pool = text_pool(random.Random(2026))
    queries = make_queries(pool[:5000], place_names(), args.queries)

    btgdv = Unit.objects.get(area__code="37", area__era="current", kind__code="ban-tuyen-giao-dan-van")
    reviewer, created = User.objects.get_or_create(username="bench-tinh-37")
    if created:
        grant_membership(None, user=reviewer, unit=btgdv, role=Role.REVIEWER)
    admin, _ = User.objects.get_or_create(username="bench-admin", defaults={"is_superuser": True})

    result: dict = {"records": SearchEntry.objects.unscoped().count(), "units": Unit.objects.count(),
                    "reused": reused, **filled, "query_list": queries}
    for who, user in () if args.writes_only else (("province", reviewer), ("nation", admin)):
        times, counts = [], []
        per_query: dict[str, list[float]] = {}
        for q in queries:
            def run(q=q, user=user, counts=counts):
                if hasattr(user, "forget_scope"):
                    user.forget_scope()
                counts.append(selectors.search(user, q, limit=20).count)
            per_query[q] = timed(run, args.runs)
            times += per_query[q]
        result[f"{who}_p50_ms"] = percentile(times, 0.5)
        result[f"{who}_p95_ms"] = percentile(times, 0.95)
        result[f"{who}_max_ms"] = round(max(times), 1)
        result[f"{who}_median_hits"] = statistics.median(counts)  # capped at query.CANDIDATES
        result[f"{who}_slowest"] = sorted(((round(min(v), 1), q) for q, v in per_query.items()), reverse=True)[:5]

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
    WORDS = " ".join(pool[:200]).split()  # noqa: N806

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

    write = timed_writes(edited, 200)
    unchanged = timed_writes(lambda: indexing.index_object(source, incident), 200)
    note_write = timed_writes(note_edited, 200)
    recorded = timed(note_recorded, 100)  # the service's own transaction, its commit included
    with transaction.atomic():
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
        "queries": len(queries), "runs": args.runs, "setup_s": setup_s, "fill_s": fill_s,
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
    })
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.keep and not args.reuse:  # a reused database is never removed
        import shutil

        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
