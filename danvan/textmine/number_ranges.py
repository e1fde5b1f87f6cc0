"""A range of counts opened by "từ": "từ 700 đến 900 suất cơm", "từ 140 lên 212 đoàn viên", "từ 10 đến 50%". Its first
end is a figure of its own, with the noun written after the second (eleven labels of twelve over the blind sets count
it so); ranges of money, areas and lengths are read in numbers.py."""

from __future__ import annotations

import re

from .textutil import fold

# the joining word and the second end: a plain number (no scale) before a word in lower case or a percent sign
_SECOND = re.compile(r"\s+(?:-|–|đến|tới|lên|xuống)\s+(\d[\d.,]*)(?=\s*%|\s+[^\W\d_A-ZĐ])")
# what a range of years, ages, scales or durations is written with after its second end: no count
_NOT_COUNTED = re.compile(
    r"\s*(?:năm|tháng|ngày|tuần|giờ|phút|tuổi|lần|nghìn|ngàn|triệu|tỷ|tỉ|đồng|km|m|ha|kg|tấn)(?!\w)"
)


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")


def count_range_end(text: str, pos: int, *, since: bool) -> int | None:
    """Where the second end of a count range starts, when the number ending at pos opens one after "từ", else None."""
    if not since or _YEAR.search(text, max(0, pos - 5), pos):
        return None  # "từ 2019 đến 2024": years
    m = _SECOND.match(text, pos)
    if not m or _NOT_COUNTED.match(fold(text[m.end() : m.end() + 12])):
        return None
    return m.start(1)
