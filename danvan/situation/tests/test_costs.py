"""What recording a note and computing warnings cost, in queries (never in time), and that the pruned warning
query gives what a plain count of every (topic, area) gives."""

import io
import random
import re
from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from danvan.situation import selectors
from danvan.situation.models import NoteTopic, ProvinceTopicDay
from danvan.situation.selectors.warnings import BASELINE_WEEKS, WINDOW_DAYS, fires, thresholds
from danvan.situation.tests.conftest import TODAY

pytestmark = pytest.mark.django_db

TOPICS = ["moi_truong", "ton_giao", "an_sinh"]


CTE_INSERT = re.compile(r'\bINSERT\s+INTO\s+"?(\w+)"?', re.IGNORECASE)
WRITE = re.compile(r'^(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


def written_tables(queries) -> list[str]:
    """The table of every INSERT/UPDATE/DELETE, quoted by the ORM or not (the search index writes raw SQL)."""
    sqls = [q["sql"].split(" times: ", 1)[-1].lstrip() for q in queries]  # executemany is logged "N times: <sql>"
    tables: list[str] = []
    for sql in sqls:
        if sql[:4].upper() == "WITH":  # PostgreSQL's one-statement index write: the entry and its words
            tables += CTE_INSERT.findall(sql)
        elif m := WRITE.match(sql):
            tables.append(m[1])
    return tables


@pytest.mark.parametrize("topics", [["moi_truong"], None], ids=["topics given", "topics suggested"])
def test_recording_a_note_costs_the_note_its_topic_rows_its_search_row_and_its_audit_event(note_of, topics):
    note_of("Một tin đầu tiên về môi trường.", topics=["moi_truong"])  # the first save warms the caches
    with CaptureQueriesContext(connection) as saved:
        note = note_of("Bà con bức xúc về việc giải phóng mặt bằng và ô nhiễm môi trường.", topics=topics)
    assert note.topics
    assert written_tables(saved.captured_queries) == [
        "situation_situationnote", "search_entry", "search_term", "situation_notetopic",
        "situation_provincetopicday", "core_auditevent"]
    # + the savepoint and its release (the search index's upsert needs no look-up of an existing row); PostgreSQL
    # writes the search entry and its words in one statement
    assert len(saved.captured_queries) == (7 if connection.vendor == "postgresql" else 8)


def brute_force(today) -> set[tuple]:
    """(topic, level, area id, count) of every warning, from a plain count of every topic row."""
    window_start = today - timedelta(days=WINDOW_DAYS - 1)
    base_start = window_start - timedelta(weeks=BASELINE_WEEKS)
    recent: Counter = Counter()
    base: Counter = Counter()
    for row in NoteTopic.objects.unscoped().filter(observed_on__gte=base_start, observed_on__lte=today):
        for key in ((row.topic, "commune", row.commune_id), (row.topic, "province", row.province_id)):
            (recent if row.observed_on >= window_start else base)[key] += 1
    min_count, ratio = thresholds()
    return {(*key, n) for key, n in recent.items()
            if fires(n, base[key] / BASELINE_WEEKS, min_count=min_count, ratio=ratio)}


@pytest.mark.parametrize("reader", ["admin", "reviewer"])
def test_warnings_equal_a_plain_count_of_every_topic_and_area(world, note_of, today, reader):
    """The national path (window, candidates, counters) and a province reviewer's (one pass) alike."""
    rng = random.Random(15)
    for _ in range(60):
        note_of(topics=[rng.choice(TOPICS)], days_ago=rng.choice([*range(7), *range(7, 91, 3)]))
    for days_ago in range(3):  # a rise exactly at the minimum count, on a topic never seen before: it shows
        note_of(topics=["dan_toc"], days_ago=days_ago)
    expected = brute_force(today)
    found = selectors.compute_warnings(world.admin if reader == "admin" else world.a.reviewer, today=today)
    assert expected and {(w.topic, w.level, w.area_id, w.count) for w in found} == expected


def counted() -> dict:
    return {(c.province_id, c.topic, c.day): c.count for c in ProvinceTopicDay.objects.unscoped().all()}


def test_province_counters_equal_the_topic_rows_after_notes_and_moves_and_rebuild_the_same(world, note_of):
    from django.core.management import call_command

    from danvan.org.services import create_hamlet, update_unit

    for days_ago, topics in ((0, ["moi_truong", "an_sinh"]), (0, ["moi_truong"]), (3, None), (40, ["ton_giao"])):
        note_of("Bà con bức xúc về việc giải phóng mặt bằng.", topics=topics, days_ago=days_ago)
    front = world.a.commune_front
    note_of(area=create_hamlet(None, world.a.commune, name="Thôn Đông"), topics=["moi_truong"], unit=front)
    update_unit(None, front, version=front.version, parent=world.a.btgdv)  # a move: no note changes province
    rows = Counter((r.province_id, r.topic, r.observed_on) for r in NoteTopic.objects.unscoped().all())
    assert counted() == dict(rows) and rows[(world.a.province.pk, "moi_truong", TODAY)] == 3
    call_command("situation_counters", stdout=io.StringIO())
    assert counted() == dict(rows)
    from danvan.core.models import AuditEvent

    assert AuditEvent.objects.get(action="situation.counters.rebuild").after == {"counters": len(rows)}


def test_warnings_cost_a_fixed_number_of_queries(world, note_of, today):
    for days_ago in range(4):
        note_of(topics=["ton_giao"], days_ago=days_ago)
    with CaptureQueriesContext(connection) as few:
        assert selectors.compute_warnings(world.admin, today=today)
    for days_ago in range(20):
        note_of(topics=["moi_truong"], days_ago=days_ago % 7)
    with CaptureQueriesContext(connection) as more:
        selectors.compute_warnings(world.admin, today=today)
    # the window, the two baselines, dismissals, the notes behind, their areas
    assert len(few.captured_queries) == len(more.captured_queries) == 6


def test_drafting_the_report_costs_the_same_queries_for_more_notes(world, note_of):
    from danvan.situation import services

    def draft_queries(notes: int) -> int:
        for i in range(notes):  # every section changes the same way each time
            note_of(f"Tin thứ {i} về môi trường.", topics=["moi_truong", "an_sinh"], mood="angry", source_kind="press")
            note_of(f"Tin thứ {i} về giải phóng mặt bằng.", topics=["giai_phong_mat_bang"], mood="angry")
        with CaptureQueriesContext(connection) as draft:
            services.draft_situation_report(world.a.reviewer, unit=world.a.btgdv, period="2026-12")
        return len(draft.captured_queries)

    draft_queries(1)  # created; the drafts below refresh it
    assert draft_queries(2) == draft_queries(12)  # the notes' communes come with them, nothing note by note
