"""Quality and speed of danvan.textmine over annotated samples; prints JSON.

    .venv/bin/python bench/extract.py [SAMPLES_DIR ...] [--docs N] [--nlp] [--json]

SAMPLES_DIR holds reports/ (or pages/) and expected/ (default: ../shared/samples next to the repository)
or files side by side with a .json of the same stem (danvan/textmine/tests/corpus). Expected lists hold what
must be found; recall counts those found, precision counts predicted items that match an expected
one (extra true items lower it, so it is a lower bound). Fields of an expected item that are null
are not checked. "quantities_value_unit" matches the value and the whole unit; "quantities_value_head" the value
and the unit's first word (the noun counted: "215 hộ" and "215 hộ thoát nghèo" agree), for labellers who
disagree on how far a unit runs; "quantities" (value, unit, qualifier) is the figure the targets are about. A quantity after a measure of weight or volume ("300 tấn gạo") matches a label that writes the unit
with what is weighed ("tấn gạo") or without it ("tấn", the reader's "measure"). Scalars (title, published, event kind/period/date, key tasks) are exact matches, scored
only when the expected file has the key; the event kind "khac" (none of the listed kinds) matches a
reader's null. "people" counts a person found only with every labelled title; the issue's "people, titles" are
also scored apart: "people_names" (the name alone) and "titles" (each labelled title of each person, found when the
reader gives that person, by name, that title; its precision counts the titles the reader gives the people it found
by a labelled name). An expected "not" object lists strings that must not be people ("not_people": predicted
people whose name is one of them, or lies inside one) and values that must not be money ("not_money":
predicted quantities in đồng whose text lies inside one of them or has the same leading number and word; a price
per item, which the reader marks with "per" and nothing sums, is counted apart as "not_money_per_item": money, but a
figure a label file listed as not money, such as "1 suất quà trị giá 1 triệu đồng" given to each of the people counted).
Speed: documents of about 5 KB per second on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from danvan.textmine import extract_file, extract_text  # noqa: E402
from danvan.textmine.textutil import fold  # noqa: E402
from danvan.textmine.unit_extent import unit_forms  # noqa: E402

FIELDS = ("people", "quantities", "quantities_value_unit", "quantities_value_head", "documents", "places", "topics")


def pairs(directory: Path) -> list[tuple[Path, Path]]:
    if (directory / "expected").is_dir():
        out = []
        texts = directory / "reports" if (directory / "reports").is_dir() else directory / "pages"
        for exp in sorted((directory / "expected").glob("*.json")):
            found = [p for p in texts.glob(exp.stem + ".*")]
            if found:
                out.append((found[0], exp))
        return out
    return [
        (p, p.with_suffix(".json"))
        for p in sorted(directory.iterdir())
        if p.suffix != ".json" and p.with_suffix(".json").exists()
    ]


def same(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold(a).strip() == fold(b).strip()
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6 * max(1, abs(a))
    return a == b


def item_matches(field: str, exp, got) -> bool:
    """Whether the reader's `got` is the labelled `exp`. A quantity with a "measure" ("300 tấn gạo": unit "tấn gạo",
    measure "tấn", as the project's samples and most blind labels write it) matches in either form."""
    if field.startswith("quantities") and got.get("measure"):
        return any(_matches(field, exp, form) for form in unit_forms(got))
    return _matches(field, exp, got)


def _matches(field: str, exp, got) -> bool:
    if field == "topics":
        return exp == got["code"]
    if field == "people":
        return same(exp["name"], got["name"]) and all(
            any(same(t, g) for g in got["titles"] + got.get("titles_normalized", []))
            for t in exp.get("titles", [])
        )
    if field.startswith("quantities") and exp.get("unit"):
        # '"Mái ấm tình thương"': some label files keep the quotes of a quoted name used as the unit, most do not;
        # 'căn nhà "Đồng đội"': quotes inside a unit are compared without their kind (straight or curly)
        exp = {**exp, "unit": _QUOTES.sub("", exp["unit"])}
        got = {**got, "unit": _QUOTES.sub("", got.get("unit") or "")}
    if field == "quantities_value_unit":
        return same(exp["value"], got["value"]) and same(exp["unit"], got["unit"])
    if field == "quantities_value_head":  # the number and the noun it counts, whatever the unit's extent
        return same(exp["value"], got["value"]) and fold(exp["unit"]).split()[:1] == fold(got["unit"]).split()[:1]
    if field == "places":  # "xã Quảng Thái" (a label that keeps the type word) is the commune "Quảng Thái"
        exp = {**exp, "name": _PLACE_TYPE.sub("", exp.get("name") or "")}
    if field == "documents" and exp.get("issuer") and got.get("issuer"):
        # "BCH Trung ương Đảng khóa XI": some label files keep the term after the issuer, others do not
        exp = {**exp, "issuer": _TERM.sub("", exp["issuer"])}
        got = {**got, "issuer": _TERM.sub("", got["issuer"])}
    keys = {
        "quantities": ("value", "unit", "qualifier"),
        "documents": ("type", "number", "symbol", "date", "issuer", "title"),
        "places": ("name", "level", "era", "code"),
    }[field]
    return all(exp.get(k) is None or same(_SYNONYM.get(exp[k], exp[k]), got.get(k)) for k in keys)


_QUOTES = re.compile(r'["“”]')

# Some label files write a place with its type word ("xã Quảng Thái", "thị trấn Bút Sơn"), which the level field
# already carries; the reader gives the division's name, as the divisions data and the other label files do.
_PLACE_TYPE = re.compile(r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+", re.I)

_TERM = re.compile(r"\s*\(?\s*khóa\s+[IVXLC]+\s*\)?\s*$", re.I)

# Label words that mean what the reader writes differently: "khoảng" is "about" in some labels, "approx" here.
_SYNONYM = {"about": "approx"}


def score(field: str, expected: list, got: list) -> tuple[int, int, int]:
    used: set[int] = set()
    hits = 0
    for exp in expected:
        for idx, g in enumerate(got):
            if idx not in used and item_matches(field, exp, g):
                used.add(idx)
                hits += 1
                break
    return hits, len(expected), len(got)


_MONEY = {"dong", "nghin dong", "ngan dong", "trieu dong", "ty dong", "ti dong", "vnd"}
_MONEY_WRITTEN = {"đồng", "nghìn đồng", "ngàn đồng", "triệu đồng", "tỷ đồng", "tỉ đồng", "vnđ", "đ"}


def within(part: str, whole: str) -> bool:
    """part occurs in whole as whole words and numbers ("0 đồng" is not inside "500.000 đồng")."""
    return re.search(rf"(?<![\w.,]){re.escape(part)}(?![\w])", whole) is not None


def _from_number(folded: str) -> list[str]:
    words = folded.split()
    return next((words[i:] for i, w in enumerate(words) if w[:1].isdigit()), [])


def forbidden(nots: dict, got: dict, expected_names: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Predicted people and money figures that the labels say are neither."""
    out = []
    not_people = [fold(s).strip() for s in nots.get("people", [])]
    for person in got["people"]:
        name = fold(person["name"]).strip()
        if name in expected_names:
            continue  # a labelled person whose name also lies in a labelled caption sentence
        if any(name == s or name in s for s in not_people):
            out.append(("not_people", person["name"]))
    for q in got["quantities"]:
        unit = (q.get("unit") or "").strip().lower()
        # A unit written with diacritics is money only in its own spelling ("dòng" folds to "dong" too).
        if fold(unit) not in _MONEY or (unit != fold(unit) and unit not in _MONEY_WRITTEN):
            continue
        text = fold(q.get("text") or "").strip()
        for s in nots.get("money", []):
            fs = fold(s).strip()
            # the number and the word after it ("31 dong chi" / "31 dong"), past a qualifier ("it nhat 5 ty dong" is
            # no "it nhat 1")
            lead = _from_number(fs)[:2]
            if text and (within(text, fs) or within(fs, text) or _from_number(text)[:2] == lead and lead):
                # a price per item ("mỗi suất trị giá 500.000 đồng"), given as such, is no sum of money
                out.append(("not_money_per_item" if q.get("per") else "not_money", q.get("text") or str(q["value"])))
                break
    return out


def score_titles(expected: list[dict], got: list[dict]) -> tuple[int, int, int, int]:
    """Titles one by one: (labelled titles the reader gives the same person, labelled titles, titles the reader
    gives the people whose names are labelled, those of them that match a labelled title). A person the reader
    misses loses all their titles."""
    hits = total = given = right = 0
    used: set[int] = set()
    for exp in expected:
        titles = exp.get("titles", [])
        total += len(titles)
        for idx, g in enumerate(got):
            if idx not in used and same(exp["name"], g["name"]):
                used.add(idx)
                offered = g["titles"] + g.get("titles_normalized", [])
                hits += sum(1 for t in titles if any(same(t, o) for o in offered))
                given += len(g["titles"])
                right += sum(1 for o in g["titles"] if any(same(t, o) for t in titles))
                break
    return hits, total, given, right


def evaluate(directory: Path) -> dict:
    totals = {f: [0, 0, 0] for f in (*FIELDS, "people_names", "titles")}
    titles_right = 0  # the titles' precision counts the reader's titles that match, not the labels found
    scalar = {
        "title": [0, 0],
        "published": [0, 0],
        "event.kind": [0, 0],
        "event.period": [0, 0],
        "event.date": [0, 0],
        "key_tasks": [0, 0],
    }
    misses: list[str] = []
    wrong = {"not_people": 0, "not_money": 0, "not_money_per_item": 0}
    for path, exp_path in pairs(directory):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        got = extract_file(path)
        for field in FIELDS:
            source = "quantities" if field.startswith("quantities_") else field
            h, e, g = score(field, exp.get(source, []), got[source])
            for k, v in zip(range(3), (h, e, g), strict=True):
                totals[field][k] += v
            if h < e:
                misses.append(f"{path.name}: {field} {h}/{e}")
        people = exp.get("people", [])
        names = score("people", [{"name": p["name"]} for p in people], [{**g, "titles": []} for g in got["people"]])
        *titles, right = score_titles(people, got["people"])
        titles_right += right
        for field, counts in (("people_names", names), ("titles", titles)):
            for k, v in zip(range(3), counts, strict=True):
                totals[field][k] += v
        for key in scalar:
            if key.startswith("event."):
                if key[6:] not in exp.get("event", {}):
                    continue
                e_val, g_val = exp["event"][key[6:]], got["event"][key[6:]]
                if key == "event.kind" and e_val == "khac" and g_val is None:
                    g_val = "khac"
            else:
                if key not in exp:
                    continue
                e_val, g_val = exp[key], got[key]
            if key == "title" and e_val and g_val:  # a full stop after a headline is not part of it
                ok = same(e_val.rstrip(" ."), g_val.rstrip(" ."))
            else:
                ok = e_val == g_val
            scalar[key][0] += int(ok)
            scalar[key][1] += 1
            if not ok:
                misses.append(f"{path.name}: {key} expected {e_val!r} got {g_val!r}")
        names = frozenset(fold(p["name"]).strip() for p in exp.get("people", []))
        for kind, bad in forbidden(exp.get("not", {}), got, names):
            wrong[kind] += 1
            misses.append(f"{path.name}: {kind} {bad!r}")
    out = {
        f: {
            "recall": round(h / e, 3) if e else None,
            "precision": round(h / g, 3) if g else None,
            "expected": e,
            "found": g,
        }
        for f, (h, e, g) in totals.items()
    }
    given = totals["titles"][2]
    out["titles"]["precision"] = round(titles_right / given, 3) if given else None
    out.update({k: {"accuracy": round(a / n, 3) if n else None, "n": n} for k, (a, n) in scalar.items()})
    out.update(wrong)
    out["documents_read"] = len(pairs(directory))
    out["misses"] = misses
    return out


def speed(directories: list[Path], n_docs: int, nlp: bool) -> dict:
    texts = []
    for directory in directories:
        for path, _ in pairs(directory):
            if path.suffix == ".txt":
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    docs = []
    k = 0
    while len(docs) < 50:  # documents of ~5 KB made of different sample texts
        doc = ""
        while len(doc.encode()) < 5000:
            doc += texts[k % len(texts)] + "\n\n"
            k += 1
        docs.append(doc)
    extract_text(docs[0])  # the divisions index is built once per process; not counted
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(n_docs):
        extract_text(docs[i % len(docs)])
    elapsed = time.perf_counter() - start
    # CPU time of this (single-threaded) process: the one-core figure, unaffected by other processes
    # that share the machine, which slow the wall-clock figure down.
    cpu = time.process_time() - cpu_start
    result = {
        "docs": n_docs,
        "avg_kb": round(sum(len(d.encode()) for d in docs) / len(docs) / 1024, 2),
        "seconds": round(elapsed, 3),
        "docs_per_second": round(n_docs / elapsed, 1),
        "cpu_seconds": round(cpu, 3),
        "cpu_docs_per_second": round(n_docs / cpu, 1),
    }
    if nlp:
        from underthesea import ner, pos_tag, word_tokenize

        for name, fn in (("word_tokenize", word_tokenize), ("pos_tag", pos_tag), ("ner", ner)):
            fn("khởi động")
            m = min(10, n_docs)
            t0 = time.perf_counter()
            for i in range(m):
                for para in docs[i % len(docs)].split("\n"):
                    if para.strip():
                        fn(para)
            result[f"underthesea_{name}_docs_per_second"] = round(m / (time.perf_counter() - t0), 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--nlp", action="store_true", help="also time underthesea's offline functions")
    parser.add_argument(
        "--json", action="store_true", help="accepted for symmetry with the other benches (always JSON)"
    )
    args = parser.parse_args()
    dirs = [Path(d) for d in args.dirs] or [
        REPO.parent / "shared" / "samples",
        REPO / "danvan" / "textmine" / "tests" / "corpus",
    ]
    dirs = [d for d in dirs if d.is_dir()]
    if not dirs:
        print(json.dumps({"error": "no samples directory found"}))
        sys.exit(1)
    report = {str(d): evaluate(d) for d in dirs}
    report["speed"] = speed(dirs, args.docs, args.nlp)
    report["speed"]["load_average"] = [round(x, 2) for x in os.getloadavg()]  # the machine is shared
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
