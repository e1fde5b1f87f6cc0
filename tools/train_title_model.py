"""Train the reader's model of title extents (danvan/textmine/title_model.py) on the blind sets' labels.

    PYTHONPATH=$PWD DEBUG=1 .venv/bin/python tools/train_title_model.py [--out FILE]

Writes danvan/textmine/data/title_model.crfsuite (or FILE) and prints how many labelled people and titles were
aligned. The same labels and the same reader names give the same file: the pages are read in a fixed order and
CRFsuite's L-BFGS has no randomness.

Alignment: each person the reader finds whose name is labelled (as bench/extract.py pairs them) is a target; each
mention of the name opens a window (title_model.Page.windows). A labelled title is aligned when its words (folded)
lie in such a window, outside the name; the person is aligned when all their titles are. Training keeps the windows
of aligned people where a title was found, tagged B / I / O, and every window of a labelled person without titles
(all O: they teach the model not to give one). Only the reader's names are used, never its titles, so the model
does not learn from itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pycrfsuite

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from danvan.textmine import read_file  # noqa: E402
from danvan.textmine.pipeline import extract_text, prepare  # noqa: E402
from danvan.textmine.textutil import fold, tokenize  # noqa: E402
from danvan.textmine.title_model import MODEL, Page  # noqa: E402

BLIND = REPO / "danvan" / "textmine" / "tests" / "blind"
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 100, "feature.possible_transitions": True}


def set_number(name: str) -> int:
    if name in ("dev", "holdout"):
        return {"dev": 0, "holdout": 1}[name]
    return int(name[len("holdout") :])


def blind_sets() -> list[str]:
    return sorted((p.name for p in BLIND.iterdir() if (p / "expected").is_dir()), key=set_number)


def load_set(name: str) -> list[dict]:
    """Each page of a blind set: the text as the reader reads it, its people, the labelled people."""
    out = []
    directory = BLIND / name
    for exp_path in sorted((directory / "expected").glob("*.json")):
        found = sorted((directory / "pages").glob(exp_path.stem + ".*"))
        if not found:
            continue
        doc = read_file(found[0])
        text = prepare(doc.text)
        got = extract_text(doc.text, source=found[0].name, published=doc.published)
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        out.append({
            "page": Page(text, tokenize(text), [p["name"] for p in got["people"]]),
            "expected": exp.get("people", []),
            "got": got["people"],
            "stem": exp_path.stem,
            "path": found[0],
        })
    return out


def labelled(doc: dict) -> list[tuple[dict, dict]]:
    """(labelled person, the reader's person of the same name), as bench/extract.py pairs them."""
    pairs, used = [], set()
    for exp in doc["expected"]:
        for idx, g in enumerate(doc["got"]):
            if idx not in used and fold(exp["name"]).strip() == fold(g["name"]).strip():
                used.add(idx)
                pairs.append((exp, g))
                break
    return pairs


def training_data(docs: list[dict], stats: dict | None = None) -> list[tuple[list[list[str]], list[str]]]:
    data = []
    for doc in docs:
        page = doc["page"]
        for exp, g in labelled(doc):
            titles = exp.get("titles", [])
            windows = page.windows(g["name"])
            spans = [[page.find(w, t) for t in titles] for w in windows]
            aligned = all(any(sp[k] for sp in spans) for k in range(len(titles)))
            if stats is not None:
                stats["people"] += 1
                stats["titles"] += len(titles)
                stats["titles_aligned"] += sum(1 for k in range(len(titles)) if any(sp[k] for sp in spans))
                stats["people_aligned"] += int(aligned and bool(windows))
            if not aligned or not windows:
                continue
            for w, sp in zip(windows, spans, strict=True):
                if titles and not any(sp):
                    continue
                tags = ["O"] * (w[1] - w[0])
                for span in sp:
                    if span and all(t == "O" for t in tags[span[0] - w[0] : span[1] - w[0]]):
                        tags[span[0] - w[0]] = "B"
                        for k in range(span[0] + 1, span[1]):
                            tags[k - w[0]] = "I"
                data.append((page.features(w), tags))
    return data


def train(data: list, path: str | Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def new_stats() -> dict[str, int]:
    return {"people": 0, "people_aligned": 0, "titles": 0, "titles_aligned": 0}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(MODEL))
    args = parser.parse_args()
    stats = new_stats()
    docs = [d for s in blind_sets() for d in load_set(s)]
    data = training_data(docs, stats)
    train(data, args.out)
    print(json.dumps({"pages": len(docs), "windows": len(data), **stats, "model": args.out}))


if __name__ == "__main__":
    main()
