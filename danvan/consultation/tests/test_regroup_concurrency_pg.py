"""A regrouping of a piece and a save on the same piece at the same moment (PostgreSQL): the regrouping waits for the
save and groups its comment too, so no visible comment is left without a group.

Runs in its own pytest process (`-m concurrency`): a transactional test flushes the database at the end. Skipped on
SQLite, which runs one writing transaction at a time.
"""

import threading

import pytest
from django.db import connection, connections, transaction

from danvan.consultation import selectors, services
from danvan.consultation.models import Comment
from danvan.consultation.tests.conftest import comment, make_consultation

pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only: SQLite runs one writer at a time"),
]


@pytest.mark.django_db(transaction=True)
def test_a_regrouping_waits_for_a_save_in_progress_on_its_piece(world):
    actor = world.a.reviewer
    c = make_consultation(actor, world.a.btgdv)
    piece = selectors.version_pieces(selectors.latest_version(c))[3]
    for text in ["Đề nghị bổ sung chỉ tiêu nước sạch cho vùng cao.", "Cần tăng vốn cho hộ nghèo.", "Tán thành."]:
        comment(actor, c, text, piece=piece.pk)
    saving, release = threading.Event(), threading.Event()
    errors: list[Exception] = []

    def save():
        try:
            with transaction.atomic():  # a save still open when the regrouping starts
                comment(actor, c, "Đề nghị bổ sung chỉ tiêu nước sạch cho các thôn vùng cao.", piece=piece.pk)
                saving.set()
                release.wait(timeout=30)
        except Exception as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            saving.set()
            connections.close_all()

    def regroup():
        try:
            services.regroup_piece(actor, c, piece)
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    saver = threading.Thread(target=save)
    saver.start()
    assert saving.wait(timeout=30)
    regrouper = threading.Thread(target=regroup)
    regrouper.start()
    regrouper.join(timeout=1.0)  # time for the regrouping to reach its reads (it must wait for the save's lock)
    release.set()
    saver.join(timeout=60)
    regrouper.join(timeout=60)
    assert not saver.is_alive() and not regrouper.is_alive()
    assert not errors, errors
    visible = Comment.objects.filter(consultation=c, hidden=False)
    assert visible.count() == 4
    assert not visible.filter(group__isnull=True).exists(), "a comment saved during the regrouping lost its group"
