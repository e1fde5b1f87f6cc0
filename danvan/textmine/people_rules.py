"""Smaller rules of the people reader: a name that opens with a body's word, a body or an aside after a name,
a title's lower-case body, a title before a colon, an age or a people between commas, a foreign name of one word, a
body's word that closes a name."""

from __future__ import annotations

import re
from collections.abc import Callable

from .bodies import VERBS, closed_tail, described, describing_word, field_pair
from .chain_names import cap_run
from .orgs import consume_chain, lexicon, org_word_at, title_at
from .orgwords import CLERGY
from .roles import (
    NAMED_NOUNS,
    more_settlements,
    role_length,
    the_business,
    unnamed_business,
)
from .textutil import Token, fold, same_line
from .title_extent import joins_fields
from .units_rules import ethnic_groups

# A military or police rank: "Đại tá", "Thượng tá", "Trung úy", "Thiếu tướng" (always before a person's name).
_RANK = re.compile(r"(?:dai|thuong|trung|thieu) (?:tuong|ta|uy)")


def is_rank(title: str) -> bool:
    return bool(_RANK.fullmatch(fold(title).lower()))


def rank_before(tokens: list[Token], k: int) -> bool:
    """A rank's two words end right before k."""
    return k >= 2 and bool(_RANK.fullmatch(f"{tokens[k - 2].low} {tokens[k - 1].low}"))


def _clergy_before(tokens: list[Token], k: int) -> bool:
    """A clergy title ends right before k (a religious name after it need not open with a family name)."""
    return any(" ".join(t.low for t in tokens[k - n : k]) in CLERGY for n in (1, 2, 3) if k >= n)


def next_name(tokens: list[Token], k: int, text: str) -> bool:
    """A family name and one to four more capitals at k, on one line, ended by no further capital: a name. After a
    rank or a clergy title any capitals are (a name need not open with a family name there: "Thượng tá Thị Đông",
    "Giáo hữu Ngọc Bảy Hoa")."""
    if k >= len(tokens) or not tokens[k].is_cap:
        return False
    if tokens[k].low not in lexicon().surnames and not rank_before(tokens, k) and not _clergy_before(tokens, k):
        return False
    m = k + 1
    while m < len(tokens) and tokens[m].is_word and tokens[m].is_cap and same_line(text, tokens[m - 1], tokens[m]):
        if title_at(tokens, m, lower_ok=False) or org_word_at(tokens, m):
            return False
        m += 1
    return 2 <= m - k <= 5


def body_as_title(tokens: list[Token], k: int, text: str, *, closed: bool = True) -> int:
    """A body named after a name and a comma, up to the end of the clause, stands for the person's post (closed: False
    when the body is known to close a title, as an institution after a department's post does, wherever it ends)."""
    if not (org_word_at(tokens, k) and tokens[k].is_cap and same_line(text, tokens[k - 1], tokens[k])):
        return 0
    end = consume_chain(tokens, k, text=text)
    if org_word_at(tokens, k) == 1 and tokens[k].low in lexicon().surnames and 3 <= end - k <= 4 and not any(
        org_word_at(tokens, x) or not tokens[x].is_cap for x in range(k + 1, end)
    ):
        return 0  # "…: Lê Thị Tâm, Đoàn Ngọc Thơ, Alăng Thị Huệ": a family name that is a body's word opens a name
    return end - k if not closed and end > k + 1 or end < len(tokens) and tokens[end].text in (",", ";", ".", ")") else 0


def past_aside(tokens: list[Token], j: int, text: str) -> int:
    """The comma or dash after a short aside in brackets (j itself when there is none): "A (xã X), …", "… C (xã Z) -
    Chủ tịch Hội Nông dân xã"."""
    for k in range(j + 1, min(j + 16, len(tokens) - 1)):
        if not same_line(text, tokens[k - 1], tokens[k]):
            break
        if tokens[k].text == ")":
            return k + 1 if tokens[k + 1].text in (",", "-", "–") else j
    return j


def after_bare_title(tokens: list[Token], head_end: int, end: int, text: str, *, stop_before_name: bool = False) -> int:
    """A title head whose body is described in lower case ("Tổ trưởng tổ hợp tác trồng khóm xã Hỏa Tiến",
    "Phó Chủ tịch thường trực Hội …") or that names a place of worship ("Trụ trì chùa Tam Thanh")."""
    if end != head_end or end >= len(tokens) or not same_line(text, tokens[end - 1], tokens[end]):
        return end
    described_end = described(tokens, end, text)
    if described_end > end:
        return consume_chain(tokens, described_end, text=text, stop_before_name=stop_before_name)
    if unit := _unit_described(tokens, head_end, text):
        return unit
    if stop_before_name:
        return end
    if (unnamed := unnamed_business(tokens, end)) and (tail := closed_tail(tokens, end + unnamed, text, 4)) > end + unnamed:
        return tail  # "Tổng giám đốc một doanh nghiệp da giày,": a post in a business the page does not name
    if business := the_business(tokens, end):
        return end + business  # "Phó Giám đốc công ty, …": the business named before
    if tokens[end - 1].lower in _GROUPS and (tail := closed_tail(tokens, end, text, most=4)) > end:
        return tail  # "Trưởng nhóm thanh niên tình nguyện,", "Trưởng đoàn công tác,": the group, described
    if tokens[end - 1].lower in _GROUPS and (tail := _before_verb(tokens, end, text)) > end:
        return tail  # "…, Trưởng đoàn kiểm tra chủ trì buổi làm việc": the group's task, then the clause's verb
    if tokens[end - 1].low in NAMED_NOUNS and tokens[end].is_cap:
        run = 0
        while end + run < len(tokens) and run < 3 and tokens[end + run].is_word and tokens[end + run].is_cap:
            run += 1
        after = end + run
        closed = (
            after >= len(tokens)
            or tokens[after].text in (",", ";", ".", ")")
            or tokens[after].text == "và" and after + 1 < len(tokens) and not tokens[after + 1].is_cap
        )
        # "Trụ trì chùa Xà Xiêm, …": a name closed by a separator after the title is the pagoda's (the person's
        # came before the title); "Trụ trì chùa Lê Văn …" before a name is not
        if closed or not (run >= 2 and tokens[end].low in lexicon().surnames):
            return more_settlements(tokens, end + run, text)
    return end


# a post's last word that names a group the words after it describe ("Trưởng ban tổ chức,")
_GROUPS = frozenset(["nhóm", "đoàn", "ban"])
# the first words of the verbs a clause goes on with after a subject and its posts ("… chủ trì", "… cho biết")
_CLAUSE_VERBS = VERBS | frozenset(["cho", "phát", "nêu", "nói", "đã", "được"])


def _before_verb(tokens: list[Token], k: int, text: str) -> int:
    """End of one or two lower-case words at k that a clause's verb follows on the line ("đoàn giám sát chủ trì"); k
    when they are followed by anything else."""
    m = k
    while m < len(tokens) and m - k < 2 and describing_word(tokens, m, text):
        m += 1
    verb = m < len(tokens) and tokens[m].lower in _CLAUSE_VERBS and same_line(text, tokens[m - 1], tokens[m])
    return m if m > k and verb else k
_MAX_UNIT_WORDS = 7


def _unit_described(tokens: list[Token], head_end: int, text: str) -> int:
    """"Tổ trưởng tổ bảo vệ rừng cộng đồng.", "Tổ trưởng tổ tiết kiệm và vay vốn,", "Đội trưởng đội xung kích": a head
    "<unit> trưởng" followed by the same unit's word in lower case and what the unit does, up to a separator or the
    line's end (two describing words may be joined by "và"); 0 when the words run on into anything else."""
    for n in (1, 2):
        unit = head_end - 1 - n
        if unit < 0 or tokens[head_end - 1].lower != "trưởng" or head_end + n >= len(tokens):
            continue
        if [t.lower for t in tokens[unit : head_end - 1]] != [t.lower for t in tokens[head_end : head_end + n]]:
            continue  # the unit's word again, in lower case or in capitals ("Đội trưởng Đội vận động quần chúng")
        m = head_end + n
        while m < len(tokens) and m - head_end < _MAX_UNIT_WORDS and same_line(text, tokens[m - 1], tokens[m]):
            if describing_word(tokens, m, text) or field_pair(tokens, m) or (
                tokens[m].text == "và" and m + 1 < len(tokens) and describing_word(tokens, m + 1, text) and m > head_end + n
            ):
                m += 1
                continue
            break
        if m + 1 < len(tokens) and tokens[m].low in NAMED_NOUNS and tokens[m + 1].is_cap:
            m += 1 + min(cap_run(tokens, m + 1, text), 3)  # "Tổ trưởng tổ bảo vệ an ninh, trật tự ấp Tô Thuận,": the hamlet's
        closed = m >= len(tokens) or tokens[m].text in (",", ".", ";", ")") or not same_line(text, tokens[m - 1], tokens[m])
        if m > head_end + n and not closed and tokens[m].is_cap and org_word_at(tokens, m):
            # "… Đội vận động quần chúng Đồn Biên phòng X": the body the unit belongs to follows
            return consume_chain(tokens, m, text=text)
        return m if m > head_end + n and closed else 0
    return 0


_LIST_VERBS = frozenset(["gồm", "là", "có", "được", "và"])


def to_colon(tokens: list[Token], end: int, text: str) -> int:
    """A title before a colon and a list takes the lower-case words up to the colon: "các đồng chí Trưởng các
    đoàn thể chính trị - xã hội: A, B, C", "… Phó Trưởng phòng Công tác đảng và công tác chính trị: A, B" ("và"
    before a name's next field, not before people)."""
    k = end
    while (
        k < len(tokens)
        and k - end < 8
        and (tokens[k].text == "-" or tokens[k].is_word and not tokens[k].is_cap)
        and (tokens[k].lower not in _LIST_VERBS or tokens[k].lower == "và" and k > end and joins_fields(tokens, k))
        and not lexicon().honorifics.match(tokens, k)
        and same_line(text, tokens[k - 1], tokens[k])
    ):
        k += 1
    return k if k > end and k < len(tokens) and tokens[k].text == ":" else end


# roles written by their abbreviation before a name: "CCB Lò Văn A" (cựu chiến binh)
_ROLE_ABBREVIATIONS = frozenset(["CCB"])


def role_opening(tokens: list[Token], i: int, text: str) -> int:
    """Length of a role before a name, in lower case ("kỹ sư Hoàng Thị Thơm") or with a capital at a sentence's
    start ("Nông dân …", "Cựu chiến binh …"), or abbreviated after no capital ("CCB A", not "Hội CCB"), 0 if none."""
    if tokens[i].text in _ROLE_ABBREVIATIONS and not (i and tokens[i - 1].is_word and tokens[i - 1].is_cap):
        return 1
    if tokens[i].is_cap and i and not (
        tokens[i - 1].text in (".", "!", "?", ":", ";", "“", '"') or not same_line(text, tokens[i - 1], tokens[i])
    ):
        return 0
    return role_length(tokens, i)


def listed_names(
    tokens: list[Token], i: int, n: int, text: str, take: Callable[..., int], *, opened: bool = False
) -> list[range]:
    """Names without honorifics listed with commas and closed by a dash before a title (or by "và" and a
    comma): their spans, or [] when the list is not of that shape. opened: a plural noun before the list says it
    lists people ("các tác giả A, B và C."), so the sentence's end closes it too."""
    spans = [range(i, i + n)]
    k = i + n
    closed = False
    while k + 1 < len(tokens) and tokens[k].text in (",", "và", ";") and (m := take(tokens, k + 1, text, strong=False)):
        closed = tokens[k].text == "và"
        spans.append(range(k + 1, k + 1 + m))
        k += 1 + m
    if len(spans) < 2:
        return []
    if k >= len(tokens) or tokens[k].text in (".", ";") or not same_line(text, tokens[k - 1], tokens[k]):
        # "Tổ công tác gồm A; B; C.": a list that a listing verb opens names people without their titles
        return spans if opened or _after_listing_verb(tokens, i) else []
    return spans if tokens[k].text in ("-", "–") or closed and tokens[k].text == "," else []


def _after_listing_verb(tokens: list[Token], i: int) -> bool:
    """A listing verb or, before a colon, the people listed: "gồm A; B", "cho các cá nhân: A, B, C"."""
    colon = i and tokens[i - 1].text == ":"
    k = i - 2 if colon else i - 1
    if k >= 0 and tokens[k].lower in ("gồm", "là"):
        return True
    return bool(colon and k >= 1 and (tokens[k - 1].lower, tokens[k].lower) in _PEOPLE_NOUNS)


_PEOPLE_NOUNS = frozenset([("cá", "nhân"), ("đại", "biểu"), ("đồng", "chí"), ("hội", "viên"), ("đoàn", "viên")])


def await_title(
    members: list[tuple[str, list[str], bool]],
    before: list[str],
    waiting_at: tuple[list[str], int, int],
    end: int,
    tokens: list[Token],
    add: Callable[[str, list[str], range], None],
) -> tuple[list[str], int]:
    """A list of names each with its honorific, the title after the last one's dash ("bà A, ông B - Phó Chủ tịch
    Hội Nông dân tỉnh"): the names without a title get it. Returns the names still waiting and where the next
    mention must start for them to go on waiting."""
    if len(members) != 1:
        return [], -1
    name, after, dashed = members[0]
    untitled, untitled_next, opened = waiting_at
    waiting = untitled if untitled_next == opened else []
    if not after and not before:
        end = _past_aside(tokens, end)  # "đồng chí A (người Cao Lan) và đồng chí B, cùng là …"
        if end + 1 < len(tokens) and tokens[end].text in (",", "và", "cùng"):  # "ông A cùng bà B đều là …"
            return [*waiting, name], end + 1
        return [], -1
    if dashed and after and waiting:
        for other in waiting:
            add(other, after, range(0))
    return [], -1


def _past_aside(tokens: list[Token], k: int) -> int:
    """k, or past a short bracketed aside that opens at k (an age, an origin, a place in a picture)."""
    if k < len(tokens) and tokens[k].text == "(":
        for x in range(k + 1, min(k + 8, len(tokens))):
            if tokens[x].text == ")":
                return x + 1
            if tokens[x].text == "(":
                break
    return k


_SHARED = frozenset([("cùng", "là"), ("đều", "là")])


def both_are(tokens: list[Token], j: int) -> bool:
    """"đều là", "cùng là" at j, with no comma before: what follows is each named one's."""
    return j + 2 < len(tokens) and (tokens[j].lower, tokens[j + 1].lower) in _SHARED


def shared_title(tokens: list[Token], j: int) -> int:
    """", cùng là Phó Chủ tịch …", ", đều là …", ", các Phó Chủ tịch …": the title after it is shared by the names
    listed before; the number of words before the title (0 when the shape is not that)."""
    if j + 3 >= len(tokens) or tokens[j].text != ",":
        return 0
    if (tokens[j + 1].lower, tokens[j + 2].lower) in _SHARED:
        return 2
    return 1 if tokens[j + 1].lower in ("các", "những") and title_at(tokens, j + 2, lower_ok=False) else 0


# Words that open a sentence before a title ("Theo Chủ tịch Hội CCB xã … Chíu Văn Thắng, …"): capitalised only
# because they come first
_OPENING_WORDS = frozenset(
    ["cac", "theo", "tai", "voi", "cung", "du", "con", "sau", "truoc", "thay", "ngoai", "hai", "ba", "bon"]
)


def opening_word(tokens: list[Token], k: int, text: str) -> bool:
    """A word that opens a sentence or a line ("Các", "Những") before a title."""
    return tokens[k].low in _OPENING_WORDS and (
        k == 0 or tokens[k - 1].text in (".", "!", "?", ":", ";", '"', "“") or not same_line(text, tokens[k - 1], tokens[k])
    )


def age_aside(tokens: list[Token], k: int) -> int:
    """Length of an aside written between commas at k, up to the next comma (0 if none): an age ("74 tuổi", "sinh
    năm 1952") or who the person is and where from ("người Hrê", "người Mường ở phường X", "dân tộc Khmer",
    "quê xã Y")."""
    if k + 2 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].lower == "tuổi" and tokens[k + 2].text == ",":
        return 2
    if (
        k + 3 < len(tokens)
        and tokens[k].lower == "sinh"
        and tokens[k + 1].lower == "năm"
        and tokens[k + 2].text.isdigit()
        and tokens[k + 3].text == ","
    ):
        return 3
    return origin_aside(tokens, k)


# "người Pa Kô", "dân tộc Khmer", "người dân tộc Tày", "quê xã Mai Châu": a people or a home place, then where the
# person lives
_ORIGIN_OPENERS = (("người", "dân", "tộc"), ("người",), ("dân", "tộc"), ("quê",))
_ORIGIN_LINKS = frozenset(["ở", "tại", "quê", "thuộc"])
_MAX_ORIGIN = 10


def origin_before(tokens: list[Token], k: int) -> int:
    """Length of "người <People>" / "dân tộc <People>" at k right before a name ("già làng người Cơ Tu A"), 0 if
    none: the people must be one the vocabulary knows and a capitalised word must follow it."""
    if k >= len(tokens) or tokens[k].lower not in ("người", "dân"):
        return 0
    opener = next((o for o in _ORIGIN_OPENERS[:3] if tuple(t.lower for t in tokens[k : k + len(o)]) == o), None)
    if opener is None:
        return 0
    j = k + len(opener)
    hit = ethnic_groups().match(tokens, j) if j < len(tokens) and tokens[j].is_cap else None
    if not hit:
        return 0
    j += hit[0]
    return j - k if j < len(tokens) and tokens[j].is_word and tokens[j].is_cap else 0


def origin_aside(tokens: list[Token], k: int) -> int:
    """Length of "người <People> [ở <place>]" between commas at k (0 if none): a person's people and home, no title."""
    opener = next((o for o in _ORIGIN_OPENERS if tuple(t.lower for t in tokens[k : k + len(o)]) == o), None)
    if opener is None:
        return 0
    j = k + len(opener)
    if j >= len(tokens) or not (tokens[j].is_word and tokens[j].is_cap or lexicon().place_words.match(tokens, j)):
        return 0  # "người dân xã X", "người có uy tín" are roles, not an origin
    while j < len(tokens) and j - k <= _MAX_ORIGIN and tokens[j].text != ",":
        tok = tokens[j]
        if tok.text == "(" and j > k + len(opener) and (close := _bracket_end(tokens, j)):
            j = close  # "người Chơ Ro ở xã A (huyện B),": the district in brackets is where the commune lies
            continue
        if not (
            tok.is_word and (tok.is_cap or tok.lower in _ORIGIN_LINKS)
            or tok.text in ("'", "’", "-")
            or tok.text.isdigit()
            or lexicon().place_words.match(tokens, j)
        ):
            return 0
        j += 1
    return j - k if j < len(tokens) and tokens[j].text == "," and j - k <= _MAX_ORIGIN + _MAX_BRACKET else 0


_MAX_BRACKET = 6


def _bracket_end(tokens: list[Token], j: int) -> int:
    """After the bracket at j, a short aside of words closed on its line and followed by a comma: the token after the
    closing bracket (0 if not)."""
    for q in range(j + 1, min(j + _MAX_BRACKET, len(tokens) - 1)):
        if tokens[q].text == ")":
            return q + 1 if q > j + 1 and tokens[q + 1].text == "," else 0
        if not tokens[q].is_word:
            return 0
    return 0
