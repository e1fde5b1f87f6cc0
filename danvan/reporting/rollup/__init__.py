"""The always-fresh roll-up: approved figures added up over a unit's subtree or an area, current the moment
an approval commits.

- `refresh`: approving (or un-approving) a report refreshes the unit's figures for every period containing
  the report's, in the approval's own transaction, and lists the changed unit-periods as pending;
- `compact`: the pending differences are moved into the cells of the large nodes (queued for the worker
  by `tasks.compact_rollup`, or run by the approval when the list grows long), so reads stay short;
- `read`: a node's figures are its cell plus the pending differences below it, or its rows added up;
- `rebuild`: the repairs (recompute everything, follow a unit's move) and the slow recomputation tests
  compare against;
- `nodes`: what a node is (`Node`), which nodes have a cell.

Import from here: `from danvan.reporting import rollup; rollup.values_at(...)`.
"""

from danvan.reporting.rollup.compact import compact
from danvan.reporting.rollup.nodes import (
    Node,
    area_node,
    area_node_of,
    cell_nodes,
    containing_periods,
    has_cell,
    line_nodes,
    prefix_range,
    unit_node,
)
from danvan.reporting.rollup.read import cell_values, figure, node_totals, values_at, values_for_nodes
from danvan.reporting.rollup.rebuild import move_subtree, rebuild, recompute_from_scratch
from danvan.reporting.rollup.refresh import (
    DATABASE_REFRESH_MAX_TARGETS,
    compact_at,
    refresh_unit,
    refresh_units,
)

__all__ = ["DATABASE_REFRESH_MAX_TARGETS", "Node", "area_node", "area_node_of", "cell_nodes", "cell_values",
           "compact", "compact_at", "containing_periods", "figure", "has_cell", "line_nodes", "move_subtree",
           "node_totals", "prefix_range", "rebuild", "recompute_from_scratch", "refresh_unit", "refresh_units",
           "unit_node", "values_at", "values_for_nodes"]
