"""The mixed regrouping's errors on labelled sets (used by bench/grouping_passes.py `analysis`).

Per set: how many true groups the regrouping splits, into what (a second group of its own — its majority is the
same true group —, single comments or pairs left alone, comments taken into another proposal's group), the split
pairs by first cause that applies (one is a stance-only comment; the two share no content word; one is typed without
diacritics; the rest: a paraphrase sharing some words), and how the predicted groups that share a majority true
group (fragments that should merge) and those that do not (should stay apart) compare by the mixed similarity:
their members' mean (average linkage) and the cosine of their sums (centroids).
"""

from __future__ import annotations

import itertools
from collections import Counter


def _sums(feats: list, dense, labels: list[int]):
    from danvan.consultation import mixing

    groups = sorted(set(labels))
    index = {g: i for i, g in enumerate(groups)}
    words: list[dict] = [{} for _ in groups]
    for vec, g in zip(feats, labels, strict=True):
        target = words[index[g]]
        for k, v in vec.items():
            target[k] = target.get(k, 0.0) + v
    meaning = mixing.group_sums(dense, [index[g] for g in labels], len(groups))
    sizes = Counter(index[g] for g in labels)
    return groups, words, meaning, [sizes[i] for i in range(len(groups))]


def _dot(a: dict, b: dict) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large.get(k, 0.0) for k, v in small.items())


def analysis(sets: dict) -> dict:
    import numpy as np

    from danvan.consultation import grouping, mixing
    from danvan.core.text import fold

    alpha = mixing.ALPHA
    out = {}
    for name, (_weight, pieces) in sets.items():
        split_groups = second_group = alone = absorbed = true_groups = 0
        causes = Counter()
        same_pairs: list[tuple[float, float, int, int]] = []
        other_pairs: list[tuple[float, float, int, int]] = []
        examples = []
        all_truth: list[str] = []
        all_predicted: list[str] = []
        for texts, truth, feats, raw in pieces:
            dense = mixing.centred(raw)
            labels = grouping.partition(feats, dense=dense)
            all_truth += truth
            all_predicted += [f"{len(all_predicted)}.{lab}" for lab in labels]
            majority = {}
            for g in set(labels):
                members = Counter(t for t, lab in zip(truth, labels, strict=True) if lab == g)
                majority[g] = members.most_common(1)[0][0]
            for t in sorted(set(truth)):
                true_groups += 1
                where = Counter(lab for tt, lab in zip(truth, labels, strict=True) if tt == t)
                if len(where) == 1:
                    continue
                split_groups += 1
                main_group = where.most_common(1)[0][0]
                for g, n in where.items():
                    if g == main_group:
                        continue
                    if majority[g] != t:
                        absorbed += n
                    elif sum(1 for lab in labels if lab == g) <= 2:
                        alone += n
                    else:
                        second_group += n
                        examples.append([texts[i] for i, lab in enumerate(labels) if lab == g][:3]
                                        + ["<->"] + [texts[i] for i, lab in enumerate(labels) if lab == main_group][:3])
            for i, j in itertools.combinations(range(len(texts)), 2):
                if truth[i] != truth[j] or labels[i] == labels[j]:
                    continue
                ki, ci, _p = grouping.terms(texts[i])
                kj, cj, _q = grouping.terms(texts[j])
                if ki or kj:
                    causes["stance_only"] += 1
                elif not set(ci) & set(cj):
                    causes["no_shared_word"] += 1
                elif fold(texts[i]) == texts[i].lower() or fold(texts[j]) == texts[j].lower():
                    causes["no_diacritics"] += 1
                else:
                    causes["paraphrase_sharing_words"] += 1
            groups, words, meaning, sizes = _sums(feats, dense, labels)
            for a, b in itertools.combinations(range(len(groups)), 2):
                w = _dot(words[a], words[b])
                m = float(meaning[a] @ meaning[b])
                mean = (alpha * w + (1 - alpha) * m) / (sizes[a] * sizes[b])
                na = np.sqrt(alpha * _dot(words[a], words[a]) + (1 - alpha) * float(meaning[a] @ meaning[a]))
                nb = np.sqrt(alpha * _dot(words[b], words[b]) + (1 - alpha) * float(meaning[b] @ meaning[b]))
                centroid = (alpha * w + (1 - alpha) * m) / max(float(na * nb), 1e-9)
                row = (round(mean, 3), round(centroid, 3), min(sizes[a], sizes[b]), max(sizes[a], sizes[b]))
                (same_pairs if majority[groups[a]] == majority[groups[b]] else other_pairs).append(row)
        out[name] = {"ari": round(grouping.adjusted_rand_index(all_truth, all_predicted), 3),
                     "predicted_groups": len(set(all_predicted)), "true_groups": true_groups, "split_true_groups": split_groups,
                     "comments_in_a_second_group_of_their_own": second_group,
                     "comments_alone_or_in_pairs": alone, "comments_taken_into_another_group": absorbed,
                     "split_pairs_by_cause": dict(causes),
                     "fragment_pairs": len(same_pairs), "apart_pairs": len(other_pairs),
                     "fragments_by_centroid": _above(same_pairs, other_pairs, 1),
                     "fragments_by_mean": _above(same_pairs, other_pairs, 0),
                     "fragments_small": sorted(p for p in same_pairs if p[2] <= 2)[-10:],
                     "examples": examples[:12]}
    return out


def _above(same: list, other: list, col: int) -> dict:
    """For a few bars: how many fragment pairs (should merge) and apart pairs (should not) reach it."""
    return {str(bar): [sum(1 for p in same if p[col] >= bar), sum(1 for p in other if p[col] >= bar)]
            for bar in (0.02, 0.04, 0.06, 0.08, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)}
