"""How a comment is read before it is compared: its words (folded, variants and abbreviations read as one word by
`lexicon`) and its stance when it states nothing else ("Tán thành.", "không đồng ý", "Tôi nất trí", or a short
agreement that asks for nothing). Pure functions; `grouping` builds the features and the similarity on them."""

from __future__ import annotations

import re
from functools import lru_cache

from danvan.consultation import lexicon
from danvan.core.text import fold

_WORD = re.compile(r"[a-z0-9]+")
_INNER_DOT = re.compile(r"(?<=[a-z])[.'`](?=[a-z])")  # "tr.í", "nh'ất": a stray mark inside a word
AGREE = {"tan thanh", "nhat tri", "dong y", "thong nhat", "dong tinh", "ung ho", "hoan toan", "tan dong",
         "hop ly", "phu hop", "hoan nghenh", "xac dang", "dung dan", "ok", "tot", "duoc", "on", "hay"}
DISAGREE = {"phan doi", "bac bo"}
NEGATION = {"khong", "chua", "ko", "k"}
# The clear agreements: a short comment holding one of them, no negation and no proposal is an agreement
# ("Tôi đồng ý với phần nông nghiệp", "Dự thảo viết rất đầy đủ, tôi đồng tình").
AGREE_CORE = {"tan thanh", "nhat tri", "dong y", "thong nhat", "dong tinh", "ung ho", "tan dong"}
# Words and phrases that ask for something or qualify the agreement: such a comment is a proposal, not an
# agreement. Matched as whole phrases: "điều" (an article) and "hợp lý" are not "điều chỉnh" and "xử lý".
PROPOSAL = {"de nghi", "kien nghi", "can", "nen", "phai", "mong", "bo sung", "them", "tang", "giam", "sua",
            "xem lai", "dieu chinh", "nhung", "tuy nhien", "song", "chua", "thieu", "cam", "xu ly", "quan tam",
            "ho tro", "uu tien", "dau tu"}
# Phrases read before the proposal words: "rất cần thiết" agrees; "không có ý kiến gì thêm" asks for nothing.
NOT_PROPOSAL = ("khong co y kien gi them", "khong co y kien gi khac", "khong co y kien them", "khong co y kien",
                "can thiet")
_NOT_PLAIN = PROPOSAL | DISAGREE  # a comment holding one of these is no plain agreement
AGREE_CONTENT_WORDS = 6  # at most this many other words around the agreement
# Particles and intensifiers a stance-only comment may carry ("Nhất trí ạ", "đồng ý hết", "nhất trí 100%").
PARTICLES = {"a", "ah", "nhe", "nha", "het", "luon", "100", "ca", "day", "du"}
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


def _plain_agreement(tokens: list[str]) -> bool:
    """A short agreement that asks for nothing: a clear agreement phrase, no negation, no proposal word, and at
    most AGREE_CONTENT_WORDS other words (what it agrees with)."""
    padded = f" {' '.join(tokens)} "
    if not any(f" {phrase} " in padded for phrase in AGREE_CORE):
        return False
    for phrase in NOT_PROPOSAL:
        padded = padded.replace(f" {phrase} ", " ")
    tokens = padded.split()
    # A typo of "không" is a negation, but "thống" (of "thống nhất") is one letter from it too.
    if any(t in NEGATION or (len(t) >= 4 and t not in _AGREE_WORDS and _near(t, "khong")) for t in tokens) or any(
            f" {p} " in padded for p in _NOT_PLAIN):
        return False
    return sum(1 for t in tokens if t not in FILLER and t not in PARTICLES and t not in _AGREE_WORDS) <= (
        AGREE_CONTENT_WORDS)


def stance_key(tokens: list[str]) -> str | None:
    """"#agree" / "#disagree" for a comment that only states a stance (typos allowed), else None."""
    if not tokens or len(tokens) > 16:
        return None
    if _plain_agreement(tokens):
        return "#agree"
    if len(tokens) > 12:
        return None
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
        return "#disagree"
    if not any(f" {phrase} " in padded for phrase in AGREE):
        return None
    return "#disagree" if any(t in NEGATION for t in tokens) else "#agree"
