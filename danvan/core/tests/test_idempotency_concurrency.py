"""Concurrent requests with one Idempotency-Key write once, on SQLite and on PostgreSQL.

Runs in its own pytest process (`-m concurrency`): a transactional test flushes the database at the end. On
SQLite it needs a test database file (SQLITE_TEST_FILE=/tmp/danvan-test.sqlite3), not the in-memory one.
"""

import threading
import uuid

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from danvan.core.models import IdempotencyKey
from danvan.situation.models import SituationNote

pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.skipif(connection.vendor == "sqlite" and not settings.DATABASES["default"].get("TEST", {}).get("NAME"),
                       reason="in-memory SQLite answers concurrent threads 'table is locked': run with "
                       "SQLITE_TEST_FILE=/tmp/x.sqlite3 (a test database file) or on PostgreSQL"),
]
THREADS = 6


def _send(user, body, key, barrier, answers, errors):
    try:
        client = Client()
        client.force_login(user)
        barrier.wait(timeout=30)
        r = client.post("/api/v1/situation/notes", body, content_type="application/json",
                        headers={"Idempotency-Key": key})
        answers.append((r.status_code, r.content))
    except Exception as exc:  # reported by the main thread
        errors.append(exc)
    finally:
        connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_with_the_same_key_write_once_and_get_the_same_answer(world):
    body = {"unit": world.a.commune_party.pk, "observed_on": timezone.localdate().isoformat(),
            "text": "Bà con hỏi về tiến độ làm đường liên thôn.", "mood": "neutral", "source_kind": "staff"}
    key, barrier = str(uuid.uuid4()), threading.Barrier(THREADS)
    answers: list[tuple[int, bytes]] = []
    errors: list[Exception] = []
    threads = [threading.Thread(target=_send, args=(world.a.reporter, body, key, barrier, answers, errors))
               for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert SituationNote.objects.count() == 1
    assert [status for status, _ in answers] == [201] * THREADS
    assert len({content for _, content in answers}) == 1
    assert IdempotencyKey.objects.get().state == "done"
