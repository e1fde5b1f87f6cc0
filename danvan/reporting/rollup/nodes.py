"""Roll-up nodes: what a figure is added up over (a unit's subtree of the reporting line, or an area's),
and which of them are large enough to keep a cell."""

import os
from dataclasses import dataclass

from danvan.reporting.periods import DEFAULT_TYPES, Period, PeriodError, period_for_date

LINE, AREA = "U", "A"

# The large nodes, which have cells: a root of the reporting line ("U/1/"), and the country and the
# provinces as areas ("Acurrent:/VN/", "Acurrent:/VN/37/"). Below them a subtree is a commune's bloc,
# about ten units, read from its rows.
CELL_LINE_DEPTH = 1
CELL_AREA_DEPTH = 2


@dataclass(frozen=True, order=True)
class Node:
    """A roll-up node. Its text form ("U" + line path, or "A" + era + ":" + area path) is what the
    `node` column of RollupCell and the `area_node` column of the row tables store, so it stays as it is."""

    kind: str  # LINE or AREA
    key: str  # LINE: a unit's line_path ("/1/12/"); AREA: "era:path" ("current:/VN/37/")

    @classmethod
    def line(cls, line_path: str) -> "Node":
        return cls(LINE, line_path)

    @classmethod
    def of_unit(cls, unit) -> "Node":
        return cls.line(unit.line_path)

    @classmethod
    def area(cls, era: str, path: str) -> "Node":
        return cls(AREA, f"{era}:{path}")

    @classmethod
    def of_area(cls, area) -> "Node":
        return cls.area(area.era, area.path)

    @classmethod
    def parse(cls, value: "Node | str") -> "Node":
        """A node from its text form (a Node is returned as it is)."""
        if isinstance(value, Node):
            return value
        text = str(value)
        kind, key = text[:1], text[1:]
        if kind not in (LINE, AREA) or not key.endswith("/"):
            raise ValueError(f"Not a roll-up node: {text!r}")
        return cls(kind, key)

    def __str__(self) -> str:
        return self.kind + self.key

    @property
    def column(self) -> str:
        """The column of the row tables a node's subtree is a range of."""
        return "line_path" if self.kind == LINE else "area_node"

    @property
    def prefix(self) -> str:
        """The value of `column` every row below the node starts with."""
        return self.key if self.kind == LINE else str(self)

    @property
    def depth(self) -> int:
        return self.key.count("/") - 1

    @property
    def has_cell(self) -> bool:
        return self.depth <= (CELL_LINE_DEPTH if self.kind == LINE else CELL_AREA_DEPTH)


def containing_periods(period: Period) -> list[Period]:
    """The period itself and every longer period of its year that contains it entirely."""
    found = []
    for period_type in DEFAULT_TYPES.values():
        if period_type.months < period.period_type.months:
            continue
        try:
            candidate = period_for_date(period.start, period_type.name)
        except PeriodError:
            continue
        if candidate.contains(period.end):
            found.append(candidate)
    return found


def line_nodes(line_path: str) -> list[Node]:
    """The nodes of every unit on a reporting line, from the root down: "/1/12/" → U/1/, U/1/12/."""
    parts = [p for p in line_path.strip("/").split("/") if p]
    return [Node.line("/" + "/".join(parts[: i + 1]) + "/") for i in range(len(parts))]


def unit_node(unit) -> Node:
    return Node.of_unit(unit)


def area_node(area) -> Node:
    return Node.of_area(area)


def area_node_of(era: str, path: str) -> str:
    """The `area_node` column's value for an area (the text form of its node)."""
    return str(Node.area(era, path))


def has_cell(node: "Node | str") -> bool:
    return Node.parse(node).has_cell


def cell_nodes(line_path: str, area_path: str) -> list[Node]:
    """The large nodes above a unit-period row (its line_path and area_node): the cells it is compacted into."""
    return ([n for n in line_nodes(line_path) if n.has_cell]
            + [n for n in map(Node.parse, ancestors(area_path)) if n.depth > 0 and n.has_cell])


def ancestors(path: str):
    """Every prefix of a path that ends with "/": "/1/12/" → "/", "/1/", "/1/12/"."""
    return (path[: i + 1] for i, c in enumerate(path) if c == "/")


def prefix_range(prefixes) -> tuple[str, str]:
    """(lowest, highest) bounds of one index range covering every path under the given prefixes."""
    common = os.path.commonprefix(list(prefixes))
    common = common[: common.rfind("/") + 1] or common
    return common, common + "~"
