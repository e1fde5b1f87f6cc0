"""How a comment is read before it is compared: its words (folded, variants and abbreviations read as one word by
`lexicon`) and its stance when it states nothing else ("Tán thành.", "không đồng ý", "Tôi nất trí", a short
agreement that asks for nothing, or an agreement naming who agrees and with what: "Hội Nông dân xã thống nhất với
nội dung hỗ trợ sinh kế", or one clause of a stance on a short named object: "khong dong y muc tieu nay"), and
whether a comment that says more refuses what the draft says ("Không đồng ý cấm …, vì …": `refuses`) or agrees
with it ("Hỏa táng là văn minh, tôi đồng ý": `agrees_among_more`). Pure
functions; `grouping` builds the features and the similarity on them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from danvan.consultation import lexicon
from danvan.core.text import fold

_WORD = re.compile(r"[a-z0-9]+")
_INNER_DOT = re.compile(r"(?<=[a-z])[.'`](?=[a-z])")  # "tr.í", "nh'ất": a stray mark inside a word
AGREE = {"tan thanh", "nhat tri", "dong y", "thong nhat", "dong tinh", "ung ho", "hoan toan", "tan dong",
         "hop ly", "phu hop", "hoan nghenh", "xac dang", "dung dan", "ok", "tot", "duoc", "on", "hay", "dung"}
DISAGREE = {"phan doi", "bac bo"}
NEGATION = {"khong", "chua", "ko", "k"}
# The clear agreements: a short comment holding one of them, no negation and no proposal is an agreement
# ("Tôi đồng ý với phần nông nghiệp", "Dự thảo viết rất đầy đủ, tôi đồng tình").
AGREE_CORE = {"tan thanh", "nhat tri", "dong y", "thong nhat", "dong tinh", "ung ho", "tan dong", "hoan nghenh",
              "hop ly", "phu hop"}
# Words and phrases that ask for something or qualify the agreement: such a comment is a proposal, not an
# agreement. Matched as whole phrases: "điều" (an article) and "hợp lý" are not "điều chỉnh" and "xử lý".
PROPOSAL = {"de nghi", "kien nghi", "can", "nen", "phai", "mong", "bo sung", "them", "tang", "giam", "sua",
            "xem lai", "dieu chinh", "nhung", "tuy nhien", "song", "chua", "thieu", "cam", "xu ly", "quan tam",
            "ho tro", "uu tien", "dau tu"}
# Phrases read before the proposal words: "rất cần thiết" agrees; "không có ý kiến gì thêm" asks for nothing.
# Every "no further comment" form (twelfth pass): "không (có) ý kiến (gì) (thêm / khác / nữa)", longest first.
NO_OPINION = tuple(f"khong {co}y kien {gi}{tail}".strip() for tail in ("them", "khac", "nua", "")
                   for gi in ("gi ", "") for co in ("co ", ""))
NOT_PROPOSAL = (*NO_OPINION,
                "can thiet", "nhung gi", "mong som trien khai", "mong som thuc hien", "mong som duoc", "som trien khai",
                "som thuc hien", "nen lam som", "can lam ngay", "nen lam ngay", "lam som", "lam ngay",
                "nen lam nhu vay", "lam nhu vay", "lam vay")
# A comment holding one of these is no plain agreement ("phù hợp nhất với người thuê" prefers one option).
_NOT_PLAIN = PROPOSAL | DISAGREE | {"phu hop nhat", "hop ly nhat", "phu hop hon", "hop ly hon", "cho phu hop", "sao cho"}
AGREE_CONTENT_WORDS = 6  # at most this many other words around the agreement
# Particles and intensifiers a stance-only comment may carry ("Nhất trí ạ", "đồng ý hết", "nhất trí 100%").
PARTICLES = {"a", "ah", "nhe", "nha", "het", "luon", "100", "ca", "day", "du", "roi"}
# Words that say nothing about the content of one comment as against another.
FILLER = set("""
toi chung em ong ba anh chi minh theo thay y kien gop voi noi dung du thao nay cua cac nhung va la thi
mot so duoc co rat cao hoan toan ve cho trong tai o tren den de nghi kien nghi can nen phai them hon
bo sung lam ro viec cu the con da dang se van muc dieu khoan phan chuong diem bao cao ban giai phap
chinh sach hien nay tinh dia phuong nguoi dan nhan nhieu it qua xin cam on vi do neu nhu the nao
""".split())  # noqa: SIM905 (a word list reads better as text)
FILLER_PAIRS = {"de nghi", "kien nghi", "bo sung", "lam ro", "y kien", "du thao", "noi dung", "giai phap",
                "chinh sach", "hien nay", "dia phuong", "nguoi dan", "nhan dan", "cu the", "gop y", "can co"}
STANCE_ONLY_WORDS = ({w for phrase in AGREE | DISAGREE for w in phrase.split()} | FILLER | NEGATION | PARTICLES
                     | {"cao", "rat", "lam", "kien"})


def words(text: str) -> list[str]:
    """The folded words, variants read as their canonical form (`lexicon`, data/variants.txt)."""
    return lexicon.canonical(_WORD.findall(_INNER_DOT.sub("", fold(text))))


def _near(a: str, b: str) -> bool:
    """One edit apart (insert, delete, replace, or swap two neighbours): "nat"/"nhat", "dnug"/"dung"."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_AGREE_WORDS = {w for phrase in AGREE for w in phrase.split()}
# Only the clear stance words of four letters or more are read through a typo ("nất trí", "đồgn ý"): a filler word
# or a short one ("tốt", "to"; "tán", "trí", "đối", one letter from "tăng", "tri", "đôi") read through a typo would
# turn proposals into stances.
_STANCE_VOCAB = sorted(w for phrase in AGREE_CORE | DISAGREE for w in phrase.split() if len(w) >= 4) + ["khong"]


@lru_cache(maxsize=65536)
def _stance_word(token: str) -> str | None:
    """The stance-only word a token is, allowing one typo in a stance word of four letters or more (never in a
    proposal word)."""
    if token in STANCE_ONLY_WORDS:
        return token
    if len(token) < 3 or token in PROPOSAL:  # "tăng", "phải" are words of their own, not typos of "tán", "phản"
        return None
    for word in _STANCE_VOCAB:
        if _near(token, word):
            return word
    return None


def _negated(tokens: list[str]) -> bool:
    """A negation, or a typo of "không" ("kôhng", "khogn"; it keeps its "k": "thống", "phòng", "chống" are one letter
    from it too)."""
    return any(t in NEGATION or (len(t) >= 4 and t[0] == "k" and _near(t, "khong")) for t in tokens)


def _holds(padded: str, phrases: Iterable[str]) -> bool:
    return any(f" {phrase} " in padded for phrase in phrases)


def _plain_agreement(tokens: list[str]) -> bool:
    """A short agreement that asks for nothing: a clear agreement phrase, no negation, no proposal word, and at
    most AGREE_CONTENT_WORDS other words (what it agrees with)."""
    padded = f" {' '.join(tokens)} "
    if not any(f" {phrase} " in padded for phrase in AGREE_CORE):
        return False
    for phrase in NOT_PROPOSAL:
        padded = padded.replace(f" {phrase} ", " ")
    tokens = padded.split()
    if _negated(tokens) or _holds(padded, _NOT_PLAIN):
        return False
    return sum(1 for t in tokens if t not in FILLER and t not in PARTICLES and t not in _AGREE_WORDS) <= (
        AGREE_CONTENT_WORDS)


# The one feature of a comment that only states a stance (`grouping.features`), and of a stance on a named object.
AGREE_KEY, DISAGREE_KEY = "#agree", "#disagree"


def stance_key(tokens: list[str]) -> str | None:
    """"#agree" / "#disagree" for a comment that only states a stance (typos allowed), else None."""
    if not tokens or len(tokens) > 16:
        return None
    if _plain_agreement(tokens):
        return AGREE_KEY
    if len(tokens) > 12:
        return None
    # "Tốt, nên làm sớm", "Được, làm vậy là đúng": what asks for nothing is read past, as in a plain agreement.
    padded = f" {' '.join(tokens)} "
    no_opinion = _holds(padded, NO_OPINION)  # "Không có ý kiến gì thêm": nothing to add to the draft, it agrees
    for phrase in NOT_PROPOSAL:
        padded = padded.replace(f" {phrase} ", " ")
    tokens = padded.split() or ([] if no_opinion else tokens)
    fixed = []
    for token in tokens:  # stops at the first word that is not a stance word
        word = _stance_word(token)
        if word is None:
            return None
        fixed.append(word)
    tokens = fixed
    joined = " ".join(tokens)
    padded = f" {joined} "
    if any(f" {phrase} " in padded for phrase in DISAGREE):
        return DISAGREE_KEY
    if no_opinion and not any(t in NEGATION for t in tokens):
        return AGREE_KEY
    if not any(f" {phrase} " in padded for phrase in AGREE):
        return None
    return DISAGREE_KEY if any(t in NEGATION for t in tokens) else AGREE_KEY



_CLAUSE = re.compile(r"[,.;:!?()\n]+")
# An agreement's own clause may name who agrees and what with ("Hội Nông dân xã thống nhất với nội dung hỗ trợ sinh
# kế", "Nhất trí với cách xử lý đơn như dự thảo"): the draft's words it names ("hỗ trợ", "xử lý") ask for nothing;
# these do.
_ASKS = {"nhung", "tuy nhien", "song", "de nghi", "kien nghi", "can", "nen", "phai", "mong", "xem lai", "dieu chinh",
         "sua", "cho phu hop", "sao cho"} | DISAGREE
# After an agreement alone, a short urging ("Tán thành, phải xử lý nghiêm", "Thống nhất, mong sớm được hỗ trợ") still
# agrees; these make it a proposal of its own ("Đồng ý, đề nghị tăng mức phạt").
_PROPOSES = {"nhung", "tuy nhien", "song", "de nghi", "kien nghi", "bo sung", "them", "xem lai", "dieu chinh", "sua",
             "tang", "giam"} | DISAGREE
_URGING_WORDS = 6
# A clause judging what it agrees with ("Hỗ trợ chuyển nghề như vậy là cần thiết, tôi nhất trí").
_APPROVALS = ("la can thiet", "la hop ly", "la phu hop", "la dung", "la tot", "rat can thiet", "rat hop ly",
              "rat phu hop", "rat tot", "rat dung")
_AGREE_VERBS = sorted(AGREE_CORE - {"hop ly", "phu hop"})  # "cho phù hợp thực tế" asks for a change
_AFTER_VERB = {"voi", "nhu", "cao", "hoan"} | PARTICLES  # "nhất trí với …", "thống nhất như dự thảo", "nhất trí cao"
_AGREEMENT_WORDS = 24  # at most this many words in all


def agrees_with_object(text: str) -> bool:
    """A comment read clause by clause (split at punctuation) as one agreement: who agrees (any words before it),
    the agreement, and what it agrees with ("với …", "như …", or nothing; "với A, B": B too), with clauses that
    state a stance, ask for nothing or approve ("là cần thiết"); or an agreement alone followed by a short urging
    that proposes nothing of its own."""
    clauses = [c for c in (words(part) for part in _CLAUSE.split(text)) if c]
    if not clauses or sum(map(len, clauses)) > _AGREEMENT_WORDS:
        return False
    if len(clauses) > 1 and stance_key(clauses[0]) == AGREE_KEY:
        rest = [t for tokens in clauses[1:] for t in tokens]
        if len(rest) <= _URGING_WORDS and not _negated(rest) and not _holds(f" {' '.join(rest)} ", _PROPOSES):
            return True
    found = listing = False
    for tokens in clauses:
        padded = plain = f" {' '.join(tokens)} "
        for phrase in NOT_PROPOSAL:  # "cần thiết" is no "cần"
            plain = plain.replace(f" {phrase} ", " ")
        asks = _negated(tokens) or _holds(plain, _ASKS)
        verbs = [(padded.index(f" {v} "), v) for v in _AGREE_VERBS if f" {v} " in padded]
        if verbs:
            at, verb = min(verbs)  # the first agreement in the clause; what follows it
            tail = padded[at + len(verb) + 2:].split()
            if asks or (tail and tail[0] not in _AFTER_VERB):
                return False  # "vừa thống nhất chỉ đạo": the verb of something else
            found, listing = True, bool(tail) and tail[0] == "voi"
        elif asks or not (stance_key(tokens) is not None or padded.strip() in NOT_PROPOSAL
                          or _holds(padded, _APPROVALS) or (listing and len(tokens) <= 6)):
            return False  # a clause that says something else
    return found


# A stance on a named object, one clause (twelfth pass): who (filler words), an optional negation, a clear stance
# verb, then at most OBJECT_WORDS words naming the draft's own object ("Tán thành hỗ trợ nhà ở", "khong dong y muc
# tieu nay", "Tôi không tán thành Điều 3"). The object may not ask for a change or give a reason: these words make
# the comment a proposal or a refusal with its reason ("Không đồng ý tăng phí", "Đồng ý nhưng cần…").
OBJECT_WORDS = 4
_OBJECT_ASKS = _PROPOSES | {"can", "nen", "phai", "mong", "vi", "boi", "do", "cho phu hop", "sao cho", "ma",
                            "khong", "chua", "bo", "giu"}
_LEAD = FILLER - {"khong", "chua", "can", "nen", "phai", "de", "nghi", "kien"}


def stance_on_object(text: str, tokens: list[str]) -> str | None:
    """"#agree" / "#disagree" for a one-clause stance on a named object (`tokens`: the text's `words`), else None."""
    padded = f" {' '.join(tokens)} "
    if not any(f" {verb} " in padded for verb in _AGREE_VERBS):  # most comments: no clause reading
        return None
    clauses = [c for c in (words(part) for part in _CLAUSE.split(text)) if c]
    if len(clauses) != 1:
        return None
    tokens = clauses[0]
    at = 0
    while at < len(tokens) and tokens[at] in _LEAD:
        at += 1
    negated = at < len(tokens) and tokens[at] in NEGATION
    at += negated
    padded = f" {' '.join(tokens[at:])} "
    verb = next((v for v in _AGREE_VERBS if padded.startswith(f" {v} ")), None)
    if verb is None:
        return None
    rest = tokens[at + len(verb.split()):]
    if len(rest) > OBJECT_WORDS or _negated(rest) or _holds(f" {' '.join(rest)} ", _OBJECT_ASKS):
        return None
    return DISAGREE_KEY if negated else AGREE_KEY


# A refusal that says more than its stance (thirteenth pass): a negated clear stance verb anywhere ("Phong tục quê
# tôi là chôn cất, ép làm vậy là trái lòng dân, tôi không tán thành", "hổng đồng ý cấm", "Không hợp lý") or an open
# refusal ("phản đối", "bác bỏ"). Those who refuse a provision and those who ask for it use the same words (the
# provision's), so without this mark the words and the vectors alike put them together.
_REFUSALS = (*(f"{n} {v}" for n in sorted(NEGATION) for v in sorted(AGREE_CORE)), *sorted(DISAGREE))


@lru_cache(maxsize=65536)
def refuses(text: str) -> bool:
    """Whether the comment refuses something: a negated clear stance verb or an open refusal, anywhere in it."""
    return _holds(f" {' '.join(words(text))} ", _REFUSALS)


# An agreement that says more than its stance (thirteenth pass): a reason or a wish with a clear agreement ("Đồng ý,
# mong đến năm sau xã nào cũng có", "Phải làm mới được, tôi nhất trí"). Not "thống nhất", which also means uniform
# ("một mẫu thống nhất"), and not an agreement that turns ("nhưng", "tuy nhiên", "song"): that one proposes.
_AGREEMENTS = tuple(v for v in _AGREE_VERBS if v != "thong nhat")
_TURNS = ("nhung", "tuy nhien", "song")


@lru_cache(maxsize=65536)
def agrees_among_more(text: str) -> bool:
    """Whether the comment holds a clear agreement, refuses nothing and does not turn ("nhưng …")."""
    padded = f" {' '.join(words(text))} "
    return _holds(padded, _AGREEMENTS) and not _holds(padded, _TURNS) and not refuses(text)
