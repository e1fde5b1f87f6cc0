"""Tasks queued before an upgrade still run: the queue stores import paths, and the old ones resolve
for one release (docs/operations.md, "Upgrading")."""

from django.tasks import Task
from django.utils.module_loading import import_string

from danvan.reporting.excel.tasks import run_import
from danvan.reporting.reminders import send_reminders_daily
from danvan.reporting.rollup.tasks import compact_rollup


def test_the_old_task_paths_resolve_to_the_moved_tasks():
    assert import_string("danvan.reporting.tasks.fold_rollup") is compact_rollup
    assert import_string("danvan.reporting.tasks.run_import") is run_import


def test_every_task_resolves_by_the_path_it_is_queued_under():
    for task in (compact_rollup, run_import, send_reminders_daily):
        assert isinstance(task, Task)
        assert import_string(task.module_path) is task
    assert send_reminders_daily.module_path == "danvan.reporting.reminders.send_reminders_daily"
