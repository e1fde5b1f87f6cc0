"""The roll-up's background work: the compaction an approval queues for the worker.

Imports only the compaction, so that `refresh` (run by the approval services) can enqueue it without
importing anything that imports the services.
"""

from django.tasks import task

from danvan.reporting.models import ReportForm
from danvan.reporting.rollup.compact import compact


@task()
def compact_rollup(form_id: int) -> int:
    """Compact the form's pending roll-up rows into the cells (queued by approvals: `refresh._compact_when_due`).

    Bookkeeping, not a change of any figure: reads see the same totals before and after, so no audit event.
    Returns the number of rows compacted (0 when another compaction of the form is under way)."""
    form = ReportForm.objects.unscoped().filter(pk=form_id).first()
    return compact(form) if form is not None else 0
