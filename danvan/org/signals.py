"""Signals other apps listen to (apps below `org` keep denormalised copies of reporting-line paths)."""

from django.dispatch import Signal

# Sent inside the transaction of `update_unit` after a unit (and its subtree) moved in the reporting
# line: kwargs `old_prefix` and `new_prefix` (the unit's line_path before and after).
unit_moved = Signal()
