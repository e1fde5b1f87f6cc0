"""Experiment: does a sequence model of title extents, trained on the labelled blind sets, place the titles of the
people the reader finds better than the reader's rules on sets it was not trained on? Prints JSON.

    PYTHONPATH=$PWD DEBUG=1 .venv/bin/python bench/title_model.py [--sets holdout22,...] [--out FILE]

1. Alignment (tools/train_title_model.py). The reader reads every page of every blind set. Each person it gives
   whose name is labelled is a target; each occurrence of the name in the page opens a window of tokens around it, cut at the line or the
   sentence and at the nearest other person the reader gives (at most 40 tokens each side). A labelled title is
   aligned when its words (folded) occur in such a window, outside the name; the person is aligned when all their
   titles are. Training keeps the windows of aligned people where a title was found, and every window of a
   labelled person without titles (all "O": they teach the model not to give one).
2. Model. A linear-chain CRF (CRFsuite, L-BFGS, c1 0.1, c2 0.05, 100 iterations) over the window's tokens, tags
   B / I / O of a title; features: the word (lower, folded), its shape, the phrases of data/lexicon.json it opens or
   continues (title heads, organisation words, place types and place organs, honorifics, roles), the side of the
   name and the distance to it, why the window ends (another name, a line, a sentence, the width), the same for the
   two neighbours on each side.
3. Evaluation, for each of holdout22 ... holdout33 left out: trained on every other set ("loso") and, as those
   sets were new, only on the sets that existed before it and its twin ("past"). Titles are scored as
   bench/extract.py scores them (recall over the labelled titles of labelled people, precision over the titles given
   to the people found by a labelled name); "invented" counts titles given that match no label. The rules are
   scored as they are ("now") and as they were when each set was new ("then": the reader at the commit that first
   scored it, FIRST_COMMIT, unpacked from git and run on the pages). Readers: the rules; the model alone (its spans
   over all the name's windows); "combo", the rules corrected by the model (a rule's title located in a window is
   replaced by the model's span that overlaps it with another extent when the model's confidence, the least
   marginal of the span's tags and of the tags just outside it, reaches the threshold; "+add" also adds a confident
   span that overlaps no rule's title); "extend", what the reader does (title_model.extended: only lengthening,
   with its gates). The threshold 0.9 was fixed before any figure was seen; the others tell how much rests on it.
   Needs git; the reader's own use of the model is turned off here (title_model.ENABLED).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))

from extract import same  # noqa: E402  (bench/extract.py's comparison: the scorer's own)

from danvan.textmine import title_model  # noqa: E402
from danvan.textmine.textutil import fold  # noqa: E402
from danvan.textmine.title_model import Page  # noqa: E402
from tools import train_title_model as training  # noqa: E402

TEST_SETS = [f"holdout{n}" for n in range(22, 34)]
# titles recall when each set was new (SCORES.md, "before" figures; the score-*-before-* files of each set)
FIRST_TITLES = {
    "holdout22": 0.96, "holdout23": 0.984, "holdout24": 0.946, "holdout25": 0.913, "holdout26": 0.875,
    "holdout27": 0.968, "holdout28": 0.965, "holdout29": 0.901, "holdout30": 0.983, "holdout31": 0.941,
    "holdout32": 0.957, "holdout33": 0.942,
}
# the reader's commit that scored each set when it was new (SCORES.md): "rules then"
FIRST_COMMIT = {
    "holdout22": "40439c8", "holdout23": "40439c8", "holdout24": "fc7a692", "holdout25": "fc7a692",
    "holdout26": "45d803e", "holdout27": "45d803e", "holdout28": "b3ea08d", "holdout29": "b3ea08d",
    "holdout30": "949102e", "holdout31": "949102e", "holdout32": "27b6edb", "holdout33": "27b6edb",
}
THRESHOLDS = (0.5, 0.8, 0.9, 0.95, 0.99)
MAIN_THRESHOLD = 0.9

def past_sets(name: str, all_sets: list[str]) -> list[str]:
    """The sets that existed when `name` was new: written before it and its twin (22/23, 24/25 ... 32/33)."""
    n = training.set_number(name)
    first = n - (n % 2)  # 22, 24, ...
    return [s for s in all_sets if training.set_number(s) < first]


_DUMP = """
import json, sys
from pathlib import Path
from danvan.textmine import extract_file
out = {}
for path in sys.argv[1:]:
    out[Path(path).stem] = [{"name": p["name"], "titles": p["titles"],
                             "titles_normalized": p.get("titles_normalized", [])} for p in extract_file(path)["people"]]
print(json.dumps(out, ensure_ascii=False))
"""


def rules_then(commit: str, docs: list[dict], directory: Path) -> dict[str, list[dict]]:
    """The people the reader at `commit` gave on these pages (its code unpacked from git into a folder of its own)."""
    root = Path(tempfile.mkdtemp(dir=directory))
    archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "danvan"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive.stdout, check=True)
    env = {**os.environ, "PYTHONPATH": str(root), "DEBUG": "1"}
    run = subprocess.run([sys.executable, "-c", _DUMP, *(str(d["path"]) for d in docs)], cwd=root, env=env,
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout)


def predict(tagger: pycrfsuite.Tagger, page: Page, name: str) -> list[tuple[int, int, float, str]]:
    """The model's title spans around every mention of the name: (start, end, confidence, text)."""
    return [span for w in page.windows(name) for span in page.spans(tagger, w)]


# ---------------------------------------------------------------------------------------------------- scoring


def combine(
    page: Page, g: dict, spans: list, threshold: float, add: bool, extend: bool = False
) -> tuple[list[str], list[str]]:
    """The rules' titles, corrected by the model's confident spans (`extend`: only by a span that holds the rule's
    title and runs further)."""
    titles = list(g["titles"])
    normalized = list(g.get("titles_normalized", []))
    parallel = len(normalized) == len(titles)
    windows = page.windows(g["name"])
    located = []
    for t in titles:
        loc = None
        for w in windows:
            loc = page.find(w, t)
            if loc:
                break
        located.append(loc)
    for start, end, conf, text in spans:
        if conf < threshold:
            continue
        hit = False
        for k, loc in enumerate(located):
            if loc and loc[0] < end and start < loc[1]:
                hit = True
                if extend and not (start <= loc[0] and loc[1] <= end):
                    continue
                if (start, end) != loc and not any(same(text, t) for t in titles):
                    titles[k] = text
                    if parallel:
                        normalized[k] = text
                    located[k] = (start, end)
        if add and not hit and not any(same(text, t) for t in titles):
            titles.append(text)
            if parallel:
                normalized.append(text)
    return titles, normalized


def extend_only(
    page: Page, tagger: pycrfsuite.Tagger, g: dict, others: list[dict], threshold: float
) -> tuple[list[str], list[str]]:
    """What the reader does with the model (title_model.extended), the normalised forms of a changed title dropped."""
    shared = {fold(t) for p in others for t in p["titles"] if p is not g}
    titles = title_model.extended(page, tagger, g["name"], g["titles"], threshold, shared)
    gone = [t for t in g["titles"] if t not in titles]
    return titles, [n for n in g.get("titles_normalized", []) if not any(same(n, t) for t in gone)]


def score(docs: list[dict], tagger: pycrfsuite.Tagger | None) -> dict:
    readers = ["rules"] + (["model"] + [f"combo@{t}" for t in THRESHOLDS] + [f"combo+add@{t}" for t in THRESHOLDS]
                           + [f"extend@{t}" for t in THRESHOLDS]
                           if tagger else [])
    counts = {r: [0, 0, 0, 0] for r in readers}  # hits, labelled, given, right
    changed = {r: [] for r in readers}
    for doc in docs:
        page = doc["page"]
        for exp, g in training.labelled(doc):
            labels = exp.get("titles", [])
            outs = {"rules": (g["titles"], g.get("titles_normalized", []))}
            if tagger:
                spans = predict(tagger, page, g["name"])
                model: list[str] = []
                for sp in spans:
                    if not any(same(sp[3], m) for m in model):
                        model.append(sp[3])
                outs["model"] = (model, [])
                for t in THRESHOLDS:
                    outs[f"combo@{t}"] = combine(page, g, spans, t, add=False)
                    outs[f"combo+add@{t}"] = combine(page, g, spans, t, add=True)
                    outs[f"extend@{t}"] = extend_only(page, tagger, g, doc["got"], t)
            for r, (titles, normalized) in outs.items():
                offered = titles + normalized
                c = counts[r]
                c[0] += sum(1 for t in labels if any(same(t, o) for o in offered))
                c[1] += len(labels)
                c[2] += len(titles)
                c[3] += sum(1 for o in titles if any(same(t, o) for t in labels))
                if titles != g["titles"] and r in (f"combo@{MAIN_THRESHOLD}", f"extend@{MAIN_THRESHOLD}"):
                    changed[r].append({"page": doc["stem"], "name": g["name"], "labels": labels,
                                       "rules": g["titles"], "model": titles})
    out = {}
    for r, (h, n, given, right) in counts.items():
        out[r] = {"recall": round(h / n, 3) if n else None, "precision": round(right / given, 3) if given else None,
                  "labelled": n, "found": h, "given": given, "invented": given - right}
        if changed.get(r):
            out[r]["changed"] = changed[r]
    return out


def then_docs(held: str, docs: list[dict], directory: Path) -> list[dict]:
    people = rules_then(FIRST_COMMIT[held], docs, directory)
    return [
        {
            **d,
            "got": people[d["stem"]],
            "page": Page(d["page"].text, d["page"].tokens, [p["name"] for p in people[d["stem"]]]),
        }
        for d in docs
    ]


def brief(result: dict) -> list:
    return [result["recall"], result["precision"], result["invented"]]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(TEST_SETS))
    parser.add_argument("--out")
    args = parser.parse_args()
    title_model.ENABLED = False  # the rules alone: the model under test is trained here
    all_sets = training.blind_sets()
    t0 = time.perf_counter()
    docs = {s: training.load_set(s) for s in all_sets}
    report: dict = {"sets": len(all_sets), "pages": sum(len(d) for d in docs.values()),
                    "reader_seconds": round(time.perf_counter() - t0, 1)}
    stats = training.new_stats()
    training.training_data([d for s in all_sets for d in docs[s]], stats)
    report["alignment"] = stats
    main_combo = f"combo@{MAIN_THRESHOLD}"
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.sets.split(","):
            held_stats = training.new_stats()
            training.training_data(docs[held], held_stats)
            then = then_docs(held, docs[held], Path(tmp)) if held in FIRST_COMMIT else None
            row: dict = {"first_blind_titles_recall": FIRST_TITLES.get(held), "first_commit": FIRST_COMMIT.get(held),
                         "alignment": held_stats}
            modes = [("loso", [s for s in all_sets if s != held])]
            if then is not None:
                modes.append(("past", past_sets(held, all_sets)))
            for mode, train_sets in modes:
                data = training.training_data([d for s in train_sets for d in docs[s]])
                path = f"{tmp}/{held}-{mode}.crf"
                t1 = time.perf_counter()
                training.train(data, path)
                tagger = pycrfsuite.Tagger()
                tagger.open(path)
                t2 = time.perf_counter()
                row[mode] = {"train_sets": len(train_sets), "train_windows": len(data),
                             "train_seconds": round(t2 - t1, 1), "now": score(docs[held], tagger),
                             "then": score(then, tagger) if then else None, "score_seconds": round(time.perf_counter() - t2, 2)}
                tagger.close()
            report[held] = row
            line = {} if then is None else {
                "first": row["first_blind_titles_recall"],
                "rules_then": brief(row["past"]["then"]["rules"]),
                "rules_now": brief(row["past"]["now"]["rules"]),
                "model_past": brief(row["past"]["then"]["model"]),
                "combo_then_past": brief(row["past"]["then"][main_combo]),
                "model_loso": brief(row["loso"]["now"]["model"]),
                "combo_then_loso": brief(row["loso"]["then"][main_combo]),
                "combo_now_loso": brief(row["loso"]["now"][main_combo]),
                "extend_then_past": brief(row["past"]["then"][f"extend@{MAIN_THRESHOLD}"]),
            }
            line["rules_now"] = brief(row["loso"]["now"]["rules"])
            line["combo_now_loso"] = brief(row["loso"]["now"][main_combo])
            line["extend_now_loso"] = brief(row["loso"]["now"][f"extend@{MAIN_THRESHOLD}"])
            print(held, json.dumps(line), file=sys.stderr)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
