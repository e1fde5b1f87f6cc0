"""Quantities in the rows of a table ("Suất quà trao tặng | 6.200"): the first cell names what the number counts."""

from __future__ import annotations

import re

from .number_words import NUMBER, QUALIFIERS, SCALE, clean, parse_number
from .textutil import fold

_TABLE_LABEL = re.compile(r"^(?:tổng số|số lượng|số|tổng)\s+", re.I)


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
            m = re.fullmatch(rf"(?:(hơn|trên|gần|khoảng)\s+)?({NUMBER})", cell)
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
