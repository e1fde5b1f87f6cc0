"""How far a title runs when its body is a name the lexicon does not know: to what follows it.

A body's own name is written in sentence case, a capital then lower-case words ("Quỹ Hỗ trợ nông dân tỉnh",
"Phòng Quản lý hành chính về trật tự xã hội", "Phòng Công tác đảng và công tác chính trị"), so the chain of known
words (`orgs.consume_chain`) may stop inside it. Where the chain stops on a word of such a name, the title runs on
over the words that may belong to a name up to what ends a title: a comma or a semicolon before what opens a clause
(a verb, a person, another post, a body, a place), a clause's verb ("cho biết", "đề nghị", "phát biểu") or a time,
a closing bracket, a spaced dash; a sentence's end only when those words hold a name in capitals (or after a dash).
It does not when anything else comes first (a number, a person's name, an honorific, a term, "và" before people),
nor after a title that closes on a place ("… xã Tân Lập"), a party committee or a proper name in capitals — the
words after such a title are the clause's. The labels' own ends were counted with `bench/title_census.py`
(docs/apps/textmine.md, twenty-seventh round).
"""

from __future__ import annotations

from .bodies import PARENT_LEVELS, VERBS, describing_word, noun_at, said_at
from .orgs import consume_chain
from .orgwords import lexicon, org_word_at, title_at
from .state_bodies import ends_on_last_part
from .textutil import MIDDLE_NAMES, Token, continues_line

CO_VERBS = frozenset(["đồng", "cùng"])  # before a verb: "đồng chủ trì", "cùng dự"
_MOST = 12  # words of a name after the chain's end; a longer run is a clause
_PLACE_NAME = 4
_ENDS = frozenset([",", ";", ".", ")", ":"])
_DASHES = frozenset(["-", "–"])
# the first words of a clause's verbs after a subject and its posts (with bodies.VERBS: "chủ trì", "đề nghị" …)
_CLAUSE_VERBS = VERBS | frozenset(
    ["cho", "phát", "nêu", "nói", "đã", "được", "sẽ", "đang", "làm", "kể", "thông", "trả", "nhận", "dẫn", "trực",
     "tiếp", "khẳng", "đánh", "kết", "phản", "trình", "giới", "thay", "cũng", "luôn", "từng", "vừa", "hiện", "bày",
     "mong", "quán", "lưu", "gửi", "cảm", "hướng", "giúp"]
)  # fmt: skip
# what else opens the clause after a title between commas ("…, vận động", "…, ủng hộ", "…, cam kết", "…, giữ chức",
# "…, người Dao", "…, đồng bào …")
_AFTER_COMMA = frozenset(["vận", "ủng", "cam", "giữ", "người", "đồng"])
# a body's term, never its name: "… nhiệm kỳ mới", "… khóa IX"
_TERMS = frozenset(["nhiệm", "khóa", "khoá"])
# a head that names the body its name follows ("Trưởng trạm Khuyến nông …"), unlike a post alone ("Giám đốc")
_BODY_LAST = frozenset(["phòng", "ban", "trạm", "khoa", "đội", "tổ", "vụ", "cục", "trại", "xưởng", "nhóm"])
_WITH_DONG = frozenset(["hành", "tình", "ý", "thời"])
# words that, after "và", open people rather than a name's second field ("… tỉnh và lãnh đạo các sở")
_PEOPLE_NOUNS = frozenset(["lãnh", "cán", "đại", "thành", "các", "những", "mọi", "nhiều", "hội", "đoàn", "người"])
# a place's word followed by a word it makes another word with: "Bảo trợ xã hội" names no commune
_PLACE_COMPOUNDS = frozenset(["xã hội", "thị trường", "thành phần", "thị xã"])


def _place_compound(tokens: list[Token], m: int) -> bool:
    return m + 1 < len(tokens) and f"{tokens[m].lower} {tokens[m + 1].lower}" in _PLACE_COMPOUNDS


def _closed_on_place(tokens: list[Token], head_end: int, end: int) -> bool:
    """The title closes on a place's word and its name in capitals ("… xã Tân Lập") or on a level's word alone ("…
    tỉnh"; not a word that only looks like one: "Chăm sóc", "xã hội")."""
    words = lexicon().place_words
    k = end
    while k > head_end + 1 and tokens[k - 1].is_cap and tokens[k - 1].is_word:
        k -= 1
    for n in (1, 2):
        p = k - n
        if p < head_end or not (hit := words.match(tokens, p)) or p + hit[0] != k or _place_compound(tokens, p):
            continue
        if k < end or " ".join(t.lower for t in tokens[p:k]) in PARENT_LEVELS:
            return True
    return False


def _person_at(tokens: list[Token], m: int) -> bool:
    """A person's name or an honorific at m ("Nguyễn Văn A", "ông", "đồng chí")."""
    lx = lexicon()
    tok = tokens[m]
    if lx.honorifics.match(tokens, m):
        return True
    nxt = tokens[m + 1] if m + 1 < len(tokens) else None
    named = nxt is not None and nxt.is_cap and nxt.is_word and (tok.low in lx.surnames or nxt.lower in MIDDLE_NAMES)
    return tok.is_cap and named


# words of a body's name whose first syllable opens a verb elsewhere ("phát biểu", "kết luận", "thông báo")
_NAME_WORDS = frozenset(
    ["phát triển", "kết nghĩa", "giao dịch", "trình độ", "nhận thức", "đoàn kết", "liên kết", "giao thông",
     "truyền thông", "định hướng"]
)  # fmt: skip
_TIME_OPENERS = frozenset(["từ", "trong", "vào", "đến"])
_TIME_WORDS = frozenset(["tháng", "năm", "ngày", "khi", "đầu", "cuối", "nay"])


def _time_at(tokens: list[Token], m: int) -> bool:
    """A time after a post at m: "từ tháng 3", "trong năm 2024", "đến nay"."""
    if tokens[m].lower not in _TIME_OPENERS or m + 1 >= len(tokens):
        return False
    return tokens[m + 1].lower in _TIME_WORDS or tokens[m + 1].text[0].isdigit()


def joins_fields(tokens: list[Token], m: int) -> bool:
    """"và" (or "về") at m goes on with a name's next field ("Công tác đảng và công tác chính trị"), not with people
    ("và cán bộ hội", "và các đồng chí", "và ông B", "và trưởng các đoàn thể")."""
    if m + 1 >= len(tokens):
        return False
    nxt = tokens[m + 1]
    return not (nxt.lower in _PEOPLE_NOUNS or _person_at(tokens, m + 1) or title_at(tokens, m + 1, lower_ok=True))


def opens_verb(tokens: list[Token], m: int) -> bool:
    """The lower-case word at m opens a clause's verb (see _verb): "… Tỉnh ủy chỉ đạo", "… thôn Séo Lủng nói"."""
    return not tokens[m].is_cap and _verb(tokens, m)


def _verb(tokens: list[Token], m: int) -> bool:
    """The word at m opens a clause's verb ("cho biết", "đồng chủ trì"), not a noun's syllable ("phụ nữ")."""
    if tokens[m].lower == "đồng":  # "… đồng chủ trì", "… đồng hành" (not "cộng đồng")
        return m + 1 < len(tokens) and (tokens[m + 1].lower in _CLAUSE_VERBS or tokens[m + 1].lower in _WITH_DONG)
    return tokens[m].lower in _CLAUSE_VERBS and not noun_at(tokens, m) and not _name_word(tokens, m)


def _name_word(tokens: list[Token], m: int) -> bool:
    """The word at m is a syllable of one of _NAME_WORDS, with the one after it or the one before (not the last
    syllable of a word in capitals: "Tỉnh đoàn kết luận" is "Tỉnh đoàn", then a verb)."""
    if m + 1 < len(tokens) and f"{tokens[m].lower} {tokens[m + 1].lower}" in _NAME_WORDS:
        return True
    before = m > 1 and not tokens[m - 1].is_cap and not tokens[m - 2].is_cap
    return before and f"{tokens[m - 1].lower} {tokens[m].lower}" in _NAME_WORDS


def _closes_apposition(tokens: list[Token], m: int, text: str) -> bool:
    """What follows the comma at m ends a title written between commas: a clause's verb, an honorific or a person's
    name, another post, a body or a place (the title's own commune or district, which some labels keep)."""
    k = m + 1
    if k >= len(tokens) or not continues_line(tokens, k, text):
        return True
    lx = lexicon()
    tok = tokens[k]
    if not tok.is_cap:
        if tok.lower == "và":  # "…, và ông B": the next person
            return k + 1 < len(tokens) and (_person_at(tokens, k + 1) or tokens[k + 1].lower == "các")
        # a verb, a person named by an honorific, a place, an origin ("người Dao") or a post in lower case ("trụ trì")
        return _verb(tokens, k) or tok.lower in _AFTER_COMMA or bool(
            lx.honorifics.match(tokens, k) or lx.place_words.match(tokens, k) or title_at(tokens, k, lower_ok=True)
        )
    return _person_at(tokens, k) or bool(title_at(tokens, k, lower_ok=False) or org_word_at(tokens, k))


def name_tail(tokens: list[Token], head_end: int, end: int, text: str, *, dashed: bool = False) -> int:
    """End of the words after a title whose head ends at head_end and whose chain ends at end that finish its body's
    name, up to what ends a title; end when they do not reach one (see the module's doc). dashed: the title follows a
    name after a dash ("A - <title>."), a label's form that a sentence's end closes."""
    if end >= len(tokens) or not continues_line(tokens, end, text) or tokens[end].text in _ENDS | _DASHES:
        return end
    if not tokens[end].is_cap and _verb(tokens, end) or _closed_on_place(tokens, head_end, end):
        return end
    if ends_on_last_part(tokens, end) and not tokens[end].is_cap:
        return end  # "… Sở Nông nghiệp và Phát triển nông thôn | giải đáp": a state body's known name is whole
    if tokens[end - 1].lower == "ủy" or end - 2 >= head_end and tokens[end - 1].is_cap and tokens[end - 2].is_cap:
        # a party committee closes its name ("… Ban Dân vận Tỉnh ủy đồng chủ trì"), and so does a proper name in
        # capitals ("Công ty Hòa Bình giúp dân …", "… Hội Cựu chiến binh Việt Nam nhiệm kỳ mới")
        return end
    if end == head_end and tokens[end - 1].lower not in _BODY_LAST:
        return end  # "Giám đốc Chi nhánh,": a post alone names no body the words after it finish
    # the body's name opens with a capital ("Trưởng trạm Khuyến nông …"), not a noun in lower case ("Trụ trì chùa")
    opened = any(t.is_cap for t in tokens[head_end:end])
    m, verb = _name_words(tokens, end, text)
    if m == end or not opened and not any(t.is_cap for t in tokens[end:m]):
        return end
    if verb:
        return m  # "…, Trưởng phòng Quản lý hành chính về trật tự xã hội cho biết …"
    if m < len(tokens) and continues_line(tokens, m, text) and tokens[m].text in (",", ";"):
        # "…, Trưởng phòng … xã hội, cho biết", "A, Trưởng phòng … chính trị; B, …"
        return m if _closes_apposition(tokens, m, text) else end
    if m < len(tokens) and continues_line(tokens, m, text) and (tokens[m].text == ")" or tokens[m].text in _DASHES):
        return m  # "(Phó Giám đốc Trung tâm … tỉnh)", "… tỉnh - cho biết"
    # a full stop, a semicolon, a colon or the line's end: the words may be the clause's own ("… đón tiếp."), so only
    # a name in capitals after the chain's end makes them the body's ("Trưởng trạm Khuyến nông xã Hòa Bình.")
    # or a word the chain's end split ("Trung tâm Bảo trợ xã | hội tỉnh.")
    return m if dashed or any(t.is_cap for t in tokens[end:m]) or _place_compound(tokens, end - 1) else end


def _name_words(tokens: list[Token], end: int, text: str) -> tuple[int, bool]:
    """The words from end that may finish a body's name, and whether a clause's verb follows them: (where they stop,
    True when at a verb); (end, False) when anything else than a separator, a verb or the line's end stops them,
    or when they hold no word in lower case (a name in sentence case has one)."""
    lx = lexicon()
    m = end
    lower = 0
    while m < len(tokens) and continues_line(tokens, m, text):
        tok = tokens[m]
        if m - end > _MOST:
            return end, False
        if tok.text in _ENDS or tok.text in _DASHES and tok.start > tokens[m - 1].end:
            break
        if tok.lower == "số" and m + 1 < len(tokens) and tokens[m + 1].text.isdigit():
            m, lower = m + 2, lower + 1  # "Đội Quản lý thị trường số 3": a unit known by its number
            continue
        if not tok.is_word or tok.text[0].isdigit():
            return end, False
        if (hit := lx.place_words.match(tokens, m)) and not _place_compound(tokens, m):
            m, lower = m + hit[0], lower + 1
            run = 0
            while m < len(tokens) and run < _PLACE_NAME and tokens[m].is_cap and tokens[m].is_word and continues_line(tokens, m, text):
                m, run = m + 1, run + 1  # the place's name: "xã Hòa Bình", "Bản Lầu"
            continue
        if tok.is_cap:
            body = org_word_at(tokens, m)
            # a body's word is no family name ("Sở Nội vụ", "Đoàn Thanh niên") unless a middle name follows
            person = _person_at(tokens, m) and (not body or m + 1 < len(tokens) and tokens[m + 1].lower in MIDDLE_NAMES)
            if person or title_at(tokens, m, lower_ok=False) or tok.text.isupper() and len(tok.text) > 1 and not body:
                return end, False
            m += 1
            continue
        if _verb(tokens, m) and not (m > end and tokens[m - 1].is_cap) or _time_at(tokens, m):  # "Truyền thông" is no
            # "thông báo"; a time closes the post as a verb does ("… được bổ nhiệm làm <title> từ tháng 3")
            # one word alone before it is more likely the verb's own first syllable ("… hướng dẫn"); "đồng", "cùng"
            # before it are the verb's ("Trường Đại học Nha Trang | đồng chủ trì")
            if m > end + 1 and tokens[m - 1].lower in CO_VERBS:
                m, lower = m - 1, lower - 1
                return (m, True) if lower or any(t.is_cap for t in tokens[end:m]) else (end, False)
            return (m, True) if m > end + 1 and lower else (end, False)
        if tok.lower in _TERMS or lx.honorifics.match(tokens, m):
            return end, False
        if tok.lower in ("và", "về") and m + 1 < len(tokens) and (m > end or tok.lower == "và"):
            if not joins_fields(tokens, m):
                return end, False
            m += 1  # "Công tác đảng và công tác chính trị", "hành chính về trật tự xã hội"
            if not tokens[m].is_cap and (_verb(tokens, m) or _time_at(tokens, m)):
                return end, False  # "… và phát biểu": no name goes on after "và" into a verb
            continue
        if not describing_word(tokens, m, text) and not _place_compound(tokens, m) and not _name_word(tokens, m):
            return end, False
        m, lower = m + 1, lower + 1
    return (m, False) if lower else (end, False)


_CLAUSE_STOPS = frozenset(["tại", "ở", "với", "cho", "khi", "cùng", "đến", "từ", "gồm", "là", "đã", "đang", "sẽ", "được", "dự", "nói", "trao", "tặng"])
_LEVELS = PARENT_LEVELS | {"ngành"}  # "… của ngành": a sector works at its own level


def _level_at(tokens: list[Token], i: int) -> int:
    """Tokens of a level's word at i ("tỉnh", "thành phố"), 0 if none."""
    if i + 1 < len(tokens) and f"{tokens[i].lower} {tokens[i + 1].lower}" in _LEVELS:
        return 2
    return int(i < len(tokens) and tokens[i].lower in _LEVELS)


def _closes(tokens: list[Token], i: int) -> bool:
    """The clause's title ends at i: a mark, the end, a verb of saying or a word that opens what follows the subject."""
    return i >= len(tokens) or not tokens[i].is_word or said_at(tokens, i) or tokens[i].lower in _CLAUSE_STOPS


def purpose_to_level(tokens: list[Token], start: int, end: int) -> int:
    """A steering or command committee's purpose written in lower case after its name, or an association's name
    after its first words ("Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"), up to the level it works at
    ("Trưởng Ban chỉ đạo chi trả dịch vụ môi trường rừng tỉnh", "Trưởng Ban Chỉ đạo chống khai thác IUU của tỉnh",
    "Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng huyện"); end when no level closes it (the words may
    be the clause's: "Trưởng Ban Chỉ đạo phát biểu")."""
    k = next((i + 3 for i in range(start, min(end, len(tokens) - 2)) if tokens[i].lower == "ban"
              and tokens[i + 1].lower == "chỉ" and tokens[i + 2].lower in ("đạo", "huy")), 0)
    if k == end + 2 and _closes(tokens, k):
        return k  # "…, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo chủ trì": the committee's name, not the verb
    nxt = end + (end < len(tokens) and tokens[end].text == ",")  # "Hội Bảo trợ người khuyết tật | , trẻ mồ côi …"
    if not k and nxt < len(tokens) and tokens[nxt].is_word and not tokens[nxt].is_cap and (
        not _level_at(tokens, nxt) and not _level_at(tokens, end - 1) and not tokens[end - 1].is_cap
        and not tokens[end - 1].text[0].isdigit()
        and any(tokens[i].text == "Hội" and tokens[i + 1].is_cap for i in range(start, end - 1))
    ):
        k = end  # an association named in lower case after its first word: "Hội Bảo trợ | người khuyết tật … tỉnh"
    if not k or any(t.is_cap for t in tokens[k:end]):
        return end
    best, m = end, k
    while m < len(tokens) and m - k < 16:
        t = tokens[m]
        if (level := _level_at(tokens, m)) and (level == 2 or m > k):
            m += level
            while m < len(tokens) and tokens[m].is_word and tokens[m].is_cap and m - k < 20:
                m += 1  # the place's own name: "… huyện Văn Chấn"
            best = m
            continue
        if t.text in (",", "/") and m + 1 < len(tokens) and tokens[m + 1].is_word and not tokens[m + 1].is_cap and (
            not _level_at(tokens, m + 1) and tokens[m + 1].lower != "toàn"  # "…, huyện Si Ma Cai": no part of it
        ) or (
            t.lower == "và" and m + 1 < len(tokens) and tokens[m + 1].is_word and not tokens[m + 1].is_cap
        ):
            m += 1  # "người khuyết tật, trẻ mồ côi và bệnh nhân nghèo", "chất độc da cam/dioxin"
            continue
        if t.lower == "ở" and m + 1 < len(tokens) and tokens[m + 1].lower == "cơ":  # "quy chế dân chủ ở cơ sở"
            m += 1
            continue
        if not t.is_word or t.text[0].isdigit() or t.is_cap and not t.text.isupper() or t.lower in _CLAUSE_STOPS or said_at(tokens, m):
            break  # "Trưởng Ban chỉ đạo | phát biểu tại hội nghị huyện": the clause's verb, a place's preposition
        m += 1
    return best


_PARENTS = frozenset(["Ban", "Sở", "Văn phòng", "Ủy ban"])  # the bodies a department belongs to


def department_to_parent(tokens: list[Token], head_end: int, end: int, text: str) -> int:
    """A department's fields written in lower case and joined by "và" and commas after a head ending in "phòng", up to
    the body it belongs to: "Trưởng phòng Dân vận chính quyền và Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy" (end when no
    such body closes them within a few words)."""
    if head_end < 2 or tokens[head_end - 1].lower != "phòng" or tokens[head_end - 2].lower != "trưởng" or end >= len(tokens):
        return end  # a head of a department ("Trưởng phòng"), not of an office ("Chánh Văn phòng")
    if any(t.text in _PARENTS for t in tokens[head_end:end]):
        return end  # the chain already holds the body: "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy"
    lx = lexicon()
    k = end
    while k < len(tokens) and k - end < 14 and continues_line(tokens, k, text):
        tok = tokens[k]
        if tok.text in _PARENTS or k + 1 < len(tokens) and f"{tok.text} {tokens[k + 1].text}" in _PARENTS:
            return consume_chain(tokens, k, text=text) if k > end else end
        if tok.text in (",", "-", "–") or tok.lower == "và":
            k += 1
            continue
        if tok.lower in ("của", "thuộc"):
            break  # "Trưởng phòng Tổng hợp của Ban": the body named after "của" is no part of the department's name
        if not tok.is_word or tok.text[0].isdigit() or said_at(tokens, k) or _verb(tokens, k):
            break
        if tok.is_cap and tok.low in lx.surnames and k + 1 < len(tokens) and tokens[k + 1].is_cap and not org_word_at(tokens, k):
            break  # a person's name
        k += 1
    return end
