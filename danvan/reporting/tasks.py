"""The old import paths of reporting's tasks, kept for one release.

The task queue stores each queued task by its import path. Tasks queued before the upgrade name
`danvan.reporting.tasks.run_import` and `danvan.reporting.tasks.fold_rollup`; these names let the worker
still find them (docs/operations.md, "Upgrading"). New code imports the tasks from where they live:
`danvan.reporting.excel.tasks.run_import`, `danvan.reporting.rollup.tasks.compact_rollup`.
Remove this module in the release after next.
"""

from danvan.reporting.excel.tasks import run_import
from danvan.reporting.rollup.tasks import compact_rollup as fold_rollup

__all__ = ["fold_rollup", "run_import"]
