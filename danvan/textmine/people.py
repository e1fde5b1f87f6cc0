"""People named in a report and every title given to them, before or after the name or in a signature."""

from __future__ import annotations

from functools import cache

from .chain_names import baptismal, settlement_first
from .orgs import lexicon, org_word_at, title_at
from .orgwords import CLERGY, Lexicon
from .people_lists import (
    PLURAL,
    RankedWaiting,
    appointed_together,
    closing_honorific,
    dashed_list,
    groups_share,
    opens_next,
    other_honorific,
    post_before_list,
    ranked_next_person,
    respectively,
)
from .people_names import (
    a_people,
    after_school,
    body_word_ends_name,
    called,
    clause_after,
    foreign_given_name,
    given_after_surname,
    middle_then_body,
    own_names,
    place_named,
    surname_first,
    worshipped,
)
from .people_opening import opening_role, posts_first
from .people_pronoun import pronoun_posts, short_titles
from .people_registry import People
from .people_rules import (
    await_title,
    both_are,
    is_rank,
    listed_names,
    opening_word,
    origin_before,
    rank_before,
    shared_title,
)
from .people_signatures import signatures
from .people_titled import (
    dashed_post,
    described_to_name,
    divisions_to_colon,
    many_before,
    member_of,
    own_posts,
    plural_titled,
    roled_names,
    titled_list,
)
from .person_titles import titles_after, titles_before, titles_by_verb
from .roles import NAMED_NOUNS, SETTLEMENTS, role_firsts
from .textutil import MIDDLE_NAMES, Token, fold, load_json, next_position, same_line, scan_positions
from .title_model import extend_titles

_DELEGATES = frozenset(fold(w) for w in load_json("lexicon.json")["group_honorifics"])  # "cử tri", "học viên"
_MAX_NAME = 5
_DAY_WORDS = frozenset(["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"])


def _own_honorific_opens(tokens: list[Token], j: int, lx: Lexicon) -> bool:
    """A capitalised honorific, then no middle name: "Ông Điểu Minh Hoàng" (not Mr Ông; "Ông Văn Tám" is a name)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return bool(nxt and tokens[j].is_cap and nxt.is_cap and nxt.lower not in MIDDLE_NAMES and lx.honorifics.match(tokens, j))


def take_name(tokens: list[Token], j: int, text: str, *, strong: bool) -> int:
    """Number of tokens of a person's name starting at j (0 if there is none)."""
    lx = lexicon()
    if j > 1 and tokens[j - 1].lower in lx.honorifics.by_first and worshipped(tokens, j - 1):
        return 0  # "Trưởng ban Quản trị Miếu Bà Thiên Hậu": a deity's name after a shrine's word and "Bà"
    if (
        not strong
        and j < len(tokens)
        and tokens[j].low not in lx.surnames
        and "'" not in tokens[j].text
        and "’" not in tokens[j].text  # "H'Rin", "Y’Kim": a name of the Highlands' peoples
        and not _middle_second(tokens, j)
    ):
        return 0  # what the end requires of a weak name's first word, tested before the words are read
    run = 0
    while j + run < len(tokens) and run <= _MAX_NAME:
        tok = tokens[j + run]
        if tok.text in ("'", "’") and run and len(tokens[j + run - 1].text) == 1 and tokens[j + run - 1].end == tok.start:
            run += 1  # "H' Yim Kđoh": the apostrophe of a name written apart
            continue
        if not (tok.is_word and tok.is_cap) or tok.text.isdigit():
            break
        if run and not same_line(text, tokens[j + run - 1], tok):
            break
        if run and tok.lower in _DAY_WORDS and j + run + 1 < len(tokens) and tokens[j + run + 1].text.isdigit():
            break  # "… Bộ đội Cụ Hồ" reflowed onto "Ngày 9/1, …": a date opens the next sentence, not a name's word
        # "đồng chí Đoàn Thị Mến": a surname that is also a body's word, before a middle name
        middle = (run == 0 or run == 1 and tokens[j].text in baptismal()) and (  # "Phêrô Đoàn Văn Khiêm"
            strong and j + run + 1 < len(tokens) and tokens[j + run + 1].lower in MIDDLE_NAMES or surname_first(tokens, j + run, text)
        )
        # "chị Lường Thị Ban, Chủ tịch …": after a middle name, a last word that is a body's word ends the
        # name when a separator follows it
        last = (
            run >= 2
            and tokens[j + run - 1].lower in MIDDLE_NAMES
            and j + run + 1 < len(tokens)
            and (tokens[j + run + 1].text in (",", "(", "-", "–", ")") or clause_after(tokens[j + run + 1]))
        ) or body_word_ends_name(tokens, j + run, run, text) or middle_then_body(tokens, j, run, text) or (
            given_after_surname(tokens, j, run, text)
        )
        if (
            (title_at(tokens, j + run, lower_ok=False) or org_word_at(tokens, j + run))
            and not middle
            and not last
        ):
            break
        letters = tok.text.replace("'", "").replace("’", "")
        if len(letters) > 1 and letters.isupper() and "'" not in tok.text:
            break  # an abbreviation, not a name
        run += 1
    if run == 0 or run > _MAX_NAME:
        return 0
    words = tokens[j : j + run]
    if settlement_first(words[0]) or a_people(tokens, j, run):
        return 0  # "Trưởng thôn Làng Mới": a hamlet's name, not a person's; "hội viên Ê Đê": a people's
    key = tuple(t.lower for t in words)
    if any(key[:n] in lx.not_names for n in lx.not_name_lengths):
        return 0
    if run == 1:
        if strong and foreign_given_name(words[0].text):
            return 1  # "ông Ismail và bà Sa Ly Mah": a Cham or foreign name of one word after an honorific
        return 1 if strong and "'" in words[0].text or "’" in words[0].text else 0
    if not strong:
        apostrophe = "'" in words[0].text or "’" in words[0].text
        if words[0].low not in lx.surnames and not (3 <= run <= 4 and _middle_second(tokens, j)) and not apostrophe:
            return 0
        if place_named(words):
            return 0  # "Hà Nội" is a city, not a Ms Hà
    return run


def _middle_second(tokens: list[Token], j: int) -> bool:
    """A middle name ("Văn", "Thị") second, before a capital: "Ngân Văn Tuấn" is a name whatever its first word."""
    return j + 2 < len(tokens) and tokens[j + 1].lower in MIDDLE_NAMES and tokens[j + 2].is_cap and tokens[j + 2].is_word


@cache
def _starts() -> frozenset[str]:
    lx = lexicon()
    return frozenset(lx.honorifics.by_first) | frozenset(lx.titles.by_first) | role_firsts() | {"nguyên"}


def find_people(tokens: list[Token], text: str) -> tuple[list[dict], set[int]]:
    """People with their titles, and the token positions their names occupy."""
    lx = lexicon()
    people = People()
    starts = _starts()
    i = 0
    positions = scan_positions(tokens, starts)  # tokens that can open a mention
    size = len(tokens)
    token_starts = [t.start for t in tokens]
    untitled: list[str] = []  # "bà A, ông B - Phó Chủ tịch …": names with their own honorific, waiting for a title
    untitled_next = -1
    ranked, ranked_next = ("", ""), -1  # a name behind a clergy title, then "và": waiting for a post
    rank_waiting = RankedWaiting()  # names behind a rank, waiting for the post after a later name of their list
    while (i := next_position(positions, i)) < size:
        tok = tokens[i]
        # "lễ vía Bà Thiên Hậu": no honorific but a deity's name
        hon = lx.honorifics.match(tokens, i) if tok.lower in lx.honorifics.by_first and not worshipped(tokens, i) else None
        if hon and called(tokens, i):
            hon = None  # "được bà con quen gọi là “ông Chánh Lành”": a person's by-name, no one new
        if hon and tok.is_cap and title_at(tokens, i, lower_ok=False) > hon[0]:
            hon = None  # "Anh hùng Lao động …", "Bà mẹ Việt Nam Anh hùng …": a title that opens with an honorific
        if hon and not (
            tokens[i].text[0].isupper()
            and i
            and tokens[i - 1].is_word
            and tokens[i - 1].is_cap
            and same_line(text, tokens[i - 1], tokens[i])
        ):
            j = i + hon[0]
            if _own_honorific_opens(tokens, j, lx):
                i = j  # "… cho 120 đoàn viên" reflowed onto a caption's "Anh Điểu Brông, …": the second one is the name's
                continue
            opened = i
            # "các già làng A, B, C": any honorific after "các" opens a list
            plural = " ".join(t.low for t in tokens[i:j]) in PLURAL or bool(i) and many_before(tokens, i)
            if also := other_honorific(tokens, i, j):
                j += also  # "các anh, chị A, B, C - Phó Bí thư Tỉnh đoàn", "các ông, bà …": one list of both
            colon = tokens[j - 1].text == ":"
            if j < len(tokens) and tokens[j].text == ":":
                j += 1
                plural = colon = True
            before, j = titles_before(tokens, j, text)
            if plural and before and (colon_at := divisions_to_colon(tokens, j)):
                # "các đồng chí Bí thư Đảng ủy xã Sông Đốc, Gành Hào, Đất Mũi: A, B, C": one division each, the title
                # written once is each one's with the whole list (as the labels give it)
                before[-1] += text[tokens[j - 1].end : tokens[colon_at - 1].end]
                j = colon_at
            if plural and not before:
                before, j = post_before_list(tokens, i, j, text)  # "các vị đại biểu HĐND phường: A, B, C"
            j += origin_before(tokens, j)  # "già làng người Cơ Tu A": the person's people, then the name
            if title_at(tokens, i, lower_ok=True) == hon[0]:  # "già làng A Thút": the honorific is a title
                before = [text[tokens[i].start : tokens[i + hon[0] - 1].end], *before]
            if opening := opening_role(tokens, i, text):
                before = [*opening, *before]  # "Gần 9 năm làm Chủ tịch Hội Nông dân xã X, chị A …"
            elif posts := posts_first(tokens, i, text):
                before = [*posts, *before]  # "Chủ tịch UBND xã Tân Hòa, ông A cho biết …"
            if before and j < len(tokens) and (tokens[j].text == ":" or plural and tokens[j].lower == "gồm"):
                # "các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A, B, C", "… Tỉnh ủy gồm A, B và C", "… gồm: A, B"
                j += 1 + (tokens[j].lower == "gồm" and j + 1 < len(tokens) and tokens[j + 1].text == ":")
                plural = True
                if not take_name(tokens, j, text, strong=True) and (listed := titled_list(tokens, j, text, lx, take_name)):
                    for name, span, ranks in listed:  # "…: Thiếu tá A, Đại úy B và Trung úy C": ranks, then names
                        people.add(name, ranks + before, span)
                    i = listed[-1][1].stop
                    continue
            members: list[tuple[str, list[str], bool]] = []
            ranked_all = bool(opened) and many_before(tokens, opened) and rank_before(tokens, opened + 2)  # "các Đại tá A, B"
            groups = [0]  # where each group of a list cut by semicolons starts ("A - …; B, C - …")
            closed = False  # the last name of the list came after "và": "A, B và C, Phó Chủ tịch …"
            # "đại biểu" (a delegate) is also said of a province, a people or a faith: the name after it must open
            # with a family name and be no place's ("đại biểu Lâm Đồng")
            strong = " ".join(t.low for t in tokens[i : i + hon[0]]) not in _DELEGATES
            n = take_name(tokens, j, text, strong=strong)
            first_end, ranks = j + n, before if before and all(map(is_rank, before)) else []
            if n and not plural and dashed_list(tokens, j, n, text, take_name):
                plural = True  # "đồng chí A, B - Phó Trưởng Ban Dân vận Tỉnh ủy": one honorific before a list
            while n:
                name = text[tokens[j].start : tokens[j + n - 1].end]
                after, end = titles_after(tokens, j + n, text)
                # "Thượng tá A, Trung tá B được bầu giữ chức …": the verb is the next person's (who shares it below)
                by_verb, verb_end = ([], end) if ranked_next_person(tokens, end, text) else titles_by_verb(tokens, end, text, token_starts)
                after += by_verb
                # a title after a dash or "cùng là" is also the waiting names' (see await_title)
                # and after the last of names joined by "và" ("ông A và bà B, Phó Chủ tịch …", "… là …", "… (…)")
                # "ông A cùng bà B đều là …": names joined by "cùng" share a title only through "đều là"
                along = tokens[opened - 1].lower == "cùng"
                dashed = j + n < len(tokens) and (
                    tokens[j + n].text in ("-", "–") and not along
                    or shared_title(tokens, j + n) > 0
                    or untitled_next == opened
                    and (tokens[opened - 1].lower == "và" or tokens[j + n].text == "(" and not along or both_are(tokens, j + n) and along)
                    and not any(people.titled(other) for other in untitled)
                )
                people.add(name, before + after, range(j, j + n))
                members.append((name, after, dashed))
                # in a list, a title before the names belongs to each of them, but not a rank: "các ông Trung tá A và
                # B, Phó Chủ tịch Hội CCB tỉnh"
                before = [b for b in before if not is_rank(b) or ranked_all] if plural else []
                # the scan goes on after a title given by a verb: "thôn Trà Ót" in it is a place, not a person
                i = verb_end if by_verb else end
                if plural and end + 1 < len(tokens) and tokens[end].text in (",", ";", "và"):
                    j = end + 1 + (0 if after else closing_honorific(tokens, end, before, lx, text, take_name))
                    n = take_name(tokens, j, text, strong=strong)
                    closed = tokens[end].text == "và"
                    if tokens[end].text == ";":
                        groups.append(len(members))
                else:
                    n = 0
            # "các đồng chí A, B, C - Phó Chủ tịch Ủy ban MTTQ tỉnh": the title after the list is each one's
            # and "các đồng chí A, B và C, Phó Chủ tịch UBND huyện" (a list closed by "và")
            # and "các đồng chí: A, B, C, Chủ tịch Hội CCB cấp huyện" (a list opened by a colon)
            # and "các bà A, B, C, Phó Chủ tịch Hội LHPN tỉnh" (a list after "các")
            after_cac = tokens[opened].lower == "các" or bool(opened) and many_before(tokens, opened)
            if len(members) == 1:
                rank_waiting.close(tokens, opened, first_end, members[0][1], people.add, by_verb=bool(by_verb))
            if (ranks or ranked_next_person(tokens, i, text)) and not any(m[1] for m in members) and opens_next(tokens, i):
                # "Thượng tá A và ông B, Phó Chủ tịch …", "các đồng chí Thượng tá A, Thiếu tá B - Phó Chủ tịch … -",
                # "các vị Thượng tọa A, B và Ni sư C - Phó Trưởng ban Trị sự"
                rank_waiting.wait([m[0] for m in members], opened, i + 1)
            if (
                len(members) > 1
                and (members[-1][2] or closed or colon or after_cac)
                and not any(m[1] for m in members[:-1])
            ):
                for name, _after, _dashed in members[:-1]:
                    people.add(name, members[-1][1], range(0))
            else:
                groups_share(members, groups, people.add)
            untitled, untitled_next = await_title(members, before, (untitled, untitled_next, opened), i, tokens, people.add)
            # after a list the scan goes on at its end; after no name, at the next honorific ("các hội viên: bà A (xã X), bà B")
            i = i if members else j + (j >= size or tokens[j].lower not in lx.honorifics.by_first)
            continue
        if title_at(tokens, i, lower_ok=False) and not (
            i and tokens[i - 1].is_word and tokens[i - 1].is_cap and not opening_word(tokens, i - 1, text)
            # a capital ending the line above is no name's (a signature's title in capitals is read below)
            and ("\n" not in text[tokens[i - 1].end : tokens[i].start] or tok.text.isupper())
        ):
            before, j = titles_before(tokens, i, text)
            if before and j + 1 < len(tokens) and tokens[j].text == ":":
                listed = titled_list(tokens, j + 1, text, lx, take_name)
                if listed:  # "các Phó Chủ tịch Ủy ban MTTQ tỉnh: ông A, bà B, ông C": the title is each one's
                    for name, span, ranks in listed:
                        people.add(name, ranks + before, span)
                    i = listed[-1][1].stop
                    if len(listed) == 1 and (own := own_posts(tokens, i, text)):
                        # "Trưởng ban: ông A, Phó Chủ tịch Ủy ban MTTQ xã; Phó Trưởng ban: bà B, …": one name, then its posts
                        people.add(listed[0][0], own[0], range(0))
                        i = own[1]
                    continue
            if before and (listed := plural_titled(tokens, i, j, text, lx, take_name)):
                by_list, i = dashed_post(tokens, listed[-1][1].stop, text)  # "các Linh mục A, B - Ủy viên …"
                by_list, i = (by_list, i) if by_list else titles_by_verb(tokens, i, text, token_starts)  # "… được bầu làm …"
                for name, span, ranks in listed:  # "các Phó Chủ tịch Hội Nông dân xã A, B": the title is each one's
                    people.add(name, ranks + before + by_list, span)
                continue
            # a religious name after a clergy title need not open with a family name ("Giáo hữu Ngọc Bảy Hoa"), nor
            # a name after a rank ("Thượng tá Thị Đông")
            strong = j > i and (fold(before[-1]).lower() in CLERGY or is_rank(before[-1]))
            if j > i and (described := described_to_name(tokens, j, text, take_name)) > j:
                before[-1] += text[tokens[j - 1].end : tokens[described - 1].end]  # "Giám đốc Sở Giao thông vận tải A"
                j = described
            j += origin_before(tokens, j) if j > i else 0
            n = take_name(tokens, j, text, strong=strong) if j > i else 0
            if n and not strong and _settlement_named(tokens, before[-1], j, n, text):
                n = 0  # "… là Trưởng bản Háng Tày.": the hamlet's name, not a person's
            if n:
                after, end = titles_after(tokens, j + n, text)
                # a verb right after the name gives the post ("Đại đức A làm Chánh Thư ký"; not "và" and another's)
                verb_next = strong and not after and end < size and tokens[end].is_word and not tokens[end].is_cap
                if after and not ranked_next_person(tokens, end, text):  # "Thượng tọa A, trụ trì chùa B, được suy cử làm …"
                    after += titles_by_verb(tokens, end, text, token_starts)[0]
                after = after or (titles_by_verb(tokens, end, text, token_starts)[0] if verb_next and tokens[end].lower != "và" else [])
                given = verb_next and bool(after)
                name = text[tokens[j].start : tokens[j + n - 1].end]
                people.add(name, before + after, range(j, j + n))
                rank_waiting.close(tokens, i, j + n, after, people.add, by_verb=given)
                if (is_rank(before[-1]) or strong and ranked_next_person(tokens, end, text)) and not after and opens_next(tokens, end):
                    rank_waiting.wait([name], i, end + 1)  # "Thượng tá A và ông B, Phó Chủ tịch Hội CCB tỉnh"
                # "Đại đức A và Đại đức B, Phó Chủ tịch …": a post after the last of names each behind the same clergy
                # title, joined by "và", is each one's (a rank is read as an honorific, see await_title)
                if ranked_next == i and strong and after and before[-1] == ranked[1]:
                    people.add(ranked[0], after, range(0))
                if not after and (second := _second_named(tokens, end, text)):
                    people.add(text[tokens[end + 1].start : tokens[second - 1].end], before, range(end + 1, second))
                    i = second  # "Phó Chủ tịch Ủy ban MTTQ tỉnh A và B;": the post is both people's
                    continue
                waits = strong and not after and end < size and tokens[end].lower == "và"
                ranked, ranked_next = ((name, before[-1]), end + 1) if waits else (("", ""), -1)
                i = end
                continue
            i = max(j, i + 1)
            continue
        tok = tokens[i]
        n = 0 if tok.is_cap else title_at(tokens, i, lower_ok=True)  # a title in lower case, read once for both below
        if n and (listed := plural_titled(tokens, i, (body := member_of(tokens, i + n, text)), text, lx, take_name)):
            title = text[tok.start : tokens[body - 1].end]
            post, i = dashed_post(tokens, listed[-1][1].stop, text)
            for name, span, ranks in listed:  # "các trưởng thôn: A, B, C": the lower-case title is each one's
                people.add(name, [*ranks, title, *post], span)
            continue
        if n:
            # "đại đức Thạch Sa Rây, Trụ trì chùa …" (a clergy title: any name), "Theo trưởng thôn Lò Văn Sinh, …",
            # "bí thư chi bộ Lò Văn Sinh": a title in lower case before a name is the person's, as in capitals
            if m := _clergy_name(tokens, i, n, text):
                before, j = [text[tok.start : tokens[i + n - 1].end]], i + n
            else:
                before, j = titles_before(tokens, i, text, lower_ok=True)
                m = take_name(tokens, j, text, strong=False) if before and j < size else 0
                if m and _settlement_named(tokens, before[-1], j, m, text) or m and _own_honorific_opens(tokens, j, lx):
                    m = 0  # "… là Trưởng bản Háng Tày."; "… với 200 người dân" over a caption's "Ông Điểu Minh Hoàng"
            if m:
                after, end = titles_after(tokens, j + m, text)
                people.add(text[tokens[j].start : tokens[j + m - 1].end], [*before, *after], range(j, j + m))
                i = end
                continue
        # "Nông dân Hồ Văn Ba …", "các kỹ sư A, B - …", "nhóm tác giả A, B, C.": a role before each name
        if roled := roled_names(tokens, i, text, lx, take_name, _own_honorific_opens):
            for name, titles, span in roled[0]:
                people.add(name, titles, span)
            i = roled[1]
            continue
        # a bare name: no place's after its kind ("Tại thôn Như Tân, Trưởng thôn …", "giáo xứ Như Tân, Linh mục …")
        if tok.is_word and tok.is_cap and not (i and (tokens[i - 1].is_word and tokens[i - 1].is_cap or tokens[i - 1].low in NAMED_NOUNS)) and not after_school(tokens, i):
            n = take_name(tokens, i, text, strong=False)
            if n and (names := listed_names(tokens, i, n, text, take_name)):
                # "A, B, C - Phó Chủ tịch Ủy ban MTTQ tỉnh": the title after the list is each one's
                stop = names[-1].stop
                after, end = titles_after(tokens, stop, text)
                bare = stop >= len(tokens) or tokens[stop].text in (".", ";") or not same_line(text, tokens[stop - 1], tokens[stop])
                if after or bare:
                    for span in names:
                        people.add(text[tokens[span.start].start : tokens[span.stop - 1].end], after, span)
                    i = end
                    continue
            if n and i + n < len(tokens) and tokens[i + n].text in (",", "-", "("):
                after, end = titles_after(tokens, i + n, text)
                if after:
                    people.add(text[tok.start : tokens[i + n - 1].end], after, range(i, i + n))
                    i = end
                    continue
        i += 1
    pronoun_posts(tokens, text, token_starts, people.known, people.add)
    respectively(tokens, text, people.name_tokens, people.known, people.retitle)
    appointed_together(tokens, text, token_starts, people.name_tokens, people.add)
    short_titles(tokens, text, list(people.items.values()), people.add)
    signatures(text, people, take_name)
    extend_titles(list(people.items.values()), tokens, text)
    return own_names(people.result(), text), people.name_tokens


def _second_named(tokens: list[Token], end: int, text: str) -> int:
    """End of a second full name (three words from a surname) after "và" that closes its clause with no title of its
    own ("… A và B;", "… A và B cùng dự"), 0 if there is none."""
    if end + 1 >= len(tokens) or tokens[end].lower != "và" or not same_line(text, tokens[end], tokens[end + 1]):
        return 0
    n = take_name(tokens, end + 1, text, strong=True)
    if n < 3 or tokens[end + 1].low not in lexicon().surnames:
        return 0
    stop = end + 1 + n
    if stop < len(tokens) and tokens[stop].text not in (";", ".", "\n") and not (tokens[stop].is_word and not tokens[stop].is_cap):
        return 0  # "A và B, Chủ tịch Hội …": B has a post of their own
    return stop if not titles_after(tokens, stop, text)[0] else 0


_NAME_MARKS = frozenset(["văn", "thị", "a", "seo"])  # the middle words of a name ("Hờ A Dê", "Giàng Seo Phử")


def _settlement_named(tokens: list[Token], title: str, j: int, n: int, text: str) -> bool:
    """Two capitals closed by a separator after a post that ends with a settlement's word ("Trưởng bản Háng Tày.",
    "trưởng thôn Khe Lánh,") name the settlement, unless their second word is a name's middle word."""
    end = j + n
    closed = end >= len(tokens) or tokens[end].text in (",", ".", ";", ")") or not same_line(text, tokens[end - 1], tokens[end])
    return n == 2 and closed and fold(title.split()[-1]).lower() in SETTLEMENTS and tokens[j + 1].lower not in _NAME_MARKS


def _clergy_name(tokens: list[Token], i: int, n: int, text: str) -> int:
    """Length of the name after a clergy title of n words at i (0 if the title is no clergy's or no name follows)."""
    if fold(" ".join(t.text for t in tokens[i : i + n])).lower() not in CLERGY:
        return 0
    return take_name(tokens, i + n, text, strong=True) if i + n < len(tokens) and same_line(text, tokens[i + n - 1], tokens[i + n]) else 0
