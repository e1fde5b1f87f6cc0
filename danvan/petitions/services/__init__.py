"""Writes of the petitions app, one module per concept; every public function is a @service."""

from danvan.petitions.services.files import (  # noqa: F401
    attach_petition_file,
    read_confidential_file,
    remove_petition_file,
)
from danvan.petitions.services.petitions import (  # noqa: F401
    create_petition,
    mark_not_duplicate,
    read_petitioners,
)
from danvan.petitions.services.reception import record_reception  # noqa: F401
from danvan.petitions.services.reminders import count_status_lookup, send_deadline_reminders  # noqa: F401
from danvan.petitions.services.steps import (  # noqa: F401
    accept_petition,
    add_petition_note,
    answer_petition,
    appeal_petition,
    close_petition,
    extend_petition,
    forward_petition,
    reject_petition,
)
from danvan.petitions.services.tally import rebuild_petition_tallies  # noqa: F401
