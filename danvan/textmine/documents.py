"""References to directive documents: 'Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng'."""

from __future__ import annotations

import re
from datetime import date

from .dates import resolve_year
from .document_issuers import (
    BARE_ISSUERS,
    advised_body,
    issuer_after,
    issuer_as_agent,
    issuer_as_subject,
    issuer_before,
    issuer_on_page,
    joint_issuer,
    level_as_subject,
    share_body_forward,
    share_issuers,
)
from .number_context import counted_by_verb, counts_after
from .orgs import lexicon
from .textutil import Token, sentence_case_caps, tokenize

TYPES = (
    "Thông báo kết luận",
    "Nghị quyết liên tịch",
    "Kế hoạch liên tịch",
    "Thông tư liên tịch",
    "Chương trình phối hợp và thống nhất hành động",
    "Chương trình phối hợp thống nhất hành động",
    "Báo cáo chính trị",
    "Thông bạch",
    "Chương trình phối hợp giám sát",
    "Chương trình phối hợp",
    "Quy chế phối hợp",
    "Văn bản liên tịch",
    "Văn bản thỏa thuận",
    "Hợp đồng ủy thác",
    "Quy chế làm việc",
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Quyết định",
    "Kế hoạch",
    "Hướng dẫn",
    "Quy định",
    "Thông báo",
    "Công văn",
    "Công điện",
    "Báo cáo",
    "Nghị định",
    "Thông tư",
    "Thông tri",
    "Đề án",
    "Chương trình",
    "Quy chế",
    "Tờ trình",
    "Luật",
    "Pháp lệnh",
    "Điều lệ",
)
# A notice of conclusions is a notice (its symbol is TB); the longer name is matched so that it is no "Kết luận".
_TYPE_OF = {"Thông báo kết luận": "Thông báo"}
_TYPE_RE = "|".join(TYPES)
# numbered references may be written in lower case: "kế hoạch số 45/KH-TU", "đề án 62"
# (each type twice, as written and with a small first letter, rather than "[Nn]ghị quyết": alternatives that all open
# with a letter let the search skip every position whose character opens none, several times faster, same matches)
_NUM_TYPE_RE = "|".join(f"{t}|{t[0].lower()}{t[1:]}" for t in TYPES)
_ABBR_TYPE = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "QĐi": "Quy định",
    "TB": "Thông báo",
    "CV": "Công văn",
    "CĐ": "Công điện",
    "BC": "Báo cáo",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "ĐA": "Đề án",
    "CTr": "Chương trình",
    "TTr": "Tờ trình",
}
_SYMBOL = r"[A-ZĐ0-9][\wĐđ&.]*(?:[/-][\wĐđ&.]+)*"
# the number on the type word's line: "Pháp luật" closing a breadcrumb over "08:15 | 03/11/2012" is no law 08; a
# number may end in a letter ("Nghị quyết 6b/NQ-BCH" of the Confederation of Labour)
NUMBERED = re.compile(
    rf"(?P<type>{_NUM_TYPE_RE})(?P<action>\s+hành\s+động)?(?:\s+(?:chuyên\s+đề|giám\s+sát))?[^\S\n]+(?:(?P<so>số)\s*:?\s*)?(?P<num>\d{{1,5}}+(?!\d)(?:[a-z](?=\s*[-/]\s*\d{{4}}/|[-/][A-ZĐ]|[^\w/-]))?)"
    r"(?P<more>(?:\s*,\s*(?:số\s+)?\d{1,5}|\s+và\s+(?:số\s+)?\d{1,5})*(?=\s*[-/]\s*(?:\d{4}/)?[A-ZĐ]|\s+của\s))?"
    rf"(?:\s*(?P<sep>[-/])\s*(?P<sym>{_SYMBOL}))?"
    r"(?![\d,.]\d)(?![\d,.]*\s*[%‰])"  # "thông báo 94% hội viên", "hướng dẫn 100% người dân": a share, no number
)
_DATE_AFTER = re.compile(
    r"^\s*,?\s*\(?\s*(?:ban hành\s+|cùng\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*(?:[/.-]\s*(\d{4}))?|tháng\s+(\d{1,2})"
    r"(?:\s+năm\s+(\d{4}))?)"
)
_LAW = re.compile(
    r"(?P<type>Luật|Bộ luật|Pháp lệnh)\s+(?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^\n.;,()\"“”]{2,120}"
    # "Luật Phòng, chống bạo lực gia đình", "Luật Tín ngưỡng, tôn giáo", "Luật Thi đua, khen thưởng"
    r"(?:, chống[^\n.;,()\"“”]{2,80}|, (?:tôn giáo|tố cáo|khen thưởng|chữa cháy)(?![^\W\d_]))?)"
)
_NEXT_REFERENCE = re.compile(rf"\s+(?:và|,)\s+(?:{_TYPE_RE})\b")
# "Quyết định 217-QĐ/TW, 218-QĐ/TW": a further number with its own symbol under the same type word
_FURTHER = re.compile(rf"\s*(?:,|và)\s*(?:số\s+)?(\d{{1,5}})\s*[-/]\s*({_SYMBOL})")
_LAW_STOP = re.compile(
    r"\s+(?:năm\s+\d{4}|số\b|của\b|được\b|đã\b|đang\b|sẽ\b|theo\b|để\b|với\b|cho\b|trong\b|tại\b|và\s+(?:các|Luật)|"
    r"về\b|này\b|khi\b|là\b|có\b|quy định|nhằm\b|đến\b|từ\b|trên\b|thì\b|mà\b|(?:sửa đổi|bổ sung)\b|đi vào|"
    r"ban hành|hiện hành|hướng dẫn)"
)
_LAW_SYMBOL = r"\d{4}/(?:QH|PL-UBTVQH|UBTVQH)\d{1,2}"
_LAW_NUMBER = re.compile(rf"\s+số\s+(\d{{1,5}})\s*/\s*({_LAW_SYMBOL})\b")
# a law's or an ordinance's whole name up to its number, commas and "của" inside ("Luật Lực lượng tham gia bảo vệ an
# ninh, trật tự ở cơ sở số 30/2023/QH15", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13")
_LAW_NAMED_NUMBER = re.compile(
    rf"(?P<type>Luật|Bộ luật|Pháp lệnh)\s+(?P<name>[A-ZĐ][^\n.;()\"“”]{{2,160}}?)(?=\s+số\s+\d{{1,5}}\s*/\s*{_LAW_SYMBOL}\b)"
)
# A document's own name in quotes, right after its number
_NAME_QUOTED = re.compile(r"\s*[\"“][^\"”\n]{3,160}[\"”]")
# A quoted "Chương trình “Mùa xuân nghĩa tình”" is a campaign, not a document: left out.
_QUOTED = re.compile(
    rf"(?P<type>{_TYPE_RE.replace('|Chương trình', '')})\s+(?:số\s+\S+\s+)?[\"“](?P<name>[^\"”\n]{{3,160}})[\"”]"
)
def find_documents(
    text: str, anchor: date | None, tokens: list[Token] | None = None
) -> tuple[list[dict], list[tuple[int, int]]]:
    """Documents referred to, and the spans they occupy (numbers inside them are not results)."""
    tokens = tokenize(text) if tokens is None else tokens
    starts = {t.start: k for k, t in enumerate(tokens)}
    docs: list[dict] = []
    spans: list[tuple[int, int]] = []
    runs: list[tuple[int, int, int, int]] = []  # start, end, first and last+1 index in docs
    for m in NUMBERED.finditer(text):
        further: list[tuple[str, str]] = []
        if not m.group("so") and not m.group("sym") and counts_after(text, m.end()):
            continue  # "Kế hoạch 5 năm", "Chương trình 3 nội dung" are not numbered documents
        if not m.group("so") and not m.group("sym") and counted_by_verb(m.group("type"), text, m.end()):
            continue  # "kết luận 18 đảng viên có vi phạm", "hướng dẫn 186 công đoàn cơ sở": the verb, counting
        number, symbol = m.group("num"), m.group("sym")
        if symbol and symbol.endswith("."):
            symbol = symbol.rstrip(".")  # the sentence's full stop
        # "Kết luận 120, 121-KL/TW của Ban Bí thư": every number shares the symbol, date and issuer after them
        numbers = [number] + re.findall(r"\d{1,5}", m.group("more") or "")
        if m.group("sep") == "/" and symbol and not re.search(r"[A-ZĐ]", symbol):
            continue  # a date such as "Kết luận 14/7"
        end = m.end()
        doc_date = None
        dm = _DATE_AFTER.match(text[end : end + 60])
        if dm:
            day = int(dm.group(1))
            month = int(dm.group(2) or dm.group(4))
            year = dm.group(3) or dm.group(5)
            year_hint = re.search(r"(?:^|/)(\d{4})/", symbol or "")
            if year:
                doc_date = _safe_date(int(year), month, day)
            else:
                base = date(int(year_hint.group(1)), 12, 31) if year_hint else anchor
                resolved = resolve_year(month, day, base)
                doc_date = resolved.isoformat() if resolved else None
            end += dm.end()
        if symbol and text[m.start("sym") : m.end("sym")].endswith("."):
            end -= 1
        while not dm and symbol and (fm := _FURTHER.match(text, end)):
            if fm.group(2).rstrip(".").split("/")[-1] != symbol.split("/")[-1]:
                break
            further.append((fm.group(1), fm.group(2).rstrip(".")))
            end = fm.end() - (1 if fm.group(2).endswith(".") else 0)
        if further and (dm2 := _DATE_AFTER.match(text[end : end + 60])) and (dm2.group(3) or dm2.group(5)):
            # "Quy định 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị": the date after the last is each one's
            doc_date = _safe_date(
                int(dm2.group(3) or dm2.group(5)), int(dm2.group(2) or dm2.group(4)), int(dm2.group(1))
            )
            end += dm2.end()
        issuer, end = issuer_after(text, tokens, starts, end)
        if issuer and (joined := _NEXT_REFERENCE.search(text[end - len(issuer) : end + 30])) and joined.start() < len(issuer):
            # "của Bộ Công an và Kế hoạch 248/KH-CAT …": the issuer's name stops before the next reference (also when
            # it took only the type's first word: "… BĐBP tỉnh và Chương" of "và Chương trình phối hợp …")
            end -= len(issuer) - joined.start()
            issuer = issuer[: joined.start()]
        if issuer and "liên tịch" in m.group("type").lower():
            issuer, end = joint_issuer(text, tokens, starts, issuer, end)
        if issuer is None and (quoted := _NAME_QUOTED.match(text, end)):
            # "Đề án 1025 “Hỗ trợ phụ nữ khởi nghiệp” của Thủ tướng Chính phủ": the issuer after the quoted name
            issuer, after = issuer_after(text, tokens, starts, quoted.end())
            end = after if issuer else end
        if issuer is None and (issuer := issuer_as_subject(text, tokens, m.start())):
            doc_date = doc_date or _date_before(text, text.rfind(issuer, 0, m.start()))
        if issuer is None:
            issuer = (
                issuer_as_agent(text, tokens, m.start())
                or level_as_subject(text, m.start(), symbol)
                or issuer_before(text, tokens, starts, m.start(), symbol)
                or issuer_on_page(text, tokens, m.start(), symbol)
                or advised_body(text, tokens, m.start(), symbol)
            )
        elif issuer in BARE_ISSUERS:
            issuer = issuer_before(text, tokens, starts, m.start(), symbol, page=True) or issuer
        title, signed = _title_after(text, end)
        doc_date = doc_date or signed
        doc_type = m.group("type")
        doc_type = doc_type[0].upper() + doc_type[1:]
        if m.group("action") and doc_type == "Chương trình":
            doc_type = "Chương trình hành động"  # the type as the page writes it (eight labels of ten)
        doc_type = _TYPE_OF.get(doc_type, doc_type)
        first = len(docs)
        for num, sym in [(n, symbol) for n in numbers] + further:
            docs.append(
                {
                    "type": doc_type,
                    "number": num,
                    "symbol": sym,
                    "date": doc_date,
                    "issuer": issuer,
                    "title": title,
                    "text": text[m.start() : end].strip(" ,"),
                }
            )
        spans.append((m.start(), end))
        runs.append((m.start(), end, first, len(docs)))
    share_issuers(text, docs, runs)
    share_body_forward(text, docs, runs)
    _share_same_day(text, docs, runs)
    for rx in (_LAW, _QUOTED):
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            name = m.group("name")
            if rx is _LAW and (whole := _LAW_NAMED_NUMBER.match(text, m.start())) and len(whole.group("name").split()) <= 25:
                name = whole.group("name")
            elif rx is _LAW:
                stop = _LAW_STOP.search(name)
                name = name[: stop.start()] if stop else name
                numbered_after = _LAW_NUMBER.match(text, m.start("name") + len(name.rstrip()))
                # a long name only with its number after it ("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân
                # dân số 85/2015/QH13")
                if len(name.split()) > (18 if numbered_after else 12) or len(name.split()) < 1:
                    continue
            name = name.strip()
            end = m.start("name") + len(name) + (1 if rx is _QUOTED else 0)
            number = symbol = issuer = None
            if rx is _LAW and (numbered := _LAW_NUMBER.match(text, end)):
                # "Luật Công đoàn số 50/2024/QH15 (của Quốc hội)": a law named, then numbered
                number, symbol = numbered.group(1), numbered.group(2)
                issuer, end = issuer_after(text, tokens, starts, numbered.end())
                end = max(end, numbered.end())
            docs.append(
                {
                    "type": m.group("type"),
                    "number": number,
                    "symbol": symbol,
                    "date": None,
                    "issuer": issuer,
                    "title": name,
                    "text": text[m.start() : end].strip(),
                }
            )
            spans.append((m.start(), end))
    return _dedupe(docs), spans


# "Ngày 12/8/2024, Ban Thường vụ Đảng ủy đã ban hành Kết luận số 21-KL/ĐU": the day written before the issuing subject
_DATE_BEFORE = re.compile(r"ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*,\s*$", re.IGNORECASE)


def _date_before(text: str, subject: int) -> str | None:
    m = _DATE_BEFORE.search(text, max(0, subject - 40), subject) if subject >= 0 else None
    return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# "… về giám sát …, ký ngày 5/6/2024": the date the document was signed, written after its subject
_SIGNED = re.compile(r",\s*(?:được\s+)?(?:ký|ban hành)\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")


def _title_after(text: str, pos: int) -> tuple[str | None, str | None]:
    """The subject after "về"/"ban hành", and the date of signing written after it (or None)."""
    m = re.match(
        r"\s*,?\s*(?:\((?:khóa|khoá)[^)]*\)\s*|khóa\s+[IVXLC]+\s*)?(?:về|ban hành)\s+", text[pos : pos + 40]
    )
    if not m:
        return None, None
    rest = text[pos + m.end() : pos + m.end() + 240]
    cut = re.search(r"[;\n]|\.(?!\d)", rest)
    title = rest[: cut.start()] if cut else rest
    signed = _SIGNED.search(title)
    if signed:
        title = title[: signed.start()]
    day, month, year = (int(g) for g in signed.groups()) if signed else (0, 0, 0)
    return title.strip(" ,") or None, _safe_date(year, month, day) if signed else None


def _dedupe(docs: list[dict]) -> list[dict]:
    out: dict[tuple, dict] = {}
    for doc in docs:
        key = (doc["type"], doc["number"], doc["symbol"] or "", doc["title"] if not doc["number"] else "")
        if key in out:
            for field in ("date", "issuer", "title"):
                out[key][field] = out[key][field] or doc[field]
        else:
            out[key] = doc
    # "Quyết định 217" written again after "Quyết định 217-QĐ/TW": the same document, not another
    with_symbol = {(d["type"], d["number"]) for d in out.values() if d["number"] and d["symbol"]}
    # "Luật Công đoàn" written again after "Luật Công đoàn số 50/2024/QH15": the law numbered before
    named = {(d["type"], d["title"]) for d in out.values() if d["number"] and d["title"]}
    return [
        d
        for d in out.values()
        if (d["symbol"] or not d["number"] or (d["type"], d["number"]) not in with_symbol)
        and (d["number"] or (d["type"], d["title"]) not in named)
    ]


_OWN_NUMBER = re.compile(r"^Số\s*:?\s*(\d{1,5})\s*([-/])\s*(" + _SYMBOL + r")\s*$")


def own_document(lines: list[str], published: date | None) -> tuple[dict | None, str | None]:
    """The report's own number from its header ('Số 27-BC/ĐU'), with its type, date, issuer and subject."""
    head = lines[:20]
    for idx, line in enumerate(head):
        m = _OWN_NUMBER.match(line.strip())
        if not m:
            continue
        number, symbol = m.group(1), m.group(3)
        type_abbr = re.split(r"[-/]", symbol)[0]
        doc_type = _ABBR_TYPE.get(type_abbr)
        subject = None
        for k in range(idx + 1, min(len(head), idx + 10)):
            candidate = head[k].strip()
            if candidate.upper() in {t.upper() for t in TYPES}:
                doc_type = doc_type or candidate.capitalize()
                nxt = head[k + 1].strip() if k + 1 < len(head) else ""
                subject = nxt or None
                break
        issuer = None
        above = [ln.strip() for ln in head[:idx] if ln.strip() and ln.strip() != "*"]
        above = [ln for ln in above if not re.search(r"CỘNG SẢN VIỆT NAM|CỘNG HÒA|Độc lập|ĐỘC LẬP", ln)]
        if above:
            issuer = sentence_case_caps(above[-1], lexicon().canon) if above[-1].isupper() else above[-1]
        doc = {
            "type": doc_type or "Văn bản",
            "number": number,
            "symbol": symbol,
            "date": published.isoformat() if published else None,
            "issuer": issuer,
            "title": subject,
            "text": line.strip(),
        }
        return doc, subject
    return None, None


_SAME_DAY_AFTER = re.compile(r"\s*,?\s*cùng ngày(?!\s*\d)")


def _share_same_day(text: str, docs: list[dict], runs: list[tuple[int, int, int, int]]) -> None:
    """"Chỉ thị số 18-CT/TW và Chỉ thị số 19-CT/TW cùng ngày 10/01/2018 của Ban Bí thư": "cùng ngày" (the same day)
    gives the references joined before it the date of the last."""
    for (_s1, e1, a1, b1), (s2, e2, a2, b2) in zip(runs, runs[1:], strict=False):
        if b2 > a2 and text[e1:s2].strip() == "và" and re.search(r"\bcùng\s+ngày\s", text[s2:e2]):
            for k in range(a1, b1):
                docs[k]["date"] = docs[k]["date"] or docs[a2]["date"]
        elif b1 > a1 and _SAME_DAY_AFTER.match(text, e2) and s2 - e1 < 300 and "\n" not in text[e1:s2]:
            for k in range(a2, b2):  # "… Quyết định số 85-QĐ/TU ngày 5/8/2025 …; các Quyết định số 86, 87-QĐ/TU cùng ngày"
                docs[k]["date"] = docs[k]["date"] or docs[b1 - 1]["date"]
