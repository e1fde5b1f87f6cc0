"""The worker regroups a piece by meaning once every visible comment of it has its vector: once, behind the
embedding, through the same service as "Nhóm lại", keeping staff corrections, audited as a system action; not
while comments still wait, not again until enough comments were placed by words alone since.

The tasks run synchronously (`.call`), as in test_embedding.py; the first test runs the real model on a dozen
comments, the others give the comments fixed vectors (`_fake_vectors`) to stay fast."""

import hashlib
import os
import subprocess
import sys
from io import StringIO

import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from danvan.consultation import embedding, regrouping, rules, selectors, services
from danvan.consultation.models import Comment, CommentGroup
from danvan.consultation.tests.conftest import DRAFT, comment, make_consultation
from danvan.consultation.tests.test_embedding import ALLOWANCE, OTHERS, _groups, _piece
from danvan.core.models import AuditEvent

ACTION = "consultation.piece.regroup_meaning"


def _waiting(task_path=regrouping.TASK_PATH):
    return DBTaskResult.objects.filter(task_path=task_path, status="READY")


def _run_waiting(task, task_path):
    """Run the waiting tasks of one kind as the worker would (each once), in the order it would take them."""
    rows = list(_waiting(task_path).order_by("-priority", "enqueued_at"))
    DBTaskResult.objects.filter(pk__in=[r.pk for r in rows]).update(status="SUCCESSFUL")
    return [task.call(*r.args_kwargs["args"]) for r in rows]


def _fake_vectors(monkeypatch):
    """Each text gets a fixed unit vector of its own (no model): the mixed path runs, fast."""
    def embed(texts):
        rows = [np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)).normal(size=384)
                for t in texts]
        out = np.asarray(rows, dtype=np.float32).reshape(len(texts), 384)
        return out / np.linalg.norm(out, axis=1, keepdims=True)
    monkeypatch.setattr(embedding, "embed", embed)


def _state(consultation, piece) -> selectors.GroupingState:
    state = selectors.grouping_state(consultation, piece.pk)
    assert state is not None
    return state


def _say(world, consultation, piece, texts):
    return [comment(world.a.reviewer, consultation, t, piece=piece.pk) for t in texts]


def _embedded(world, consultation, monkeypatch, texts):
    """A piece with these comments, each given its (fixed) vector by a run of the embedding task."""
    _fake_vectors(monkeypatch)
    piece = _piece(consultation)
    _say(world, consultation, piece, texts)
    embedding.embed_comments.call(consultation.pk)
    return piece


@pytest.mark.django_db
def test_the_worker_regroups_a_fully_embedded_piece_once_by_meaning(world, consultation):
    piece = _piece(consultation)
    saved = _say(world, consultation, piece, ALLOWANCE + OTHERS)
    by_words = _groups(saved)
    assert by_words[0] == by_words[2] != by_words[1]  # the save placed the paraphrase by its words
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 12}
    queued = _waiting()
    assert [r.args_kwargs["args"] for r in queued] == [[piece.pk]]
    assert _run_waiting(regrouping.regroup_embedded, regrouping.TASK_PATH) == [{"regrouped": True}]
    mixed = _groups(saved)
    assert mixed[0] == mixed[1] == mixed[2]  # the meaning joined the paraphrase
    event = AuditEvent.objects.get(action=ACTION)
    assert event.actor is None and event.actor_username == ""  # a system action
    after = event.after or {}
    assert after["piece"] == piece.pk and after["meaning"] is True and after["comments"] == 12
    piece.refresh_from_db()
    assert piece.grouped_by_meaning and piece.grouped_at is not None
    # Nothing changed since: neither the embedding's next run nor the task regroups again.
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 0}
    assert not _waiting().exists()
    assert regrouping.regroup_embedded.call(piece.pk) == {"regrouped": False}
    assert AuditEvent.objects.filter(action=ACTION).count() == 1 and _groups(saved) == mixed


@pytest.mark.django_db
def test_the_regroup_task_runs_behind_the_embedding(world, consultation, monkeypatch):
    _embedded(world, consultation, monkeypatch, OTHERS[:4])
    embedding.embed_comments.enqueue(consultation.pk)
    assert _waiting().get().priority < _waiting(embedding.TASK_PATH).get().priority


@pytest.mark.django_db
def test_a_piece_with_comments_still_waiting_is_not_regrouped(world, consultation, monkeypatch):
    _fake_vectors(monkeypatch)
    piece = _piece(consultation)
    saved = _say(world, consultation, piece, OTHERS)
    monkeypatch.setattr(embedding, "TASK_LIMIT", 5)  # a run embeds 5, then queues the rest
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 5}
    assert not _waiting().exists()  # 4 comments of the piece still wait: no regrouping queued
    before = _groups(saved)
    assert regrouping.regroup_embedded.call(piece.pk) == {"regrouped": False}  # nor done if asked
    assert _groups(saved) == before and not AuditEvent.objects.filter(action=ACTION).exists()
    assert _run_waiting(embedding.embed_comments, embedding.TASK_PATH) == [{"embedded": 4}]
    assert [r.args_kwargs["args"] for r in _waiting()] == [[piece.pk]]  # now it is complete: once
    assert regrouping.queue_due([piece.pk]) == [] and _waiting().count() == 1  # one waiting run per piece


@pytest.mark.django_db
def test_a_users_regrouping_meanwhile_makes_the_workers_run_a_no_op(world, consultation, monkeypatch):
    piece = _embedded(world, consultation, monkeypatch, OTHERS)
    assert _waiting().count() == 1
    services.regroup_piece(world.a.reviewer, consultation, piece)  # "Nhóm lại", with the vectors
    assert _run_waiting(regrouping.regroup_embedded, regrouping.TASK_PATH) == [{"regrouped": False}]
    assert not AuditEvent.objects.filter(action=ACTION).exists()


@pytest.mark.django_db
def test_the_workers_regrouping_keeps_staff_groups_and_moved_comments(world, consultation, monkeypatch):
    _fake_vectors(monkeypatch)
    actor = world.a.reviewer
    piece = _piece(consultation)
    saved = _say(world, consultation, piece, ALLOWANCE + OTHERS)
    forest = Comment.objects.get(pk=saved[10].pk)
    roads = Comment.objects.get(pk=saved[3].pk).group
    assert roads is not None
    services.move_comment(actor, forest, group=roads)  # staff put the forest with the roads
    school = Comment.objects.get(pk=saved[5].pk).group
    assert school is not None
    services.name_group(actor, school, label="Trường lớp mầm non")
    school_members = set(school.comments.values_list("pk", flat=True))
    embedding.embed_comments.call(consultation.pk)
    assert _run_waiting(regrouping.regroup_embedded, regrouping.TASK_PATH) == [{"regrouped": True}]
    forest.refresh_from_db()
    roads.refresh_from_db()
    school.refresh_from_db()
    assert forest.group_id == roads.pk and forest.group_locked and roads.staff_edited
    assert school.label == "Trường lớp mầm non" and school.staff_edited
    assert school_members <= set(school.comments.values_list("pk", flat=True))
    assert not Comment.objects.filter(consultation=consultation, hidden=False, group__isnull=True).exists()


@pytest.mark.django_db
def test_a_regrouping_that_changes_nothing_keeps_the_groups_ids(world, consultation):
    piece = _piece(consultation)
    saved = _say(world, consultation, piece, ALLOWANCE + OTHERS)
    services.regroup_piece(world.a.reviewer, consultation, piece)
    first = _groups(saved)
    ids = set(CommentGroup.objects.filter(piece=piece).values_list("pk", flat=True))
    services.regroup_piece(world.a.reviewer, consultation, piece)
    assert _groups(saved) == first  # the same groups, under the same ids (links to them keep working)
    assert set(CommentGroup.objects.filter(piece=piece).values_list("pk", flat=True)) == ids


@pytest.mark.django_db
def test_the_state_counts_comments_placed_by_words_since_the_last_regrouping(world, consultation):
    piece = _piece(consultation)
    _say(world, consultation, piece, OTHERS[:3])
    state = _state(consultation, piece)
    assert (state.visible, state.waiting, state.since, state.grouped_at) == (3, 3, 3, None)
    assert state.note == "Nhóm theo từ ngữ khi lưu · Đang chờ tính véc-tơ: 3 ý kiến"
    services.regroup_piece(world.a.reviewer, consultation, piece)
    _say(world, consultation, piece, OTHERS[3:5])
    state = _state(consultation, piece)
    assert (state.visible, state.since, state.by_meaning) == (5, 2, False)
    assert state.note.startswith("Nhóm theo từ ngữ lúc ") and "2 ý kiến mới xếp theo từ ngữ" in state.note
    elsewhere = make_consultation(world.a.reviewer, world.a.btgdv)
    assert selectors.grouping_state(consultation, _piece(elsewhere).pk) is None  # another draft's piece
    assert selectors.grouping_state(elsewhere, _piece(elsewhere).pk) is not None


def test_the_rule_regroups_once_then_after_more_than_ten_or_ten_percent_new():
    due = rules.worker_regroup_due
    assert due("open", visible=12, waiting=0, since=12, by_meaning=False)
    assert not due("open", visible=12, waiting=1, since=12, by_meaning=False)  # still waiting for vectors
    assert not due("open", visible=1, waiting=0, since=1, by_meaning=False)  # nothing to group
    assert not due("open", visible=12, waiting=0, since=10, by_meaning=True)
    assert due("open", visible=12, waiting=0, since=11, by_meaning=True)
    assert not due("closed", visible=2000, waiting=0, since=200, by_meaning=True)  # 10 %, not more
    assert due("closed", visible=2000, waiting=0, since=201, by_meaning=True)
    assert not due("synthesised", visible=12, waiting=0, since=12, by_meaning=False)  # the report quotes them
    assert not due("draft", visible=12, waiting=0, since=12, by_meaning=False)


@pytest.mark.django_db
def test_the_group_page_and_the_api_say_how_the_piece_was_grouped(client, world, consultation, monkeypatch):
    _fake_vectors(monkeypatch)
    piece = _piece(consultation)
    _say(world, consultation, piece, OTHERS[:4])
    client.force_login(world.a.reviewer)
    url = f"/gop-y-du-thao/{consultation.pk}/nhom-y-kien/?piece={piece.pk}"
    api = f"/api/v1/consultations/{consultation.pk}/groups?piece={piece.pk}"
    assert "Đang chờ tính véc-tơ: 4 ý kiến" in client.get(url).content.decode()
    grouping = client.get(api).json()["grouping"]
    assert (grouping["by_meaning"], grouping["waiting"], grouping["comments"], grouping["regrouped_at"]) == (
        False, 4, 4, None)
    embedding.embed_comments.call(consultation.pk)
    _run_waiting(regrouping.regroup_embedded, regrouping.TASK_PATH)
    page = client.get(url).content.decode()
    assert "Nhóm theo nghĩa lúc " in page and "Đang chờ" not in page
    body = client.get(api).json()
    assert body["grouping"]["by_meaning"] is True and body["grouping"]["waiting"] == 0
    assert body["grouping"]["note"].startswith("Nhóm theo nghĩa lúc ") and body["items"]
    assert client.get(f"/api/v1/consultations/{consultation.pk}/groups").json()["grouping"] is None


@pytest.mark.django_db
def test_the_backfill_command_queues_the_pieces_it_completed(world, consultation, monkeypatch):
    _fake_vectors(monkeypatch)
    piece = _piece(consultation)
    _say(world, consultation, piece, OTHERS[:3])
    out = StringIO()
    call_command("embed_comments", stdout=out)
    assert [r.args_kwargs["args"] for r in _waiting()] == [[piece.pk]]
    assert "Đã xếp 1 phần dự thảo chờ tiến trình nền nhóm lại theo nghĩa." in out.getvalue()


@pytest.mark.django_db
def test_a_new_versions_piece_keeps_how_its_groups_were_made(world, consultation, monkeypatch):
    piece = _embedded(world, consultation, monkeypatch, OTHERS[:3])
    _run_waiting(regrouping.regroup_embedded, regrouping.TASK_PATH)
    piece.refresh_from_db()
    version = services.upload_version(world.a.reviewer, consultation, file_bytes=DRAFT.encode(), filename="v2.txt")
    successor = version.pieces.get(previous=piece)
    assert (successor.grouped_at, successor.grouped_by_meaning, successor.grouped_upto) == (
        piece.grouped_at, True, piece.grouped_upto)
    assert regrouping.due([successor.pk]) == []  # its groups came with it: nothing to regroup


@pytest.mark.parametrize("module", ["embedding", "regrouping", "tasks"])
def test_a_fresh_worker_can_import_each_task_module_first(module):
    """The worker imports a task by its stored path, maybe before anything else of the app: no import cycle."""
    code = f"import django; django.setup(); import danvan.consultation.{module}"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,  # noqa: S603
                          env={**os.environ, "DJANGO_SETTINGS_MODULE": "danvan.settings"}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.django_db
def test_a_correction_on_a_group_gone_meanwhile_is_refused_with_a_reason(world, consultation):
    """A group staff saw on their page may be gone when they act (a regrouping or another correction deleted it):
    the correction says so instead of failing on the database's constraint."""
    actor = world.a.reviewer
    piece = _piece(consultation)
    saved = _say(world, consultation, piece, OTHERS)
    groups = list(CommentGroup.objects.filter(piece=piece).order_by("pk"))
    stale = groups[1]
    services.merge_groups(actor, [groups[0], CommentGroup.objects.get(pk=stale.pk)])  # `stale` is gone
    for correct in (lambda: services.name_group(actor, stale, label="Tên mới"),
                    lambda: services.move_comment(actor, Comment.objects.get(pk=saved[-1].pk), group=stale),
                    lambda: services.merge_groups(actor, [groups[2], stale])):
        with pytest.raises(ValidationError, match="vừa được nhóm lại"):
            correct()
