"""Grouping similar comments: the text features and the similarity, pure functions (no database).

A comment is folded (lower case, no diacritics, đ→d), stripped of punctuation and of the words every
comment uses ("đề nghị", "cần", "dự thảo"…), and described by its words, word pairs and the character
trigrams of its words (trigrams survive typos; folding makes "tán thành" and "tan thanh" the same).
A comment that only states a stance ("Tán thành.", "Nhất trí với dự thảo", "không đồng ý") is reduced to
one feature for that stance, so every such comment groups together whatever its words.

A group is the sum of its members' vectors (kept to its strongest terms); a new comment joins the group
of highest cosine similarity if it reaches THRESHOLD, else starts a group. The same rule, applied to a
piece's comments in order, is the full regrouping, so a save and a regrouping agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from danvan.core.text import fold

THRESHOLD = 0.25
CENTROID_TERMS = 120
TRIGRAM_WEIGHT = 0.4

_WORD = re.compile(r"[a-z0-9]+")
AGREE = {"tan thanh", "nhat tri", "dong y", "thong nhat", "dong tinh", "ung ho", "hoan toan", "tan dong"}
NEGATION = {"khong", "chua", "ko", "k"}
# Words that say nothing about the content of one comment as against another.
FILLER = set("""
toi chung em ong ba anh chi minh theo thay y kien gop voi noi dung du thao nay cua cac nhung va la thi
mot so duoc co rat cao hoan toan ve cho trong tai o tren den de nghi kien nghi can nen phai them hon
bo sung lam ro viec cu the con da dang se van muc dieu khoan phan chuong diem bao cao ban giai phap
chinh sach hien nay tinh dia phuong nguoi dan nhan nhieu it qua xin cam on vi do neu nhu the nao
""".split())  # noqa: SIM905 (a word list reads better as text)
FILLER_PAIRS = {"de nghi", "kien nghi", "bo sung", "lam ro", "y kien", "du thao", "noi dung", "giai phap",
                "chinh sach", "hien nay", "dia phuong", "nguoi dan", "nhan dan", "cu the", "gop y", "can co"}
STANCE_ONLY_WORDS = {w for phrase in AGREE for w in phrase.split()} | FILLER | NEGATION | {"cao", "rat"}


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def stance_key(tokens: list[str]) -> str | None:
    """"#agree" / "#disagree" for a comment that only states a stance, else None."""
    if not tokens or len(tokens) > 12 or any(t not in STANCE_ONLY_WORDS for t in tokens):
        return None
    joined = " ".join(tokens)
    if not any(phrase in joined for phrase in AGREE):
        return None
    return "#disagree" if any(t in NEGATION for t in tokens) else "#agree"


def features(text: str) -> dict[str, float]:
    """The comment's unit-length feature vector."""
    tokens = words(text)
    key = stance_key(tokens)
    if key is not None:
        return {key: 1.0}
    vec: dict[str, float] = {}
    content = []
    for i, token in enumerate(tokens):
        pair = f"{token} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        if pair and pair not in FILLER_PAIRS and token not in FILLER and tokens[i + 1] not in FILLER:
            vec[pair] = vec.get(pair, 0.0) + 1.0
        if token in FILLER or (i > 0 and f"{tokens[i - 1]} {token}" in FILLER_PAIRS) or (
                pair and pair in FILLER_PAIRS):
            continue
        content.append(token)
    for token in content:
        vec[token] = vec.get(token, 0.0) + 1.0
        padded = f"<{token}>"
        for j in range(len(padded) - 2):
            gram = "~" + padded[j:j + 3]
            vec[gram] = vec.get(gram, 0.0) + TRIGRAM_WEIGHT
    if not vec:  # only filler words: still something to compare
        for token in tokens:
            vec[token] = vec.get(token, 0.0) + 1.0
    return _unit(vec)


def _unit(vec: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def cosine(vec: Mapping[str, float], centroid: Mapping[str, float]) -> float:
    """`vec` is unit length; the centroid is any sum of unit vectors."""
    if not vec or not centroid:
        return 0.0
    norm = math.sqrt(sum(v * v for v in centroid.values()))
    if not norm:
        return 0.0
    small, large = (vec, centroid) if len(vec) <= len(centroid) else (centroid, vec)
    return sum(v * large.get(k, 0.0) for k, v in small.items()) / norm


def add(centroid: Mapping[str, float], vec: Mapping[str, float], sign: float = 1.0) -> dict[str, float]:
    """The centroid with `vec` added (or removed), kept to its strongest terms."""
    out = dict(centroid)
    for k, v in vec.items():
        out[k] = out.get(k, 0.0) + sign * v
    return trim(out)


def trim(centroid: Mapping[str, float]) -> dict[str, float]:
    kept = sorted(((k, v) for k, v in centroid.items() if v > 1e-9), key=lambda kv: -kv[1])[:CENTROID_TERMS]
    return {k: round(v, 4) for k, v in kept}


def best_group(vec: Mapping[str, float], groups: Iterable[tuple[int, Mapping[str, float]]]) -> tuple[int | None, float]:
    """The id of the most similar group at or above THRESHOLD (None: start a new group), and its score."""
    best, score = None, 0.0
    for group_id, centroid in groups:
        s = cosine(vec, centroid)
        if s > score:
            best, score = group_id, s
    return (best, score) if score >= THRESHOLD else (None, score)


def cluster(texts: list[str]) -> list[int]:
    """The group index of each text, by the same rule as a save (used by the full regrouping and the
    measurement)."""
    centroids: list[dict[str, float]] = []
    labels = []
    for text in texts:
        vec = features(text)
        best, _score = best_group(vec, enumerate(centroids))
        if best is None:
            centroids.append(trim(vec))
            labels.append(len(centroids) - 1)
        else:
            centroids[best] = add(centroids[best], vec)
            labels.append(best)
    return labels


def adjusted_rand_index(truth: list, predicted: list) -> float:
    """Hubert and Arabie's adjusted Rand index of two labelings of the same items."""
    def comb2(n: int) -> float:
        return n * (n - 1) / 2

    pairs: dict[tuple, int] = {}
    a: dict = {}
    b: dict = {}
    for t, p in zip(truth, predicted, strict=True):
        pairs[(t, p)] = pairs.get((t, p), 0) + 1
        a[t] = a.get(t, 0) + 1
        b[p] = b.get(p, 0) + 1
    index = sum(comb2(n) for n in pairs.values())
    sum_a, sum_b = sum(comb2(n) for n in a.values()), sum(comb2(n) for n in b.values())
    expected = sum_a * sum_b / comb2(len(truth)) if len(truth) > 1 else 0.0
    maximum = (sum_a + sum_b) / 2
    return 1.0 if maximum == expected else (index - expected) / (maximum - expected)


def misplaced_share(truth: list, predicted: list) -> float:
    """The share of items outside the majority true group of their predicted group."""
    by_group: dict = {}
    for t, p in zip(truth, predicted, strict=True):
        by_group.setdefault(p, {}).setdefault(t, 0)
        by_group[p][t] += 1
    wrong = sum(sum(c.values()) - max(c.values()) for c in by_group.values())
    return wrong / len(truth) if truth else 0.0
