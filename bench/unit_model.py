"""Experiment: does a sequence model of how far a counted noun runs, trained on the labelled blind sets, give the
labelled units better than the rules on sets it was not trained on? Prints JSON.

    PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/unit_model.py [--sets holdout34,...] [--out FILE]

For each set k left out (holdout34–42 by default; any sets with --sets): models trained by tools/train_unit_model.py
on the other sets from holdout33 on ("since33", the sets whose writers saw the exemplar page), on every other set
("all"), or on every other set with those from holdout33 on three times ("all+new×3"), each used at a threshold
("@0.9", "@0.8", "@0.7", "@0.6", "@0.5"); the reader reads set k's pages with the rules alone, with each model lengthening only (what the
reader does: "all@0.5"), and with the reader's model also shortening ("all@0.8+shorten"); "-nogates": without
the gates on the words the model adds (unit_model.GATES). Quantities are scored as
bench/extract.py scores them: strict (value, unit, qualifier) recall and precision, value + first word of the unit
recall, and the money figures a label file says are not money ("not_money"). "changed" lists the units each model changed, with the page's labels of the same
value. The reader's own model is replaced here by each model under test (unit_model.use).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))

from extract import forbidden, same, score  # noqa: E402  (bench/extract.py's scorer)

from danvan.textmine import read_file, unit_model  # noqa: E402
from danvan.textmine.pipeline import extract_text  # noqa: E402
from danvan.textmine.textutil import fold  # noqa: E402
from tools import train_unit_model as training  # noqa: E402

TEST_SETS = [f"holdout{n}" for n in range(34, 43)]


def read_set(docs: list[dict], model: pycrfsuite.Tagger | None, shorten: bool = False) -> list[dict]:
    """The reader's output on each page with `model` (None: the rules alone)."""
    unit_model.ENABLED, unit_model.SHORTEN = model is not None, shorten
    unit_model.use(model)
    out = []
    for d in docs:
        doc = read_file(d["path"])
        out.append(extract_text(doc.text, source=d["path"].name, published=doc.published))
    unit_model.ENABLED, unit_model.SHORTEN = True, False
    unit_model.use(None)
    return out


def figures(docs: list[dict], outputs: list[dict]) -> dict:
    strict, head, wrong = [0, 0, 0], 0, 0
    for d, got in zip(docs, outputs, strict=True):
        exp = d["expected"].get("quantities", [])
        for k, v in enumerate(score("quantities", exp, got["quantities"])):
            strict[k] += v
        head += score("quantities_value_head", exp, got["quantities"])[0]
        names = frozenset(fold(p["name"]).strip() for p in d["expected"].get("people", []))
        wrong += sum(1 for kind, _ in forbidden(d["expected"].get("not", {}), got, names) if kind == "not_money")
    h, e, g = strict
    return {"recall": round(h / e, 3), "precision": round(h / g, 3), "value_head": round(head / e, 3),
            "found": h, "labelled": e, "given": g, "not_money": wrong}


def changes(docs: list[dict], before: list[dict], after: list[dict]) -> list[dict]:
    out = []
    for d, b, a in zip(docs, before, after, strict=True):
        old = [(q["value"], q["unit"]) for q in b["quantities"]]
        for q in a["quantities"]:
            if (q["value"], q["unit"]) not in old:
                rules = [u for v, u in old if same(v, q["value"])]
                labels = [e["unit"] for e in d["expected"].get("quantities", []) if same(e["value"], q["value"])]
                out.append({"page": d["stem"][:5], "value": q["value"], "rules": rules[:2], "model": q["unit"],
                            "labels": labels[:3], "right": any(same(q["unit"], u) for u in labels)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(TEST_SETS))
    parser.add_argument("--out")
    parser.add_argument("--variants", help="a comma-separated subset of the variants (default: all of them)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    every = training.blind_sets()
    docs = {s: training.load_set(s) for s in every}
    report: dict = {"pages": sum(len(d) for d in docs.values()), "load_seconds": round(time.perf_counter() - t0, 1)}
    new = [s for s in every if training.set_number(s) >= training.SINCE]
    # name: the sets trained on, how many times the sets from holdout33 on are repeated in it, the threshold
    variants = {
        "since33@0.9": (new, 1, 0.9),
        "since33@0.8": (new, 1, 0.8),
        "all@0.9": (every, 1, 0.9),
        "all@0.8": (every, 1, 0.8),  # the reader's until the thirty-second round
        "all@0.7": (every, 1, 0.7),
        "all@0.6": (every, 1, 0.6),
        "all@0.5": (every, 1, 0.5),  # the reader's: unit_model.THRESHOLD
        "all@0.4": (every, 1, 0.4),
        "all@0.0": (every, 1, 0.0),
        "all@0.5-nogates": (every, 1, 0.5),
        "all+new×3@0.9": (every, 3, 0.9),
    }
    if args.variants:
        variants = {k: v for k, v in variants.items() if k in args.variants.split(",")}
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.sets.split(","):
            rules = read_set(docs[held], None)
            row: dict = {"rules": figures(docs[held], rules)}
            trained: dict[tuple, tuple[str, int]] = {}  # variants that differ only in the threshold share a model
            for name, (sets, repeat, threshold) in variants.items():
                key = (tuple(sets), repeat)
                if key not in trained:
                    train_docs = [d for s in sets if s != held for d in docs[s] * (repeat if s in new else 1)]
                    data = training.training_data(train_docs)
                    trained[key] = (f"{tmp}/{held}-{name}.crf", len(data))
                    training.train(data, trained[key][0])
                path, size = trained[key]
                tagger = pycrfsuite.Tagger()
                tagger.open(path)
                unit_model.THRESHOLD, shipped = threshold, unit_model.THRESHOLD
                unit_model.GATES = not name.endswith("-nogates")
                after = read_set(docs[held], tagger)
                unit_model.GATES = True
                row[name] = figures(docs[held], after) | {"train_sequences": size}
                row[name]["changed"] = changes(docs[held], rules, after)
                if name == "all@0.8":
                    row["all@0.8+shorten"] = figures(docs[held], read_set(docs[held], tagger, shorten=True))
                unit_model.THRESHOLD = shipped
                tagger.close()
            report[held] = row
            brief = {k: [row[k]["recall"], row[k]["precision"], row[k]["value_head"], row[k]["not_money"]]
                     for k in ("rules", *variants, "all@0.8+shorten") if k in row}
            print(held, json.dumps(brief), file=sys.stderr)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
