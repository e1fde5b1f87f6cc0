"""Train the reader's model of how far a counted noun runs (danvan/textmine/unit_model.py) on the blind sets' labels.

    PYTHONPATH=$PWD DEBUG=1 .venv/bin/python tools/train_unit_model.py [--since 0] [--out FILE]

Writes danvan/textmine/data/unit_model.crfsuite (or FILE) and prints how many labelled counted nouns were aligned.
Trained on the sets from holdout`since` on (0, the default: every set; 33: only the sets whose writers saw
holdout33's exemplar page, which lengthens more on the new sets but lowers 20 of the 33 older ones, dev below its
floor: docs/apps/textmine.md, "Twenty-eighth round").
The same labels give the same file: the pages are read in a fixed order and CRFsuite's L-BFGS has no randomness.

Alignment: the reader reads every page with the model off and gives each counted noun it starts (unit_model.RECORD:
the tokens after the number, the rules' extent). A labelled quantity whose unit is no money, measure or time is
aligned to the first unused counted noun of the page with the same value whose tokens open with the label's words
(folded): those are tagged U, the rest O. The reader's own extent is a feature, never a tag, so the model learns
the labels' extent, not the rules'.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from danvan.textmine import read_file, unit_model  # noqa: E402
from danvan.textmine.pipeline import extract_text  # noqa: E402
from danvan.textmine.textutil import tokenize  # noqa: E402
from tools.train_title_model import blind_sets, set_number, train  # noqa: E402  (the same CRFsuite training)

BLIND = REPO / "danvan" / "textmine" / "tests" / "blind"
SINCE = 33  # the first set whose writers copied the exemplar page's labels
SHIPPED_SINCE = 0  # the shipped model learns every set's labels
_QUOTES = re.compile(r'["“”]')


def same_value(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6 * max(1, abs(a))


def load_set(name: str) -> list[dict]:
    """Each page of a set: its labelled quantities, the counted nouns the rules start (the model off), the path."""
    out = []
    directory = BLIND / name
    enabled, unit_model.ENABLED = unit_model.ENABLED, False
    try:
        for exp_path in sorted((directory / "expected").glob("*.json")):
            found = sorted((directory / "pages").glob(exp_path.stem + ".*"))
            if not found:
                continue
            doc = read_file(found[0])
            unit_model.RECORD = []
            extract_text(doc.text, source=found[0].name, published=doc.published)
            exp = json.loads(exp_path.read_text(encoding="utf-8"))
            out.append({"set": name, "stem": exp_path.stem, "path": found[0], "expected": exp,
                        "records": unit_model.RECORD})
    finally:
        unit_model.RECORD = None
        unit_model.ENABLED = enabled
    return out


def training_data(docs: list[dict], stats: dict | None = None) -> list[tuple[list[list[str]], list[str]]]:
    data = []
    for doc in docs:
        used: set[int] = set()
        for q in doc["expected"].get("quantities", []):
            if not q.get("unit") or not isinstance(q.get("value"), (int, float)):
                continue
            words = [t.low for t in tokenize(_QUOTES.sub("", q["unit"]))]
            for i, r in enumerate(doc["records"]):
                if i in used or not same_value(r["value"], q["value"]) or r["words"][:1] != words[:1]:
                    continue
                if stats is not None:
                    stats["labelled"] += 1
                if r["words"][: len(words)] != words:
                    break
                used.add(i)
                if stats is not None:
                    stats["aligned"] += 1
                    key = "rules_right" if r["n"] == len(words) else ("longer" if len(words) > r["n"] else "shorter")
                    stats[key] += 1
                data.append((r["x"], ["U"] * len(words) + ["O"] * (len(r["words"]) - len(words))))
                break
    return data


def new_stats() -> dict[str, int]:
    return {"labelled": 0, "aligned": 0, "rules_right": 0, "longer": 0, "shorter": 0}


def usable(since: int) -> list[str]:
    return [s for s in blind_sets() if set_number(s) >= since]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(unit_model.MODEL))
    parser.add_argument("--since", type=int, default=SHIPPED_SINCE)
    args = parser.parse_args()
    stats = new_stats()
    docs = [d for s in usable(args.since) for d in load_set(s)]
    data = training_data(docs, stats)
    train(data, args.out)
    print(json.dumps({"pages": len(docs), "sequences": len(data), **stats, "model": args.out}))


if __name__ == "__main__":
    main()
