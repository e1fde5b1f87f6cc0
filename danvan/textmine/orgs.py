"""Organisation names and job titles: the vocabulary and the small grammar they share."""

from __future__ import annotations

import re

from .bodies import (
    INSTITUTIONS,
    VERBS,
    business_at,
    closed_tail,
    described,
    institution_tail,
    quoted_name,
    said_at,
)
from .businesses import branch_at, company_name
from .chain_names import (
    APOSTROPHE_NAME,
    cap_run,
    name_split,
    numbered_unit,
    post_name,
    spelled_as,
    split_at_middle,
    unit_number,
)
from .department_names import another_body, field_to_body, society
from .faith_bodies import congregation, faith_at, faith_word
from .orgwords import (
    _ROMAN,
    CLAUSE_WORDS,
    Lexicon,
    _cap_ok,
    lexicon,
    normalize_title,
    org_word_at,
    title_at,
)
from .places import _TYPE_LEVELS, place_index
from .state_bodies import ABBREVIATION, DEPARTMENTS, department_abbreviation, last_part_at, to_last_part
from .textutil import MIDDLE_NAMES, Token, continues_line, run_closed

__all__ = ["CLAUSE_WORDS", "Lexicon", "consume_chain", "lexicon", "named_part", "normalize_title", "org_word_at", "title_at"]

_TERMS = frozenset(["nhiệm", "khóa", "khoá"])  # "… nhiệm kỳ 2020-2025", "… khóa XV": the body's term, no name
_PART_NUMBER = re.compile(r"^(?:I|II|III|IV|V|VI)$")
# named even before a person's ("… Giáo phận Bùi Chu": no Mr Chu), and by any name ("giáo xứ Phan Rí Cửa")
_SEES = ("giáo phận", "tổng giáo phận", "giáo hạt", "giáo xứ", "giáo họ")
# bodies with a number or a name of their own: "Ban Chỉ đạo 389" (the decision that set it up), "Giáo xứ …"
_NUMBERED_BODIES = frozenset(["quân khu", "quân đoàn", "sư đoàn", "đồn biên phòng", "giáo xứ", "giáo họ", "họ đạo", "ban chỉ đạo", "phân xưởng", "công trường",
                              "ban chỉ huy phòng thủ khu vực", "quận đoàn", *_SEES])


def _see(tokens: list[Token], word_end: int, n: int) -> bool:
    return " ".join(t.lower for t in tokens[word_end - n : word_end]) in _SEES


def _term_years(tokens: list[Token], j: int) -> int:
    """Tokens of "nhiệm kỳ 2025 - 2030" (or "… 2025-2030") at j, 0 if none."""
    if [t.lower for t in tokens[j : j + 2]] != ["nhiệm", "kỳ"] or j + 2 >= len(tokens) or not _YEAR.fullmatch(tokens[j + 2].text):
        return 0
    k = j + 3
    if k + 1 < len(tokens) and tokens[k].text in ("-", "–") and _YEAR.fullmatch(tokens[k + 1].text):
        k += 2
    return k - j


_YEAR = re.compile(r"(?:19|20)\d\d")
_HOLDER_NEXT = frozenset(["ông", "bà", "anh", "chị", "đồng"])  # an honorific after the comma: the post's holder


def consume_chain(
    tokens: list[Token],
    i: int,
    *,
    text: str | None = None,
    stop_before_name: bool = False,
    keep_term: bool = True,
) -> int:
    """End (exclusive) of an organisation chain from i: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng'."""
    lx = lexicon()
    index = place_index()
    j = i
    institution = False  # the chain's last body is a school or an institute, known by its own name
    if i and i < len(tokens) and tokens[i - 1].lower == "trưởng" and tokens[i].is_word and not tokens[i].is_cap:
        j = described(tokens, i, text)  # "Chi hội trưởng phụ nữ thôn Sín Chải": the body the head names, described
    elif i and i < len(tokens) and tokens[i - 1].lower in ("ban", "hội", "phòng", "khoa", "đạo") and tokens[i].is_cap:
        # "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh", "Trưởng phòng Công tác chính trị Công an tỉnh", "Đầu Họ
        # đạo Cao Đài Long Hoa"
        named = named_part(tokens, i, text)
        if named > i and named < len(tokens) and ABBREVIATION.fullmatch(tokens[named].text) and continues_line(tokens, named, text):
            named += 1  # "Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh": what the board commands, abbreviated
        j = described(tokens, named, text)
        if j == named > i:
            j = closed_tail(tokens, named, text)  # "Trưởng phòng Chính sách dân tộc,": its name ends in lower case
        if j > i and j < len(tokens) and tokens[j].text.isdigit() and tokens[i - 1].lower == "ban" and continues_line(tokens, j, text):
            j += 1  # "Phó Trưởng Ban Chỉ đạo 389 tỉnh": a steering committee known by its number
    # "Trưởng ban …", "Phó Trưởng phòng …" (not "Chánh Văn phòng …"): a department whose name may run on to its body
    field_kind = field_head(tokens, i)
    field = bool(field_kind)
    while j < len(tokens) and continues_line(tokens, j, text):
        if field and j > i:
            field, j = False, field_to_body(tokens, j, text)
        tok = tokens[j]
        if (n := numbered_unit(tokens, j)) and j > i:
            j += n  # "Trưởng ban Công tác Mặt trận khối 12": a residential unit known by its number
            continue
        hit = lx.place_words.match(tokens, j)
        if hit and hit[0] > 1 and not _cap_ok(str(hit[1]), tokens, j):
            hit = lx.place_words.match(tokens[j : j + 1], 0)  # "tỉnh Đoàn Văn Tâm" is no "Tỉnh đoàn"
        if (
            hit
            and _cap_ok(str(hit[1]), tokens, j)
            and not (tok.text[0].isupper() and hit[1] in ("bản", "làng", "bon"))  # "Mục sư Bon Niêng …": a name
        ):
            n = hit[0]
            k = j + n
            if tok.text == "TP" and k + 1 < len(tokens) and tokens[k].text == "." and tokens[k + 1].is_cap:
                k += 1  # "UBND TP. Đà Nẵng": the city's word written short, with its dot
            elif k < len(tokens) and tokens[k].text == "TP":
                j = k  # "Thành ủy TP. Hồ Chí Minh": the city's own word follows the body's
                continue
            if (
                k < len(tokens)
                and tokens[k].low == "so"
                and k + 1 < len(tokens)
                and tokens[k + 1].text.isdigit()
            ):
                j = k + 2
                continue
            if k < len(tokens) and tokens[k].text.isdigit():
                j = k + 1
                continue
            levels = _TYPE_LEVELS.get(" ".join(t.low for t in tokens[j : j + n])) or [None]
            m = 0
            found: list = []
            for level in levels:
                m, found = index.longest(tokens, k, level)
                if m:
                    break
            if m and stop_before_name:
                run = cap_run(tokens, k, text)
                # "UBND huyện Văn Quan Lành Văn Páo": after the place, a middle name in second place ("Văn", "Thị")
                # marks a name even when its first word is no family name the lexicon knows
                rest_is_name = run - m >= 2 and (tokens[k + m].low in lx.surnames or 3 <= run - m <= 4 and tokens[k + m + 1].lower in MIDDLE_NAMES)
                split = name_split(tokens, k, run)
                listed = k + run < len(tokens) and tokens[k + run].text == ":"
                whole = m == run == 2 and spelled_as(tokens, k, m, found)  # "Bí thư Huyện ủy Lạc Dương": the district
                if split == 0 and m <= run and not listed and not (rest_is_name and spelled_as(tokens, k, m, found)) and not whole:
                    # "UBND tỉnh Lê Hồng Vinh": the name is not a place; nor "UBND xã Hờ A Chu", which the index knows
                    # only with other marks ("Hồ"); a place known with its number is (m > run: "phường Hà Giang 1 …"),
                    # and one the names of a list follow (listed: "các đồng chí Phó Chủ tịch UBND huyện Hà Quảng: A, B")
                    return k
                if m < split < run and split_at_middle(tokens, k + split):
                    m = split  # "thôn Tráng Lực Nguyễn Văn Lãnh": a family and a middle name begin the person's
            if m and continues_line(tokens, k, text):
                run = cap_run(tokens, k, text)
                if run > m and not stop_before_name and not (run - m >= 2 and tokens[k + m].low in lx.surnames):
                    m = min(run, 4)  # "thôn Đông Phan": a place the index knows only in part
                j = unit_number(tokens, k, k + m, text)
                if j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper() and continues_line(tokens, j, text):
                    j += 1  # "ấp Tân Phú A"
                continue
            run = cap_run(tokens, k, text)
            if run and stop_before_name:
                if APOSTROPHE_NAME.match(tokens[k].text) and run <= 3 or levels == ["province"] and run >= 2:
                    # "… Tỉnh ủy K'Bròng", "… tỉnh H'Ngân Ksơr": no place the index knows, a name; every province is
                    # known, so the capitals after "Tỉnh ủy" that name none are a name ("… Tỉnh ủy Kiên Sô Phanh")
                    return k
                split = name_split(tokens, k, run)
                j = k + split
                if split < run:
                    return j
                continue
            if run >= 3 and tokens[k + 1].lower in MIDDLE_NAMES and name_split(tokens, k, run) == 0:
                return k  # "…, Phó Chủ tịch UBND xã Lò Văn Pâng": a name after the place's word, not the place's
            j = unit_number(tokens, k, k + min(run, 4), text)
            continue
        if n := branch_at(tokens, j):
            j += n  # "Phó Giám đốc Chi nhánh Ngân hàng …": the branch, then the business it belongs to
        head = business_at(tokens, j)
        if head and org_word_at(tokens, j) > head + 1:
            head = 0  # "Ngân hàng Nông nghiệp và Phát triển nông thôn": a state bank the lexicon knows by its name
        if head and (end := company_name(tokens, j + head, text)) > j + head:
            # "Chủ tịch Công đoàn Công ty TNHH Giày X", "Giám đốc Hợp tác xã Chè Shan tuyết Phìn Hồ", "Phó Giám đốc
            # Ngân hàng TMCP Công Thương chi nhánh Kon Tum": a business's own name, capitals and the lower-case
            # words between them
            if stop_before_name and not (  # "… Công ty TNHH Giày Lạc Tỷ Trà Vinh, chị A": the holder named after
                end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in _HOLDER_NEXT
            ):
                run = 0
                while end - run - 1 > j + head and tokens[end - run - 1].is_cap:
                    run += 1
                surnames = lexicon().surnames
                # "Giám đốc HTX Nông nghiệp Hòa Bình Nguyễn Văn Tám": the name is the last words from a surname
                split = next((s for s in range(1, run - 1) if tokens[end - run + s].low in surnames and run - s <= 4), 0)
                end -= run - split if split else 0
            j = end
            continue
        if head and not org_word_at(tokens, j) and (end := described(tokens, j + head, text)) > j + head:
            j = end  # "chủ nhiệm HTX dịch vụ nông nghiệp Tân Lập": described in lower case before its name
            continue
        n = org_word_at(tokens, j)
        if n and j > i and tokens[j - 1].text == "và" and last_part_at(tokens, j) == n:
            j += n  # "Sở Giáo dục và Đào tạo | nhắc lại": a state body's last part closes its name
            continue
        if n and (short := department_abbreviation(tokens, j, n)):
            j += n + short  # "Phó Giám đốc Sở LĐTBXH tỉnh", "Sở VH-TT&DL": a department named by its abbreviation
            continue
        if n:
            words = [t.lower for t in tokens[j : j + n]]  # … or a body's word that ends with one: "Công đoàn Trường THPT …"
            institution = bool({words[-1], " ".join(words[-2:])} & INSTITUTIONS) or institution and tok.is_cap
            # "… đồn Biên phòng Sơn Hồng": the post's word in lower case before the force's
            numbered = " ".join(t.lower for t in tokens[j - (j > 0 and tokens[j - 1].text == "đồn") : j + n]) in _NUMBERED_BODIES
            named = named_part(tokens, j + n, text)
            if (
                named == j + n
                and named + 1 < len(tokens)
                and tokens[named].text in ("-", "–")
                and continues_line(tokens, named + 1, text)
                and (joined := named_part(tokens, named + 1, text)) > named + 1
            ):
                named = joined  # "Phòng Văn hóa - Xã hội", "Ban Kinh tế - Xã hội": two fields joined by a hyphen
            if named > j + n and named < len(tokens) and _PART_NUMBER.match(tokens[named].text) and continues_line(tokens, named, text):
                named += 1  # "Vụ Địa phương I - Ban Dân vận Trung ương": one of several parts, by number
            own = named > j + n or j > i  # the body has its own name, or belongs to one ("Chi hội Tin Lành")
            word_end, j = j + n, described(tokens, named, text)
            if j == named and (named > word_end or n > 1) and named < len(tokens) and tokens[named].lower not in _TERMS:
                j = closed_tail(tokens, named, text)  # "Ban Quản lý dự án,": its name ends in lower case (not a term)
            if numbered and j < len(tokens) and tokens[j].text.isdigit() and continues_line(tokens, j, text):
                j += 1  # "Quân khu 7", "Sư đoàn 2"
                if j + 1 < len(tokens) and tokens[j].text in ("-", "–") and (m := index.longest(tokens, j + 1, "province")[0]):
                    j += 1 + m  # "Ban Chỉ huy Phòng thủ khu vực 3 - Trà Vinh": the area by its number and province
            elif numbered and not org_word_at(tokens, j) and (named_any := not stop_before_name or _see(tokens, word_end, n)):
                # "Đồn Biên phòng A Nông" (not "Ban Chỉ đạo Quy chế dân chủ …")
                j = post_name(tokens, j, text, see=named_any)
            elif not stop_before_name and j < len(tokens) and continues_line(tokens, j, text):
                m, _found = index.longest(tokens, j, "province")
                if m >= 2:
                    j += m  # "Trường Đại học Nông - Lâm Bắc Giang": a province named without its word
                elif own and (m := index.longest(tokens, j, None)[0]) >= 2 and run_closed(tokens, j + m, text):
                    j += m  # "Chi hội Tin Lành Ea Tiêu,": after a body's own name, a place the index knows named
                    # without its word closes the post ("Đoàn Anh Dũng," is a person)
                elif own and m >= 2 and (run := cap_run(tokens, j, text)) == m + 1 and run_closed(tokens, j + run, text):
                    j += run  # "Cộng đoàn Mến Thánh Giá Phú Lý,": a name that a place's name ("Giá Phú") runs across
                elif faith_word(tokens, word_end - n, n) and (run := congregation(tokens, j, text)):
                    j += run  # "Giáo phận Phan Thiết,", "Chi hội Tin Lành Hòa Bình,": a faith or its body, then its name
            continue
        if tok.text == "(" and j > i:
            # "Hội thánh Tin lành Việt Nam (miền Nam) tỉnh": a short aside in brackets before the place word
            close = next((q for q in range(j + 1, min(j + 5, len(tokens))) if tokens[q].text == ")"), 0)
            if close and close + 1 < len(tokens) and lx.place_words.match(tokens, close + 1) and continues_line(tokens, close, text):
                j = close + 1
                continue
        if j > i and (close := quoted_name(tokens, j, text)):
            j = close  # 'Ban vận động Quỹ "Vì người nghèo" xã': a name in quotes inside the body, then its place
            continue
        if keep_term and tok.low == "khoa" and j + 1 < len(tokens) and _ROMAN.match(tokens[j + 1].text):
            j += 2
            continue
        if keep_term and j > i and (term := _term_years(tokens, j)):
            j += term  # "Bí thư Đảng ủy xã Ia Púch nhiệm kỳ 2025 - 2030": the term, as the page writes it (pinned)
            continue
        if tok.text in ("và", "&", "-") and j + 1 < len(tokens) and org_word_at(tokens, j + 1):
            j += 1
            continue
        if institution and (tail := institution_tail(tokens, j, text, stop_before_name=stop_before_name)) > j:
            j = tail
            institution = False
            continue
        break
    j = to_last_part(tokens, i, j)
    if j > i and (field_kind == "phòng" or any(tokens[x].text in DEPARTMENTS for x in range(i, j))):
        # "Trưởng phòng Lao động - Thương binh và Xã hội huyện": the name's last part, then the place the body serves
        tail = _department_tail(tokens, j, text)
        if j < tail < len(tokens) and lx.place_words.match(tokens, tail) and continues_line(tokens, tail, text):
            tail = max(tail, consume_chain(tokens, tail, text=text, stop_before_name=stop_before_name))
        j = tail
    return j




def field_head(tokens: list[Token], i: int) -> str:
    """"ban" or "phòng" when the word before i heads a department by it ("Trưởng phòng", "Phó Trưởng ban"), else ""."""
    if i > 1 and i < len(tokens) and tokens[i - 2].lower in ("trưởng", "phó") and tokens[i].is_cap:
        return tokens[i - 1].lower if tokens[i - 1].lower in ("ban", "phòng") else ""
    return ""


def _cap_group(tokens: list[Token], k: int, text: str | None, lower: int = 1) -> int:
    """A capitalised word and at most `lower` lower-case words after it ("Thương binh", "Du lịch"); k if none."""
    lx = lexicon()
    if not (
        k < len(tokens)
        and tokens[k].is_word
        and tokens[k].is_cap
        and not tokens[k].text.isupper()
        and continues_line(tokens, k, text)
        and not title_at(tokens, k, lower_ok=False)
        and not (org_word_at(tokens, k) and another_body(tokens, k))
        and not (tokens[k].low in lx.surnames and k + 1 < len(tokens) and tokens[k + 1].is_cap)
    ):
        return k
    start = k
    k += 1
    while (
        k < len(tokens)
        and k - start <= lower
        and tokens[k].is_word
        and not tokens[k].is_cap
        and tokens[k].lower not in _NAME_STOP
        and not said_at(tokens, k)  # "Sở Thông tin và Truyền thông | nhấn mạnh"
        and tokens[k].lower not in ("tỉnh", "huyện", "xã", "phường", "quận", "thành", "thị")
    ):
        k += 1
    return k


def _department_tail(tokens: list[Token], j: int, text: str | None) -> int:
    """A ministry's or department's name goes on past a hyphen or a comma up to its last "và …": "Sở Lao động -
    Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch" (not past a comma that starts another title)."""
    k = j
    while k + 1 < len(tokens) and tokens[k].text in ("-", ","):
        g = _cap_group(tokens, k + 1, text)
        if g == k + 1:
            break
        k = g
    if k + 1 < len(tokens) and tokens[k].text == "và" and (g := _cap_group(tokens, k + 1, text, 3)) > k + 1:
        # the name is closed by "và …": "Bộ Nông nghiệp và Phát triển nông thôn"; a state body's last part known,
        # the words after it are the clause's ("Sở Giáo dục và Đào tạo | nhắc lại", "… và Du lịch | trình bày")
        last = last_part_at(tokens, k + 1)
        return k + 1 + last if last and g > k + 1 + last else g
    if k > j and tokens[j].text == "-" and all(t.text != "," for t in tokens[j:k]):
        return k  # "Sở Lao động - Thương binh" written without its last part
    return j


# Lower-case words that end the name of a body rather than continue it ("Hội Khuyến học phát biểu").
_NAME_STOP = CLAUSE_WORDS | frozenset([
    "tham", "chỉ", "cùng", "kiến", "trao", "tặng", "dự", "góp", "kết", "khai", "mở", "phụ", "viên", "mong", "nói",
])


_POSITION_WORDS = {
    "phó",
    "chủ",
    "trưởng",
    "bí",
    "ủy",
    "giám",
    "tổng",
    "thường",
    "chánh",
    "tỉnh",
    "huyện",
    "đảng",
}


def named_part(tokens: list[Token], j: int, text: str | None) -> int:
    """After a body's head word, the body's own name in sentence case: "Ban Dân chủ - Pháp luật",
    "Hội đồng Chức sắc Bà-la-môn", "Chi hội Phụ nữ". Groups of a capitalised word and at most one
    lower-case word, joined by hyphens; it stops at a place word, a title, a person's name or a verb."""
    lx = lexicon()
    start = j
    hyphen = False
    while j < len(tokens) and continues_line(tokens, j, text):
        tok = tokens[j]
        if tok.is_cap and (faith := faith_at(tokens, j)):
            j += faith  # "Ban Trị sự Phật giáo Hòa Hảo": a faith's name, also a town's
            j += congregation(tokens, j, text)  # "Họ đạo Cao Đài Long Hoa,": then the congregation's own name
            continue
        if (
            not (tok.is_word and tok.is_cap)
            or (tok.text == "Công" and j + 1 < len(tokens) and tokens[j + 1].lower == "ty")
            or tok.text.isupper()
            and len(tok.text) > 1
            or _ROMAN.match(tok.text)
            or org_word_at(tokens, j) and not (j == start and _field_name(tokens, j, text))
            or (title_at(tokens, j, lower_ok=False) and tok.lower in _POSITION_WORDS)
            or (lx.place_words.match(tokens, j) and not society(tokens, j))
            or place_index().longest(tokens, j, None)[0] >= 2
            or (
                tok.low in lx.surnames
                and not hyphen
                and j + 1 < len(tokens)
                and tokens[j + 1].is_cap
                and tokens[j + 1].is_word
            )
        ):
            break
        k = j + 1
        while (
            k + 1 < len(tokens)
            and tokens[k].text == "-"
            and tokens[k + 1].is_word
            and tokens[k].start == tokens[k - 1].end
        ):
            k += 2  # "Bà-la-môn", "Bà-ni"
        if (
            k < len(tokens)
            and tokens[k].is_word
            and not tokens[k].is_cap
            and tokens[k].lower not in _NAME_STOP
            and not lx.place_words.match(tokens, k)
            and continues_line(tokens, k, text)
            and not said_at(tokens, k)  # "Hội Nông dân Huế đề nghị …": the clause's verb
            and not (tokens[k].lower == "đồng" and k + 1 < len(tokens) and tokens[k + 1].lower in VERBS)  # "… đồng chủ trì"
        ):
            k += 1
        k = _lower_before_hyphen(tokens, k, text)
        j = k
        if (
            j + 1 < len(tokens)
            and tokens[j].text in ("-", "–")
            and tokens[j + 1].is_cap
            and tokens[j + 1].is_word
        ):
            j += 1  # "Dân chủ - Pháp luật", "Nông - Lâm" (a surname after the hyphen is a word of the name)
            hyphen = True
            continue
        hyphen = False
        if k - start > 8:
            break
    if j > start and tokens[j - 1].text in ("-", "–"):
        j -= 1
    return j


def _field_name(tokens: list[Token], j: int, text: str | None) -> bool:
    """"Ban Thanh niên nông thôn - Công nhân …": a body's word that opens a department's name joined by hyphens."""
    n = org_word_at(tokens, j)
    return _lower_before_hyphen(tokens, j + n, text) > j + n


def _lower_before_hyphen(tokens: list[Token], k: int, text: str | None) -> int:
    """"Ban Thanh niên nông thôn - Công nhân - Đô thị": up to two more lower-case words of a part of the name that a
    hyphen and a capital go on from (none is a place's type there: "thôn" is no hamlet before a hyphen)."""
    m = k
    while m < len(tokens) and m - k < 2 and tokens[m].is_word and not tokens[m].is_cap and tokens[m].lower not in _NAME_STOP:
        m += 1
    hyphen = m + 1 < len(tokens) and tokens[m].text in ("-", "–") and tokens[m + 1].is_cap and tokens[m + 1].is_word
    return m if m > k and hyphen and continues_line(tokens, m, text) else k
