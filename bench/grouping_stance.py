"""The twelfth pass's bar on a stance on a named object (`comment_words.OBJECT_WORDS`) chosen by leaving one
labelled set out, on the product's mixed path (as `bench/grouping_passes.py loo` does for the mixing constants).

    PYTHONPATH=. .venv/bin/python bench/grouping_stance.py  # a few minutes of one core; prints JSON

Each bar (-1: the rule off) scores every set; for each set left out, the bar with the best weighted mean ARI on the
others (blind-writer sets weigh twice, as before) scores it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
BARS = [-1, 2, 3, 4, 5, 6]


def main() -> None:
    import grouping_passes as gp

    from danvan.consultation import comment_words, grouping

    sets = gp.load()
    table: dict[int, dict] = {}
    for bar in BARS:
        comment_words.OBJECT_WORDS = bar
        grouping.terms.cache_clear()
        scores = {}
        for name, (_weight, pieces) in sets.items():
            truth, predicted = [], []
            for p, (texts, labels, _feats, raw) in enumerate(pieces):
                df = grouping.document_frequencies(texts)
                got = grouping.partition([grouping.features(t, df, marks=True) for t in texts], dense=gp._centred(raw))
                truth += labels
                predicted += [f"{p}.{g}" for g in got]
            scores[name] = (round(grouping.adjusted_rand_index(truth, predicted), 4),
                            round(grouping.misplaced_share(truth, predicted), 4))
        table[bar] = scores
    left_out = {}
    for name in sets:
        def others(bar: int, out: str = name) -> float:
            w = {n: sets[n][0] for n in sets if n != out}
            return sum(w[n] * table[bar][n][0] for n in w) / sum(w.values())
        best = max(BARS, key=others)
        left_out[name] = {"bar": best, "ari": table[best][name][0], "misplaced": table[best][name][1],
                          "off": table[-1][name][0]}
    print(json.dumps({"table": table, "left_out": left_out}, indent=1))


if __name__ == "__main__":
    main()
