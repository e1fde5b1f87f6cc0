"""Writes of the consultation app, one module per concept; every public function is a @service."""

from danvan.consultation.services.comments import (  # noqa: F401
    add_comment,
    hide_comment,
    mark_notable,
    submit_comments,
    unhide_comment,
)
from danvan.consultation.services.consultations import (  # noqa: F401
    create_consultation,
    transition_consultation,
    update_proposal,
    upload_version,
)
from danvan.consultation.services.full_regroup import regroup_by_meaning, regroup_piece  # noqa: F401
from danvan.consultation.services.groups import (  # noqa: F401
    merge_groups,
    move_comment,
    name_group,
    record_vector_backfill,
    split_group,
)
