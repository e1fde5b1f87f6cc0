"""A body's name described in lower case before the place or the name that closes it: "Chi hội nông dân
thôn Phước Đồng", "Hợp tác xã hồ tiêu Gio Linh", "Hội Đoàn kết sư sãi yêu nước tỉnh"."""

from __future__ import annotations

from .orgwords import CLAUSE_WORDS, CONJUNCTIONS, lexicon, org_word_at, title_at
from .places import place_index
from .textutil import MIDDLE_NAMES, Token, continues_line, fold

_MAX_WORDS = 5
_MAX_TO_PLACE = 6  # a description one word longer when a place's word closes it
# Verbs that end a body's description even when a name follows ("Hội Nông dân thăm Hợp tác xã …").
VERBS = frozenset(
    ["tham", "chỉ", "cùng", "kiến", "trao", "tặng", "dự", "góp", "khai", "mở", "phụ", "viên", "thăm", "chúc", "chủ",
     "trì", "giao", "yêu cầu", "đề", "nghị", "báo", "cáo", "chia", "sẻ", "nhấn", "mạnh", "biểu", "dương", "gồm",
     "ghi", "thay", "mong", "kể", "đảm"]
)  # fmt: skip
# verbs of two syllables that say or ask, opening the clause after a subject and its posts: "… Hội Nông dân Huế đề nghị"
SAYING = frozenset(["đề nghị", "cho biết", "phát biểu", "kiến nghị", "đề xuất", "chia sẻ", "nhấn mạnh", "khẳng định",
                    "bày tỏ", "báo cáo", "cảm ơn", "ghi nhận", "yêu cầu", "chỉ đạo", "kết luận", "chủ trì"])  # fmt: skip


def said_at(tokens: list[Token], k: int) -> bool:
    """A verb of SAYING at k ("đề nghị"), not a body's word ("Ban Dân chủ")."""
    return k + 1 < len(tokens) and f"{tokens[k].lower} {tokens[k + 1].lower}" in SAYING


# Nouns with a syllable that is one of VERBS: "Chi hội trưởng phụ nữ thôn …" ("phụ" as in "phụ trách"), "Ban Chỉ
# đạo Quy chế dân chủ tỉnh" ("chủ" as in "chủ trì"), "Chi đoàn sinh viên …" ("viên" as in "động viên"), "Ban Quản lý
# dự án" ("dự" as in "dự họp")
_NOUNS = frozenset(["phụ nữ", "dân chủ", "sinh viên", "dự án"])


def noun_at(tokens: list[Token], m: int) -> bool:
    """The word at m is a syllable of one of the nouns, with the one after it or the one before."""
    return (m + 1 < len(tokens) and f"{tokens[m].lower} {tokens[m + 1].lower}" in _NOUNS) or (
        m > 0 and f"{tokens[m - 1].lower} {tokens[m].lower}" in _NOUNS
    )


# Words whose last syllable is a place word: "Ban Thanh niên nông thôn Tỉnh đoàn" names no hamlet ("thôn")
_WORDS_ENDING_IN_PLACE = frozenset(["nông thôn"])


def _in_word(tokens: list[Token], m: int) -> bool:
    return m > 0 and f"{tokens[m - 1].lower} {tokens[m].lower}" in _WORDS_ENDING_IN_PLACE


_OPEN_QUOTES = frozenset(['"', "“"])
_CLOSE_QUOTES = frozenset(['"', "”"])


# verbs by which a body issues or directs, never words that describe it ("tham mưu Đảng ủy ban hành Chỉ thị …")
ISSUING = frozenset(["ban hành", "phê duyệt", "triển khai", "chỉ đạo"])


def describing_word(tokens: list[Token], m: int, text: str | None) -> bool:
    """A lower-case word that may describe a body or a post: no clause word, verb, number or place word."""
    tok = tokens[m]
    return (
        tok.is_word
        and not tok.is_cap
        and not tok.text[0].isdigit()
        and tok.lower not in CLAUSE_WORDS
        and tok.lower not in CONJUNCTIONS
        and (tok.lower not in VERBS or noun_at(tokens, m))
        and not (tok.lower == "làm" and title_at(tokens, m + 1, lower_ok=True))  # "Trưởng ban làm trưởng đoàn"
        and not (m + 1 < len(tokens) and f"{tok.lower} {tokens[m + 1].lower}" in ISSUING)  # "Đảng ủy ban hành …"
        and (not lexicon().place_words.match(tokens, m) or _in_word(tokens, m))
        and continues_line(tokens, m, text)
    )


# Two fields joined by a hyphen that describe one body: "chính trị - xã hội", "kinh tế - xã hội" ("xã" in them is no
# commune)
_HYPHENED = frozenset(  # and the commune civil servants' posts: "công chức tư pháp - hộ tịch", "văn phòng - thống kê"
    [("chinh tri", "xa hoi"), ("kinh te", "xa hoi"), ("van hoa", "xa hoi"), ("kinh te", "ngan sach"), ("quoc phong", "an ninh"),
     ("dan toc", "ton giao"), ("van hoa", "thong tin"), ("tu phap", "ho tich"), ("van phong", "thong ke"),
     ("dia chinh", "xay dung"), ("dia chinh", "nong nghiep"), ("tai chinh", "ke toan"), ("dia chinh", "moi truong")])  # fmt: skip


# Two words written as one field with a comma between ("an ninh, trật tự", "phòng, chống"): the first's last words and
# the second's first, as written (pipeline joins them for the readers of names) and folded (field_pair)
COMMA_FIELDS = (("an ninh", "trật tự"), ("phòng", "chống"), ("giám sát", "phản biện"))
_COMMA_FIELDS = tuple((fold(a), fold(b)) for a, b in COMMA_FIELDS)


def field_pair(tokens: list[Token], k: int) -> bool:
    """A comma at k inside one of the fields above ("tổ bảo vệ an ninh, trật tự", "tổ tự quản phòng, chống ma túy")."""
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    before = " ".join(t.low for t in tokens[max(0, k - 2) : k])
    after = " ".join(t.low for t in tokens[k + 1 : k + 3])
    return any(before.endswith(first) and after.startswith(second) for first, second in _COMMA_FIELDS)


def hyphened_pair(tokens: list[Token], m: int) -> int:
    """A hyphen at m between the two words before it and the two after it that make one of the pairs above: 3 (the
    hyphen and the two words after it), else 0."""
    if m < 2 or m + 2 >= len(tokens) or tokens[m].text not in ("-", "–"):
        return 0
    before = f"{tokens[m - 2].low} {tokens[m - 1].low}"
    after = f"{tokens[m + 1].low} {tokens[m + 2].low}"
    return 3 if (before, after) in _HYPHENED and not tokens[m + 1].is_cap else 0


# the words of units known by a number after them ("tổ 5", "khu 3", "số 7")
_NUMBERED = frozenset(["số", "tổ", "khu", "khối", "khóm", "đội", "cụm"])


def quoted_name(tokens: list[Token], m: int, text: str | None) -> int:
    """After a quoted name at m that a body's name holds ('Quỹ "Vì người nghèo" xã', 'Câu lạc bộ "Dân vận khéo"
    phường'): the place or the body word after it; 0 if not that (a quote that runs on is what someone said)."""
    if tokens[m].text not in _OPEN_QUOTES or m + 1 >= len(tokens) or not tokens[m + 1].is_cap:
        return 0
    close = next((q for q in range(m + 2, min(m + 10, len(tokens))) if tokens[q].text in _CLOSE_QUOTES), 0)
    if not close or close + 1 >= len(tokens) or not continues_line(tokens, close + 1, text):
        return 0
    after = close + 1
    return after if lexicon().place_words.match(tokens, after) or org_word_at(tokens, after) else 0


def _about_of(tokens: list[Token], m: int, text: str | None) -> int:
    """"về <lower-case words> của <a body>" at m: where the body begins (0 if not that)."""
    q = m + 1
    while q < len(tokens) and q - m <= _MAX_WORDS and tokens[q].lower != "của" and describing_word(tokens, q, text):
        q += 1
    if q > m + 1 and q + 1 < len(tokens) and tokens[q].lower == "của" and tokens[q + 1].is_cap and org_word_at(tokens, q + 1):
        return q + 1
    return 0


# the first words of a document's type written with a capital ("Nghị định số 131", "Quyết định 12")
_DOCUMENT_TYPES = frozenset(
    ["nghị định", "quyết định", "nghị quyết", "chỉ thị", "kế hoạch", "thông tư", "kết luận", "công văn", "hướng dẫn", "thông báo"]
)


def _document_at(tokens: list[Token], m: int) -> bool:
    """A document's type and its number at m ("Nghị định số 131/2021/NĐ-CP")."""
    if m + 2 >= len(tokens) or f"{tokens[m].lower} {tokens[m + 1].lower}" not in _DOCUMENT_TYPES:
        return False
    after = tokens[m + 2]
    return after.lower == "số" or after.text[0].isdigit()


def described(tokens: list[Token], k: int, text: str | None) -> int:
    """End of the lower-case words at k that describe a body, when they run into a place word ("thôn",
    "tỉnh"), another body ("Công an tỉnh") or a proper name that is not a person's; k when they do not."""
    lx = lexicon()
    m = k
    taken = 0
    most = _MAX_TO_PLACE
    while m < len(tokens) and taken < most and describing_word(tokens, m, text):
        m += 1
        taken += 1
        if m > k + 1 and field_pair(tokens, m):
            m, most = m + 1, most + 2  # "tổ bảo vệ an ninh, trật tự ấp …": a comma inside one field
        if m > k + 1 and (pair := hyphened_pair(tokens, m)):
            m += pair  # "các đoàn thể chính trị - xã hội xã": two fields joined by a hyphen are one word
    if m == k or m >= len(tokens) or not continues_line(tokens, m, text):
        return k
    if taken == most and not _named_place(tokens, m, text):
        return k  # a description that long only up to its place ("… nghề nghiệp nuôi ong thôn X"), not a clause
    if tokens[m].lower == "về" and (owner := _about_of(tokens, m, text)):
        return owner  # "Hội đồng tư vấn về kinh tế của Ủy ban MTTQ tỉnh": what it advises on, then whose it is
    tok = tokens[m]
    if tokens[m - 1].lower in _NUMBERED and tok.text.isdigit() and (m - 1 > k or tokens[m - 1].lower != "số"):
        return m + 1  # "Tổ trưởng tổ tự quản số 5", "Chi hội trưởng phụ nữ tổ 5": a unit known by its number
    if tok.text in _OPEN_QUOTES:
        # "Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh": a campaign's name in quotes inside the body's
        close = next((q for q in range(m + 1, min(m + 10, len(tokens))) if tokens[q].text in _CLOSE_QUOTES), 0)
        if close > m + 1 and continues_line(tokens, close, text):
            return close + 1
        return k
    if lx.place_words.match(tokens, m) or org_word_at(tokens, m) or business_at(tokens, m):
        return m  # the chain reads the place or the body on ("Công đoàn cơ sở Công ty …": a business's name)
    if not (tok.is_word and tok.is_cap) or title_at(tokens, m, lower_ok=False) or _document_at(tokens, m):
        return k  # "Sở Nội vụ | hướng dẫn Nghị định số 131": a numbered document is no body's name
    run = 0
    while (
        m + run < len(tokens)
        and run < 3
        and tokens[m + run].is_word
        and tokens[m + run].is_cap
        and continues_line(tokens, m + run, text)
        and not (run and org_word_at(tokens, m + run))  # "sinh viên Khmer Trường …": a body's word is no name's
    ):
        run += 1
    if (
        tok.low in lx.surnames
        and (run >= 3 or run == 2 and tokens[m + 1].lower in MIDDLE_NAMES)
        and (tokens[m + 1].lower in MIDDLE_NAMES or _place_across(tokens, m, m + 2, text) == m + 2)
    ):
        # a person's name follows the body ("Tân Cương" is a place, "Tân Văn Hải" a person): the words before it
        # describe the body when a body's word opens them ("Tổ trưởng Tổ dân vận Nguyễn Văn Hòa")
        # or when they are a body written in lower case themselves ("Bí thư chi bộ Đinh Thị Mây")
        opened = any(k >= n and org_word_at(tokens, k - n) == n for n in (1, 2)) or bool(lx.org.match(tokens, k))
        return m if opened and m - k <= 3 else k
    end = _place_across(tokens, m, m + run, text)
    while (
        end + 1 < len(tokens)
        and tokens[end].text == "-"
        and tokens[end].start == tokens[end - 1].end
        and tokens[end + 1].start == tokens[end].end
        and tokens[end + 1].is_word
    ):
        end += 2  # a name written with hyphens: "Hội đồng chức sắc Bà-la-môn tỉnh"
    if run == 1 and end == m + 1:
        return _lower_to_place(tokens, end, text)
    return end


_MAX_NAME_BEFORE_PLACE = 3


def _place_across(tokens: list[Token], m: int, end: int, text: str | None) -> int:
    """A proper name of three words at m that runs on into a place known by name: "Hội quán Triều Châu Thủ Dầu
    Một", the body's own name then its town's, read to the place's end; end when no known place crosses it."""
    for p in range(m + 1, m + _MAX_NAME_BEFORE_PLACE):
        n = place_index().longest(tokens, p, None)[0]
        if n >= 2 and p + n > end and all(t.is_cap and t.is_word and continues_line(tokens, x, text) for x, t in enumerate(tokens[m : p + n], m)):
            return p + n
    return end


def _named_place(tokens: list[Token], m: int, text: str | None) -> bool:
    """A place's word and its name in capitals at m ("thôn Khe Mơ")."""
    hit = lexicon().place_words.match(tokens, m)
    if not hit:
        return False
    k = m + hit[0]
    return k < len(tokens) and tokens[k].is_cap and continues_line(tokens, k, text)


def _lower_to_place(tokens: list[Token], k: int, text: str | None) -> int:
    """A word in capitals alone goes on in lower case up to the place word that closes the body: "Hội Đoàn kết Sư
    sãi yêu nước tỉnh", "Ban Đại diện cộng đồng Hồi giáo tỉnh" (sentence case inside the name); k when it does
    not reach one."""
    m = k
    while m < len(tokens) and m - k < _MAX_WORDS and describing_word(tokens, m, text):
        m += 1
    if m > k and m + 2 < len(tokens) and tokens[m].is_cap and tokens[m + 1].text == "-" and _joined(tokens, m + 1):
        m += 3  # "Hội đồng chức sắc Hồi giáo Bà-ni tỉnh": a name written with a hyphen before the place word
    if m > k and m < len(tokens) and continues_line(tokens, m, text) and lexicon().place_words.match(tokens, m):
        return m
    return k


def _joined(tokens: list[Token], m: int) -> bool:
    """The token at m (a hyphen) is written without spaces between two words."""
    return tokens[m].start == tokens[m - 1].end and tokens[m + 1].start == tokens[m].end and tokens[m + 1].is_word


# The words of the levels of places, written before their names (shared with people_opening and person_titles).
PARENT_LEVELS = frozenset(["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố"])
_MAX_TAIL = 3


def closed_tail(tokens: list[Token], k: int, text: str | None, most: int = _MAX_TAIL) -> int:
    """End of a few lower-case words at k (three unless told) that close a name in sentence case, when a separator or
    the line's end follows them ("Phòng Chính sách dân tộc,"); k when they run on into anything else."""
    m = k
    while m < len(tokens) and m - k < most and describing_word(tokens, m, text):
        m += 1
    closed = m >= len(tokens) or tokens[m].text in (",", ";", ".", ")") or not continues_line(tokens, m, text)
    return m if m > k and closed else k


# Words that open a business's name: "Công ty …", "Hợp tác xã …", "HTX …", "Ngân hàng …", "Doanh nghiệp …".
_BUSINESS_HEADS = (("công", "ty"), ("hợp", "tác", "xã"), ("htx",), ("ngân", "hàng"), ("doanh", "nghiệp"))

_BUSINESS_FIRST = frozenset(head[0] for head in _BUSINESS_HEADS)


def capital_head_at(tokens: list[Token], j: int, heads: tuple[tuple[str, ...], ...], firsts: frozenset[str]) -> int:
    """Length of the head of `heads` (lower-case words; `firsts`, their first words) written at j with a capital, else 0."""
    if j >= len(tokens) or not tokens[j].is_cap or tokens[j].lower not in firsts:
        return 0
    return next((len(h) for h in heads if tuple(t.lower for t in tokens[j : j + len(h)]) == h), 0)


def business_at(tokens: list[Token], j: int) -> int:
    """Length of the capitalised word that opens a business's name at j (0 if none)."""
    return capital_head_at(tokens, j, _BUSINESS_HEADS, _BUSINESS_FIRST)


# Bodies known by a proper name after their kind: "Trường Chính trị Hoàng Đình Giong", "Trường THCS Lê Lợi",
# "Viện Nghiên cứu Nuôi trồng thủy sản III" (a school may bear a person's name).
INSTITUTIONS = frozenset(["trường", "viện", "học viện", "đại học", "cao đẳng"])
_MAX_LOWER = 3


def institution_tail(tokens: list[Token], j: int, text: str | None, *, stop_before_name: bool) -> int:
    """End of an institution's own name from j (j when there is none): capitals, a kind in capitals ("THCS"),
    a Roman number, and lower-case words between capitals; a separator, a clause word, a place word or the line's
    end must close it. Before a person's name (stop_before_name) a name at its end is the person's."""
    lx = lexicon()
    k = j
    end = j
    while k < len(tokens) and continues_line(tokens, k, text):
        tok = tokens[k]
        if tok.is_word and tok.is_cap and not title_at(tokens, k, lower_ok=False) and not lx.place_words.match(tokens, k):
            k += 1
            end = k
            continue
        if tok.text in ("-", "–") and end == k and k + 1 < len(tokens) and tokens[k + 1].is_cap:
            k += 1
            continue
        lower = 0
        while (
            k + lower < len(tokens)
            and lower < _MAX_LOWER
            and tokens[k + lower].is_word
            and not tokens[k + lower].is_cap
            and not tokens[k + lower].text[0].isdigit()
            and tokens[k + lower].lower not in CLAUSE_WORDS
            and tokens[k + lower].lower not in VERBS
            and not lx.place_words.match(tokens, k + lower)
            and continues_line(tokens, k + lower, text)
        ):
            lower += 1
        if lower and end > j and k + lower < len(tokens) and tokens[k + lower].is_cap and continues_line(tokens, k + lower, text):
            k += lower
            continue
        break
    if end == j:
        return j
    after = tokens[end] if end < len(tokens) else None
    if not (
        after is None
        or not continues_line(tokens, end, text)
        or after.text in (",", ";", ".", ")", "(", ":")
        or after.lower in CLAUSE_WORDS
        or after.lower in VERBS and not after.is_cap  # "Trường Chính trị Lê Duẩn nhấn mạnh": the clause's verb
        or lx.place_words.match(tokens, end)
    ):
        return j
    if stop_before_name:
        # "Hiệu trưởng Trường THCS Lê Lợi Nguyễn Văn An": the name after the school's is the person's, from a
        # surname (before a middle name "Văn", "Thị" when there is one)
        splits = [
            s for s in range(j, end - 1)
            if tokens[s].low in lx.surnames and all(t.is_cap for t in tokens[s:end]) and 2 <= end - s <= 4
        ]
        middle = [s for s in splits if tokens[s + 1].lower in MIDDLE_NAMES]
        if not middle and splits == [end - 2]:
            return end  # "Trường Chính trị Lê Duẩn", "Trường Đại học Nông Lâm": two words at the end are the name
        if splits:
            three = [s for s in splits if end - s == 3]  # "… Đại học Nông Lâm Hà Thế Quang": a name of three words
            return (middle or three or splits)[0]
    return end
