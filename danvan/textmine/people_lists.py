"""Lists of names that the honorifics' list rules in people.py do not see as lists, and posts listed for a list of
names one by one ("lần lượt là …"). Names behind a rank wait for the
post written after a later name of the same list ("Thượng tá A và ông B, Phó Chủ tịch Hội CCB tỉnh", "các đồng chí
Thượng tá A, Thiếu tá B - Phó Chủ tịch Hội CCB tỉnh -"): a rank is read as a title, and the post that closes the list
is each one's, as after a list of bare names. Two honorifics open one list ("các anh, chị A, B - …")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .orgs import title_at
from .orgwords import CLERGY, Lexicon
from .people_rules import after_bare_title, is_rank, listed_names, next_name
from .person_titles import title_chain, titles_before, titles_by_verb
from .textutil import Token, fold

_DASHES = frozenset(["-", "–"])


class RankedWaiting:
    """The names behind a rank with no post of their own, and where the next mention of their list must start."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.next = -1

    def wait(self, names: list[str], at: int, following: int) -> None:
        """names (their mention opened at at) wait for a post; the list's next mention opens at following."""
        self.names = [*(self.names if self.next == at else []), *names]
        self.next = following

    def close(
        self,
        tokens: list[Token],
        at: int,
        name_end: int,
        after: list[str],
        add: Callable[[str, list[str], range], None],
        *,
        by_verb: bool = False,
    ) -> None:
        """The mention opened at at names a person whose post (after) follows the name's end after a dash, or after a
        comma when "và" opened the mention, or is given by a verb right after the name ("Thượng tá A, Trung tá B được
        bầu giữ chức Phó Chủ tịch …"): the waiting names hold it too."""
        if self.next != at or not after or name_end >= len(tokens):
            return
        sep = tokens[name_end].text
        if sep in _DASHES or sep == "," and at and tokens[at - 1].lower == "và" or by_verb and tokens[name_end].is_word:
            for name in self.names:
                add(name, after, range(0))
        self.names, self.next = [], -1


def opens_next(tokens: list[Token], end: int) -> bool:
    """A comma or "và" at end, then a word: the list may go on."""
    return end + 1 < len(tokens) and tokens[end].text in (",", "và") and tokens[end + 1].is_word


_PLURAL_PERSONAL = frozenset(["cac anh", "cac chi", "cac ong", "cac ba"])
_PERSONAL = frozenset(["anh", "chị", "ông", "bà", "em"])
_APPOINTED = frozenset(["được", "giữ", "tái", "trúng", "đắc"])  # the words that open an appointment after a name


def other_honorific(tokens: list[Token], i: int, j: int) -> int:
    """", chị" after "các anh" (", bà" after "các ông") written from i to j: 2 for the comma and the second
    honorific at j, else 0 ("các già làng, ông A" is a title, then a person)."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].text not in _PERSONAL:
        return 0
    return 2 if " ".join(t.low for t in tokens[i:j]) in _PLURAL_PERSONAL else 0



# "lần lượt (là | giữ chức | được bầu làm) …", "… - <shared post>, đồng thời là …": the posts listed after it are the
# names' one by one, in order, when there are as many as names
_RESPECTIVELY = (("lần", "lượt"), ("đồng", "thời", "là"))
_LINKS = frozenset(["là", "giữ", "chức", "vụ", "được", "bầu", "làm", "cử", "bổ", "nhiệm", "các"])
_JOINS = frozenset([",", "và"])
_CLAUSE_MARKS = frozenset([".", ";", ":", "(", ")"])
_MAX_SHARED = 20


def respectively(
    tokens: list[Token],
    text: str,
    name_tokens: set[int],
    known: Callable[[str], str | None],
    retitle: Callable[[str, list[str], str, str, str], None],
) -> None:
    """"Các ông A, B lần lượt là Chủ tịch, Phó Chủ tịch Hội Nông dân xã", "các đồng chí A, B, C - Phó Chủ tịch Ủy ban
    MTTQ xã, đồng thời là Chủ tịch Hội Nông dân, Chủ tịch Hội LHPN và Bí thư Đoàn xã": as many posts as names, listed
    after "lần lượt" (or after a shared post and "đồng thời là"), are the names' one by one.
    retitle(name, posts of the list, own post as written, own post with the body the last one names, shared post)
    gives a person their own post and takes the list's others back."""
    lowered = text.lower()
    if "lần lượt" not in lowered and "đồng thời là" not in lowered:
        return
    for k in range(1, len(tokens) - 3):
        if tokens[k].lower not in ("lần", "đồng"):
            continue
        marker = next((m for m in _RESPECTIVELY if tuple(t.lower for t in tokens[k : k + len(m)]) == m), None)
        if marker is None:
            continue
        names, shared = _listed_before(tokens, k, text, name_tokens, known)
        if len(names) < 2 or marker[0] == "đồng" and not shared:
            continue
        start = k + len(marker)
        while start < len(tokens) and tokens[start].lower in _LINKS:
            start += 1
        posts = posts_listed(tokens, start, text)
        if len(posts) != len(names):
            continue
        listed = [p[0] for p in posts]
        for name, (written, whole) in zip(names, posts, strict=True):
            retitle(name, listed, written, whole, shared)


def posts_listed(tokens: list[Token], k: int, text: str) -> list[tuple[str, str]]:
    """The posts listed from k, joined by commas and "và": each as written, and with the body the last one names
    when it is a bare head ("Chủ tịch, Phó Chủ tịch Hội Nông dân xã": "Chủ tịch Hội Nông dân xã")."""
    spans: list[tuple[int, int, int]] = []
    while k < len(tokens) and (n := title_at(tokens, k, lower_ok=True)):
        end = after_bare_title(tokens, k + n, title_chain(tokens, k + n, text), text)
        spans.append((k, k + n, end))
        if end + 1 < len(tokens) and tokens[end].text in _JOINS:
            k = end + 1
        else:
            break
    if not spans:
        return []
    _k, head, last = spans[-1]
    body = text[tokens[head].start : tokens[last - 1].end] if last > head else ""
    out = []
    for a, h, e in spans:
        written = text[tokens[a].start : tokens[e - 1].end]
        out.append((written, f"{written} {body}" if e == h and body else written))
    return out


def _listed_before(
    tokens: list[Token], k: int, text: str, name_tokens: set[int], known: Callable[[str], str | None]
) -> tuple[list[str], str]:
    """The full names of the list that ends before k, joined by commas, "và" or an honorific, and the post they share
    between the last name and k after a dash or a comma ("A, B, C - Phó Chủ tịch …, đồng thời là"), or ""."""
    j, shared = k - 1, ""
    if j >= 0 and tokens[j].text == ",":
        while j > 0 and j not in name_tokens and tokens[j].text not in _CLAUSE_MARKS and k - j < _MAX_SHARED:
            j -= 1
        if j not in name_tokens or j + 3 >= k or tokens[j + 1].text not in ("-", "–", ","):
            return [], ""
        shared = text[tokens[j + 2].start : tokens[k - 2].end]
    spans: list[tuple[int, int]] = []
    while j >= 0 and j in name_tokens:
        end = j
        while j - 1 >= 0 and j - 1 in name_tokens:
            j -= 1
        spans.append((j, end))
        j -= 1
        while j >= 0 and (tokens[j].text in _JOINS or tokens[j].text in _PERSONAL):
            j -= 1
    names = [known(text[tokens[a].start : tokens[b].end]) for a, b in reversed(spans)]
    return ([n for n in names if n] if all(names) else []), shared


def post_before_list(tokens: list[Token], i: int, j: int, text: str) -> tuple[list[str], int]:
    """After a plural honorific (at i, ending at j), a post in lower case closed by a colon or "gồm" opens a list of the
    people who hold it: "các vị đại biểu HĐND phường: A, B, C", "các đồng chí trưởng bản: A, B"; the plural's own
    noun may open the post ("các đại biểu HĐND tỉnh: A, B"). The post and where it ends (j when there is none)."""
    for start in (j, i + 1) if i + 1 < j else (j,):
        posts, end = titles_before(tokens, start, text, lower_ok=True)
        if posts and end > j and end < len(tokens) and tokens[end].lower in (":", "gồm"):
            return posts, end
    return [], j


def groups_share(members: list[tuple[str, list[str], bool]], groups: list[int], add: Callable[..., None]) -> None:
    """"các đồng chí: A - Trưởng Ban …; B, C - Phó Trưởng Ban …; D - …": in a list cut by semicolons, the title
    after the dash that closes a group of names is each one's of that group."""
    if len(groups) < 2:
        return
    for start, stop in zip(groups, [*groups[1:], len(members)], strict=True):
        last = members[stop - 1]
        if stop - start > 1 and last[2] and last[1] and not any(m[1] for m in members[start : stop - 1]):
            for name, _after, _dashed in members[start : stop - 1]:
                add(name, last[1], range(0))


def ranked_next_person(tokens: list[Token], k: int, text: str) -> bool:
    """A comma or "và" at k, then a rank or a clergy title and a name: the next person of a list ("Thượng tá A, Trung
    tá B …", "Đại đức A, Ni sư B được suy cử làm …", "Đại đức A và Ni sư B được suy cử làm …")."""
    if k + 1 >= len(tokens) or tokens[k].text not in (",", "và"):
        return False
    n = title_at(tokens, k + 1, lower_ok=False)
    head = text[tokens[k + 1].start : tokens[k + n].end] if n else ""
    if not n and tokens[k + 1].text in _PERSONAL and next_name(tokens, k + 2, text):
        # "bà A, ông B được hiệp thương cử giữ chức Phó Chủ tịch …": a verb of appointment right after the next name
        m = k + 2
        while m < len(tokens) and tokens[m].is_word and tokens[m].is_cap:
            m += 1
        return m < len(tokens) and tokens[m].lower in _APPOINTED
    if not (n and (is_rank(head) or fold(head).lower() in CLERGY) and next_name(tokens, k + 1 + n, text)):
        return False
    # after "và", a post the next person is given by a verb or after a dash is both's; after a comma, the last one's
    # ("Hòa thượng A và Đại đức B, Phó Chủ tịch …")
    m = k + 1 + n
    while m < len(tokens) and tokens[m].is_word and tokens[m].is_cap:
        m += 1
    return tokens[k].text == "," or m < len(tokens) and (tokens[m].text in ("-", "–") or tokens[m].is_word)


# "… bổ nhiệm bà A, Trưởng phòng X và ông B, HUV, …, giữ chức Phó Trưởng Ban …", "… bổ nhiệm các đồng chí A, …; B, …
# giữ chức …": the post the verb after the last name gives is each appointed one's
_APPOINTING = re.compile(r"\b(?:bổ nhiệm|điều động|chỉ định|luân chuyển|phân công)\s")
_POST_VERB = re.compile(r"\s(?:giữ chức(?: vụ)?|làm)\s")


def appointed_together(
    tokens: list[Token], text: str, token_starts: list[int], name_tokens: set[int], add: Callable[[str, list[str], range], None]
) -> None:
    """Give the post after the last of several names appointed by one verb to each of them (name_tokens: where the
    page's names lie; add: the registry's)."""
    for m in _APPOINTING.finditer(text):
        stop = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        verb = _POST_VERB.search(text, m.end(), stop)
        if not verb:
            continue
        k = bisect_left(token_starts, verb.start() + 1)
        posts = titles_by_verb(tokens, k, text, token_starts)[0]
        names = _name_runs(range(bisect_left(token_starts, m.end()), k), name_tokens)
        for run in names[:-1] if posts else []:
            add(text[tokens[run.start].start : tokens[run.stop - 1].end], posts, range(0))


def _name_runs(span: range, name_tokens: set[int]) -> list[range]:
    """The names in span, each as its run of consecutive name tokens."""
    runs: list[range] = []
    for t in span:
        if t in name_tokens:
            joined = bool(runs) and runs[-1].stop == t
            runs = [*runs[:-1], range(runs[-1].start, t + 1)] if joined else [*runs, range(t, t + 1)]
    return runs


# the honorifics of many that open a list of names ("các đồng chí", "các ông" …), folded
PLURAL = frozenset(["cac dong chi", "cac ong", "cac ba", "cac anh", "cac chi", "cac dai bieu", "cac vi", "dong chi :"])


def closing_honorific(
    tokens: list[Token], end: int, before: list[str], lx: Lexicon, text: str, take_name: Callable[..., int]
) -> int:
    """"các ông A, B và bà C, hội viên …", "các ông A, B, bà C - Trưởng ban …": the last name of a list behind its
    own honorific after "và" (or after a comma, a dash after it) closes the
    list (the title after it is each one's); not after a title before the names, which need not be the last one's,
    nor after a name with a post of its own ("các ông A, B - Phó Chủ tịch … và bà C, Trưởng ban …")."""
    if before or tokens[end].text not in ("và", ",") or tokens[end + 1].lower not in lx.honorifics.by_first:
        return 0
    hon = lx.honorifics.match(tokens, end + 1)
    if not hon or " ".join(t.low for t in tokens[end + 1 : end + 1 + hon[0]]) in PLURAL:
        return 0
    if tokens[end].text == ",":
        # "các ông A, B, bà C - Trưởng ban …": after a comma only the last name, its title after a dash; a rank is
        # the next one's title ("Đại tá A, Thượng tá B - Phó Giám đốc …")
        k = end + 1 + hon[0]
        if is_rank(" ".join(t.text for t in tokens[end + 1 : k])):
            return 0
        n = take_name(tokens, k, text, strong=True) if k < len(tokens) else 0
        return hon[0] if n and k + n < len(tokens) and tokens[k + n].text in ("-", "–") else 0
    return hon[0]


def dashed_list(tokens: list[Token], j: int, n: int, text: str, take_name: Callable[..., int]) -> bool:
    """Names at j joined by commas, each opening with a family name, and a dash after the last ("A, B - <title>") or
    the last joined by "và" and a comma after it ("A, B và C, <title>")."""
    names = listed_names(tokens, j, n, text, take_name)
    return bool(names) and names[-1].stop < len(tokens) and tokens[names[-1].stop].text in ("-", "–", ",")
