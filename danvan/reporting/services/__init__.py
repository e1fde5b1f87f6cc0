"""Writes of periodic reporting, one module per concept; every public function is a @service."""

from danvan.reporting.services.excel import import_values, queue_import  # noqa: F401,E402
from danvan.reporting.services.reminders import remind_units, send_reminders  # noqa: E402,F401
from danvan.reporting.services.rollup import rebuild_rollup  # noqa: E402,F401
from danvan.reporting.services.sourced import refresh_sourced_values  # noqa: E402,F401
from danvan.reporting.services.submissions import (  # noqa: F401
    approve_submission,
    bulk_approve,
    create_submission,
    delete_draft,
    return_submission,
    submit_submission,
    unapprove_submission,
    update_submission,
)
from danvan.reporting.services.synthesis import create_or_refresh_draft, update_draft  # noqa: E402,F401
from danvan.reporting.services.word_import import queue_word_import  # noqa: E402,F401
