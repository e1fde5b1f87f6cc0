"""The worker's regrouping of a piece once its comments have their vectors of meaning (Django tasks, database
backend, run by `danvan db_worker`).

A save places its comment by words alone; the full regrouping that mixes the vectors is better but reaches users
only when someone regroups. So after each run of `embedding.embed_comments`, the pieces it embedded that
`rules.worker_regroup_due` names (every visible comment has its vector, and the grouping has never used them or
more than max(10, 10 %) of the comments were placed by words since) get one task each, queued unless one is
already waiting for the piece (a debounce: the large piece embedded 1,000 comments a run is queued once, when its
last comment is embedded). The task runs behind the embedding (priority −20 against −10), takes the piece's row,
checks the rule again and regroups through the same service as "Nhóm lại" (`services.regroup_by_meaning`), each
piece in its own transaction. Its import path, `danvan.consultation.regrouping.regroup_embedded`, is stored in the
queue: keep it importable.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.tasks import task

from danvan.consultation import rules, selectors

TASK_PATH = "danvan.consultation.regrouping.regroup_embedded"


@task(priority=-20)
def regroup_embedded(piece_id: int) -> dict:
    """Regroup the piece with its comments' vectors if it is still due (a user may have done it meanwhile)."""
    # Imported here: the services' package imports the embedding, which imports this module to queue the task.
    from danvan.consultation.services.full_regroup import regroup_by_meaning

    return {"regrouped": regroup_by_meaning(piece_id)}


def due(piece_ids: Iterable[int]) -> list[int]:
    """The pieces among these that the worker should regroup now."""
    return sorted(pk for pk, state in selectors.grouping_states(piece_ids).items() if rules.worker_regroups(state))


def queue_due(piece_ids: Iterable[int]) -> list[int]:
    """Queue a regrouping for each due piece among these that has none waiting; returns the pieces queued."""
    ids = list(piece_ids)
    queued = [pk for pk in due(ids) if not selectors.task_waiting(TASK_PATH, pk)] if ids else []
    for pk in queued:
        regroup_embedded.enqueue(pk)
    return queued
