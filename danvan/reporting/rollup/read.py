"""Reading the roll-up: the figures of one node or of many at once, in a bounded number of queries.

A large node (one with a cell) is its cell plus, in the same statement, (current figures − held) of the
pending unit-periods below it, so it is exact and a few indexed lookups whatever the size of the subtree;
a small node is added up from its subtree's unit-period rows. A drill-down chart reads every child of
the selected node in that one statement (`values_for_nodes`), and each "largest value" indicator adds
one query over the parent's subtree, whatever the number of children.
Callers pass nodes they have already checked are in the user's scope (`selectors`).
"""

from decimal import Decimal

from django.db import connection
from django.db.models import DecimalField, Max
from django.db.models.fields.json import KT
from django.db.models.functions import Cast

from danvan.core.text import plain_number
from danvan.reporting.choices import UnitAggregation
from danvan.reporting.models import RollupCell, UnitPeriodValue
from danvan.reporting.rollup.nodes import Node, ancestors, prefix_range
from danvan.reporting.rollup.storage import decimals, loads, pending_sql


def node_totals(form, period: str, nodes) -> dict:
    """{node: (units counted, {indicator code: [total, units with a value]})} for any nodes (Node or their
    text form, the keys as given), in one statement (one snapshot, so a compaction committing meanwhile
    is seen whole or not at all): the cells of the
    large nodes with the pending unit-periods below them, and the rows of the small nodes' subtrees. Each
    side reads one index range per kind of node (the nodes' common prefix), whatever the number of nodes."""
    upv, cell = UnitPeriodValue._meta.db_table, RollupCell._meta.db_table
    parsed = {node: Node.parse(node) for node in nodes}
    result = {node: [0, {}] for node in parsed}
    large = [n for n in result if parsed[n].has_cell]
    small = [n for n in result if not parsed[n].has_cell]
    by_text = {str(parsed[n]): n for n in large}
    parts, params, index = [], [], {}
    if large:
        parts.append(f"SELECT 'c', node, units, totals, NULL FROM {cell} WHERE form_id = %s AND period = %s "  # noqa: S608
                     f"AND node IN ({', '.join(['%s'] * len(large))})")
        params += [form.pk, period, *by_text]
    for kind, chosen in (("p", large), ("r", small)):
        for field in ("line_path", "area_node"):
            prefixes = {parsed[n].prefix: n for n in chosen if parsed[n].column == field}
            if not prefixes:
                continue
            index[(kind, field)] = prefixes
            if kind == "p":  # pending unit-periods below large nodes: (current figures, held)
                parts.append(f"SELECT 'p{field[0]}', p.{field}, NULL, u.figures, p.held "
                             + pending_sql(f"p.form_id = %s AND p.period = %s AND p.{field} >= %s AND p.{field} < %s"))
            else:  # the rows of small nodes' subtrees
                parts.append(f"SELECT 'r{field[0]}', {field}, NULL, figures, NULL FROM {upv} "  # noqa: S608
                             f"WHERE form_id = %s AND period = %s AND {field} >= %s AND {field} < %s")
            params += [form.pk, period, *prefix_range(prefixes)]
    if not parts:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    for kind, path, units, first, second in rows:
        if kind == "c":
            entry = result[by_text[path]]
            entry[0] += units
            for code, (total, count) in loads(first).items():
                known = entry[1].setdefault(code, [Decimal(0), 0])
                known[0] += Decimal(total)
                known[1] += count
            continue
        prefixes = index[(kind[0], "line_path" if kind[1] == "l" else "area_node")]
        targets = [prefixes[p] for p in ancestors(path) if p in prefixes]
        new, old = decimals(loads(first)), decimals(loads(second))
        for node in targets:
            entry = result[node]
            entry[0] += (new is not None) - (old is not None)
            for code in (new or {}).keys() | (old or {}).keys():
                known = entry[1].setdefault(code, [Decimal(0), 0])
                known[0] += (new or {}).get(code, 0) - (old or {}).get(code, 0)
                known[1] += (code in (new or {})) - (code in (old or {}))
    return {node: (units, totals) for node, (units, totals) in result.items()}


def cell_values(totals: dict, indicators, maximum=None) -> dict:
    """{indicator code: number | None} from a cell's totals, following each indicator's rules across
    units; `maximum(code)` gives the largest unit value for "max" indicators."""
    values = {}
    for indicator in indicators:
        total, count = totals.get(indicator.code, (None, 0))
        if not count:
            values[indicator.code] = None
        elif indicator.aggregation_units == UnitAggregation.MAX:
            values[indicator.code] = plain_number(maximum(indicator.code))
        elif indicator.aggregation_units == UnitAggregation.AVERAGE:
            values[indicator.code] = plain_number((Decimal(total) / count).quantize(Decimal("0.0001")))
        else:
            values[indicator.code] = plain_number(total)
    return values


def values_at(form, node, period: str, indicators) -> tuple[dict, int]:
    """({indicator code: number}, units counted) for one node (a Node or its text form), following each
    indicator's rules."""
    units, totals = node_totals(form, period, [node])[node]
    return cell_values(totals, indicators, lambda code: _max_under(form, node, period, code)), units


def figure(code: str):
    """An expression for one indicator's value in UnitPeriodValue.figures, as a decimal."""
    return Cast(KT(f"figures__{code}"), DecimalField(max_digits=24, decimal_places=4))


def _max_under(form, node, period: str, code: str):
    node = Node.parse(node)
    return UnitPeriodValue.objects.unscoped().filter(form=form, period=period, **{
        f"{node.column}__gte": node.prefix, f"{node.column}__lt": node.prefix + "~"}).aggregate(
        m=Max(figure(code)))["m"]


def values_for_nodes(form, period_code: str, nodes: list, indicators) -> dict:
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


def _max_per_node(form, period_code: str, nodes: list, code: str) -> dict:
    """The largest unit value under each node: one range query over the nodes' common prefix."""
    found: dict = {}
    for field in ("line_path", "area_node"):
        prefixes = {n: Node.parse(n).prefix for n in nodes if Node.parse(n).column == field}
        if not prefixes:
            continue
        low, high = prefix_range(prefixes.values())
        rows = (UnitPeriodValue.objects.unscoped().filter(form=form, period=period_code, **{
            f"{field}__gte": low, f"{field}__lt": high})
            .annotate(v=figure(code)).filter(v__isnull=False).values_list(field, "v"))
        for path, value in rows:
            for node, prefix in prefixes.items():
                if path.startswith(prefix) and (found.get(node) is None or value > found[node]):
                    found[node] = value
    return found
