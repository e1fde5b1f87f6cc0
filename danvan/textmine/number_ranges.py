"""A range of counts opened by "từ": "từ 700 đến 900 suất cơm", "từ 140 lên 212 đoàn viên", "từ 262 xuống còn 235
xã", "từ 10 đến 50%"; a range of shares without "từ" ("30 - 50%"). Its first
end is a figure of its own, with the noun written after the second (eleven labels of twelve over the blind sets count
it so); ranges of money, areas and lengths are read in numbers.py."""

from __future__ import annotations

import re
from functools import cache

from .number_words import SCALE
from .textutil import fold, load_json

# the joining word and the second end: a plain number (no scale) before a word in lower case or a percent sign
_SECOND = re.compile(
    r"\s+(?:-|–|đến|tới|lên|xuống)(?:\s+còn)?(?:\s+(?:hơn|gần|khoảng|trên))?\s+(\d[\d.,]*)(?=\s*%|\s+[^\W\d_A-ZĐ])"
)  # "từ 35.600 lên hơn 68.000 người": the second end may have its own qualifier
# a range of shares needs no "từ": "giảm 30 - 50%", "khoảng 40 - 50% số hộ" (twelve labels of fourteen keep its first end)
_SHARE = re.compile(r"\s*(?:-|–|đến|tới)\s*(\d{1,3}(?:,\d+)?)(?=\s*[%‰])")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")
_WORDS = re.compile(r"\s*(\w+)(?:\s+(\w+))?")


@cache
def _not_counted() -> frozenset[str]:
    """Folded words after the second end that make the range no count: times and ages, what counts nothing
    ("lần"), measures and money (`units.json`), scales ("triệu")."""
    data = load_json("units.json")
    words = [*data["time_units"], *data["not_counts"], *data["measures"], *data["money"]]
    return frozenset(fold(w).lower() for w in words) | frozenset(SCALE)


def count_range_end(text: str, pos: int, *, since: bool) -> int | None:
    """Where the second end of a count range starts, when the number ending at pos opens one after "từ", else None."""
    if _YEAR.search(text, max(0, pos - 5), pos):
        return None  # "từ 2019 đến 2024": years
    if not since:
        share = _SHARE.match(text, pos)
        return share.start(1) if share else None
    m = _SECOND.match(text, pos)
    if not m:
        return None
    after = _WORDS.match(text, m.end())
    if after and ({fold(after.group(1)).lower(), fold(after.group(0)).strip().lower()} & _not_counted()):
        return None  # "từ 3 đến 5 năm", "từ 18 đến 60 tuổi", "từ 40 đến 50 triệu"
    return m.start(1)
