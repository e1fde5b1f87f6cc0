"""Reads of the petitions app, one module per concept. Every read a user asks for goes through `for_user`;
the deadline rules, the calendar, reminders, the public lookup and the indicator sources read with
`unscoped()` because they answer the same whoever asks."""

from danvan.petitions.selectors.petitions import *  # noqa: F403
from danvan.petitions.selectors.petitions import WITHHELD  # noqa: F401
from danvan.petitions.selectors.reception import compliance, get_reception, receptions  # noqa: F401
from danvan.petitions.selectors.stats import (  # noqa: F401
    late_petitions,
    petitions_received,
    petitions_settled,
    statistics,
    statistics_from_petitions,
)
