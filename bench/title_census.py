"""How far the blind sets' labels run a title written between commas after a name; prints JSON.

    PYTHONPATH=$PWD .venv/bin/python bench/title_census.py [SET_DIR ...] [--cases]

For every labelled person, each place where the page writes the name, a comma and a post's head in capitals ("A,
Phó Giám đốc Quỹ …, cho biết") gives a segment: the words from the head to the next separator (a comma, a
semicolon, a full stop, a bracket, a colon, a spaced dash or the line's end). The labels of that person either give
the segment whole ("whole"), stop inside it ("stop": the words left over are shown), run on over its separator
("over") or name none of those ("other"). Each is counted by what follows the separator (`after`: "verb" for a
clause's verb, "honorific", "post" for another post's head, "name", "body" for a body's word, "lower", "end" for a
full stop or the line's end, else the separator itself), with the reader's own titles counted the same way
("reader vs label") and the first word the labels stop before ("label stops before"). With no SET_DIR, every set under danvan/textmine/tests/blind. The reader's title is run to the separator only for the
shapes the labels give whole (docs/apps/textmine.md, twenty-seventh round).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import extract as bench  # noqa: E402

from danvan.textmine import extract_file  # noqa: E402
from danvan.textmine.orgs import lexicon, org_word_at, title_at  # noqa: E402
from danvan.textmine.textutil import fold, normalize, tokenize  # noqa: E402

BLIND = REPO / "danvan" / "textmine" / "tests" / "blind"
_END = re.compile(r"[,;.:()\n]|\s[-–]\s")
# the first words of a clause's verbs after a subject and its posts
_VERBS = ("cho biết", "đề nghị", "phát biểu", "chủ trì", "nhấn mạnh", "khẳng định", "báo cáo", "trình bày", "chia sẻ",
          "thông tin", "nêu", "nói", "cho rằng", "yêu cầu", "đánh giá", "trao", "tặng", "thăm", "đã", "được", "cùng",
          "tham", "dự", "kiêm", "đồng thời", "chúc", "giới thiệu", "tiếp", "ghi", "biểu dương", "quán triệt")


def after(text: str, k: int) -> str:
    """What follows a segment's separator at k."""
    if k >= len(text) or text[k] in ".\n;":
        return "end"
    if text[k] != ",":
        return text[k:k + 2].strip() or "end"
    rest = text[k + 1 :].lstrip()
    tokens = tokenize(rest[:80])
    if not tokens:
        return "end"
    low = rest.lower()
    if any(low.startswith(v + " ") for v in _VERBS):
        return "verb"
    lx = lexicon()
    if lx.honorifics.match(tokens, 0):
        return "honorific"
    if title_at(tokens, 0, lower_ok=False):
        return "post"
    if org_word_at(tokens, 0):
        return "body"
    if tokens[0].is_cap:
        return "name"
    return "lower"


def kind(titles: list[str], segment: str, text: str, end: int) -> tuple[str, str]:
    seg = fold(segment).strip()
    folded = [fold(t).strip() for t in titles]
    if seg in folded:
        return "whole", ""
    over = [t for t in folded if t.startswith(seg) and len(t) > len(seg)]
    if over:
        return "over", ""
    stop = [t for t in folded if seg.startswith(t + " ")]
    if stop:
        return "stop", segment[len(max(stop, key=len)) :].strip()
    return "other", ""


def census(sets: list[Path], cases: bool) -> dict:
    counts: dict[str, Counter] = defaultdict(Counter)
    listed: list[dict] = []
    for folder in sets:
        for page, labels in bench.pairs(folder):
            text = normalize(page.read_text(encoding="utf-8"))
            expected = json.loads(labels.read_text(encoding="utf-8")).get("people", [])
            got = {fold(p["name"]): p["titles"] for p in extract_file(page)["people"]}
            for person in expected:
                for m in re.finditer(re.escape(person["name"]) + r"\s*,\s*", text):
                    start = m.end()
                    tokens = tokenize(text[start : start + 60])
                    if not tokens or not title_at(tokens, 0, lower_ok=False):
                        continue
                    e = _END.search(text, start)
                    end = e.start() if e else len(text)
                    segment = text[start:end]
                    follows = after(text, end)
                    label, rest = kind(person["titles"], segment, text, end)
                    reader, _ = kind(got.get(fold(person["name"]), []), segment, text, end)
                    counts["label"][f"{label} / {follows}"] += 1
                    counts["reader vs label"][f"{label} / reader {reader}"] += 1
                    if rest:
                        counts["label stops before"][rest.split()[0]] += 1
                    if cases and label != reader:
                        listed.append({"page": page.name[:30], "segment": segment, "after": follows, "label": label,
                                       "rest": rest, "reader": reader, "labels": person["titles"],
                                       "got": got.get(fold(person["name"]), [])})
    out: dict = {k: dict(v.most_common()) for k, v in counts.items()}
    if cases:
        out["cases"] = listed
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--cases", action="store_true", help="list where the reader and the labels differ")
    args = parser.parse_args()
    sets = args.sets or sorted(p for p in BLIND.iterdir() if (p / "expected").is_dir())
    print(json.dumps(census(sets, args.cases), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
