"""The comments' vectors of meaning: written by the worker's task (queued on commit), backfilled by a command, and
mixed with the words by a full regrouping; a piece whose comments have no vector groups by words as before.

These tests run the real model (about 25 ms a comment): each embeds a dozen comments, never more."""

from io import StringIO

import numpy as np
import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from danvan.consultation import embedding, grouping, mixing, restoring, selectors, services
from danvan.consultation.checks import CommentInput
from danvan.consultation.models import Comment, CommentVector
from danvan.consultation.tests.conftest import comment
from danvan.core.models import AuditEvent

# Invented for these tests (not from the labelled sets): on one piece, the second says what the first and third
# say in other words (a monthly allowance for the hamlets' health workers), sharing no content word with them.
ALLOWANCE = ["Cần tăng phụ cấp cho cán bộ y tế thôn bản",
             "Nên nâng mức hỗ trợ hằng tháng đối với nhân viên chăm sóc sức khỏe ở ấp",
             "Tăng phụ cấp cán bộ y tế thôn bản lên gấp đôi"]
OTHERS = ["Đề nghị làm đường bê tông vào các xóm", "Cần bê tông hóa đường vào xóm",
          "Xây thêm trường mầm non ở trung tâm xã", "Mở thêm lớp mẫu giáo tại trung tâm xã", "Tán thành",
          "Nhất trí với dự thảo", "Đồng ý", "Cần trồng thêm rừng phòng hộ ven biển",
          "Phải xử lý nghiêm việc khai thác cát trái phép"]


def _piece(consultation):
    return selectors.version_pieces(selectors.latest_version(consultation))[3]


def _comments(world, consultation, piece):
    return [comment(world.a.reviewer, consultation, t, piece=piece.pk) for t in ALLOWANCE + OTHERS]


def _groups(comments):
    return [Comment.objects.get(pk=c.pk).group_id for c in comments]


@pytest.mark.django_db
def test_the_task_stores_a_unit_vector_for_each_comment_once(world, consultation):
    piece = _piece(consultation)
    saved = [comment(world.a.reviewer, consultation, t, piece=piece.pk) for t in ("Tán thành", "tang phu cap y te")]
    assert not CommentVector.objects.exists()  # not on the save
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 2}
    for c in saved:
        vector = mixing.from_bytes(CommentVector.objects.get(comment=c).data)
        assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1.0) < 0.01
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 0}  # idempotent


@pytest.mark.django_db
def test_a_save_and_a_batch_queue_the_task_on_commit_once_while_it_waits(world, consultation, django_capture_on_commit_callbacks):
    piece = _piece(consultation)
    queued = DBTaskResult.objects.filter(task_path=embedding.TASK_PATH)
    with django_capture_on_commit_callbacks(execute=True):
        comment(world.a.reviewer, consultation, "Đồng ý", piece=piece.pk)
    assert queued.count() == 1 and queued.get().args_kwargs["args"] == [consultation.pk]
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_comments(world.a.reviewer, consultation, [
            CommentInput(stance="agree", text="Tán thành", piece=piece.pk, name="B", group="nong_dan", area="Xã A",
                         channel="unit")], unit=world.a.btgdv)
    assert queued.count() == 1  # one run waiting embeds both: nothing more is queued
    assert Comment.objects.filter(consultation=consultation, vector__isnull=True).count() == 2  # not run
    queued.update(status="SUCCESSFUL")
    with django_capture_on_commit_callbacks(execute=True):
        comment(world.a.reviewer, consultation, "Nhất trí", piece=piece.pk)
    assert queued.filter(status="READY").count() == 1


@pytest.mark.django_db
def test_an_import_queues_the_task_on_commit(world, consultation, django_capture_on_commit_callbacks):
    from danvan.consultation.services.importing import import_comments
    from danvan.consultation.tests.test_import import many

    with django_capture_on_commit_callbacks(execute=True):
        outcome = import_comments(world.a.reviewer, consultation, unit=world.a.commune_party,
                                  file_bytes=many(consultation, 3), filename="xa-a.xlsx")
    assert outcome.created == 3
    queued = DBTaskResult.objects.filter(task_path=embedding.TASK_PATH, status="READY")
    assert [r.args_kwargs["args"] for r in queued] == [[consultation.pk]]


def test_a_text_without_diacritics_is_restored_before_it_is_embedded():
    counts = restoring.general().merged(["Đề nghị làm đường bê tông vào các xóm"])
    assert embedding.prepared_texts(["lam duong be tong vao cac xom", "Tán thành"], [], counts) == [
        "làm đường bê tông vào các xóm", "Tán thành"]


@pytest.mark.django_db
def test_regrouping_with_vectors_joins_a_paraphrase_the_words_split(world, consultation):
    piece = _piece(consultation)
    saved = _comments(world, consultation, piece)
    services.regroup_piece(world.a.reviewer, consultation, piece)
    by_words = _groups(saved)
    assert by_words[0] == by_words[2] != by_words[1]  # no vector yet: the words alone split the paraphrase
    embedding.embed_comments.call(consultation.pk)
    services.regroup_piece(world.a.reviewer, consultation, piece)
    mixed = _groups(saved)
    assert mixed[0] == mixed[1] == mixed[2]
    assert len(set(mixed[3:])) == len(set(by_words[3:]))  # the other comments as the words grouped them
    assert mixed[3] != mixed[0] and mixed[7] != mixed[0]


@pytest.mark.django_db
def test_a_piece_with_a_comment_not_yet_embedded_groups_by_words_exactly(world, consultation):
    piece = _piece(consultation)
    saved = _comments(world, consultation, piece)
    embedding.embed_comments.call(consultation.pk)
    late = comment(world.a.reviewer, consultation, "Cần có chế độ cho y tá thôn", piece=piece.pk)
    services.regroup_piece(world.a.reviewer, consultation, piece)
    texts = ALLOWANCE + OTHERS + [late.text]
    expected = grouping.cluster(texts)  # the words alone, as before the vectors
    found = _groups([*saved, late])
    assert [[i for i, g in enumerate(found) if g == x] for x in dict.fromkeys(found)] == [
        [i for i, g in enumerate(expected) if g == x] for x in dict.fromkeys(expected)]


@pytest.mark.django_db
def test_staff_corrections_survive_a_regrouping_with_vectors(world, consultation):
    actor = world.a.reviewer
    piece = _piece(consultation)
    saved = _comments(world, consultation, piece)
    forest = Comment.objects.get(pk=saved[10].pk)
    road = Comment.objects.get(pk=saved[3].pk)
    target = road.group
    assert target is not None
    services.move_comment(actor, forest, group=target)  # staff put the forest with the roads
    embedding.embed_comments.call(consultation.pk)
    services.regroup_piece(actor, consultation, piece)
    forest.refresh_from_db()
    target.refresh_from_db()
    assert forest.group_id == target.pk and forest.group_locked and target.staff_edited
    assert Comment.objects.get(pk=saved[1].pk).group_id == Comment.objects.get(pk=saved[0].pk).group_id


@pytest.mark.django_db
def test_a_run_embeds_at_most_its_share_and_queues_the_rest(world, consultation, monkeypatch):
    piece = _piece(consultation)
    for t in ("Tán thành", "Đồng ý", "Nhất trí"):
        comment(world.a.reviewer, consultation, t, piece=piece.pk)
    monkeypatch.setattr(embedding, "TASK_LIMIT", 2)
    queued = DBTaskResult.objects.filter(task_path=embedding.TASK_PATH, status="READY")
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 2}
    assert queued.count() == 1  # the rest, behind the tasks waiting
    assert embedding.embed_comments.call(consultation.pk) == {"embedded": 1}
    assert queued.count() == 1 and not Comment.objects.filter(vector__isnull=True).exists()


@pytest.mark.django_db
def test_the_backfill_command_embeds_what_is_missing_and_says_how_far_it_is(world, consultation):
    piece = _piece(consultation)
    for t in ("Tán thành", "Đồng ý", "Cần tăng phụ cấp cho cán bộ y tế thôn bản"):
        comment(world.a.reviewer, consultation, t, piece=piece.pk)
    out = StringIO()
    call_command("embed_comments", "--batch", "2", stdout=out)
    assert not Comment.objects.filter(vector__isnull=True).exists()
    assert "3/3" in out.getvalue() and "Đã tính véc-tơ cho 3 ý kiến" in out.getvalue()
    event = AuditEvent.objects.get(action="consultation.vectors.backfill")  # a repair, audited as reindex is
    assert event.after == {"consultation": None, "embedded": 3}


def test_candidate_pairs_found_block_by_block_are_those_of_the_whole_matrix(monkeypatch):
    rng = np.random.default_rng(3)
    sums = mixing.centred(rng.normal(size=(40, 16)))
    sizes = [1] * 40
    whole = sums @ sums.T
    expected = {(a, b) for a in range(40) for b in range(a + 1, 40) if whole[a, b] >= 0.2}
    monkeypatch.setattr(mixing, "BLOCK", 7)
    assert set(mixing.candidate_pairs(sums, sizes, 0.2)) == expected
    monkeypatch.setattr(mixing, "NEIGHBOURS", 3)  # at most the three most alike of each group
    limited = set(mixing.candidate_pairs(sums, sizes, -1.0))
    assert limited <= {(a, b) for a in range(40) for b in range(a + 1, 40)}
    assert all(sum(1 for p in limited if a in p) >= 3 for a in range(40))
    assert len(limited) <= 40 * 3


def test_centring_shrinks_the_pieces_main_direction_and_keeps_unit_rows(monkeypatch):
    rng = np.random.default_rng(5)
    rows = rng.normal(size=(60, 16)) * 0.1 + 1.0
    rows[:, 0] += np.where(np.arange(60) < 30, 3.0, -3.0)  # one axis parts the rows in two halves, far apart
    monkeypatch.setattr(mixing, "DIRECTIONS", 0)
    plain = mixing.centred(rows)
    monkeypatch.setattr(mixing, "DIRECTIONS", 1)
    monkeypatch.setattr(mixing, "SHRINK", 0.5)
    shrunk = mixing.centred(rows)
    assert np.allclose(np.linalg.norm(shrunk, axis=1), 1.0, atol=1e-5)
    assert np.abs(shrunk[:, 0]).mean() < np.abs(plain[:, 0]).mean()  # the main axis weighs less …
    assert (shrunk[:30] @ shrunk[30:].T).mean() > (plain[:30] @ plain[30:].T).mean()  # … so the halves are nearer
    monkeypatch.setattr(mixing, "SHRINK_FROM", 61)
    assert np.allclose(mixing.centred(rows), plain, atol=1e-5)  # a piece of fewer comments: the centring alone
