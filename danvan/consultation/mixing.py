"""The meaning half of a full regrouping's similarity: the comments' e5 vectors, mixed with the words.

Between two comments of a piece that both have a vector (`embedding`), a full regrouping's similarity is
ALPHA · (the words' cosine, `grouping.features`) + (1 − ALPHA) · (the cosine of their vectors centred on the piece's
mean vector, its main direction shrunk to half). e5's raw cosines all sit near 0.8; removing the piece's mean removes
what every comment on the piece shares, as the rarity weights do for words, and halving the piece's main direction of
variation keeps one contrast (mostly agreeing against proposing) from outweighing what a proposal is about. Both
halves are dot products of unit vectors, so the average linkage stays exact from each group's sums
(`grouping._average_linkage`). The shrinking and the thresholds were chosen by the eleventh pass's leave-one-set-out
over ten labelled sets (docs/apps/consultation.md "Eleventh pass": the same choice, DIRECTIONS 1, SHRINK 0.5, α 0.5,
link 0.07, in every fold) and frozen for the ninth blind set; until then α 0.6, link 0.1, attach 0.06 without the
shrinking (the seventh pass's `FROZEN_SEVENTH`, kept by the ninth pass).

Pure functions on numpy arrays (no database); a piece of 20,000 comments never holds a 20,000 × 20,000 matrix:
the pairs worth comparing are found a block of rows at a time, at most NEIGHBOURS per group.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

ALPHA = 0.5  # the words' share of the mixed similarity
LINK_THRESHOLD = 0.07  # groups merge while their members' mean mixed similarity reaches this
ATTACH_THRESHOLD = 0.06  # a comment left alone joins the group it is this alike on average
NEIGHBOURS = 50  # per group, the most alike by meaning become candidates (besides those sharing a word)
BLOCK = 512  # rows of the similarity computed at once (512 × 20,000 float32: 40 MB)
# A pair sharing no word can still reach LINK_THRESHOLD through the trigrams of its words: the meaning half need
# reach only this share of the bar for the pair to be a candidate.
CANDIDATE_SHARE = 0.8
# After centring, the piece's DIRECTIONS main directions of variation (its principal axes) keep only SHRINK of their
# length (eleventh pass): the axis along which a piece's comments differ most (mostly "agrees" against "proposes
# something") otherwise outweighs what a proposal is about.
DIRECTIONS = 1
SHRINK = 0.5
# A piece of fewer comments keeps its directions whole: its main direction, drawn from a few comments, is mostly one
# proposal's own (no labelled piece is this small: the labelled sets cannot choose this bar, it keeps small pieces
# as they were).
SHRINK_FROM = 30
DTYPE = np.dtype("<f2")  # a stored vector (`CommentVector.data`): 384 little-endian float16


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=DTYPE).tobytes()


def from_bytes(data: bytes | memoryview | None) -> np.ndarray:
    """The stored vector as float32 (PostgreSQL returns a memoryview, SQLite bytes); `None` has no vector."""
    if data is None:
        raise ValueError("the comment has no vector yet")
    return np.frombuffer(bytes(data), dtype=DTYPE).astype(np.float32)


def centred(vectors: np.ndarray) -> np.ndarray:
    """The rows centred on their mean, their DIRECTIONS principal directions shrunk to SHRINK (from SHRINK_FROM
    rows), brought back to unit length (float32). The directions come from the 384 × 384 scatter matrix of the rows (no n × n matrix)."""
    rows = np.asarray(vectors, dtype=np.float32)
    if not len(rows):
        return rows
    rows = rows - rows.mean(axis=0)
    if DIRECTIONS and len(rows) >= max(SHRINK_FROM, DIRECTIONS + 1):
        _values, axes = np.linalg.eigh((rows.T @ rows).astype(np.float64))
        top = axes[:, ::-1][:, :DIRECTIONS].astype(np.float32)
        rows = rows - (1 - SHRINK) * (rows @ top) @ top.T
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.maximum(norms, 1e-9)


def candidate_pairs(sums: np.ndarray, sizes: list[int], floor: float) -> Iterator[tuple[int, int]]:
    """Pairs (a, b), a < b, of groups whose members' mean meaning similarity (dot of the mean vectors) reaches
    `floor`, at most NEIGHBOURS per group (its most alike), computed BLOCK rows at a time."""
    m = len(sums)
    if m < 2:
        return
    means = sums / np.asarray(sizes, dtype=np.float32)[:, None]
    k = min(NEIGHBOURS, m - 1)
    for start in range(0, m, BLOCK):
        block = means[start:start + BLOCK] @ means.T
        rows = np.arange(len(block))
        block[rows, start + rows] = -np.inf
        if k < m - 1:
            best = np.argpartition(-block, k, axis=1)[:, :k]
        else:
            best = np.broadcast_to(np.arange(m), (len(block), m))
        chosen = np.take_along_axis(block, best, axis=1)
        for r, c in zip(*np.nonzero(chosen >= floor), strict=True):
            a, b = start + int(r), int(best[r, c])
            yield (a, b) if a < b else (b, a)


def group_sums(dense: np.ndarray, labels: list[int], groups: int, fixed: np.ndarray | None = None) -> np.ndarray:
    """The sum of the rows of `dense` in each of `groups` groups (`labels[i]` the group of row i), the first
    rows starting from `fixed` (staff's groups' sums)."""
    out = np.zeros((groups, dense.shape[1]), dtype=np.float32)
    if fixed is not None and len(fixed):
        out[:len(fixed)] = fixed
    if len(labels):
        np.add.at(out, np.asarray(labels), dense)
    return out
