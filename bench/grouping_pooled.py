"""The regrouping's ARI over several labelled comment files pooled into one set, and per file; prints JSON.

    PYTHONPATH=.:bench .venv/bin/python bench/grouping_pooled.py danvan/consultation/tests/data/blind1{1,2,3,4}_comments.json

Each file's rows of split "blind" are grouped piece by piece as `bench/consultation.py --scores-only` groups them
(`grouping.cluster` with the vector the worker would store, cached under $DANVAN_E5_CACHE; `--lexical`: the words
alone); the pooled score counts every comment of every file once (groups and pieces of different files never meet),
so a small set weighs as many comments as it has, not as much as a large one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--lexical", action="store_true", help="the words alone, no vectors")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    import numpy as np
    from consultation import _product_vectors  # bench/, next to this file

    from danvan.consultation import grouping

    cache = Path(os.environ.get("DANVAN_E5_CACHE", Path(tempfile.gettempdir()) / "danvan-e5-product"))
    truth: list[str] = []
    predicted: list[str] = []
    out: dict = {"path": "lexical" if args.lexical else "mixed", "sets": {}}
    for path in args.files:
        rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["split"] == "blind"]
        vectors = None if args.lexical else _product_vectors(rows, cache)
        mine_t: list[str] = []
        mine_p: list[str] = []
        for piece in sorted({r["piece"] for r in rows}):
            chosen = [r for r in rows if r["piece"] == piece]
            dense = None if vectors is None else np.stack([vectors[(piece, r["text"])] for r in chosen])
            labels = grouping.cluster([r["text"] for r in chosen], dense)
            mine_t += [f"{path.name}:{r['group']}" for r in chosen]
            mine_p += [f"{path.name}:{piece}.{label}" for label in labels]
        out["sets"][path.name] = {"comments": len(mine_t), "ari": round(grouping.adjusted_rand_index(mine_t, mine_p), 3),
                                  "misplaced": round(grouping.misplaced_share(mine_t, mine_p), 3)}
        truth += mine_t
        predicted += mine_p
    out["pooled"] = {"comments": len(truth), "ari": round(grouping.adjusted_rand_index(truth, predicted), 3),
                     "misplaced": round(grouping.misplaced_share(truth, predicted), 3)}
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
