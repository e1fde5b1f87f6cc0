"""How far the blind sets' labels run a counted unit, per counted noun and per kind of word after it; prints JSON.

    PYTHONPATH=$PWD .venv/bin/python bench/unit_census.py [SET_DIR ...] [--min 3] [--words]

Every labelled quantity that counts something (money, percentages and measures left out) is looked for on its page:
a number of the same value whose following words begin with the label's unit. For each kind of word that can follow
a counted noun (`classify`: "mới", "vay", a people's name, an activity such as "tuyên truyền", a programme's name,
"Tết", "chuyên đề", a second noun after a comma …) found right after the first one, two or three words of what follows
the number, the label either stops before it (the counted noun is those words: "stop") or runs over it ("keep"); any
other extent says nothing of that kind. Each kind is counted again by what follows it ("+ close": a full stop,
semicolon, colon or the line's end; "+ comma"; "+ open": anything else), and a people's name by how it is introduced
("ethnic/người", "ethnic/đồng bào", "ethnic/dân tộc" or bare "ethnic"). What the reader gives at the same value is
counted the same way ("reader_keeps", "reader_stops"). Counts are kept per counted noun and kind, set by set
("sets": keep/stop); "verdict" is "keep" or "stop" when at least 75 % of the labels go one way, at least three sets
lean that way and no more than a quarter of the sets lean the other (`verdict`), else "split". With no SET_DIR, every
set under danvan/textmine/tests/blind. The reader's rules are changed only where the verdict is not "split"
(docs/apps/textmine.md, twenty-fourth round).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from danvan.textmine import extract_text  # noqa: E402
from danvan.textmine.textutil import load_json, normalize  # noqa: E402

BLIND = REPO / "danvan" / "textmine" / "tests" / "blind"

# Kinds of word after a counted noun: a name and a test on the words that follow it (lower case, with diacritics)
# and on the original text (for capitals and quotes).
_ACTIVITIES = (
    "tuyên truyền", "tập huấn", "dạy nghề", "tiếp xúc", "đối thoại", "giám sát", "phổ biến", "hướng dẫn",
    "truyền thông", "tư vấn", "hòa giải", "vận động", "chuyển giao", "bồi dưỡng", "khám chữa", "sinh hoạt", "sơ kết",
    "tổng kết", "kiểm tra", "diễn tập", "học tập", "tọa đàm", "giao lưu", "thăm hỏi", "trao đổi", "lấy ý kiến",
    "góp ý", "xây dựng", "trồng", "thăm", "cấp phát", "khám",
)
_PROGRAMME_WORDS = ("tình thương", "tình nghĩa", "nhân ái", "đồng đội", "tình đồng đội", "mái ấm", "nghĩa tình")
_PLACE_KINDS = ("biên giới", "ven biển", "đặc biệt khó khăn", "vùng", "miền núi", "nông thôn", "khó khăn", "vùng sâu")


def _ethnic() -> list[str]:
    return sorted((g.lower() for g in load_json("units.json")["ethnic_groups"]), key=len, reverse=True)


def classify(rest: str) -> tuple[str, int] | None:
    """The kind of the words at the start of `rest` (the page's text after a counted noun) and their length in
    characters, or None."""
    low = rest.lower()
    m = re.match(r"(\s*)", rest)
    lead = m.end() if m else 0
    body, lowb = rest[lead:], low[lead:]
    if body.startswith(","):
        w = re.match(r",\s*([^\W\d]+(?:\s+[^\W\d]+)?)", body)
        return ("comma_noun", lead + w.end()) if w and w.group(1)[0].islower() else None
    if body[:1] in "“\"":
        q = re.match(r"[“\"][^”\"\n]{2,50}[”\"]", body)
        return ("programme_name", lead + q.end()) if q else None
    for name, words in (
        ("mới", ("mới",)),
        ("vay", ("vay vốn", "vay")),
        ("tết", ("tết", "trung thu")),
        ("chuyên_đề", ("chuyên đề",)),
        ("ưu_tú", ("ưu tú", "tiêu biểu", "xuất sắc", "điển hình")),
        ("khởi_nghiệp", ("khởi nghiệp",)),
        ("place_kind", _PLACE_KINDS),
        ("programme_name", _PROGRAMME_WORDS),
        ("activity", tuple(sorted(_ACTIVITIES, key=len, reverse=True))),
    ):
        for w in words:
            if re.match(rf"{re.escape(w)}(?!\w)", lowb):
                return name, lead + len(w)
    for prefix in ("đồng bào ", "người ", "dân tộc ", ""):
        if lowb.startswith(prefix):
            after = body[len(prefix):]
            if after[:1].isupper():
                for g in _ETHNIC:
                    if after.lower().startswith(g) and not re.match(r"\w", after[len(g):len(g) + 1]):
                        return f"ethnic{'/' + prefix.strip() if prefix else ''}", lead + len(prefix) + len(g)
    if body[:1].isupper() and body[:1].isalpha():
        w = re.match(r"[^\W\d]+(?:\s+[A-ZĐÀ-Ỹ][^\W\d]*)*", body)
        return ("capital_name", lead + w.end()) if w else None
    w = re.match(r"[^\W\d]+", body)
    return (f"word:{w.group().lower()}", lead + w.end()) if w else None


_ETHNIC: list[str] = []

_NUMBER = re.compile(r"(?<![\w.,/])\d{1,3}(?:\.\d{3})+(?![\d,]\d)|(?<![\w.,/])\d+(?:,\d+)?(?![\d.]\d)")
_SKIP_UNITS = re.compile(r"^(?:%|đồng|triệu|tỷ|tỉ|nghìn|ngàn|usd|vnđ|ha|km|m2|m3|kg|tấn|tạ|lít|m\b)", re.I)


def _value(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("”", '"').replace("“", '"')).strip().lower()


def located(page: str, value: float, unit: str) -> list[int]:
    """Ends of the numbers of `value` on the page followed by the words of `unit`."""
    want = _norm(unit)
    out = []
    for m in _NUMBER.finditer(page):
        if abs(_value(m.group()) - value) < 1e-6 and _norm(page[m.end() : m.end() + len(unit) + 12]).startswith(want):
            out.append(m.end())
    return out


def decisions(page: str, end: int, unit: str) -> list[tuple[str, str, str]]:
    """(counted noun, kind, "keep" or "stop") for the unit `unit` written after the number ending at `end`."""
    rest = page[end : end + 160].split("\n")[0]
    words = list(re.finditer(r"[^\W\d]+", rest))
    want = _norm(unit)
    out = []
    for i in range(1, min(4, len(words) + 1)):
        head_end = words[i - 1].end()
        head = _norm(rest[:head_end])
        if any(not w.group()[0].islower() for w in words[:i]):
            break  # the counted noun is lower case
        hit = classify(rest[head_end:])
        if not hit:
            continue
        kind, size = hit
        if want == head:
            way = "stop"
        elif want.startswith(_norm(rest[: head_end + size])):
            way = "keep"
        else:
            continue
        follow = rest[head_end + size :].lstrip()
        closing = "close" if not follow or follow[0] in ".;:!?)" else "comma" if follow[0] == "," else "open"
        out += [(head, kind, way), (head, f"{kind} + {closing}", way)]
    return out


def census(sets: list[Path]) -> dict:
    table: dict = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    for folder in sets:
        pages = folder / "pages"
        for exp_path in sorted((folder / "expected").glob("*.json")):
            found = list(pages.glob(exp_path.stem + ".*"))
            if not found:
                continue
            page = normalize(found[0].read_text(encoding="utf-8"))
            labels = json.loads(exp_path.read_text(encoding="utf-8")).get("quantities", [])
            reader = extract_text(page)["quantities"]
            for q in labels:
                unit = q.get("unit") or ""
                if not unit or _SKIP_UNITS.match(unit) or not isinstance(q.get("value"), (int, float)):
                    continue
                ends = located(page, q["value"], unit)
                if not ends:
                    continue
                got = {_norm(g.get("unit") or "") for g in reader if g.get("value") == q["value"]}
                for head, kind, way in decisions(page, ends[0], unit):
                    cell = table[f"{head} | {kind}"][folder.name]
                    cell[0 if way == "keep" else 1] += 1
                    if head in got:
                        cell[3] += 1  # the reader stops before it
                    elif any(g.startswith(head + " ") or g.startswith(head + ",") for g in got):
                        cell[2] += 1  # the reader runs over it (or further)
    return table


def verdict(per_set: dict) -> str:
    """"keep" or "stop" when at least 75 % of the labels go that way and at least three sets lean that way (more
    than half of their labels) with no more than a quarter of the sets that have any leaning the other way;
    "split" otherwise."""
    keep = sum(v[0] for v in per_set.values())
    stop = sum(v[1] for v in per_set.values())
    leans = ["keep" if k > s else "stop" if s > k else "even" for k, s, _, _ in per_set.values() if k + s]
    for way, mine, other in (("keep", keep, "stop"), ("stop", stop, "keep")):
        if mine >= 0.75 * (keep + stop) and leans.count(way) >= 3 and leans.count(other) <= 0.25 * len(leans):
            return way
    return "split"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--min", type=int, default=3, help="leave out counted nouns and kinds seen fewer times")
    parser.add_argument("--words", action="store_true", help="also any other word after the noun (\"word:…\")")
    args = parser.parse_args()
    _ETHNIC.extend(_ethnic())
    sets = [Path(d) for d in args.dirs] or sorted(p for p in BLIND.iterdir() if (p / "expected").is_dir())
    table = census(sets)
    out = {}
    for key, per_set in sorted(table.items(), key=lambda kv: -sum(a + b for a, b, _, _ in kv[1].values())):
        keep = sum(v[0] for v in per_set.values())
        stop = sum(v[1] for v in per_set.values())
        if keep + stop < args.min or (not args.words and "| word:" in key):
            continue
        out[key] = {
            "keep": keep,
            "stop": stop,
            "reader_keeps": sum(v[2] for v in per_set.values()),
            "reader_stops": sum(v[3] for v in per_set.values()),
            "verdict": verdict(per_set),
            "sets": {s: f"{v[0]}/{v[1]}" for s, v in sorted(per_set.items())},
        }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
