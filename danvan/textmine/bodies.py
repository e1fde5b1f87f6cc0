"""A body's name described in lower case before the place or the name that closes it: "Chi hội nông dân
thôn Phước Đồng", "Hợp tác xã hồ tiêu Gio Linh", "Hội Đoàn kết sư sãi yêu nước tỉnh"."""

from __future__ import annotations

from .textutil import Token

_MAX_WORDS = 5
# Verbs that end a body's description even when a name follows ("Hội Nông dân thăm Hợp tác xã …").
_VERBS = frozenset(
    ["tham", "chỉ", "cùng", "kiến", "trao", "tặng", "dự", "góp", "khai", "mở", "phụ", "viên", "thăm", "chúc", "chủ",
     "trì", "giao", "yêu cầu", "đề", "nghị", "báo", "cáo", "chia", "sẻ", "nhấn", "mạnh", "biểu", "dương", "gồm"]
)  # fmt: skip


def described(tokens: list[Token], k: int, text: str | None) -> int:
    """End of the lower-case words at k that describe a body, when they run into a place word ("thôn",
    "tỉnh"), another body ("Công an tỉnh") or a proper name that is not a person's; k when they do not."""
    from .orgs import CLAUSE_WORDS, lexicon, org_word_at, title_at

    lx = lexicon()
    m = k
    while (
        m < len(tokens)
        and m - k < _MAX_WORDS
        and tokens[m].is_word
        and not tokens[m].is_cap
        and not tokens[m].text[0].isdigit()
        and tokens[m].lower not in CLAUSE_WORDS
        and tokens[m].lower not in _VERBS
        and not lx.place_words.match(tokens, m)
        and _same_line(tokens, m, text)
    ):
        m += 1
    if m == k or m >= len(tokens) or not _same_line(tokens, m, text):
        return k
    tok = tokens[m]
    if lx.place_words.match(tokens, m) or org_word_at(tokens, m):
        return m  # the chain reads the place or the body on
    if not (tok.is_word and tok.is_cap) or title_at(tokens, m, lower_ok=False):
        return k
    run = 0
    while (
        m + run < len(tokens)
        and run < 3
        and tokens[m + run].is_word
        and tokens[m + run].is_cap
        and _same_line(tokens, m + run, text)
    ):
        run += 1
    if tok.low in lx.surnames and (run >= 3 or run == 2 and tokens[m + 1].lower in ("thị", "văn")):
        return k  # a person's name follows the body ("Tân Cương" is a place, "Tân Văn Hải" a person)
    return m + run


def _same_line(tokens: list[Token], i: int, text: str | None) -> bool:
    return text is None or i == 0 or "\n" not in text[tokens[i - 1].end : tokens[i].start]
