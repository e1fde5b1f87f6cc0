"""Grouping similar comments: the text features and the similarity, pure functions (no database).

A comment is read into words and, when it states only a stance, its stance (`comment_words`): folded (lower case,
no diacritics, đ→d), its variant spellings, abbreviations and synonyms read
as one word (`lexicon`, data/variants.txt: "ko" → "khong", "GV" / "thầy cô" → "giao vien", "DN" → "doanh
nghiep"), stripped of the words every comment uses ("đề nghị", "cần", "dự thảo"…), and described by its words,
word pairs and the character trigrams of its words (trigrams survive typos). Each word and pair weighs by its
rarity within the piece (inverse document frequency over the piece's comments, `features(text, df)`), so the
words every comment on a piece repeats ("giáo viên" under the article on education) decide little.
A comment that only states a stance ("Tán thành.", "Nhất trí ạ", "không đồng ý", "Tôi nất trí"), or a short
agreement that asks for nothing ("Tôi đồng ý với phần nông nghiệp"), is reduced to one feature for that
stance, so every such comment groups together whatever its words. In a regrouping that mixes the words with the
comments' vectors, a comment that refuses something and says more ("Không đồng ý cấm …, vì …",
`comment_words.refuses`) carries one more feature, REFUSAL, of REFUSAL_WEIGHT beside its unit-length words
(`features(…, marks=True)`): it leans towards the other refusals of its piece and away from the proposals that
ask, in the same words, for what it refuses. One that agrees and says more ("Hỏa táng là văn minh, tôi đồng ý",
`comment_words.agrees_among_more`) carries the agreement's own feature ("#agree") at AGREEMENT_WEIGHT: it leans
towards the agreements, and its other words still count.

A group is the sum of its members' vectors (kept to its strongest terms); a new comment joins the group
of highest cosine similarity if it reaches THRESHOLD, else starts a group.
The full regrouping (`partition`) is an average-linkage agglomerative clustering of the piece's comments: the two
groups whose members are most alike on average are merged while that mean cosine reaches LINK_THRESHOLD (a lower
bar than a save's, since it is an average over every pair of members rather than one comment against a centroid),
and a comment left alone then joins the group it is most alike on average if it reaches ATTACH_THRESHOLD. It
starts from the near-identical comments grouped by one pass at MICRO_THRESHOLD, so a piece of tens of thousands of
comments stays affordable. Given the comments' vectors of meaning (`partition(dense=…)`, once the worker has
embedded them), the linkage and the attachment use the words mixed with the meaning, at `mixing`'s thresholds. The thresholds were chosen on four labelled sets, leaving one out at a time, and
kept by the same test on seven (docs/apps/consultation.md).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from functools import lru_cache

from danvan.consultation import mixing
from danvan.consultation.comment_words import (
    AGREE_KEY,
    FILLER,
    FILLER_PAIRS,
    agrees_among_more,
    agrees_with_object,
    refuses,
    stance_key,
    stance_on_object,
    words,
)

THRESHOLD = 0.3
LINK_THRESHOLD = 0.14  # a full regrouping merges two groups whose members are this alike on average
ATTACH_THRESHOLD = 0.1  # a comment left alone joins the group it is this alike on average
MICRO_THRESHOLD = 0.5  # a large piece's first pass (before the linkage) groups only near-identical comments
KEY_TERMS = 8  # a comment is compared only with the groups sharing one of its heaviest words or word pairs
EXACT_GROUPS = 2000  # up to this many groups, the linkage compares every two sharing any word or word pair
CENTROID_TERMS = 120
TRIGRAM_WEIGHT = 0.3
DF_TERMS = 2000  # a piece keeps the document frequencies of its most frequent words and pairs
REFUSAL = "#refuses"
# The weights of the marks beside a comment's unit-length words (then brought back to unit length), in the mixed
# regrouping only: chosen by the thirteenth pass leaving one labelled set out (docs/apps/consultation.md). The words
# alone (a piece not yet embedded, a save) keep without them: there the refusal lowers the second blind set below
# its floor.
REFUSAL_WEIGHT = 1.0
AGREEMENT_WEIGHT = 0.7


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """The comment's stance key (a stance-only comment), else its content words and its word pairs (cached: a
    regrouping reads each text for the frequencies, the features and the groups' refresh)."""
    tokens = words(text)
    key = stance_key(tokens) or (AGREE_KEY if agrees_with_object(text) else None) or stance_on_object(text, tokens)
    if key is not None:
        return key, (), ()
    content: list[str] = []
    pairs: list[str] = []
    for i, token in enumerate(tokens):
        pair = f"{token} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        if pair and pair not in FILLER_PAIRS and token not in FILLER and tokens[i + 1] not in FILLER:
            pairs.append(pair)
        if token in FILLER or (i > 0 and f"{tokens[i - 1]} {token}" in FILLER_PAIRS) or (
                pair and pair in FILLER_PAIRS):
            continue
        content.append(token)
    if not content and not pairs:  # only filler words: still something to compare
        content = tokens
    return None, tuple(content), tuple(pairs)


def count_terms(df: dict[str, int], text: str) -> None:
    """Count a text in a piece's document frequencies `df` (in how many texts each word and word pair occurs;
    the number of texts under "")."""
    df[""] = df.get("", 0) + 1
    _key, content, pairs = terms(text)
    for term in set(content) | set(pairs):
        df[term] = df.get(term, 0) + 1


def document_frequencies(texts: Iterable[str]) -> dict[str, int]:
    df: dict[str, int] = {"": 0}
    for text in texts:
        count_terms(df, text)
    return df


def trim_frequencies(df: Mapping[str, int], keep: int = DF_TERMS) -> dict[str, int]:
    """The `keep` most frequent terms (a term left out counts as rare, which it is)."""
    kept = sorted(((k, v) for k, v in df.items() if k and v > 1), key=lambda kv: -kv[1])[:keep]
    return {"": df.get("", 0), **dict(kept)}


def features(text: str, df: Mapping[str, int] | None = None, *, marks: bool = False) -> dict[str, float]:
    """The comment's unit-length feature vector. With the piece's document frequencies `df` each word and word
    pair weighs log((1 + n) / (1 + df)) + 1 — a word most comments of the piece use weighs little, one not seen
    yet weighs most — and a word's trigrams weigh TRIGRAM_WEIGHT times the word. With `marks` (the mixed
    regrouping), a comment that refuses something carries REFUSAL too, one that agrees and says more AGREE_KEY."""
    key, content, pairs = terms(text)
    if key is not None:
        return {key: 1.0}
    n = df.get("", 0) if df else 0

    def weight(term: str) -> float:
        return math.log((1 + n) / (1 + df.get(term, 0))) + 1.0 if df else 1.0

    vec: dict[str, float] = {}
    for pair in pairs:
        vec[pair] = vec.get(pair, 0.0) + weight(pair)
    for token in content:
        w = weight(token)
        vec[token] = vec.get(token, 0.0) + w
        padded = f"<{token}>"
        for j in range(len(padded) - 2):
            gram = "~" + padded[j:j + 3]
            vec[gram] = vec.get(gram, 0.0) + TRIGRAM_WEIGHT * w
    if marks and REFUSAL_WEIGHT and refuses(text):
        return _unit({**_unit(vec), REFUSAL: REFUSAL_WEIGHT})
    if marks and AGREEMENT_WEIGHT and agrees_among_more(text):
        return _unit({**_unit(vec), AGREE_KEY: AGREEMENT_WEIGHT})
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


def _norm(vec: Mapping[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def _dot(vec: Mapping[str, float], centroid: Mapping[str, float]) -> float:
    return sum(v * centroid.get(k, 0.0) for k, v in vec.items())


def _centroid_cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large.get(k, 0.0) for k, v in small.items()) / (na * nb)


def _keys(vec: Mapping[str, float]) -> list[str]:
    """The KEY_TERMS heaviest words and word pairs of a vector or a sum: two groups alike enough to be merged
    share at least one of them, so only groups sharing one are compared."""
    return heapq.nlargest(KEY_TERMS, (k for k in vec if not k.startswith("~")), key=vec.__getitem__)


def _average_linkage(sums: list[dict[str, float]], sizes: list[int], n_fixed: int, dense=None) -> list[int]:
    """Average-linkage agglomerative clustering of groups: the two groups whose members are most alike on average
    (the mean cosine of every pair of their members, dot(sum_a, sum_b) / (n_a n_b), exact from the sums of unit
    vectors) are merged while that mean reaches LINK_THRESHOLD. Candidate pairs share a word or a word pair (an
    inverted index, not every pair); above EXACT_GROUPS groups, one of their heaviest words or pairs (`_keys`);
    groups below n_fixed (staff's) never merge with each other. With `dense` (each group's sum of centred e5
    vectors, a numpy array updated in place) the mean is the mixed similarity (`mixing`), and the groups most alike
    by meaning are candidates too. Returns each group's root index."""
    parent = list(range(len(sums)))
    version = [0] * len(sums)
    postings: dict[str, list[int]] = {}
    exact = len(sums) <= EXACT_GROUPS
    for i, vec in enumerate(sums):
        for term in (k for k in vec if not k.startswith("~")) if exact else _keys(vec):
            postings.setdefault(term, []).append(i)
    neighbours: list[set[int]] = [set() for _ in sums]
    for ids in postings.values():
        if len(ids) > 1:
            for x, a in enumerate(ids):
                neighbours[a].update(ids[x + 1:])
                for b in ids[x + 1:]:
                    neighbours[b].add(a)
    bar, alpha = LINK_THRESHOLD, 1.0
    if dense is not None:
        bar, alpha = mixing.LINK_THRESHOLD, mixing.ALPHA
        for a, b in mixing.candidate_pairs(dense, sizes, bar * mixing.CANDIDATE_SHARE / (1 - alpha)):
            neighbours[a].add(b)
            neighbours[b].add(a)

    def link(a: int, b: int) -> float:
        small, large = (sums[a], sums[b]) if len(sums[a]) <= len(sums[b]) else (sums[b], sums[a])
        words_ = sum(v * large.get(k, 0.0) for k, v in small.items()) / (sizes[a] * sizes[b])
        if dense is None:
            return words_
        return alpha * words_ + (1 - alpha) * float(dense[a] @ dense[b]) / (sizes[a] * sizes[b])

    heap: list[tuple[float, int, int, int, int]] = []
    for a, others in enumerate(neighbours):
        for b in others:
            if a < b and not (b < n_fixed):
                s = link(a, b)
                if s >= bar:
                    heap.append((-s, a, b, 0, 0))
    heapq.heapify(heap)
    while heap:
        _s, a, b, va, vb = heapq.heappop(heap)
        if parent[a] != a or parent[b] != b or version[a] != va or version[b] != vb:
            continue  # a stale pair: one of the two has merged since
        if b < a:
            a, b = b, a  # the lower index survives (a fixed group keeps its place)
        merged = dict(sums[a])
        for k, v in sums[b].items():
            merged[k] = merged.get(k, 0.0) + v
        sums[a], sizes[a] = merged, sizes[a] + sizes[b]
        if dense is not None:
            dense[a] += dense[b]
        parent[b] = a
        version[a] += 1
        neighbours[a] = (neighbours[a] | neighbours[b]) - {a, b}
        for c in neighbours[a]:
            while parent[c] != c:
                c = parent[c]
            if c == a or (a < n_fixed and c < n_fixed):
                continue
            neighbours[c].discard(b)
            neighbours[c].add(a)
            s = link(a, c)
            if s >= bar:
                heapq.heappush(heap, (-s, min(a, c), max(a, c), version[min(a, c)], version[max(a, c)]))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    return [root(i) for i in range(len(sums))]


def partition(vectors: list[dict[str, float]], fixed: list[dict[str, float]] | None = None,
              fixed_sizes: list[int] | None = None, *, dense=None, fixed_dense=None) -> list[int]:
    """The group index of each vector: indexes below len(fixed) are the given groups (staff's, never merged
    with each other; `fixed_sizes` their members' counts, 1 each if not given), the others new groups numbered
    from len(fixed). With `dense` (a numpy row per vector: its e5 vector centred on the piece's, `mixing.centred`)
    and `fixed_dense` (the given groups' sums of them), steps 2 and 3 use the mixed similarity and its thresholds
    (`mixing`); without, the words alone.

    1. Small groups to start from: one pass as a save does, at MICRO_THRESHOLD (stricter than a save's: only
       near-identical comments; on the labelled sets the result is the same as starting from each comment alone,
       which a piece of 20,000 comments could not afford).
    2. Average-linkage agglomerative clustering of those groups at LINK_THRESHOLD (`_average_linkage`).
    3. A comment left alone joins the group whose members it is most alike on average, if at least
       ATTACH_THRESHOLD.
    """
    fixed = [dict(c) for c in (fixed or [])]
    n_fixed = len(fixed)
    sums: list[dict[str, float]] = [dict(c) for c in fixed]
    sizes: list[int] = list(fixed_sizes or [1] * n_fixed)
    sizes = [max(1, n) for n in sizes]
    labels: list[int] = []
    norms = [_norm(c) for c in sums]  # kept beside the sums: a norm is not recomputed per comparison
    postings: dict[str, set[int]] = {}  # key term → the groups holding it (the only candidates)
    for i, centroid in enumerate(sums):
        for term in _keys(centroid):
            postings.setdefault(term, set()).add(i)
    for vec in vectors:
        words_ = _keys(vec)
        candidates: set[int] = set()
        for term in words_:
            candidates.update(postings.get(term, ()))
        best, score = None, 0.0
        for i in candidates:
            s = _dot(vec, sums[i]) / norms[i] if norms[i] else 0.0
            if s > score:
                best, score = i, s
        if best is None or score < MICRO_THRESHOLD:
            best = len(sums)
            sums.append(dict(vec))
            sizes.append(1)
            norms.append(1.0)
        else:
            for k, v in vec.items():
                sums[best][k] = sums[best].get(k, 0.0) + v
            sizes[best] += 1
            norms[best] = _norm(sums[best])
        for term in words_:
            postings.setdefault(term, set()).add(best)
        labels.append(best)
    group_dense = None if dense is None else mixing.group_sums(dense, labels, len(sums), fixed_dense)
    roots = _average_linkage(sums, sizes, n_fixed, group_dense)
    labels = [roots[label] for label in labels]
    # 3. A comment left alone joins the group it is most alike on average.
    counts: dict[int, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    alive = sorted(set(labels) | set(range(n_fixed)))
    groups = [i for i in alive if i < n_fixed or counts.get(i, 0) > 1]
    out = []
    for row, (vec, label) in enumerate(zip(vectors, labels, strict=True)):
        if label >= n_fixed and counts[label] == 1:
            if group_dense is None:
                best, score = label, ATTACH_THRESHOLD
                for i in groups:
                    s = _dot(vec, sums[i]) / sizes[i]
                    if s >= score:
                        best, score = i, s
            else:
                best, score = label, mixing.ATTACH_THRESHOLD
                meaning = (group_dense[groups] @ dense[row]) if groups else []
                for i, m in zip(groups, meaning, strict=True):
                    s = (mixing.ALPHA * _dot(vec, sums[i]) + (1 - mixing.ALPHA) * float(m)) / sizes[i]
                    if s >= score:
                        best, score = i, s
            label = best
        out.append(label)
    # Number the groups: fixed ones keep their index, new ones follow in order of first appearance.
    numbering = {i: i for i in range(n_fixed)}
    for label in out:
        if label not in numbering:
            numbering[label] = len(numbering)
    return [numbering[label] for label in out]


def cluster(texts: list[str], embeddings=None) -> list[int]:
    """The group index of each text, by the full regrouping's rule (used by the measurement); `embeddings`: the
    texts' e5 vectors (a numpy row each), mixed with the words as a regrouping does."""
    df = document_frequencies(texts)
    dense = None if embeddings is None else mixing.centred(embeddings)
    return partition([features(t, df, marks=dense is not None) for t in texts], dense=dense)


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
