"""Quantities in the rows of a table ("Suất quà trao tặng | 6.200"): the first cell names what the number counts."""

from __future__ import annotations

import re

from .number_words import NUMBER, QUALIFIERS, SCALE, clean, parse_number
from .textutil import fold

_TABLE_LABEL = re.compile(r"^(?:tổng số|số lượng|số|tổng)\s+", re.I)
_BARE_CELL = re.compile(rf"(?:(hơn|trên|gần|khoảng)\s+)?({NUMBER})")  # a cell holding a number alone: its row's label counts it


def bare_cell(text: str, start: int) -> bool:
    """The number at start is alone in its table cell (with a qualifier at most), or in the row's label cell: this
    module reads it; a cell holding a figure with its noun ("| 14 căn |") is read as running text is."""
    left = max(text.rfind("|", 0, start), text.rfind("\n", 0, start))
    if text[left : left + 1] != "|":
        return True  # the first cell: the row's label (or a header)
    ends = [i for i in (text.find("|", start), text.find("\n", start)) if i >= 0]
    return bool(_BARE_CELL.fullmatch(text[left + 1 : min(ends) if ends else len(text)].strip()))


def find_table_quantities(text: str) -> list[dict]:
    """Rows of a table ('Suất quà trao tặng | 6.200'): the first cell names what the number counts."""
    out: list[dict] = []
    for line in text.split("\n"):
        if " | " not in line:
            continue
        cells = [c.strip() for c in line.split("|")]
        label = cells[0]
        if not label or not re.search(r"[^\W\d]", label):
            continue
        for cell in cells[1:]:
            m = _BARE_CELL.fullmatch(cell)
            if not m:
                continue
            value = parse_number(m.group(2))
            unit = _TABLE_LABEL.sub("", label)
            paren = re.search(r"\(([^)]*)\)\s*$", unit)
            if paren:
                inner = fold(paren.group(1))
                unit = unit[: paren.start()].strip()
                for word, factor in SCALE.items():
                    if re.search(rf"\b{word}\b", inner):
                        value *= factor
                if "dong" in inner:
                    unit = "đồng"
            qualifier = dict(QUALIFIERS).get(fold(m.group(1) or ""), "exact")
            out.append(
                {
                    "value": clean(value),
                    "unit": unit[:1].lower() + unit[1:] if unit != "đồng" else unit,
                    "qualifier": qualifier,
                    "text": line.strip(),
                    "_span": (0, 0),
                }
            )
            break
    return out
