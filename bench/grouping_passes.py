"""The mixed regrouping's errors and its constants chosen by leaving one labelled set out (eleventh pass).

    PYTHONPATH=. .venv/bin/python bench/grouping_passes.py analysis [--sets blind7,blind8]
    PYTHONPATH=. .venv/bin/python bench/grouping_passes.py loo [--grid base|eleventh|thirteenth|thirteenth_off]  # eleventh: an hour

Every labelled set (dev and holdout halves, blind 1–8) is scored as `bench/consultation.py --scores-only` scores
it: `grouping.cluster` per piece with the vector the worker would store (`_product_vectors`, cached under
$DANVAN_E5_CACHE). `analysis` prints, per set, how each true group is split by the mixed regrouping and why (the
causes are pairs of comments of one true group left in different predicted groups, counted once per pair, first
cause that applies). `loo` chooses the constants on all sets but one (blind-writer sets weigh twice each
engineer's half, as the ninth pass did), scores the left-out set with them, and prints the left-out ARI /
misplaced per set, with the fixed product constants beside them. Prints JSON.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "danvan" / "consultation" / "tests" / "data"

def blind_files() -> list[Path]:
    """Every blind set of comments in the data folder, in the order they were written (blind, blind2, … blind10):
    a new set is scored by the benches once its file is there."""
    found = DATA.glob("blind*_comments.json")
    return sorted(found, key=lambda p: int(p.name[5:].split("_")[0] or 1))


SETS = [("dev", "labelled_comments.json", "dev", 1), ("holdout", "labelled_comments.json", "holdout", 1)] + [
    (p.name.split("_")[0], p.name, "blind", 2) for p in blind_files()]


def load() -> dict:
    """name → (weight, [(texts, truth, features, e5 vectors as stored) per piece]); `run` centres them."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    import numpy as np
    from consultation import _product_vectors  # bench/consultation.py

    from danvan.consultation import grouping

    cache = Path(os.environ.get("DANVAN_E5_CACHE", Path(tempfile.gettempdir()) / "danvan-e5-product"))
    out = {}
    for name, filename, split, weight in SETS:
        rows = [r for r in json.loads((DATA / filename).read_text(encoding="utf-8")) if r["split"] == split]
        vectors = _product_vectors(rows, cache)
        pieces = []
        for piece in sorted({r["piece"] for r in rows}):
            chosen = [r for r in rows if r["piece"] == piece]
            texts = [r["text"] for r in chosen]
            df = grouping.document_frequencies(texts)
            raw = np.stack([vectors[(piece, t)] for t in texts])
            pieces.append((texts, [r["group"] for r in chosen], [grouping.features(t, df, marks=True) for t in texts],
                           raw))
        out[name] = (weight, pieces)
    return out


def run(sets: dict, constants: dict) -> dict:
    """name → (ARI, misplaced, predicted groups) with `constants` ({"module.NAME": value}) set meanwhile."""
    from danvan.consultation import grouping, mixing

    modules = {"grouping": grouping, "mixing": mixing}
    saved = {k: getattr(modules[k.split(".")[0]], k.split(".")[1]) for k in constants}
    refeature = any(k.startswith("grouping.") for k in constants)  # the words' constants: features read again
    try:
        for k, v in constants.items():
            setattr(modules[k.split(".")[0]], k.split(".")[1], v)
        scores = {}
        for name, (_weight, pieces) in sets.items():
            truth, predicted = [], []
            for p, (texts, labels, feats, raw) in enumerate(pieces):
                if refeature:
                    df = grouping.document_frequencies(texts)
                    feats = [grouping.features(t, df, marks=True) for t in texts]
                got = grouping.partition(feats, dense=_centred(raw))
                truth += labels
                predicted += [f"{p}.{g}" for g in got]
            scores[name] = (grouping.adjusted_rand_index(truth, predicted),
                            grouping.misplaced_share(truth, predicted), len(set(predicted)))
        return scores
    finally:
        for k, v in saved.items():
            setattr(modules[k.split(".")[0]], k.split(".")[1], v)


_CENTRED: dict = {}


def _centred(raw):
    """`mixing.centred` of a piece's vectors under the constants set now (kept: a grid reuses them)."""
    from danvan.consultation import mixing

    key = (id(raw), mixing.DIRECTIONS, mixing.SHRINK, mixing.SHRINK_FROM)
    if key not in _CENTRED:
        _CENTRED[key] = mixing.centred(raw)
    return _CENTRED[key]


# The eleventh pass's grid (a union of products, as it was run): the ninth pass's thresholds widened down (link
# 0.07, attach 0.03) with the piece's main directions shrunk or not (DIRECTIONS 0: the centring alone, as before),
# and lower links around the choice.
_THRESHOLDS = {"mixing.ALPHA": [0.5, 0.6, 0.7], "mixing.LINK_THRESHOLD": [0.07, 0.08, 0.09, 0.1, 0.11],
               "mixing.ATTACH_THRESHOLD": [0.03, 0.04, 0.06, 0.08]}
GRIDS = {
    "base": [{"mixing.DIRECTIONS": [0], "mixing.SHRINK": [1.0], "mixing.ALPHA": [0.5, 0.6, 0.7],
              "mixing.LINK_THRESHOLD": [0.08, 0.09, 0.1, 0.11, 0.12], "mixing.ATTACH_THRESHOLD": [0.04, 0.06, 0.08]}],
    "eleventh": [{"mixing.DIRECTIONS": [0], "mixing.SHRINK": [1.0], **_THRESHOLDS},
                 {"mixing.DIRECTIONS": [1], "mixing.SHRINK": [0.25, 0.5, 0.75], **_THRESHOLDS},
                 {"mixing.DIRECTIONS": [2], "mixing.SHRINK": [0.5], **_THRESHOLDS},
                 {"mixing.DIRECTIONS": [1], "mixing.SHRINK": [0.5], "mixing.ALPHA": [0.4, 0.5, 0.6],
                  "mixing.LINK_THRESHOLD": [0.05, 0.06], "mixing.ATTACH_THRESHOLD": [0.03, 0.04, 0.06, 0.08]}],
    # The thirteenth pass: the refusal's weight in the mixed regrouping (0: off) with the link and the attachment
    # around the product's; "thirteenth_off" the same thresholds without it (the "before" of its table).
    "thirteenth": [{"grouping.REFUSAL_WEIGHT": [0.0, 0.3, 0.6, 1.0, 1.3, 1.6, 2.0, 3.0],
                    "mixing.LINK_THRESHOLD": [0.06, 0.07, 0.08], "mixing.ATTACH_THRESHOLD": [0.04, 0.06, 0.08]}],
    "thirteenth_agree": [{"grouping.REFUSAL_WEIGHT": [1.0], "grouping.AGREEMENT_WEIGHT": [0.0, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0],
                          "mixing.LINK_THRESHOLD": [0.06, 0.07, 0.08], "mixing.ATTACH_THRESHOLD": [0.04, 0.06, 0.08]}],
    "thirteenth_off": [{"grouping.REFUSAL_WEIGHT": [0.0], "mixing.LINK_THRESHOLD": [0.06, 0.07, 0.08],
                        "mixing.ATTACH_THRESHOLD": [0.04, 0.06, 0.08]}],
}


def loo(sets: dict, grids: list[dict], fixed: dict) -> dict:
    configs = [dict(zip(grid, values, strict=True)) for grid in grids for values in itertools.product(*grid.values())]
    results = [run(sets, c) for c in configs]
    weights = {name: w for name, (w, _p) in sets.items()}

    def mean(r: dict, names: list[str]) -> float:
        return sum(weights[n] * r[n][0] for n in names) / sum(weights[n] for n in names)

    table = {}
    for left in sets:
        others = [n for n in sets if n != left]
        best = max(range(len(configs)), key=lambda i: (round(mean(results[i], others), 6), -i))
        table[left] = {"chosen": configs[best], "ari": round(results[best][left][0], 3),
                       "misplaced": round(results[best][left][1], 3), "groups": results[best][left][2]}
    fixed_scores = run(sets, fixed)
    blind = [n for n in sets if weights[n] == 2]
    everything = max(range(len(configs)), key=lambda i: (round(mean(results[i], list(sets)), 6), -i))
    return {"left_out": table,
            "left_out_mean": round(sum(t["ari"] for t in table.values()) / len(table), 4),
            "left_out_mean_blind": round(sum(table[n]["ari"] for n in blind) / len(blind), 4),
            "fixed": {n: [round(s[0], 3), round(s[1], 3), s[2]] for n, s in fixed_scores.items()},
            "fixed_constants": fixed,
            "fixed_mean": round(sum(s[0] for s in fixed_scores.values()) / len(fixed_scores), 4),
            "fixed_mean_blind": round(sum(fixed_scores[n][0] for n in blind) / len(blind), 4),
            "best_on_all": configs[everything], "best_on_all_weighted": round(mean(results[everything], list(sets)), 4)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["analysis", "loo"])
    parser.add_argument("--sets", default="")
    parser.add_argument("--grid", default="base", choices=sorted(GRIDS))
    args = parser.parse_args()
    sets = load()
    if args.sets:
        sets = {n: sets[n] for n in args.sets.split(",")}
    if args.what == "loo":
        from danvan.consultation import grouping, mixing

        modules = {"grouping": grouping, "mixing": mixing}
        fixed = {k: getattr(modules[k.split(".")[0]], k.split(".")[1]) for k in GRIDS[args.grid][0]}
        print(json.dumps(loo(sets, GRIDS[args.grid], fixed), indent=1, ensure_ascii=False))
    else:
        from grouping_analysis import analysis  # bench/grouping_analysis.py

        print(json.dumps(analysis(sets), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
