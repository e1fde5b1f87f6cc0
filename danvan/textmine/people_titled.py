"""Names listed under one title: after a colon, "gồm" or "là", each behind its own honorific or rank ("các đồng chí Phó
Trưởng Ban Dân vận Tỉnh ủy: A, B", "Các Phó Chủ tịch Ủy ban MTTQ tỉnh gồm: bà A, kiêm Chủ tịch Hội LHPN tỉnh; ông B"),
and after "các" or a count ("các Phó Chủ tịch Hội Nông dân xã A, B"); called by people.find_people."""

from __future__ import annotations

from collections.abc import Callable

from .bodies import describing_word
from .orgs import consume_chain, org_word_at, title_at
from .orgwords import _ROMAN, CLERGY, Lexicon, lexicon
from .people_lists import other_honorific
from .people_rules import listed_names, origin_before, past_aside, rank_before, role_opening
from .person_titles import titles_after
from .textutil import MIDDLE_NAMES, Token, fold

Listed = list[tuple[str, range, list[str]]]


def titled_list(tokens: list[Token], j: int, text: str, lx, take: Callable[..., int]) -> Listed:
    """Names listed after a title and a colon, each behind its own honorific, rank or none, separated by commas, ";"
    or "và" ("Trưởng ban: Nguyễn Văn A" is a list of one): each name, its span and its rank ("…: Đại tá A, Thượng
    tá B")."""
    out: Listed = []
    commas = False
    j = _plural_honorific_end(tokens, j, lx)  # "Thành viên: các ông, bà A, B, C": the list's shared honorific
    while j < len(tokens):
        hon = lx.honorifics.match(tokens, j) if tokens[j].lower in lx.honorifics.by_first else None
        rank = title_at(tokens, j, lower_ok=False) if tokens[j].is_cap else 0
        if hon and rank != hon[0]:
            rank = 0  # an honorific that is no title ("ông", "bà"); a rank is both ("Đại tá")
        k = j + (hon[0] if hon else rank)
        n = take(tokens, k, text, strong=True)
        if not n:
            break
        if out and _own_title_after(tokens, k + n):
            break  # "…: A, B; bà C, Phó Trưởng ban Dân tộc tỉnh": C has a post of her own and is not listed
        ranks = [text[tokens[j].start : tokens[k - 1].end]] if rank else []
        out.append((text[tokens[k].start : tokens[k + n - 1].end], range(k, k + n), ranks))
        j = k + n
        if j < len(tokens) and tokens[j].text == "(":
            j = past_aside(tokens, j, text)  # "…: A (xóm X), B (xóm Y)": an aside in brackets after a listed name
        if j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "kiêm" and (m := title_at(tokens, j + 2, lower_ok=False)):
            # "Các Phó Chủ tịch … gồm: bà A, kiêm Chủ tịch Hội LHPN tỉnh; ông B, …": a post held besides, hers
            end = max(j + 2 + m, consume_chain(tokens, j + 2 + m, text=text))
            ranks.append(text[tokens[j + 2].start : tokens[end - 1].end])
            j = end
            commas = False
        if j < len(tokens) and tokens[j].text in (",", ";", "và") and not (commas and tokens[j].text == ";"):
            commas = commas or tokens[j].text == ","  # names joined by commas: a semicolon closes the list
            j += 1
            continue
        break
    return out


def _plural_honorific_end(tokens: list[Token], j: int, lx) -> int:
    """Past "các ông, bà" / "các đồng chí" (and a colon after it) opening a list at j; j when none opens it."""
    if not (j + 1 < len(tokens) and tokens[j].lower == "các" and (hon := lx.honorifics.match(tokens, j + 1))):
        return j
    end = j + 1 + hon[0]
    end += other_honorific(tokens, j, end)
    return end + (end < len(tokens) and tokens[end].text == ":")


def _own_title_after(tokens: list[Token], k: int) -> bool:
    """A post of its own after the name at k; a rank or a clergy title opens the list's next name ("…: Đại tá A, Linh mục B")."""
    if not (k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].is_cap):
        return False
    n = title_at(tokens, k + 1, lower_ok=False)
    return bool(n) and not rank_before(tokens, k + 1 + n) and fold(" ".join(t.text for t in tokens[k + 1 : k + 1 + n])).lower() not in CLERGY


# words before a title held by several people listed after it: "các", "những", a count ("Hai Phó Chủ tịch … A và B")
_MANY = frozenset(["các", "những", "hai", "ba", "bốn"])


def many_before(tokens: list[Token], i: int) -> bool:
    """The word before i says several people follow: "các", "những", a count in words or figures ("2 Phó Chủ tịch")."""
    before = tokens[i - 1]
    return before.lower in _MANY or before.text.isdigit() and 2 <= int(before.text) <= 9


def plural_titled(tokens: list[Token], i: int, j: int, text: str, lx, take: Callable[..., int]) -> Listed:
    """"các Phó Chủ tịch Hội Nông dân xã A, B", "các trưởng thôn: A, B, C": after "các" (or a count), a title read
    from i to j and a list of two names or more (after a colon, "gồm" or "là", or in brackets) is each one's. Without a colon every name has three words from a surname, so
    that hamlets ("các trưởng thôn Nà Lạn, Nà Cọ") are no people. [] when the shape is not that."""
    if not i or not many_before(tokens, i):
        return []
    j += _term_at(tokens, j)  # "Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa mới gồm: A, B, C"
    if j + 1 < len(tokens) and tokens[j].lower in ("gồm", "là") and tokens[j + 1].text == ":":
        j += 1
    colon = j < len(tokens) and tokens[j].text == ":"
    # "các Phó Chủ tịch xã gồm A và B", "Hai Phó Chủ tịch Hội CCB tỉnh, ông A và ông B, …"
    verb = not colon and j < len(tokens) and (tokens[j].lower in ("gồm", "là") or tokens[j].text in (",", "("))
    listed = titled_list(tokens, j + colon + verb, text, lx, take)
    if len(listed) < 2:
        return []
    if verb and tokens[j].text == "(" and not (listed[-1][1].stop < len(tokens) and tokens[listed[-1][1].stop].text == ")"):
        return []  # "hai Phó Trưởng ban Dân vận Huyện ủy (bà A và ông B)": the names in brackets, closed there
    if not colon and not tokens[i].is_cap and any(len(span) < 3 or tokens[span.start].low not in lx.surnames for _, span, _ in listed):
        return []
    return listed


def _term_at(tokens: list[Token], j: int) -> int:
    """Tokens of a body's term after a title ("khóa mới", "khóa XI"), 0 if none."""
    if j + 1 < len(tokens) and tokens[j].lower in ("khóa", "khoá"):
        nxt = tokens[j + 1].text
        return 2 if nxt == "mới" or _ROMAN.match(nxt) else 0
    return 0


def dashed_post(tokens: list[Token], stop: int, text: str) -> tuple[list[str], int]:
    """"các báo cáo viên: A, B - Phó Chánh Thanh tra tỉnh": a post after a dash that closes a list under a lower-case
    title is each listed name's too (the title says what they did there, the post who they are); the posts and where the scan goes on."""
    post, end = titles_after(tokens, stop, text) if stop < len(tokens) and tokens[stop].text in ("-", "–") else ([], stop)
    return (post, max(end, stop)) if post else ([], stop)



def divisions_to_colon(tokens: list[Token], j: int) -> int:
    """Where the colon is when the words from j go on naming divisions up to it, after a title that ends on one
    ("… Đảng ủy xã Sông Đốc | , Gành Hào, Đất Mũi:") or on a plural place word ("… UBND các xã | An Hải, Xuân Thịnh:");
    0 when not that. Each division is a run of at most four capitals, after a comma or "và", with its place word or
    without."""
    words = lexicon().place_words
    k, groups = j, 0
    while k < len(tokens):
        if tokens[k].text == ":":
            return k if groups else 0
        if tokens[k].text in (",", "và") and (groups or _ends_on_division(tokens, j)):
            k += 1
        elif not (groups == 0 and j > 1 and tokens[j - 1].lower in _PLURAL_PLACES and tokens[j - 2].lower == "các"):
            return 0
        if k < len(tokens) and (hit := words.match(tokens, k)) and not tokens[k].is_cap:
            k += hit[0]  # "…, đặc khu Kiên Hải"
        run = 0
        while k + run < len(tokens) and run < 4 and tokens[k + run].is_cap and tokens[k + run].is_word:
            run += 1
        if not run:
            return 0
        k, groups = k + run, groups + 1
    return 0


# a place word that names several divisions when "các" is before it ("UBND các xã …")
_PLURAL_PLACES = frozenset(["xã", "huyện", "phường", "tỉnh", "thôn", "bản", "ấp", "khu"])


def _ends_on_division(tokens: list[Token], j: int) -> bool:
    """The title before j closes on a place word and a name in capitals ("… xã Sông Đốc")."""
    words = lexicon().place_words
    k = j
    while k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word and j - k < 4:
        k -= 1
    return k < j and any(k - n >= 0 and (hit := words.match(tokens, k - n)) is not None and hit[0] == n for n in (1, 2))


_ROLE_MANY = frozenset(["các", "nhóm", "những"])  # before a role: many hold it, a list of names follows


def roled_names(
    tokens: list[Token],
    i: int,
    text: str,
    lx: Lexicon,
    take: Callable[..., int],
    own_honorific_opens: Callable[[list[Token], int, Lexicon], bool],
) -> tuple[list[tuple[str, list[str], range]], int] | None:
    """A role in lower case before a name ("Nông dân Hồ Văn Ba …", "… và kỹ sư Hoàng Thị Thơm"), before each name of a
    list when many hold it ("các kỹ sư A, B - …", "nhóm tác giả A, B, C.", "các tác giả: A, B"): each person with the
    role and the titles after the list, and where the scan goes on; None when no role opens a name at i."""
    tok = tokens[i]
    # a role in lower case is before a name only when a capital follows within its few words
    role = role_opening(tokens, i, text) if tok.is_cap or any(t.is_cap for t in tokens[i + 1 : i + 5]) else 0
    if not role:
        return None
    origin = origin_before(tokens, i + role)  # "cựu chiến binh người Cơ Tu A": the person's people, then the name
    many = i > 0 and tokens[i - 1].lower in _ROLE_MANY
    colon = int(many and i + role < len(tokens) and tokens[i + role].text == ":")  # "các tác giả: A, B, C"
    k = i + role + origin + colon
    if own_honorific_opens(tokens, k, lx) or not (n := take(tokens, k, text, strong=origin > 0)):
        return None
    names = (many and listed_names(tokens, k, n, text, take, opened=True)) or [range(k, k + n)]
    after, end = titles_after(tokens, names[-1].stop, text)
    held = text[tok.start : tokens[i + role - 1].end]
    # "thân nhân liệt sĩ A", "vợ liệt sĩ B": the name is the martyr's, the relation is not the martyr's title
    held = "" if fold(held).lower().endswith("liet si") else held
    people = [
        (text[tokens[span.start].start : tokens[span.stop - 1].end], [held, *after] if held else after, span)
        for span in names
    ]
    return people, end


def own_posts(tokens: list[Token], k: int, text: str) -> tuple[list[str], int] | None:
    """The posts after the one name a role's colon lists ("Trưởng ban: ông A, Phó Chủ tịch Ủy ban MTTQ xã; Phó
    Trưởng ban: …"), and where they end; None when no post follows or the last one opens the next role ("…, Phó
    Trưởng ban: bà B")."""
    if not (k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].is_cap):
        return None
    posts, end = titles_after(tokens, k, text)
    if posts and end < len(tokens) and tokens[end].text == ":":
        return None
    return (posts, end) if posts else None


def described_to_name(tokens: list[Token], j: int, text: str, take: Callable[..., int]) -> int:
    """A body's name goes on in lower case for a word or two up to the name after it ("Sở Giao thông | vận tải | Phạm
    Văn Long cho biết"): where the name starts, j when no such words lead to one."""
    k = j
    while k < len(tokens) and k - j < 2 and describing_word(tokens, k, text):
        k += 1
    if k == j or not 3 <= (n := take(tokens, k, text, strong=True)) <= 4:
        return j
    # a name of four words has its middle name second ("Phạm Văn Minh Long"); "Đông Nam Nguyễn Văn Hào" is a
    # place's name, then the person's
    return k if n == 3 or tokens[k + 1].lower in MIDDLE_NAMES else j


def member_of(tokens: list[Token], j: int, text: str) -> int:
    """End of the body a lower-case role before j belongs to ("các thành viên | Ban Thường trực: A, B"), j if none."""
    if j < len(tokens) and tokens[j].is_cap and org_word_at(tokens, j):
        return consume_chain(tokens, j, text=text)
    return j
