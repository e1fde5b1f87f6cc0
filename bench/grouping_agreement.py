"""How far a second person's grouping of a labelled set of comments agrees with its labels, beside the product's
grouping (`grouping.cluster` per piece, as `bench/consultation.py --scores-only` scores it); prints JSON.

    .venv/bin/python bench/grouping_agreement.py [SET_JSON SECOND_GROUPING_JSON]

SET_JSON is a labelled set (`[{piece, group, stance, text, split}]`, default the sixth blind set);
SECOND_GROUPING_JSON holds `[{"id": <index in SET_JSON>, "group": <name>}]`, one entry per comment, grouped by
someone who read the comments without their labels (default `blind6_second_grouping.json`). Group names are taken
within their piece. The adjusted Rand index of the second grouping against the labels is the agreement of two
readers: the ARI target (0.8) means something only below it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO / "danvan" / "consultation" / "tests" / "data"


def main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    os.environ.setdefault("DEBUG", "1")
    django.setup()
    from danvan.consultation import grouping

    set_path = Path(sys.argv[1]) if len(sys.argv) > 2 else DATA / "blind6_comments.json"
    second_path = Path(sys.argv[2]) if len(sys.argv) > 2 else DATA / "blind6_second_grouping.json"
    rows = json.loads(set_path.read_text(encoding="utf-8"))
    second = {r["id"]: r["group"] for r in json.loads(second_path.read_text(encoding="utf-8"))}
    if set(second) != set(range(len(rows))):
        sys.exit("the second grouping must name every comment of the set exactly once")
    truth = [r["group"] for r in rows]
    other = [f"{r['piece']}|{second[i]}" for i, r in enumerate(rows)]
    product: list[str] = [""] * len(rows)
    for piece in sorted({r["piece"] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r["piece"] == piece]
        for i, label in zip(idx, grouping.cluster([rows[i]["text"] for i in idx]), strict=True):
            product[i] = f"{piece}.{label}"

    def pair(a: list[str], b: list[str]) -> dict:
        return {"ari": round(grouping.adjusted_rand_index(a, b), 3), "misplaced": round(grouping.misplaced_share(a, b), 3)}

    print(json.dumps({"comments": len(rows), "groups": {"labels": len(set(truth)), "second_reader": len(set(other)),
                                                        "product": len(set(product))},
                      "second_reader_against_labels": pair(truth, other),
                      "labels_against_second_reader": pair(other, truth),
                      "product_against_labels": pair(truth, product),
                      "product_against_second_reader": pair(other, product)}, indent=1))


if __name__ == "__main__":
    main()
