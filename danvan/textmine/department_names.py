"""The names of departments and the bodies they belong to: "Ban Dân tộc, Tôn giáo Ủy ban MTTQ tỉnh", "Phòng Xây
dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh" (a name past a comma, a "và" or lower-case words), the
words that open another body, and "Xã hội" that is no commune. `orgs.consume_chain` reads a chain with these."""

from __future__ import annotations

from .bodies import describing_word
from .orgwords import lexicon, org_word_at, title_at
from .textutil import Token, continues_line

# Words that begin the name of another body ("Sở Nội vụ và Sở Tài chính", "… và Công an tỉnh")
_BODY_HEADS = frozenset(
    ["sở", "bộ", "ban", "hội", "ủy", "phòng", "đoàn", "mặt", "văn", "liên", "cục", "chi", "viện"]
)


def another_body(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.lower in _BODY_HEADS and not (
        tok.lower == "văn" and k + 1 < len(tokens) and tokens[k + 1].lower == "hóa"
    ):
        return True
    return tok.lower == "công" and k + 1 < len(tokens) and tokens[k + 1].lower == "an"


def society(tokens: list[Token], j: int) -> bool:
    """"Xã hội" (society) in a department's name is no commune: "Phòng Văn hóa - Xã hội", "Ban Kinh tế - Xã hội"."""
    return tokens[j].lower == "xã" and j + 1 < len(tokens) and tokens[j + 1].text == "hội"


_MAX_FIELD = 10
# verbs of two words that end a post's department before the body they name ("Trưởng ban Tuyên giáo tổ chức Hội thi")
_VERBS = frozenset(
    ["tổ chức", "phối hợp", "triển khai", "hướng dẫn", "giới thiệu", "quán triệt", "phát động", "kiểm tra", "cùng với"]
)
# the first words of people and of a body's standing organs, which a comma or "và" after a department's name opens
# ("Trưởng ban Tuyên giáo và cán bộ Hội …", "… và Thường trực Ủy ban MTTQ …"): no part of the name
_PEOPLE_FIRSTS = frozenset(
    ["cán", "hội", "đoàn", "lãnh", "thành", "đại", "nhân", "người", "bà", "các", "những", "chiến", "công", "viên",
     "thường", "đồng", "ủy", "phóng", "học", "giáo", "bác", "thầy"]
)  # fmt: skip


def field_to_body(tokens: list[Token], j: int, text: str | None) -> int:
    """A department's name that goes on past a comma, a "và" or lower-case words up to the body it belongs to:
    "Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ tỉnh", "Trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn",
    "Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh"; j when it reaches none."""
    lx = lexicon()
    k, join = j, 0
    while k < len(tokens) and k - j <= _MAX_FIELD and continues_line(tokens, k, text):
        tok = tokens[k]
        body = tok.is_cap and org_word_at(tokens, k)
        if body and k > join + 1 and (another_body(tokens, k) or (lx.place_words.match(tokens, k) or (0,))[0] > 1):
            return k if k > j else j
        if tok.text in (",", "và") and not join and k + 1 < len(tokens):
            join = k  # one comma (before a capital) or one "và" inside the name
            if tok.text == "," and not tokens[k + 1].is_cap or tokens[k + 1].lower in _PEOPLE_FIRSTS:
                return j
        elif not _field_word(tokens, k, text):
            return j
        k += 1
    return j


def _field_word(tokens: list[Token], k: int, text: str | None) -> bool:
    """A word that may go on a department's name: a describing word, or a capital that opens no post, place,
    abbreviation or person's name."""
    tok = tokens[k]
    if not tok.is_word or not tok.is_cap:
        pair = f"{tok.lower} {tokens[k + 1].lower}" if k + 1 < len(tokens) else ""
        return describing_word(tokens, k, text) and pair not in _VERBS and tok.lower != "đến"
    if title_at(tokens, k, lower_ok=False) or tok.text.isupper() and len(tok.text) > 1:
        return False
    lx = lexicon()
    person = tok.low in lx.surnames and k + 1 < len(tokens) and tokens[k + 1].is_cap
    return not person and not (lx.place_words.match(tokens, k) and not society(tokens, k))
