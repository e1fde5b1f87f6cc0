"""Roles written in lower case after a name ("công nhân Công ty …", "con liệt sĩ") and what a title's
holder is in charge of ("Phó Trưởng ban phụ trách công tác dân vận")."""

from __future__ import annotations

from functools import cache

from .bodies import business_at, field_pair, hyphened_pair
from .businesses import company_name
from .chain_names import cap_run
from .orgs import CLAUSE_WORDS, consume_chain, org_word_at
from .orgwords import CONJUNCTIONS, lexicon
from .textutil import PhraseIndex, Token, fold, load_json, same_line
from .units_rules import ethnic_groups


def lexicon_roles() -> list[str]:
    return list(load_json("lexicon.json").get("roles", []))


# Nouns a named place or body may follow inside a role: "trụ trì chùa Kom Pong Chrây", "hội viên tổ dệt"; every
# settlement's word the lexicon knows is one ("người có uy tín bon Bù Lư"), so that a new kind of hamlet is added once.
SETTLEMENTS = frozenset(
    fold(kind) for kind, level in load_json("lexicon.json")["place_types"].items() if level is None and kind.islower() and " " not in kind
)
# "xứ" (a parish) is one too: "Chánh xứ Hướng Đạo", "Quản xứ Tân Lộc"; and "hạt" (a deanery): "quản hạt Phú Yên".
NAMED_NOUNS = frozenset({"chua", "to", "doi", "truong", "lop", "xa", "phuong", "huyen", "khom", "khu", "khoi", "xu", "hat"}) | SETTLEMENTS
_ROLE_STOP = CLAUSE_WORDS | CONJUNCTIONS | frozenset(["chia", "bị", "cùng"])  # "thuyền trưởng | bị sóng đánh chìm",
# "Phó Giám đốc phụ trách Chi nhánh NHCSXH tỉnh | cùng 120 đại biểu"
# the last words of residential units known by a number ("tổ dân phố 12", "khu vực 4", "tổ tự quản 3", "khu dân cư
# 2"): the number is the unit's, no count of what the person does
_UNIT_LAST = frozenset(["phố", "vực", "quản", "cư"])


def in_charge(tokens: list[Token], end: int, text: str) -> int:
    """A title goes on with what its holder is in charge of: "Phó Trưởng ban phụ trách công tác dân vận", "…
    phụ trách dân vận - tôn giáo" (two fields joined by a hyphen); after a dash too: "Phó Trưởng Ban Tổ chức - phụ
    trách công tác cán bộ"."""
    dash = end + 2 < len(tokens) and tokens[end].text in ("-", "–") and same_line(text, tokens[end], tokens[end + 1])
    if dash and tokens[end + 1].lower == "phụ" and tokens[end + 2].lower == "trách":
        after = in_charge(tokens, end + 1, text)
        return after if after > end + 1 else end
    if end + 1 < len(tokens) and tokens[end].lower == "phụ" and tokens[end + 1].lower == "trách":
        j = end + 2
        while j < len(tokens) and j - end < 8 and same_line(text, tokens[j - 1], tokens[j]):
            if tokens[j].text in ("-", "–") and j > end + 2 and j + 1 < len(tokens) and _lower_word(tokens[j + 1]):
                j += 1
                continue
            if not tokens[j].is_word or tokens[j].text[0].isdigit() or tokens[j].lower in _ROLE_STOP and tokens[j].lower != "về":
                break
            j += 1
        return j if j > end + 2 else end
    return end


_UNNAMED = (("một", "công", "ty"), ("một", "doanh", "nghiệp"), ("một", "hợp", "tác", "xã"))


def unnamed_business(tokens: list[Token], k: int) -> int:
    """"một công ty", "một doanh nghiệp" at k: a business the page does not name (its length, else 0)."""
    if tokens[k].lower != "một":
        return 0
    return next((len(w) for w in _UNNAMED if tuple(t.lower for t in tokens[k : k + len(w)]) == w), 0)


def the_business(tokens: list[Token], k: int) -> int:
    """"công ty", "doanh nghiệp" at k in lower case, closed by a separator: the business the page has named before
    ("Phó Tổng Giám đốc công ty, …"); its length, else 0."""
    for words in _UNNAMED:
        n = len(words) - 1
        if tuple(t.lower for t in tokens[k : k + n]) == words[1:] and k + n < len(tokens) and tokens[k + n].text in (",", ";", "."):
            return n if not tokens[k].is_cap else 0
    return 0


def representing(tokens: list[Token], k: int) -> int:
    """"đại diện" at k opening what a person stands for ("…, đại diện Hội thánh Cao Đài tại tỉnh"): 2, else 0."""
    return 2 if k + 2 < len(tokens) and tokens[k].lower == "đại" and tokens[k + 1].lower == "diện" else 0


def _where(tokens: list[Token], end: int, text: str) -> int:
    """A body's seat after it by "tại", when it is the province the page is about ("… Cao Đài tại tỉnh"); end if not."""
    seat = end + 1 < len(tokens) and tokens[end].lower == "tại" and same_line(text, tokens[end], tokens[end + 1])
    if seat and tokens[end + 1].lower == "tỉnh" and (end + 2 >= len(tokens) or not tokens[end + 2].is_cap):
        return end + 2
    return end


def _lower_word(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap and tok.lower not in _ROLE_STOP


def role_after(tokens: list[Token], k: int, text: str, *, cap_ok: bool = False, head: int = 0) -> int:
    """End of a lower-case role after a name and a comma (lexicon "roles"): "công nhân Công ty TNHH X",
    "học sinh lớp 5", "con liệt sĩ", "trụ trì chùa Kom Pong Chrây"; k itself when there is none (cap_ok: also
    written with a capital, "Công an viên thôn"; head: the length of the role's first words, known by the caller)."""
    hit = (head,) if head else _roles().match(tokens, k)
    if not hit or tokens[k].is_cap and not cap_ok:
        return k
    j = k + hit[0]
    if (grade := _grade(tokens, j)) > j:
        return grade
    if org_word_at(tokens, j) or business_at(tokens, j):  # "chủ nhiệm HTX dịch vụ nông nghiệp Tân Lập"
        return _where(tokens, consume_chain(tokens, j, text=text), text)
    if j + 1 < len(tokens) and tokens[j].lower == "công" and tokens[j + 1].lower == "ty":
        # "công nhân Công ty TNHH Fuhong Precision", "công nhân Công ty cổ phần Gỗ X": the company's name
        return company_name(tokens, j + 2, text)
    if j + 1 < len(tokens) and tokens[j].lower in ("của", "ở") and tokens[j + 1].low in SETTLEMENTS:
        # "người có uy tín của buôn", "hộ nghèo ở bon Bu Đăng": the hamlet the role belongs to is part of it; a
        # commune is not ("người có uy tín ở xã Quảng Sơn" is labelled "người có uy tín", dev b08)
        j += 1
    taken = 0
    first = j
    while j < len(tokens) and taken < 8 and same_line(text, tokens[j - 1], tokens[j]):
        tok = tokens[j]
        if unnamed_business(tokens, j):
            break  # "công nhân một công ty may ở khu công nghiệp": the trade, not where it is plied
        if _origin_at(tokens, j) and tokens[j - 2].lower == "cộng" and tokens[j - 1].lower == "đồng":
            j = _community(tokens, j, text)  # "đại diện cộng đồng người Hoa thị xã X": the community's people, its town
            break
        if _origin_at(tokens, j):
            # "học sinh lớp 9 người Dao": the people one belongs to is no part of the role, unless the place the role
            # names follows it ("hội viên người Khmer ấp Tà Dung")
            j = _origin_then_place(tokens, j, text)
            break
        c = min(j + (tok.lower == "trong"), len(tokens) - 1)  # "… trong đồng bào Khmer xã X": among the community
        if tokens[c].lower in ("đồng", "dân") and c + 1 < len(tokens) and tokens[c + 1].lower in ("bào", "tộc") and (
            size := _people_named(tokens, c + 2, text) or 4 * (" ".join(t.lower for t in tokens[c + 2 : c + 6]) == "dân tộc thiểu số")
        ):
            # "người có uy tín đồng bào Xơ Đăng (thôn X)", "… dân tộc Tà Ôi": the community the role serves, and the
            # place it names
            j = max(_origin_then_place(tokens, c + 1, text), c + 2 + size)
            break
        if tok.text.isdigit() and taken and tokens[j - 1].low not in NAMED_NOUNS and tokens[j - 1].low != "so" and (
            tokens[j - 1].lower not in _UNIT_LAST
        ):
            j, taken = first, 0  # "chủ trang trại nuôi 120 con lợn": what the person does, not the role
            break
        if tok.is_word and not tok.is_cap and tok.lower not in _ROLE_STOP:
            j += 1
            taken += 1
            continue
        if tok.text in ("-", "–") and taken and (pair := hyphened_pair(tokens, j)):
            j += pair  # "công chức văn hóa - xã hội xã Thới Hưng": one field, two words joined by a hyphen
            taken += pair - 1
            continue
        if tok.text == "," and taken and field_pair(tokens, j):
            j += 1  # "tổ trưởng tổ bảo vệ an ninh, trật tự ấp Tô Thuận", "tổ tự quản phòng, chống ma túy": one field
            continue
        if tok.lower == "của" and taken and j + 1 < len(tokens) and tokens[j + 1].low in NAMED_NOUNS:
            j += 1  # "người có uy tín tiêu biểu của huyện Ia Grai": the place the role is held in (11 labels of 12)
            continue
        if tok.text.isdigit() and taken:
            j += 1
            break
        break
    closed = j >= len(tokens) or not tokens[j].is_word or tokens[j].lower in CLAUSE_WORDS
    if taken > 3 and not (j < len(tokens) and tokens[j - 1].low in NAMED_NOUNS and tokens[j].is_cap) and not closed:
        # more than three words only up to a named place ("tổ nuôi gà bản Nà Đon") or to the clause's end ("tổ
        # trưởng tổ hợp tác đan lát lục bình với …")
        j, taken = first + 3, 3
    if (
        taken
        and j < len(tokens)
        and tokens[j - 1].low in NAMED_NOUNS
        and same_line(text, tokens[j - 1], tokens[j])
    ):
        # the name of the place or body the role names: "hội viên chi hội thôn Nà Cà", "hội viên xã Ea Kao",
        # "hội viên phụ nữ ấp Kinh 9"
        named = j
        while (
            j < len(tokens)
            and tokens[j].is_word
            and tokens[j].is_cap
            and same_line(text, tokens[j - 1], tokens[j])
        ):
            j += 1
        if (
            j > named
            and j < len(tokens)
            and tokens[j].text.isdigit()
            and same_line(text, tokens[j - 1], tokens[j])
        ):
            j += 1
        if j > named:
            j = more_settlements(tokens, j, text)
    return _school(tokens, j, text) if taken else j


def _people_named(tokens: list[Token], k: int, text: str) -> int:
    """The words of a people's name at k: one the lexicon knows, else up to three capitals on the line ("Pa Kô")."""
    if group := ethnic_groups().match(tokens, k):
        return group[0]
    return min(cap_run(tokens, k, text), 3)


def more_settlements(tokens: list[Token], j: int, text: str) -> int:
    """"người có uy tín làng Kon Klor, Plei Đôn.": more hamlets, each with its own word, listed after the role's own
    are the role's too (a commune after them is where they lie); where the list ends (j when there is none)."""
    m = j - 1
    while m > 0 and tokens[m].is_word and tokens[m].is_cap:
        m -= 1
    if m == j - 1 or tokens[m].low not in SETTLEMENTS:
        return j  # the post's own place is no hamlet ("Chủ tịch UBND xã X, thôn Y": the hamlet is where one lives)
    k = j
    while k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low in SETTLEMENTS and tokens[k + 2].is_cap:
        m = k + 2
        while m < len(tokens) and m - k <= 5 and tokens[m].is_word and tokens[m].is_cap and same_line(text, tokens[m - 1], tokens[m]):
            m += 1
        k = m
    return k


def _grade(tokens: list[Token], j: int) -> int:
    """"thương binh 3/4", "bệnh binh hạng 2/3", "thương binh hạng 1": the grade after a role, read whole (a fraction
    is one figure); where it ends (j when there is none)."""
    k = j + (j < len(tokens) and tokens[j].lower == "hạng")
    if k >= len(tokens) or not tokens[k].text.isdigit():
        return j
    if k + 2 < len(tokens) and tokens[k + 1].text == "/" and tokens[k + 2].text.isdigit():
        return k + 3 if tokens[k + 1].start == tokens[k].end else j
    return k + 1 if k > j else j


_MAX_SCHOOL = 16


def _school(tokens: list[Token], j: int, text: str) -> int:
    """"học sinh lớp 7 Trường THCS Vĩnh Hậu A", "giáo viên Trường Phổ thông Dân tộc nội trú": the school after a
    role is part of it, to its name's end (a few lower-case words closed by a comma or a full stop too); j when no
    school follows."""
    if j >= len(tokens) or tokens[j].text != "Trường" or not same_line(text, tokens[j - 1], tokens[j]):
        return j
    end = consume_chain(tokens, j, text=text)
    if end <= j + 1:
        return j
    # the school's whole name up to the comma that closes it: "Trường Phổ thông dân tộc bán trú Tiểu học Pa Vệ Sủ,"
    close = next((c for c in range(end, min(j + _MAX_SCHOOL, len(tokens))) if tokens[c].text in (",", ";", ".", ")")), 0)
    if close and all(t.is_word and (t.is_cap or t.lower not in _ROLE_STOP) for t in tokens[end:close]):
        return close
    m = end
    while m < len(tokens) and m - end < 3 and _lower_word(tokens[m]) and same_line(text, tokens[m - 1], tokens[m]):
        m += 1
    return m if m > end and (m == len(tokens) or tokens[m].text in (",", ".", ";")) else end


def _origin_then_place(tokens: list[Token], j: int, text: str) -> int:
    """After "người <People>" at j, a settlement's or a commune's word and its name: the end of the name (j when the
    people is not followed so)."""
    hit = ethnic_groups().match(tokens, j + 1)
    k = j + 1 + hit[0] if hit else 0
    if not k or k + 1 >= len(tokens) or tokens[k].low not in NAMED_NOUNS or not tokens[k + 1].is_cap:
        return j
    m = k + 1
    while m < len(tokens) and m - k <= 4 and tokens[m].is_word and tokens[m].is_cap and same_line(text, tokens[m - 1], tokens[m]):
        m += 1
    return m


def _community(tokens: list[Token], j: int, text: str) -> int:
    """The end of "người <People>" at j and of the town or province named after it, by its word."""
    hit = ethnic_groups().match(tokens, j + 1)
    k = j + 1 + (hit[0] if hit else 1)
    place = lexicon().place_words.match(tokens, k) if k < len(tokens) else None
    if not place or k + place[0] >= len(tokens) or not tokens[k + place[0]].is_cap:
        return k
    m = k + place[0]
    while m < len(tokens) and m - k <= 5 and tokens[m].is_word and tokens[m].is_cap and same_line(text, tokens[m - 1], tokens[m]):
        m += 1
    return m


def _origin_at(tokens: list[Token], j: int) -> bool:
    """"người Dao", "người Bana": the people a person belongs to, named by a capital."""
    return tokens[j].lower == "người" and j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].is_cap


def role_length(tokens: list[Token], k: int) -> int:
    """Length of a role of the lexicon at k, whatever its case (0 if none)."""
    hit = _roles().match(tokens, k)
    return hit[0] if hit else 0


@cache
def role_firsts() -> frozenset[str]:
    """The first words of the roles, lower case (where a scan for a role may start)."""
    return frozenset(_roles().by_first)


@cache
def _roles() -> PhraseIndex:
    return PhraseIndex(lexicon_roles())
