"""How far two independent labellers agree on the same pages, with the matcher `bench/extract.py` scores the
reader with; prints JSON.

    .venv/bin/python bench/label_agreement.py FIRST_EXPECTED_DIR SECOND_EXPECTED_DIR

Each label set is scored against the other (recall of the second against the first, and the reverse), field by
field: people (name and every title), quantities strict (value, unit, qualifier), value and whole unit, value and
the unit's first word, documents and places. A target the reader must meet is only meaningful below the
agreement of two careful people: where they agree 0.89, a reader at 0.89 reads as well as a second person does.
Also lists the quantities on which the two disagree about the unit (the same value, another extent).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as scorer  # noqa: E402  (bench/extract.py: item_matches, score, same)

FIELDS = ("people", "quantities", "quantities_value_unit", "quantities_value_head", "documents", "places")


def _labels(directory: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))}


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict:
    """Recall and precision of `second` taken as predictions against `first` taken as the truth."""
    # a field that either set leaves out on every page (a second labelling of people and quantities only) is
    # not compared
    fields = [f for f in FIELDS if all(_labelled(labels, f) for labels in (first, second))]
    totals = {f: [0, 0, 0] for f in fields}
    for name, exp in first.items():
        got = second[name]
        for field in fields:
            source = "quantities" if field.startswith("quantities") else field
            predicted = got.get(source, [])
            if field == "people":
                predicted = [{**p, "titles": p.get("titles", [])} for p in predicted]
            for i, v in enumerate(scorer.score(field, exp.get(source, []), predicted)):
                totals[field][i] += v
    return {f: {"recall": round(h / e, 3) if e else None, "precision": round(h / g, 3) if g else None,
                "first": e, "second": g} for f, (h, e, g) in totals.items()}


def _labelled(labels: dict[str, dict], field: str) -> bool:
    source = "quantities" if field.startswith("quantities") else field
    return any(source in page for page in labels.values())


def unit_disagreements(first: dict[str, dict], second: dict[str, dict]) -> list[str]:
    out = []
    for name, exp in first.items():
        got = second[name].get("quantities", [])
        for q in exp.get("quantities", []):
            if any(scorer.item_matches("quantities_value_unit", q, g) for g in got):
                continue
            units = [g.get("unit") for g in got if scorer.same(q["value"], g["value"])]
            out.append(f"{name.split('-')[0]} {q['value']}: {q.get('unit')!r} / {units}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    first, second = _labels(args.first), _labels(args.second)
    missing = sorted(set(first) ^ set(second))
    if missing:
        sys.exit(f"the two folders do not label the same pages: {missing}")
    print(json.dumps({"pages": len(first), "second_against_first": agreement(first, second),
                      "first_against_second": agreement(second, first),
                      "unit_disagreements": unit_disagreements(first, second)}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
