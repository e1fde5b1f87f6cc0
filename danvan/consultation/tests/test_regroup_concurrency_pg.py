"""A regrouping of a piece and a save, or two regroupings (a user's and the worker's), on the same piece at the same
moment (PostgreSQL): the regrouping waits for the save and groups its comment too, so no visible comment is left
without a group; the second regrouping waits for the first.

Runs in its own pytest process (`-m concurrency`): a transactional test flushes the database at the end. Skipped on
SQLite, which runs one writing transaction at a time.
"""

import threading

import numpy as np
import pytest
from django.db import connection, connections, transaction

from danvan.consultation import mixing, selectors, services
from danvan.consultation.models import Comment, CommentGroup, CommentVector
from danvan.consultation.tests.conftest import comment, make_consultation

pytestmark = [
    pytest.mark.concurrency,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only: SQLite runs one writer at a time"),
]


def _thread(body, errors: list[Exception], *, finally_set: threading.Event | None = None) -> threading.Thread:
    """A thread running `body` on its own connection; what it raises is kept in `errors` for the main thread."""
    def run():
        try:
            body()
        except Exception as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            if finally_set is not None:
                finally_set.set()
            connections.close_all()
    return threading.Thread(target=run)


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
        with transaction.atomic():  # a save still open when the regrouping starts
            comment(actor, c, "Đề nghị bổ sung chỉ tiêu nước sạch cho các thôn vùng cao.", piece=piece.pk)
            saving.set()
            release.wait(timeout=30)

    saver = _thread(save, errors, finally_set=saving)
    saver.start()
    assert saving.wait(timeout=30)
    regrouper = _thread(lambda: services.regroup_piece(actor, c, piece), errors)
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


def _with_vectors(actor, c, piece) -> list[Comment]:
    """Six comments on the piece, each with a vector written as the worker would (random: no model; the locks are
    what is tested)."""
    texts = ["Đề nghị bổ sung chỉ tiêu nước sạch cho vùng cao.", "Cần tăng vốn cho hộ nghèo.", "Tán thành.",
             "Nhất trí với dự thảo", "Cần bê tông hóa đường vào xóm", "Đề nghị làm đường bê tông vào các xóm"]
    saved = [comment(actor, c, text, piece=piece.pk) for text in texts]
    rng = np.random.default_rng(5)
    CommentVector.objects.bulk_create([CommentVector(comment_id=s.pk, data=mixing.to_bytes(v / np.linalg.norm(v)))
                                       for s, v in zip(saved, rng.normal(size=(len(saved), 384)), strict=True)])
    return saved


def _consistent(c, piece) -> None:
    """Every visible comment of the piece sits in a group of the piece whose size counts its visible members."""
    visible = Comment.objects.filter(consultation=c, current_piece=piece, hidden=False)
    assert not visible.filter(group__isnull=True).exists(), "a comment was left without a group"
    for group in CommentGroup.objects.filter(consultation=c, piece=piece):
        assert group.size == visible.filter(group=group).count(), group
    assert set(visible.values_list("group__piece", flat=True)) == {piece.pk}


@pytest.mark.parametrize("first", ["user", "worker"])
@pytest.mark.django_db(transaction=True)
def test_the_workers_regrouping_and_a_users_on_one_piece_take_turns(world, first):
    """A user's "Nhóm lại" and the worker's regrouping of the same piece at the same moment: the second waits for
    the first to commit, then checks its rule again (the worker finds the user's regrouping used meaning: nothing
    left to do); neither leaves the piece half-written. Without the piece's lock the worker reads the piece as
    not yet regrouped by meaning while the user's regrouping is uncommitted, and rewrites it too."""
    actor = world.a.reviewer
    c = make_consultation(actor, world.a.btgdv)
    piece = selectors.version_pieces(selectors.latest_version(c))[3]
    _with_vectors(actor, c, piece)
    inside, release = threading.Event(), threading.Event()
    errors: list[Exception] = []
    results: dict[str, object] = {}

    def run(who: str, hold: bool):
        with transaction.atomic():
            if who == "user":
                results[who] = services.regroup_piece(actor, c, piece)
            else:
                results[who] = services.regroup_by_meaning(piece.pk)
            if hold:  # still uncommitted when the other starts
                inside.set()
                release.wait(timeout=30)

    second = "worker" if first == "user" else "user"
    holder = _thread(lambda: run(first, True), errors, finally_set=inside)
    holder.start()
    assert inside.wait(timeout=30)
    waiter = _thread(lambda: run(second, False), errors)
    waiter.start()
    waiter.join(timeout=1.0)  # time for it to reach the piece's lock, which it must wait for
    assert waiter.is_alive(), "the second regrouping did not wait for the first"
    release.set()
    holder.join(timeout=60)
    waiter.join(timeout=60)
    assert not holder.is_alive() and not waiter.is_alive()
    assert not errors, errors
    assert results["worker"] is (first == "worker")  # after the user's regrouping by meaning: nothing to do
    _consistent(c, piece)
    piece.refresh_from_db()
    assert piece.grouped_by_meaning


@pytest.mark.django_db(transaction=True)
def test_a_comment_moved_by_staff_while_the_worker_regroups_stays_where_staff_put_it(world):
    """Staff move a comment (uncommitted yet) when the worker's regrouping of the piece starts: the regrouping waits
    for the move and keeps it. Without the piece's lock in the move the regrouping read the comment as free and put
    it back into a group of its own choosing (and deleted the group staff had just chosen)."""
    actor = world.a.reviewer
    c = make_consultation(actor, world.a.btgdv)
    piece = selectors.version_pieces(selectors.latest_version(c))[3]
    saved = _with_vectors(actor, c, piece)
    moved, target = saved[0], Comment.objects.get(pk=saved[4].pk).group
    assert target is not None and Comment.objects.get(pk=moved.pk).group_id != target.pk
    inside, release = threading.Event(), threading.Event()
    errors: list[Exception] = []
    results: dict[str, object] = {}

    def move():
        with transaction.atomic():
            services.move_comment(actor, Comment.objects.get(pk=moved.pk), group=target)
            inside.set()
            release.wait(timeout=30)

    def regroup():
        results["worker"] = services.regroup_by_meaning(piece.pk)

    mover = _thread(move, errors, finally_set=inside)
    mover.start()
    assert inside.wait(timeout=30)
    regrouper = _thread(regroup, errors)
    regrouper.start()
    regrouper.join(timeout=1.0)
    assert regrouper.is_alive(), "the regrouping did not wait for the move"
    release.set()
    mover.join(timeout=60)
    regrouper.join(timeout=60)
    assert not errors, errors
    assert results["worker"] is True
    after = Comment.objects.get(pk=moved.pk)
    assert after.group_id == target.pk and after.group_locked, "the regrouping undid the staff's move"
    assert CommentGroup.objects.get(pk=target.pk).staff_edited
    _consistent(c, piece)
