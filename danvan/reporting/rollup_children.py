"""Roll-ups of many nodes at once (the children of a unit or an area), in a bounded number of queries.

`rollup.values_at` answers one node with one query; a drill-down chart needs every child of the
selected node. Here all the children are read in one statement (`rollup.node_totals`: the cells of large
children with their pending rows, the rows of small ones), and each "largest value" indicator adds one
query over the parent's subtree, whatever the number of children.
Callers pass nodes they have already checked are in the user's scope.
"""

from danvan.reporting.choices import UnitAggregation
from danvan.reporting.models import UnitPeriodValue
from danvan.reporting.rollup import cell_values, figure, node_totals, prefix_range


def unit_node(unit) -> str:
    return "U" + unit.line_path


def values_for_nodes(form, period_code: str, nodes: list[str], indicators) -> dict[str, tuple[dict, int]]:
    """{node: ({indicator code: number | None}, units counted)}, following each indicator's rules like `values_at`."""
    if not nodes:
        return {}
    cells = node_totals(form, period_code, nodes)
    maxima = {ind.code: _max_per_node(form, period_code, nodes, ind.code) for ind in indicators
              if ind.aggregation_units == UnitAggregation.MAX}
    result = {}
    for node in nodes:
        units, totals = cells.get(node, (0, {}))
        result[node] = (cell_values(totals, indicators, lambda code, n=node: maxima[code].get(n)), units)
    return result


def _max_per_node(form, period_code: str, nodes: list[str], code: str) -> dict:
    """The largest unit value under each node: one range query over the nodes' common prefix."""
    unit_nodes = [n for n in nodes if n.startswith("U")]
    area_nodes = [n for n in nodes if not n.startswith("U")]
    found: dict[str, object] = {}
    for field, prefixes in (("line_path", {n: n[1:] for n in unit_nodes}), ("area_node", {n: n for n in area_nodes})):
        if not prefixes:
            continue
        low, high = prefix_range(prefixes.values())
        rows = (UnitPeriodValue.objects.filter(form=form, period=period_code, **{
            f"{field}__gte": low, f"{field}__lt": high})
            .annotate(v=figure(code)).filter(v__isnull=False).values_list(field, "v"))
        for path, value in rows:
            for node, prefix in prefixes.items():
                if path.startswith(prefix) and (found.get(node) is None or value > found[node]):
                    found[node] = value
    return found
