"""The default extraction pipeline: rules over the text, with the divisions index and the data files."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import dates as d
from .bodies import COMMA_FIELDS
from .documents import find_documents, own_document
from .events import (
    event_kind,
    event_lead,
    event_period,
    find_event_date,
    programme_of_gifts,
    visit_with_gifts,
)
from .headline import headline
from .numbers import find_quantities
from .organizations import find_organizations
from .people import find_people
from .places import find_places
from .sections import split_sections
from .textutil import fold, load_json, normalize, reflow, tokenize
from .topics import find_topics
from .units_rules import MERIT

MAX_CHARS = 2_000_000  # longer texts are read up to this point
_FESTIVAL = re.compile(r"\b(?:ngay hoi|le hoi)\b")
_CEREMONY = re.compile(r"\b(?:to chuc|dien ra)(?: trong the| long trong| trang trong)? le\b")
_KEY_TASKS = re.compile(
    r"(?<!\d)(\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:nhom\s+)?(?:nhiem vu|nhiem vu, giai phap|"
    r"nhom giai phap)\s+(?:va giai phap\s+)?(?:trong tam|chu yeu|trong yeu)"
)
_KEY_TASKS_END = ("trong tam", "chu yeu", "trong yeu")
_WORD_NUM = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}


def prepare(text: str) -> str:
    return reflow(_unflowed(text))


def _unflowed(text: str, normalized: str | None = None) -> str:
    """The page normalised (`normalized` when the caller has it already) and its clutter removed."""
    from .readers import strip_clutter

    return strip_clutter(normalize(text[:MAX_CHARS]) if normalized is None else normalized)


def quantities_with_spans(text: str) -> tuple[str, list[dict]]:
    text = prepare(text)
    lines = text.split("\n")
    anchor = d.published_date(lines)
    _docs, doc_spans = find_documents(text, anchor)
    return text, find_quantities(text, _excluded(text, doc_spans))


# "2020-2025"; "(?<!\d)(?:19|20)" is written "(?:19|20)(?<!\d\d\d)" so the search jumps to "1"/"2".
_YEAR_RANGE = re.compile(r"(?:19|20)(?<!\d\d\d)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")


def _excluded(text: str, doc_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = list(doc_spans)
    spans += [(s, e) for s, e, *_ in d.find_dates(text)]
    spans += [(m.start(), m.end()) for m in d.TIME.finditer(text)]
    spans += [(m.start(), m.end()) for m in d.MONTH_YEAR.finditer(text)]
    spans += [(m.start(), m.end()) for m in d.YEAR_WORD.finditer(text)]
    spans += [(m.start(), m.end()) for m in _YEAR_RANGE.finditer(text)]
    return spans


def extract_text(
    text: str,
    source: str = "",
    *,
    topics_path: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> dict:
    """Everything the reader finds in one text, in the shape of `danvan extract --json`."""
    normalized = normalize(text[:MAX_CHARS])  # once: the body below, and the headline from the page as copied
    text = reflow(_unflowed(text, normalized))
    lines = text.split("\n")
    folded = fold(text)
    pub = d.published_date(lines)
    if pub is None and published:
        pub = date.fromisoformat(published)
    own, subject = own_document(lines, pub)
    # The headline is read from the page as copied: reflowing may join it to the line under it, and the
    # breadcrumb that clutter removal drops is what marks where the article starts.
    head_title = title or _title(normalized[:20_000].split("\n"), subject, own)
    lead = event_lead(lines, head_title)
    kind = event_kind(head_title or "", lead, own)
    if kind is None and (programme_of_gifts(lines, lead) or visit_with_gifts(lines, head_title or "", lead)):
        kind = "trao_qua"  # "tổ chức chương trình “Xuân Biên phòng …”" / "Tại chương trình, … trao 350 suất quà"
    # a festival ("Ngày hội Đại đoàn kết …") is no event of the listed kinds (20 labels of 22), but it is held on a day
    # … and so is a ceremony the lead holds ("tổ chức Lễ đón nhận Huân chương …", labels keep its date)
    festival = kind is None and bool(_FESTIVAL.search(fold(head_title or "")) or _CEREMONY.search(fold(lead[:300])))
    event_date = find_event_date(lead, pub, kind, held=festival)
    anchor = pub or event_date
    year = anchor.year if anchor else None
    period = event_period(head_title or "", lead, kind, year, body=normalized)
    if kind and event_date is None and own and own.get("date"):
        event_date = date.fromisoformat(own["date"])
    if anchor is None and period:
        anchor = date(int(period[:4]), 12, 31)
    tokens = tokenize(text, folded)  # the one token pass every extractor shares
    # … but people, places and bodies read a field written with a comma as one word ("Trung tâm Phòng, chống HIV/AIDS
    # tỉnh", "Ban Giám sát, phản biện xã hội", "tổ an ninh, trật tự": bodies.COMMA_FIELDS), the comma and the slash of
    # "HIV/AIDS" read as a space, the offsets the text's; a count's noun still stops at the comma ("6 câu lạc bộ |
    # phòng, chống bạo lực gia đình": the labels' extent)
    joined = _JOINED_FIELDS.sub(" ", text)
    named = tokens if joined == text else tokenize(joined, fold(joined))
    documents, doc_spans = find_documents(text, anchor, tokens)
    if own:
        documents = [own] + [
            x for x in documents if (x["number"], x["symbol"]) != (own["number"], own["symbol"])
        ]
    people, name_tokens = find_people(named, text)
    places = find_places(named, name_tokens)
    quantities = _merge_repeats(find_quantities(text, _excluded(text, doc_spans), tokens), text, head_title)
    for q in quantities:
        q.pop("_span", None)
    return {
        "source": source,
        "title": head_title,
        "published": pub.isoformat() if pub else None,
        "event": {"kind": kind, "period": period, "date": event_date.isoformat() if event_date else None},
        "places": places,
        "people": people,
        "organizations": find_organizations(named, text),
        "quantities": quantities,
        "documents": documents,
        "topics": find_topics(text, folded, topics_path),
        "key_tasks": _key_tasks(folded, text),
    }


_JOINED_FIELDS = re.compile(
    "(?i)(?<=\\bHIV)/(?=AIDS\\b)|" + "|".join(rf"(?<=\b{a}),(?=\s+{b}\b)" for a, b in COMMA_FIELDS)
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_CAPTION_CREDIT = re.compile(r"\s*\(?(?:Ảnh|Ảnh minh họa|Nguồn ảnh)\s*:")


def _merge_repeats(quantities: list[dict], text: str, head_title: str | None) -> list[dict]:
    """The same figure in the headline or a photo caption and again in the body, or a count restated as the whole of
    a share, is one result, with the number of its mentions ("mentions", present only on a repeated figure: the shape
    stays as it was for the rest), so that nothing summing quantities counts it twice."""

    # reflowing may join the headline to the lead, and a caption to the paragraph under it: the headline is found
    # where it is written, a caption by the "Ảnh: …" that closes it
    head_at = text.find(head_title) if head_title else -1

    def short_line(span: tuple[int, int]) -> bool:
        if head_at >= 0 and head_at <= span[0] < head_at + len(head_title or ""):
            return True
        start = text.rfind("\n", 0, span[0]) + 1
        end = text.find("\n", span[1])
        line = text[start : end if end >= 0 else len(text)].strip()
        stop = _SENTENCE_END.search(text, span[1])
        if stop and _CAPTION_CREDIT.match(text, stop.end()):
            return True
        return line == head_title or (len(line) < 100 and not line.endswith(":"))

    out: list[dict] = []
    seen: dict[tuple, dict] = {}
    for q in quantities:
        key = (q["value"], fold(q["unit"]), q["qualifier"])
        first = seen.get(key)
        if first is not None and (short_line(first["_span"]) or short_line(q["_span"]) or _a_whole(first, text) or _a_whole(q, text)):
            first["mentions"] = first.get("mentions", 1) + 1
            continue
        seen.setdefault(key, q)
        out.append(q)
    for q in [o for o in out if o["unit"].lower() == "học viên"]:
        # trainees restate the people a course was given to ("tập huấn cho 180 cán bộ Đoàn … 176/180 học viên": the
        # 180); the blind sets' labels list the people by their post, 25 times of 25
        given = next((o for o in out if o is not q and _same_people(q, o)), None)
        if given is not None:
            given["mentions"] = given.get("mentions", 1) + q.get("mentions", 1)
            out.remove(q)
    if head_at < 0:
        return out
    # the headline may name the figure by a summary noun ("86 điển hình" over "86 tập thể, cá nhân"): the body's
    # figure is the result, the headline one more mention
    in_head = [q for q in out if head_at <= q["_span"][0] < head_at + len(head_title or "")]
    for q in in_head:
        body = next((o for o in out if o not in in_head and _same_figure(q, o)), None)
        if body is not None:
            body["mentions"] = body.get("mentions", 1) + q.get("mentions", 1)
            out.remove(q)
    return out


def _a_whole(q: dict, text: str) -> bool:
    """The whole of a share or of a part, "19/27 ý kiến" (the 27) or "9 trong số 12 trường hợp" (the 12): written
    where the page gives the same count again ("cử tri nêu 27 ý kiến … đã trả lời 19/27 ý kiến"), it restates it (the
    blind sets' labels list it once, 24 times of 24). Other counts written twice in the body stay two results."""
    start = q["_span"][0]
    if text[start : start + 1] == "/" or _ALL_OF.match(text, start):  # "19/27": the 27; "94/94 xã": all of them
        return True
    return _WHOLE_AFTER.search(text, max(0, start - 20), start) is not None


_ALL_OF = re.compile(r"(\d[\d.]*)/\1(?![\d.,]\d)")
_WHOLE_AFTER = re.compile(r"\btrong\s+(?:tổng\s+)?số\s+$")


# posts that count people ("180 bí thư chi đoàn", "96 chi hội trưởng"), besides units.json "people_nouns"
_POSTS = ("bi thu", "pho bi thu", "chu tich", "pho chu tich", "chi hoi truong", "to truong", "truong thon", "uy vien")


def _same_people(trainees: dict, other: dict) -> bool:
    """`other` counts people by who they are, with the value and qualifier of a count of trainees."""
    if other["value"] != trainees["value"] or other["qualifier"] != trainees["qualifier"]:
        return False
    unit = fold(other["unit"]).lower()
    return unit != "hoc vien" and any(unit == w or unit.startswith(w + " ") for w in _people_words())


@cache
def _people_words() -> tuple[str, ...]:
    return tuple(fold(w).lower() for w in load_json("units.json")["people_nouns"]) + _POSTS


_SUMMARY_NOUNS = frozenset(["dien hinh", "guong dien hinh", "dien hinh tien tien"])
_ACHIEVERS = frozenset(["tap the, ca nhan", "tap the", "ca nhan"])
_MERIT_AFTER = re.compile("(?: (?:{}))+$".format("|".join(fold(w) for w in MERIT)))  # "… điển hình tiên tiến"


def _same_figure(head: dict, body: dict) -> bool:
    """The headline's noun sums up the body's for one value and qualifier: "điển hình" for "tập thể, cá nhân".
    (A noun that holds the other, "căn nhà" and "căn nhà Đại đoàn kết", is left as two figures: the label files
    keep the body's noun on one page and the headline's on another.)"""
    if head["value"] != body["value"] or head["qualifier"] != body["qualifier"]:
        return False
    body_unit = _MERIT_AFTER.sub("", fold(body["unit"]).lower())  # "tập thể, cá nhân điển hình" (pinned: merit stays)
    return fold(head["unit"]).lower() in _SUMMARY_NOUNS and body_unit in _ACHIEVERS


def _title(lines: list[str], subject: str | None, own: dict | None) -> str | None:
    if own and subject:
        return f"{own['type']} {subject[0].lower()}{subject[1:]}" if own.get("type") else subject
    return headline(lines)


def _key_tasks(folded: str, text: str) -> dict | None:
    # every match holds "nhiem vu" or "nhom giai phap" and then one of the words _KEY_TASKS ends with: a text that
    # lacks them is not searched position by position
    m = (
        _KEY_TASKS.search(folded)
        if ("nhiem vu" in folded or "nhom giai phap" in folded) and any(w in folded for w in _KEY_TASKS_END)
        else None
    )
    if m:
        word = m.group(1)
        return {"count": int(word) if word.isdigit() else _WORD_NUM[word]}
    for section in split_sections(text):
        if section["code"] == "NV" and section["level"] == 1:
            items = re.findall(r"(?m)^\s*(?:\d{1,2}[.)]|[-+•])\s+\S", section["text"])
            if len(items) >= 2:
                return {"count": len(items)}
    return None
