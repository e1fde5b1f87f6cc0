"""Numbers inside quotes: a slogan's ("3 tăng, 3 giảm"), a named model's ("Tổ phụ nữ tiết kiệm 5.000 đồng mỗi ngày"),
or quoted speech's, which stay figures."""

from __future__ import annotations

from functools import cache

from .textutil import load_json

_OPEN_QUOTES, _CLOSE_QUOTES = '“"«', '”"»'


def in_slogan(text: str, start: int, end: int) -> bool:
    """A number inside a short quoted name is a slogan's ("3 tăng, 3 giảm", "4 tốt", "2 không") or a name's ("Tổ phụ
    nữ tiết kiệm 5.000 đồng mỗi ngày"), not a count; a number in quoted speech ("cho biết: “Tôi nhận 5 triệu đồng …”")
    stays one."""
    left = text[max(0, start - 60) : start]
    opened = max(left.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in left[opened + 1 :] for q in "”»"):
        return False
    if left[opened] == '"' and _closes(text, start - len(left) + opened):
        return False  # 'tuyến "Đường hoa" dài 1,5 km và 2 "Nhà nhân ái"': a straight quote that closes a pair
    right = text[end : end + 60]
    closed = min((i for i in (right.find(q) for q in _CLOSE_QUOTES) if i >= 0), default=-1)
    if closed < 0:
        return False
    quoted = left[opened + 1 :] + text[start:end] + right[:closed]
    if "\n" in quoted:
        return False
    near = len(left) - opened <= 30 and closed <= 30  # the slogans' rules look 30 characters each side
    if near and len(quoted.split()) <= 6:
        return True
    said = left[:opened].rstrip().endswith(":") or not left[:opened].strip()
    if len(quoted.split()) <= 10 and quoted[:1].isupper() and not said and not quoted.rstrip().endswith((".", "!", "?")):
        return True  # a model's or a campaign's name
    # a longer quoted name with a slogan's shape: "Xây dựng gia đình 5 không, 3 sạch"
    after = right[:closed].split()
    return near and bool(after) and after[0].strip(",.;").lower() in _slogan_words()


def _closes(text: str, at: int) -> bool:
    """The straight quote at `at` closes a pair: an odd number of straight quotes before it on its line."""
    line = text.rfind("\n", 0, at) + 1
    return text.count('"', line, at) % 2 == 1


@cache
def _slogan_words() -> frozenset[str]:
    return frozenset(w.split()[0] for w in load_json("units.json").get("slogan_words", []))
