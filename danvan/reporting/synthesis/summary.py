"""What the province did, section by section: the units' excerpts read with the text reader (danvan.textmine)
and summarised, and the figures compared with earlier periods. No query: it works on a build
(`content.build_synthesis`) and on roll-up rows the caller read.

- **Common points** (`common_points`): an activity or a topic reported by at least two units, stated once
  with the number of units that reported it out of the units that wrote the section ("18/24 đơn vị đã tổ
  chức hội nghị …"), with a few of the units named.
- **Notable results** (`notable_results`): the sentences that carry counted results (textmine's quantities),
  the richest first, at most one per unit, each with its unit.
- **Figures compared** (`compare_rows`): each indicator of this period beside the previous period and the
  same period last year, with the change.

The units' full excerpts are not in the summary: the .docx prints them in an appendix (rendering).
"""

import re
from decimal import Decimal
from functools import cache

from danvan.core.text import format_number
from danvan.textmine import sentence_at, split_sentences
from danvan.textmine.pipeline import quantities_with_spans
from danvan.textmine.textutil import fold, load_json
from danvan.textmine.topics import find_topics

# (key, the folded words that name it, what "N/M đơn vị đã …" says). More specific activities first; a
# sentence counts once per activity, a unit once per activity however many of its sentences name it.
ACTIVITIES: list[tuple[str, str, str]] = [
    ("so_tong_ket", r"so ket|tong ket", "tổ chức sơ kết, tổng kết"),
    ("doi_thoai", r"doi thoai", "tổ chức đối thoại với Nhân dân"),
    ("hoi_nghi", r"hoi nghi|hoi thao|toa dam", "tổ chức hội nghị, hội thảo, tọa đàm"),
    ("tap_huan", r"tap huan|boi duong|lop hoc", "tổ chức tập huấn, bồi dưỡng"),
    ("tuyen_truyen", r"tuyen truyen|pho bien|quan triet", "tuyên truyền, phổ biến, quán triệt"),
    ("giam_sat", r"giam sat|phan bien", "thực hiện giám sát, phản biện xã hội"),
    ("dan_van_kheo", r"dan van kheo", "xây dựng, nhân rộng mô hình “Dân vận khéo”"),
    ("trao_qua", r"trao (?:tang )?qua|tang qua|suat qua|hoc bong|so tiet kiem", "trao tặng quà, học bổng"),
    ("nha", r"nha dai doan ket|nha tinh nghia|nha tinh thuong|nha o cho", "hỗ trợ xây dựng, sửa chữa nhà ở"),
    ("tiep_dan", r"tiep cong dan|tiep dan|don thu|khieu nai|to cao", "tiếp công dân, giải quyết đơn thư"),
    ("nam_tinh_hinh", r"nam tinh hinh|du luan|tam tu|nguyen vong", "nắm tình hình, tâm tư, nguyện vọng của Nhân dân"),
    ("van_dong", r"van dong|hien dat|ung ho|dong gop", "vận động Nhân dân tham gia, đóng góp"),
]
# One pass over a text finds every activity it names (the group that matched is the activity's key).
_ACTIVITY_RX = re.compile("|".join(rf"(?P<{key}>\b(?:{words})\b)" for key, words, _ in ACTIVITIES))
_PHRASES = {key: phrase for key, _, phrase in ACTIVITIES}


def activities_in(folded: str) -> set[str]:
    """The keys of the activities a folded text names."""
    return {m.lastgroup for m in _ACTIVITY_RX.finditer(folded) if m.lastgroup}
MIN_UNITS = 2  # a point reported by one unit only is no common point (it may be a notable result)
MAX_POINTS = 8
MAX_NAMED = 3
MAX_RESULTS = 5
MAX_SENTENCE = 400
MAX_READ = 8_000  # characters of a unit's section read for its points and results (an excerpt is rarely longer)
_DIGIT = re.compile(r"\d")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in split_sentences(text) if s.strip()]


def _units_of_section(section: dict) -> dict[int, dict]:
    """{unit id: {"name", "text"}}: a unit's excerpts of the section (a quarter: its months) joined."""
    units: dict[int, dict] = {}
    for excerpt in section["excerpts"]:
        unit = units.setdefault(excerpt["unit_id"], {"name": excerpt["unit_name"], "texts": []})
        unit["texts"].append(excerpt["text"])
    return {uid: {"name": u["name"], "text": " ".join(u["texts"])} for uid, u in units.items()}


def common_points(units: dict[int, dict]) -> list[dict]:
    """[{key, phrase, count, total, units: [names]}] of activities and topics at least MIN_UNITS units
    reported, the most reported first."""
    found: dict[str, dict] = {}
    for uid, unit in units.items():
        folded = fold(unit["text"][:MAX_READ])
        for key in activities_in(folded):
            found.setdefault(key, {"key": key, "phrase": f"đã {_PHRASES[key]}", "units": {}})["units"][uid] = unit["name"]
        for topic in find_topics(unit["text"][:MAX_READ], folded):
            key = "topic:" + topic["code"]
            point = found.setdefault(key, {"key": key, "phrase": "", "units": {}, "topic": topic["code"]})
            point["units"][uid] = unit["name"]
    if found:
        labels = _topic_labels()
        for point in found.values():
            if point.get("topic"):
                point["phrase"] = f"có nội dung về {labels.get(point['topic'], point['topic']).lower()}"
    order = {key: n for n, (key, _, _) in enumerate(ACTIVITIES)}
    points = [p for p in found.values() if len(p["units"]) >= MIN_UNITS]
    points.sort(key=lambda p: (-len(p["units"]), order.get(p["key"], len(order)), p["key"]))
    return [{"key": p["key"], "phrase": p["phrase"], "count": len(p["units"]), "total": len(units),
             "units": sorted(p["units"].values(), key=fold)[:MAX_NAMED]} for p in points[:MAX_POINTS]]


@cache
def _topic_labels() -> dict[str, str]:
    return {code: spec.get("label", code) for code, spec in load_json("topics.json")["topics"].items()}


def notable_results(units: dict[int, dict]) -> list[dict]:
    """[{unit, text, quantities}]: per unit its sentence richest in counted results (textmine's
    quantities; a percentage or a date is no result), the richest units first, at most MAX_RESULTS."""
    best: list[tuple[tuple, dict]] = []
    for uid, unit in units.items():
        # Only sentences with a digit can hold a counted result: the reader (the costly part) reads those only.
        candidates = " ".join(s for s in _sentences(unit["text"][:MAX_READ]) if _DIGIT.search(s))
        if not candidates:
            continue
        text, quantities = quantities_with_spans(candidates)
        by_sentence: dict[str, list[dict]] = {}
        for q in quantities:
            if q["unit"] in ("%", "‰"):  # a share (per cent or per mille) is no counted result
                continue
            start, end = q["_span"]
            sentence = _sentence_around(text, start, end)
            by_sentence.setdefault(sentence, []).append(q)
        if not by_sentence:
            continue
        sentence, found = max(by_sentence.items(), key=lambda item: (len(item[1]), _largest(item[1])))
        best.append(((-len(found), -_largest(found), unit["name"], uid),
                     {"unit": unit["name"], "text": _clip(sentence), "quantities": len(found)}))
    best.sort(key=lambda item: item[0])
    return [result for _, result in best[:MAX_RESULTS]]


def _sentence_around(text: str, start: int, end: int) -> str:
    return " ".join(sentence_at(text, start, end).split())


def _largest(quantities: list[dict]) -> float:
    return max(float(q["value"]) for q in quantities)


def _clip(sentence: str) -> str:
    sentence = sentence.strip().rstrip(";,")
    if len(sentence) > MAX_SENTENCE:
        sentence = sentence[:MAX_SENTENCE].rsplit(" ", 1)[0] + " …"
    return sentence if sentence.endswith((".", "!", "?", "…")) else sentence + "."


def first_sentences(units: dict[int, dict], points: list[dict]) -> list[dict]:
    """When no sentence carries a figure: each unit's first sentence that no common point already says
    (at most MAX_RESULTS units)."""
    stated = {p["key"] for p in points}
    rows = []
    for uid in sorted(units, key=lambda u: fold(units[u]["name"])):
        fresh = [s for s in _sentences(units[uid]["text"][:MAX_READ]) if not activities_in(fold(s)) & stated]
        if fresh:
            rows.append({"unit": units[uid]["name"], "text": _clip(fresh[0]), "quantities": 0})
        if len(rows) == MAX_RESULTS:
            break
    return rows


def summarise_section(section: dict) -> dict:
    """{units, points, results} of one section of a build."""
    units = _units_of_section(section)
    if not units:
        return {"units": 0, "points": [], "results": []}
    points = common_points(units)
    results = notable_results(units) or first_sentences(units, points)
    return {"units": len(units), "points": points, "results": results}


def point_line(point: dict) -> str:
    names = ", ".join(point["units"])
    named = f"như {names}, …" if point["count"] > len(point["units"]) else names
    return f"– {point['count']}/{point['total']} đơn vị {point['phrase']} ({named})."


def result_line(result: dict) -> str:
    return f"– {result['unit']}: {result['text']}"


def section_text(summary: dict) -> str:
    """The default text of a section: the common points, the notable results, a pointer to the appendix."""
    if not summary["units"]:
        return ""
    lines = []
    if summary["points"]:
        lines.append("Những điểm chung:")
        lines.extend(point_line(p) for p in summary["points"])
    if summary["results"]:
        lines.append("Kết quả nổi bật:")
        lines.extend(result_line(r) for r in summary["results"])
    lines.append(f"(Trích báo cáo của {summary['units']} đơn vị ở Phụ lục.)")
    return "\n".join(lines)


def _change(now, before) -> dict | None:
    if now is None or before is None:
        return None
    now, before = Decimal(str(now)), Decimal(str(before))
    rate = None if before == 0 else (now - before) / abs(before)
    return {"delta": now - before, "rate": rate, "now": now}


def compare_rows(current: list[dict], previous: list[dict], last_year: list[dict]) -> list[dict]:
    """The roll-up rows of this period, each with "previous", "last_year" and their "change_previous",
    "change_last_year" ({delta, rate} or None when a figure is missing)."""
    before = {r["code"]: r["value"] for r in previous}
    year_ago = {r["code"]: r["value"] for r in last_year}
    rows = []
    for row in current:
        p, y = before.get(row["code"]), year_ago.get(row["code"])
        rows.append({**row, "previous": p, "last_year": y,
                     "change_previous": _change(row["value"], p), "change_last_year": _change(row["value"], y)})
    return rows


def change_text(change: dict | None) -> str:
    """"tăng 12 (+8,5%)", "giảm 3 (-2,0%)", "không đổi", "" when a figure is missing."""
    if change is None or (change["delta"] == 0 and change["now"] == 0):
        return ""
    delta, rate = change["delta"], change["rate"]
    if delta == 0:
        return "không đổi"
    word = "tăng" if delta > 0 else "giảm"
    percent = "" if rate is None else f" ({'+' if rate > 0 else ''}{rate * 100:.1f}%)".replace(".", ",")
    return f"{word} {format_number(abs(delta))}{percent}"
