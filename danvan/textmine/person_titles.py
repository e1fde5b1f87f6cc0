"""The titles given to a person around the name: after it ("A, Phó Chủ tịch …"), by a verb in the same clause
("… được bổ nhiệm làm Phó Trưởng ban …") and before it ("Phó Chủ tịch - Trưởng ban … Nguyễn Văn A").

`people.find_people` finds the names and calls these; each returns the titles' texts and the token after the last.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .bodies import PARENT_LEVELS, said_at
from .chain_names import post_name
from .orgs import consume_chain, lexicon, org_word_at, title_at
from .parent_bodies import institution_after, parent_body
from .people_names import surname_before_middle
from .people_rules import (
    after_bare_title,
    age_aside,
    body_as_title,
    next_name,
    past_aside,
    shared_title,
    to_colon,
)
from .places import place_index
from .roles import in_charge as _in_charge
from .roles import more_settlements, representing, role_after, role_length
from .textutil import MIDDLE_NAMES, Token, normalize_tones, same_line
from .title_extent import department_to_parent, name_tail, purpose_to_level

_SEPARATORS = {",", "-", "(", ":", "–"}


def _chain_start(tokens: list[Token], k: int) -> int:
    """'Trưởng thôn' ends with a place word: let the chain read the place name after it ("Trưởng khu phố 3" from
    "khu phố")."""
    if k > 1 and tokens[k - 2].lower in ("khu", "tổ") and tokens[k - 1].text == "phố":
        return k - 2
    if k and tokens[k - 1].text in ("thôn", "bản", "ấp", "buôn", "làng", "xóm", "phố"):
        return k - 1
    return k


def _faculty_at(tokens: list[Token], k: int) -> bool:
    """"Khoa" right after a post's head, then a capital: a faculty or a hospital's ward ("Khoa" alone is also a given
    name, so it is no body's word anywhere else)."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text == "Khoa"
        and tokens[k + 1].is_cap
        and tokens[k + 1].is_word
        and tokens[k + 1].start == tokens[k].end + 1
    )


_PARISHES = (["giáo", "xứ"], ["giáo", "họ"], ["giáo", "hạt"])


def title_chain(tokens: list[Token], head_end: int, text: str, *, stop_before_name: bool = False) -> int:
    """End of the body after a title's head (the head's own end at least); a head that names a residential unit
    takes the unit's number ("Trưởng khu vực 5", "Trưởng khu dân cư số 2")."""
    # "Chánh xứ giáo xứ Phan Rí Cửa": a parish written in lower case, then its name; "Quản hạt Cao Lãnh": the
    # deanery a post is named for, then the deanery's name
    parish = head_end + 2 if [t.lower for t in tokens[head_end : head_end + 2]] in _PARISHES else head_end
    if (parish > head_end or _named_for_see(tokens, head_end)) and (
        (named := post_name(tokens, parish, text, see=True)) > parish
    ):
        return named
    start = _chain_start(tokens, head_end)
    if _faculty_at(tokens, head_end):
        start = head_end + 1  # "giảng viên Khoa Xã hội học", "Bí thư Chi bộ Khoa Nhi": a faculty or a ward, named
    end = max(head_end, consume_chain(tokens, start, text=text, stop_before_name=stop_before_name))
    if end != head_end or end >= len(tokens) or not same_line(text, tokens[end - 1], tokens[end]):
        if end == head_end:
            return end
        if end + 1 < len(tokens) and tokens[end].lower == "của" and tokens[end + 1].is_cap and org_word_at(tokens, end + 1):
            # "Chủ nhiệm Ủy ban Kinh tế của Quốc hội": the body the post's own body belongs to, named (not "của Ban");
            # before the names only when a colon opens them ("các đồng chí Ủy viên Ủy ban Xã hội của Quốc hội: A, B")
            owner = consume_chain(tokens, end + 1, text=text, stop_before_name=stop_before_name)
            if owner >= end + 3 and (
                not stop_before_name or owner < len(tokens) and (tokens[owner].text == ":" or tokens[owner].is_cap)
            ):
                end = owner  # "… của Quốc hội Nguyễn Văn An": the name after the owner's
        if stop_before_name:
            return end
        # "người có uy tín làng Kon Klor, Plei Đôn": more hamlets, each with its word, after the post's own
        return more_settlements(tokens, end, text)
    if tokens[end].lower == "số" and end + 1 < len(tokens) and _UNIT_NUMBER.fullmatch(tokens[end + 1].text):
        return _place_after_number(tokens, end + 2, text, stop_before_name)
    if tokens[end - 1].lower in _NUMBERED_ENDS and _UNIT_NUMBER.fullmatch(tokens[end].text):
        return _place_after_number(tokens, end + 1, text, stop_before_name)
    return end


# the last words of a post named for a church's see, then the see's name: "Quản hạt Cao Lãnh", "Chánh xứ Phan Rí",
# a Cao Đài congregation's "Đầu họ đạo Tân Hòa", "Đầu tộc đạo Hồng Dân" (not any head ending in "đạo": "lãnh đạo")
_SEE_ENDS = (("hạt",), ("xứ",), ("họ", "đạo"), ("tộc", "đạo"))


def _named_for_see(tokens: list[Token], head_end: int) -> bool:
    return any(
        head_end >= len(end) and tuple(t.lower for t in tokens[head_end - len(end) : head_end]) == end for end in _SEE_ENDS
    )


def _place_after_number(tokens: list[Token], k: int, text: str, stop_before_name: bool) -> int:
    """After a unit known by its number, the commune or the ward it lies in, with its word: "Trưởng khu 4 xã Hòa
    Sơn" (k when none follows on the line)."""
    if k >= len(tokens) or not same_line(text, tokens[k - 1], tokens[k]) or not (hit := lexicon().place_words.match(tokens, k)):
        return k
    end = consume_chain(tokens, k, text=text, stop_before_name=stop_before_name)
    return end if end > k + hit[0] else k  # the place's name, not its word alone ("… khu 5 xã nhà")


_NUMBERED_ENDS = frozenset(["khu", "vực", "khối", "khóm", "tổ", "thôn", "xóm", "ấp", "bản", "phố", "đội", "cụm"])
_UNIT_NUMBER = re.compile(r"\d{1,3}[A-Z]?")


def titles_after(tokens: list[Token], j: int, text: str) -> tuple[list[str], int]:
    titles: list[str] = []
    shared = parent_next = False
    while j + 1 < len(tokens) and (
        tokens[j].text in _SEPARATORS or shared or tokens[j].lower == "kiêm" and (titles or j and tokens[j - 1].text == ",")
    ):
        if shared := not titles and bool(words := shared_title(tokens, j)):
            j += words  # "bà A và bà B, cùng là Phó Chủ tịch Hội LHPN tỉnh": the title follows "là" (or "các")
            continue
        if tokens[j].text == "," and (age := age_aside(tokens, j + 1)):
            j += 1 + age  # "Ông A, 74 tuổi, hội viên Hội CCB xã X": the age is no title, the role follows it
            continue
        if tokens[j].text == "," and tokens[j + 1].lower == "kiêm" and title_at(tokens, j + 2, lower_ok=True):
            j += 1  # "Bí thư Chi bộ ấp X, kiêm Trưởng ấp", "Bà A, kiêm Chủ tịch Hội …": a post held besides
            continue
        if titles and tokens[j].text == "," and (past := _past_parent_place(tokens, j)) > j:
            j = past  # "…, Chi hội trưởng phụ nữ ấp X, xã Y, Tổ trưởng …": the commune is where, the next post is hers
            continue
        n = title_at(tokens, j + 1, lower_ok=True)
        head = representing(tokens, j + 1) if not titles and tokens[j].text == "," else 0
        if head and (end := role_after(tokens, j + 1, text, head=head)) > j + 1 + head:
            # "ông A, đại diện cộng đồng người Hoa thành phố X": what a person stands for, their only title (after a
            # post it is what they do there: "…, Phó Giám đốc Sở Y, đại diện cơ quan soạn thảo")
            titles.append(text[tokens[j + 1].start : tokens[end - 1].end])
            j = end
            continue
        if (
            (not tokens[j + 1].is_cap or not n and role_length(tokens, j + 1) > org_word_at(tokens, j + 1))
            and tokens[j].text in (",", "(", "-", "–")
            and same_line(text, tokens[j], tokens[j + 1])
        ):
            # "Hoàng Thị Lơ, công nhân Công ty …", "(con liệt sĩ, …)", "…, Công an viên thôn, …"
            end = role_after(tokens, j + 1, text, cap_ok=True)
            if end > j + 1:
                # "…, người có uy tín thuộc các xã Ia Rin, Ia Bă, Ia Tôr": the divisions listed after the role's own
                # are part of it, no people
                end = max(end, place_list_after(tokens, j + 1, end)[1])
                titles.append(text[tokens[j + 1].start : tokens[end - 1].end])
                j = end
                continue
        if not n and tokens[j].text in (",", "-", "–") and (not titles or tokens[j].text == "," and parent_next):
            # "Luật sư Hà Minh Đức, Trung tâm Tư vấn pháp luật tỉnh", "kỹ sư A - Trung tâm Khuyến nông tỉnh"; the
            # institution a department's post belongs to, after a comma: "Trưởng khoa Lịch sử, Trường Đại học Vinh"
            n = body_as_title(tokens, j + 1, text, closed=not titles)
        if not n and tokens[j].text == "(" and not titles:
            j = past_aside(tokens, j, text)  # "Xa Thị Hương (người Mường, quê xã Mai Châu), Phó Trưởng Ban …"
            if tokens[j].text in (",", "-", "–"):  # "… C (xã An Ninh) - Chủ tịch Hội Nông dân xã"
                continue
        if not n or not same_line(text, tokens[j], tokens[j + 1]):
            break
        start = j + 1
        head_end = start + n
        end = after_bare_title(tokens, start + n, title_chain(tokens, start + n, text), text)
        end += _lower_body(tokens, end) if end == start + n else 0
        if tokens[j].text == "," and next_name(tokens, end, text):
            break  # "Đại tá A, Thượng tá B - Phó Chủ tịch …", "…, Phó Chủ tịch UBND xã C": a rank or post before a
            # name is the next person's
        # "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh": a bare head joined by a hyphen to the
        # next title shares its organisation, so the two are one title
        while (
            end == start + n
            and end + 1 < len(tokens)
            and tokens[end].text in ("-", "–")
            and (n2 := title_at(tokens, end + 1, lower_ok=False))
        ):
            start2 = end + 1
            n = end + 1 + n2 - start
            end = title_chain(tokens, start2 + n2, text)
        end = purpose_to_level(tokens, start, _in_charge(tokens, end, text))
        # "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy - Phó Trưởng ban Chỉ đạo …", "Bí thư Chi bộ kiêm Trưởng
        # thôn X": two posts joined by a hyphen or "kiêm" are written as one title
        while (
            end + 1 < len(tokens)
            and (tokens[end].text in ("-", "–") or tokens[end].lower == "kiêm")
            and same_line(text, tokens[end], tokens[end + 1])
            and (n2 := title_at(tokens, end + 1, lower_ok=False))
        ):
            head2 = end + 1 + n2
            end = after_bare_title(tokens, head2, title_chain(tokens, head2, text), text)
            end = _in_charge(tokens, end, text)
        # "…, Trưởng phòng Quản lý hành chính về trật tự xã hội, cho biết"; then the body it is part of (", Công an tỉnh")
        end = name_tail(tokens, head_end, end, text, dashed=tokens[j].text in ("-", "–"))
        end = department_to_parent(tokens, head_end, end, text)
        end = parent_body(tokens, start, head_end, end, text)
        parent_next = institution_after(tokens, head_end, end)
        own, listed = place_list_after(tokens, start, end)
        if listed > end:  # "… Huyện ủy A, B, C": the title as the divisions of the list share it; they are no names
            end, j = own, listed
        else:
            j = end
        titles.append(text[tokens[start].start : tokens[end - 1].end])
        if j < len(tokens) and tokens[j].text == ")":
            j += 1
    return titles, j


def _lower_body(tokens: list[Token], k: int) -> int:
    """A body's word in lower case right after a bare head, closed by "kiêm" or a mark: "Bí thư chi bộ kiêm Trưởng
    thôn", "…, Chi hội trưởng chi hội phụ nữ, …" (the words are the title's, as written); 0 if there is none."""
    hit = lexicon().org.match(tokens, k) if k < len(tokens) and tokens[k].is_word and not tokens[k].is_cap else None
    stop = k + hit[0] if hit else k
    if hit and stop < len(tokens) and tokens[stop].is_word and not tokens[stop].is_cap:
        stop = _named_in_lower_case(tokens, stop)
    return stop - k if hit and (stop >= len(tokens) or tokens[stop].lower == "kiêm" or tokens[stop].text in ",.;)") else 0


def _named_in_lower_case(tokens: list[Token], k: int) -> int:
    """The end of a body's name written in lower case up to its place ("câu lạc bộ liên thế hệ tự giúp nhau thôn Tiến
    Thắng"): a place word within eight words and its name in capitals or a number (k when there is none)."""
    words = lexicon().place_words
    for x in range(k, min(k + 8, len(tokens))):
        tok = tokens[x]
        if not tok.is_word or tok.is_cap or said_at(tokens, x):
            return k
        if hit := words.match(tokens, x):
            end = x + hit[0]
            name = end
            while name < len(tokens) and name - end < 4 and tokens[name].is_word and (tokens[name].is_cap or tokens[name].text.isdigit()):
                name += 1
            return name if name > end else k
    return k


_MAX_PLACE_NAME = 4
def _division(tokens: list[Token], k: int) -> tuple[int, set[str]] | None:
    """The division named from k, written with its own marks and as the whole run of capitals ("Chủ tịch" is no
    "Chũ"), and its levels."""
    m, found = place_index().longest(tokens, k)
    if not m or k + m < len(tokens) and tokens[k + m].is_cap and tokens[k + m].is_word:
        return None
    written = normalize_tones(" ".join(t.text for t in tokens[k : k + m])).casefold()
    levels = {p.level for p in found if normalize_tones(p.name).casefold() == written}
    return (m, levels) if levels else None


def place_list_after(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """A title from start to end that closes on a division's name ("Trưởng Ban Dân vận Huyện ủy A") and more
    divisions of the same level after it (", B, C", ", B và C"): (where the title's own division starts, where the
    list ends); (end, end) when no list follows. The divisions continue the title's organisation chain, one each for
    the people it is given to: none of them is a person, and the part written once is what they share."""
    own, levels = end, set()
    for k in range(end - 1, max(start, end - _MAX_PLACE_NAME), -1):
        if (found := _division(tokens, k)) and k + found[0] == end:
            own, levels = k, found[1]
    if own == end:
        return end, end
    k = end
    while k + 1 < len(tokens) and (tokens[k].text == "," or tokens[k].lower == "và"):
        if k + 2 < len(tokens) and tokens[k + 2].lower in MIDDLE_NAMES:
            break  # "…, Hoàng Văn Thụ": a person's name, though a ward bears it
        found = _division(tokens, k + 1)
        if not found or not levels & found[1]:
            break
        k += 1 + found[0]
    return (own, k) if k > end else (end, end)


def _past_parent_place(tokens: list[Token], j: int) -> int:
    """The comma at j, then a commune or district between commas and a title in capitals after them: the second comma
    (j itself when not that)."""
    for n in (1, 2):
        if " ".join(t.lower for t in tokens[j + 1 : j + 1 + n]) not in PARENT_LEVELS:
            continue
        k = j + 1 + n
        run = 0
        while k + run < len(tokens) and run <= _MAX_PLACE_NAME and tokens[k + run].is_word and tokens[k + run].is_cap:
            run += 1
        end = k + run
        if 1 <= run <= _MAX_PLACE_NAME and end + 1 < len(tokens) and tokens[end].text == "," and title_at(tokens, end + 1, lower_ok=False):
            return end
    return j


# "… được tín nhiệm giữ chức Bí thư Đoàn xã", "… được bổ nhiệm làm Phó Trưởng ban …", "… làm trưởng đoàn",
# "…, nguyên Chủ tịch UBND xã, hiện là Trưởng thôn Đông", "…, nay là tổ trưởng tổ hợp tác …", "…, đang là Bí thư …",
# "…, đồng thời là người có uy tín", "… trúng cử Trưởng bản …", "… được bầu Chủ tịch Hội …", "… tái đắc cử Chủ tịch …",
# "… tái cử chức Chủ tịch …":
# a title given by a verb after the name, in the same clause.
_TITLE_VERB = re.compile(
    r"(?:giữ chức(?: vụ)?|(?<!\w)làm(?: chức)?|đảm nhiệm(?: chức)?|tham gia|(?<!\w)vào|(?:hiện|nay|còn|đang|đồng thời) là|"
    r"(?:trúng cử|(?:tái )?đắc cử|tái cử|suy cử|được bầu)(?:\s+(?:giữ\s+)?chức(?:\s+vụ)?)?|(?<!\w)là)\s+(?=\w)"
)
# "Ông A, người Ê Đê, là trưởng buôn …", "Bà B, 58 tuổi, là …": a bare "là" gives a title only right after the name
# or after the asides that describe the person (people, age, birth year), never later in the clause ("cho biết … là")
_BEFORE_BARE_IS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?"  # or in brackets: "Ông A (SN 1965, người Mông) là trưởng bản …"
    r"(?:\s*,\s*(?:người\s+[A-ZĐÀ-Ỹ][^,]{0,20}|\d{1,3}\s+tuổi|sinh năm\s+\d{4}))*\s*,?\s*"
    r"(?:(?:đều|cùng|cũng)\s+)?"  # "Ông A và ông B đều là Trưởng bản."
)
# a semicolon followed by "được" goes on with the same person: "… vào Ủy ban MTTQ tỉnh; được tín nhiệm giữ chức …";
# another person's honorific ends the clause, "bà con" (the villagers) does not: "… được bà con bầu làm trưởng thôn";
# a younger person's ("anh", "chị", "em") only before a capital, a name ("… công bố quyết định anh B được bổ nhiệm
# làm …"), not "được anh chị em tín nhiệm"
_CLAUSE_END = re.compile(
    r"[.:\n“\"]|;(?!\s*(?:và\s+)?được\s)|\s(?:đồng chí|ông|bà)\s(?!con\b)|\s(?:anh|chị|em)\s(?=[A-ZĐÀ-Ỹ])"
)


# "vào" gives a body's membership right after the name or after an admission: "… A vào BCH …" (the verb before the
# name), "được bầu bổ sung vào BCH …", "được kết nạp vào Đảng"
_ADMITTED = re.compile(r"(?:^|bầu|cử|kết nạp|bổ sung|tham gia|được)\s*$")


# an election or an appointment ("bầu", "bổ nhiệm", "phân công", "cử", "điều động"), whose post may be followed by
# another one in the same clause
_APPOINTMENT = re.compile(r"(?<!\w)(?:bầu|bổ nhiệm|phân công|cử|điều động)(?!\w)")


def titles_by_verb(tokens: list[Token], j: int, text: str, token_starts: list[int]) -> tuple[list[str], int]:
    """The titles a verb gives in the clause after j, and where the last one ends (j when there is none)."""
    if j >= len(tokens):
        return [], j
    pos = tokens[j - 1].end if j else 0
    window = text[pos : pos + 140]
    cut = _CLAUSE_END.search(window)
    window = window[: cut.start()] if cut else window
    titles: list[str] = []
    last = j
    appointed = False  # a post given by an appointment: a later one must be given by another appointment
    for m in _TITLE_VERB.finditer(window):
        if appointed:
            between = text[tokens[last - 1].end : pos + m.start()]
            if pos + m.start() < tokens[last - 1].end:
                continue
            if m.group().startswith("đồng thời") and re.fullmatch(r"\s*,?\s*", between) or re.fullmatch(r"\s*,\s*đồng thời\s+", between):
                pass  # "… bầu làm Trưởng bon, đồng thời là Ủy viên …", "… tái cử Bí thư …, đồng thời giữ chức …": one held besides
            elif "," in between or ";" in between or not _APPOINTMENT.search(between):
                break  # "… bầu làm trưởng xóm trước khi được Đảng ủy xã phân công giữ chức Bí thư Chi bộ": both
        if m.group().rstrip() == "là" and not _BEFORE_BARE_IS.fullmatch(window, 0, m.start()):
            continue
        if m.group().startswith("vào") and not _ADMITTED.search(window, 0, m.start()):
            continue  # "… báo cáo việc sắp xếp Hội A, Hội B vào Mặt trận": a body merged, no one's post
        k = bisect_left(token_starts, pos + m.end())
        n = title_at(tokens, k, lower_ok=True) if k < len(tokens) else 0
        body = False
        if not n and m.group().startswith("vào") and k < len(tokens) and tokens[k].is_cap:
            n = org_word_at(tokens, k)  # "được bầu bổ sung vào BCH Hội Nông dân tỉnh": a member of that body
            body = True
        # "do ông A làm chủ tàu": a role given by "làm" right after the name, as by an appointment
        appointment = not n and k < len(tokens) and (
            _APPOINTMENT.search(text[pos : pos + m.start()]) or m.group().startswith("làm") and not window[: m.start()].strip()
        )
        if appointment and (end := role_after(tokens, k, text)) > k:
            titles.append(text[tokens[k].start : tokens[end - 1].end])  # "được bổ nhiệm làm công chức Tư pháp xã"
            last = end
            break
        if n:
            end = title_chain(tokens, k + n, text)
            end = _in_charge(tokens, after_bare_title(tokens, k + n, end, text) if tokens[k].is_cap else end, text)
            if tokens[k].is_cap:
                end = name_tail(tokens, k + n, end, text)  # "… hiện là Phó Giám đốc Trung tâm Bảo trợ xã hội …"
            if end == k + n and not tokens[k].is_cap:
                end = max(end, role_after(tokens, k, text))  # "nay là tổ trưởng tổ hợp tác đan lát …"
            titles.append(text[tokens[k].start : tokens[end - 1].end])
            last = end
            while tokens[k].is_cap and (more := _next_post(tokens, last, text, pos + len(window))) > last:
                # "… bầu giữ chức Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy": the
                # posts after a comma in capitals are given by the same verb (", kiêm …": one held besides)
                first = last + 1 + (tokens[last + 1].lower == "kiêm")
                titles.append(text[tokens[first].start : tokens[more - 1].end])
                last = more
            if not body and m.group().rstrip() != "là":
                # a body joined ("vào …") may be followed by the post held in it ("giữ chức …"); a post after a bare
                # "là" by the one held besides ("…, đồng thời là …"); an appointment by a later one in the clause
                if appointed or not _APPOINTMENT.search(text[pos : pos + m.end()]):  # "bầu làm", "tái cử"
                    break
                appointed = True
    return titles, last


def _next_post(tokens: list[Token], end: int, text: str, clause_end: int) -> int:
    """The end of a post in capitals after the comma at end (and "kiêm"), within the clause (end when there is none)."""
    start = end + 1 + (end + 2 < len(tokens) and tokens[end + 1].lower == "kiêm")
    if start >= len(tokens) or tokens[end].text != "," or tokens[start].end > clause_end or not tokens[start].is_cap:
        return end
    n = title_at(tokens, start, lower_ok=False)
    if not n:
        return end
    head = start + n
    more = _in_charge(tokens, after_bare_title(tokens, head, title_chain(tokens, head, text), text), text)
    return more if more <= len(tokens) and tokens[more - 1].end <= clause_end else end


def titles_before(tokens: list[Token], j: int, text: str, *, lower_ok: bool = False) -> tuple[list[str], int]:
    """The titles before a name from j, and where they end (lower_ok: the first may be in lower case)."""
    titles: list[str] = []
    while True:
        n = title_at(tokens, j, lower_ok=lower_ok and not titles)
        if not n:
            break
        head = j + n
        # "Trưởng ban công tác Mặt trận thôn 2 Nguyễn Văn Hậu": a body described in lower case, up to the name
        end = after_bare_title(tokens, head, title_chain(tokens, head, text, stop_before_name=True), text, stop_before_name=True)
        while (
            end + 1 < len(tokens)
            and (tokens[end].text in ("-", "–") or end == head and tokens[end].lower == "kiêm")
            and (n2 := title_at(tokens, end + 1, lower_ok=False))
        ):  # "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh X", "Phó Chủ tịch kiêm Trưởng ban …", "Ủy viên
            # Ban Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh X": one title, as after a name
            head = end + 1 + n2
            end = title_chain(tokens, head, text, stop_before_name=True)
        end = to_colon(tokens, end, text)
        if end - 1 > j and surname_before_middle(tokens, end):
            end -= 1  # "Hiền tài Đoàn Văn Năm", "Phó Chủ tịch Đoàn Văn Năm": the body's word is the name's surname
        while end == head and _degree_dot(tokens, j, end, text) and tokens[j].is_cap:
            end += 1  # a degree written with its dot: "ThS. Nguyễn Thị Lan", "PGS.TS. Lê Văn A" (one title)
            glued = end < len(tokens) and tokens[end].start == tokens[end - 1].end
            if glued and (n2 := title_at(tokens, end, lower_ok=False)):
                end = head = end + n2
        titles.append(text[tokens[j].start : tokens[end - 1].end])
        j = end
        if j + 1 < len(tokens) and tokens[j].text == "," and title_at(tokens, j + 1, lower_ok=False):
            j += 1
    return titles, j


def _degree_dot(tokens: list[Token], j: int, k: int, text: str) -> bool:
    """A dot at k glued to a title of one word from j and followed on its line ("ThS. Lê Văn A", "PGS.TS. …"): a
    degree's, not a sentence's full stop ("… của Thủ tướng Chính phủ.⏎Ông A")."""
    return (
        k + 1 < len(tokens)
        and " " not in text[tokens[j].start : tokens[k].end]
        and tokens[k].text == "."
        and tokens[k].start == tokens[k - 1].end
        and same_line(text, tokens[k], tokens[k + 1])
    )
