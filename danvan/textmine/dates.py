"""Dates written the Vietnamese way, the text's own date, the event's date and the reporting period."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .textutil import fold

# "10/7/2026", "10-7-2026", "10.7.2026" and "10/7" (year supplied by the context).
# ("(?<![\w/.-])(\d{1,2})" written "(\d(?<![\w/.-]\d)\d?)" as in TIME below: the search jumps from digit to digit)
DMY = re.compile(r"(\d(?<![\w/.-]\d)\d?)[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\w/-]|\.\d)")
# "ngày 14 tháng 9 năm 2026", "14 tháng 9 năm 2026", "ngày 14 tháng 9".
LONG = re.compile(r"(?i)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)(?![.,]\d)")
# "10:30", "10 giờ 30 phút", "8h", "14 giờ". Written to start with a digit ("(?<!\d)\d{1,2}" as
# "\d(?<!\d\d)\d?") so that the regex engine jumps from digit to digit instead of trying every position.
TIME = re.compile(r"\d(?<!\d\d)\d?\s*(?:(?::|giờ|h)\s*\d{2}(?:\s*(?::\d{2}|phút))?(?!\d)|giờ(?!\w))")
MONTH_YEAR = re.compile(r"(?i)tháng\s+(\d{1,2})\s*(?:năm|/|-)\s*(\d{4})")
YEAR_WORD = re.compile(r"(?i)\b(?:năm|giai đoạn|nhiệm kỳ|niên khóa|khóa)\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?")


def make_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, int | None, int, int]]:
    """All dates as (start, end, year|None, month, day), in text order, without overlaps."""
    found: list[tuple[int, int, int | None, int, int]] = []
    for m in _LONG_CORE.finditer(text):  # LONG.finditer, without trying "ngày" at every position
        found.append(
            (
                _ngay_before(text, m.start()),
                m.end(),
                int(m.group(3)) if m.group(3) else None,
                int(m.group(2)),
                int(m.group(1)),
            )
        )
    for m in DMY.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        year = m.group(3)
        if year is None and not _date_context(text, m.start()):
            continue  # "3/4" alone is too often a fraction or a ratio
        found.append((m.start(), m.end(), int(year) if year else None, month, day))
    found.sort()
    out: list[tuple[int, int, int | None, int, int]] = []
    for item in found:
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out


_LONG_CORE = re.compile(r"(?i)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)(?![.,]\d)")


def _ngay_before(text: str, start: int) -> int:
    """Start of the optional "ngày " LONG allows before the day (start itself when absent)."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k < start and k >= 4 and text[k - 4 : k].lower() == "ngày":
        return k - 4
    return start


_DATE_LEAD = re.compile(
    r"(?:ngay|sang|chieu|toi|trua|dem|hom|tu|den|truoc|sau|cuoi|dau|vao|thu (?:hai|ba|tu|nam|sau|bay)|"
    r"chu nhat|[-,(|:])\s*$"
)


def _date_context(text: str, start: int) -> bool:
    before = fold(text[max(0, start - 14) : start])
    return bool(_DATE_LEAD.search(before)) or start == 0 or text[start - 1] == "\n"


def resolve_year(month: int, day: int, anchor: date | None) -> date | None:
    """A date written without its year takes the anchor's year (the previous one if it would lie far ahead)."""
    if anchor is None:
        return None
    d = make_date(anchor.year, month, day)
    if d and (d - anchor).days > 45:
        d = make_date(anchor.year - 1, month, day)
    return d


_FULL_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/-])")
_ISO_DATE = re.compile(r"\d(?<![\d/.-]\d)\d{3}([/.-])(\d{1,2})\1(\d{1,2})(?![\d/.-])")  # opens with a digit (speed)
# What a date line may hold besides its date: weekday, "Cập nhật", "Ngày đăng", "lúc", a time, GMT, separators.
_DATELINE_REST = re.compile(
    r"\d{1,2}\s*(?:[:hg]|gio)\s*\d{2}(?::\d{2})?(?:\s*phut)?|\b(?:luot|so luot) (?:xem|doc|truy cap)\s*:?\s*[\d.]+|\bgmt\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?|\bthu\s*[2-7]\b|\bt[2-7]\b|"
    r"\b(?:thu|hai|ba|tu|nam|sau|bay|chu|nhat|cn|cap|nhat|luc|ngay|da|dang|tai|xuat|ban|gio|sang|chieu|am|pm)\b|"
    # the words that announce a posting: "Ngày đăng tin", "Tin đăng ngày", "Thời gian đăng", "Ngày phát hành"
    r"\b(?:tin|bai|thoi gian|phat hanh|gui|lan cuoi|posted|published|updated|on)\b|"
    r"[^\w]+|_"  # punctuation, "·" and the symbols a social page prints after the date ("Đã đăng … · 🌏")
)


_CLOCK = r"(?:lúc\s*)?\d{1,2}\s*(?:[:h]|giờ)\s*\d{2}(?:\s*phút)?"
# A date line in words after the words that announce it and a time, before or after the date.
_LONG_LINE = re.compile(
    r"^(?:(?:ngày đăng|đăng lúc|đăng ngày|đăng|cập nhật(?: lúc| ngày)?|xuất bản|thứ\s+\w+|chủ nhật)[\s:,|-]*)+"
    rf"(?:{_CLOCK}[\s,|-]*)?(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s+năm\s+|,?\s+)(\d{{4}})"
    rf"(?:\s*[-|,]?\s*{_CLOCK})?\s*(?:\(gmt[^)]*\))?\s*$",
    re.I,
)


_BYLINE = re.compile(
    r"^\s*(?:Tác giả|Người đăng|Đăng bởi|Người gửi|Gửi bởi|Người viết|Biên tập|Bài(?:,| và) ảnh|Bài|Nguồn|Theo)\s*:?\s*"
    r"[A-ZĐÀ-Ỹ][^\d|,\-–:]{0,40}?\s*[-–|,]\s*"
)


# a byline after the date and a separator, to the line's end: "… - Người gửi: quantri", "… | Đăng bởi: Admin"
_BYLINE_AFTER = re.compile(
    r"\s*[-–|,]\s*(?:Tác giả|Người đăng|Đăng bởi|Người gửi|Gửi bởi|Người viết|Biên tập)\s*:?\s*[^\d|:]{1,40}"
    r"(?:\|\s*(?:Lượt xem|Lượt đọc|Số lượt xem)\s*:?\s*[\d.]+\s*)?$"  # "… | Người đăng: X | Lượt xem: 96"
)


# a site's section before a bar and the date: "Tin tức | 10:15 AM, 05/09/2024", "Thời sự - Chính trị | 05/09/2024"
_SECTION = re.compile(r"^\s*[A-ZĐÀ-Ỹ][^\d|,:.]{0,30}\|\s*")


@lru_cache(maxsize=512)  # the headline's and the lead's search ask again about the same few lines of a page
def date_line(line: str) -> date | None:
    """The date of a line that is nothing but a date line: "Cập nhật: 09:42, 21/03/2022 (GMT+7)",
    "08:15 | 03/11/2021", "17/05/2022 - 10:05", "Ngày đăng 06/09/2023 | 16:20", "Thứ Hai, 11/11/2024",
    "T5, 02/04/2026 - 14:05", "Ngày gửi: 22/04/2013 - Người gửi: quantri", "Tuyên Quang, ngày 14 tháng 9 năm 2026"
    (the place-and-date line of a Party or state document)."""
    if len(line) > 80:
        return None
    m = re.match(r"^[^\d,]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*\.?$", line, re.I)
    if m:
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    # "Ngày 4 tháng 12 năm 2026", "Thứ Sáu, ngày 4 tháng 12 năm 2026 - 08:30": the long form alone on its line
    m = re.match(
        r"^(?:thứ\s+\w+|chủ nhật)?[,\s]*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
        r"(?:\s*[-|,]?\s*(?:lúc\s*)?\d{1,2}\s*[:h]\s*\d{2})?\s*$",
        line.strip(),
        re.I,
    )
    if m:
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    # "Thứ Bảy, 15 tháng 8, 2026 - 09:40": day and month in words, the year after a comma
    m = re.match(
        r"^(?:thứ\s+\w+|chủ nhật)?[,\s]*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})"
        r"(?:\s*[-|,]?\s*(?:lúc\s*)?\d{1,2}\s*[:h]\s*\d{2})?\s*$",
        line.strip(),
        re.I,
    )
    if m:
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _LONG_LINE.match(line.strip())
    if m:  # "Đăng lúc: 08 giờ 30 phút, ngày 06 tháng 01 năm 2026", "Đăng ngày 23 Tháng 11, 2021 | 10:02"
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _FULL_DATE.search(line)
    if not m:
        iso = _ISO_DATE.search(line)  # "2018-10-26 16:40:05": a content system's own stamp, year first
        if iso and not _DATELINE_REST.sub("", fold(line[: iso.start()] + " " + line[iso.end() :])):
            return make_date(int(iso.group()[:4]), int(iso.group(2)), int(iso.group(3)))
        return None
    # "Yên Bái, 29/12/2022": a place and the date, as a report's place-and-date line in figures
    place = re.match(r"^([^\d,|:]{2,30}),\s*$", line[: m.start()])
    if place and not line[m.end() :].strip(" .") and place.group(1).strip()[:1].isupper():
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    # a byline before the date: "Tác giả: Minh Anh - 05/04/2024", "Bài, ảnh: Thu Hà | 12/3/2023"
    by = _BYLINE.match(line[: m.start()]) or _SECTION.match(line[: m.start()])
    after = line[m.end() :]
    if signed := _BYLINE_AFTER.search(after):
        after = after[: signed.start()]  # "Ngày gửi: 22/04/2013 - Người gửi: quantri": the byline after the date
    rest = fold(line[by.end() if by else 0 : m.start()] + " " + after)
    if _DATELINE_REST.sub("", rest):
        return None
    return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def published_date(lines: list[str]) -> date | None:
    """The date the text carries: the place-and-date line of a report, else the last date line above the
    article (a site's header may print today's date above the article's own)."""
    head = [ln.strip() for ln in lines[:40] if ln.strip()][:15]
    for line in head:
        if re.match(r"^[^\d,]{2,40},\s*ngày\s", line, re.I) and (found := date_line(line)):
            return found
    found = None
    for line in head[:12]:
        if len(line) >= 100 and found:
            break
        found = date_line(line) or found
    return found


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIODS = [
    (re.compile(r"(?<!\d)(?:06|6|sau) thang dau nam(?:\s+(\d{4}))?|nua dau nam(?:\s+(\d{4}))?"), "H1"),
    (re.compile(r"(?<!\d)(?:06|6|sau) thang cuoi nam(?:\s+(\d{4}))?|nua cuoi nam(?:\s+(\d{4}))?"), "H2"),
    # "3 tháng đầu năm 2026": the first quarter
    (re.compile(r"(?<!\d)(?<!\w)(?:03|3|ba) thang dau nam(?:\s+(\d{4}))?"), "Q1"),
    (re.compile(r"(?<!\d)(?:09|9|chin) thang(?: dau nam)?(?:\s+(?:nam\s+)?(\d{4}))?"), "9M"),
    (re.compile(r"quy (iv|iii|ii|i|[1-4])\b(?:\s*(?:nam|/)\s*(\d{4}))?"), "Q"),
    (re.compile(r"thang (\d{1,2})\s*(?:nam|/)\s*(\d{4})"), "M"),
    (re.compile(r"thang (\d{1,2})\b(?!\s*(?:/|nam|\d))"), "M?"),
    # "cuối năm 2025", "đầu năm 2024", "từ năm 2020" name a moment, not the year a text reviews; "Hiến pháp năm
    # 2013", "sinh năm 1975", "thành lập năm 1930" name a text's or a person's or a body's year
    (
        re.compile(
            r"(?:cong tac|(?<!cuoi )(?<!dau )(?<!truoc )(?<!phap )(?<!sinh )(?<!lap )nam|ket qua)\s+"
            r"(?:nam\s+)?(\d{4})\b"
        ),
        "Y",
    ),
]


def find_period(text: str, fallback_year: int | None) -> str | None:
    """Period code (Y-MM, Y-Qn, Y-H1, Y-H2, Y-9M, Y) named in a title or a lead sentence."""
    found = _first_period(text, fallback_year)
    return found[1] if found else None


# "Triển khai nhiệm vụ năm 2012", "… phương hướng 6 tháng cuối năm", "tạo đà cho năm 2012", "hướng tới năm 2020",
# "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026" (the field of work between, in lower case):
# the period of the work planned, not reviewed
_PLANNED = re.compile(
    r"\b(?:(?:nhiem vu|phuong huong|ke hoach|muc tieu)(?: [a-z]+){0,9}|tao da(?: cho)?|huong toi"
    r"|chuan bi(?: cho)?)\s+$"
)


def planned_period(text: str, fallback_year: int | None) -> str | None:
    """The period a title names when it is the one the work is planned for ("triển khai nhiệm vụ năm 2012" over a
    review of 2011), else None."""
    found = _first_period(text, fallback_year)
    return found[1] if found and _PLANNED.search(fold(text)[: found[0]]) else None


_REVIEW = re.compile(r"\b(?:tong ket|so ket)\b")
_REVIEW_CLAUSE_END = re.compile(r"[.;]|\b(?:trien khai|phuong huong|ke hoach|nhiem vu|muc tieu)\b")


def reviewed_period(lead: str, fallback_year: int | None) -> str | None:
    """The period a review names in the lead ("tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026"),
    read before the words of what is planned; None when the lead names no review with a period."""
    folded = fold(lead[:400])
    m = _REVIEW.search(folded)
    if not m:
        return None
    end = _REVIEW_CLAUSE_END.search(folded, m.end())
    found = _first_period(lead[m.end() : end.start() if end else m.end() + 120], fallback_year)
    return found[1] if found else None


def _moment_before(text: str, at: int, kind: str, year: str = "", this_year: int | None = None) -> bool:
    """"hồi tháng 8" (a moment past), "từ năm 2020" (since), "tầm nhìn đến năm 2030" (a horizon): no period of work;
    "trật tự năm 2022" is one (the folded text cannot tell "từ" from "tự")."""
    before = text[max(0, at - 4) : at].lower()
    if kind == "Y" and year and year != str(this_year) and _LAW_BEFORE.search(text, max(0, at - 80), at):
        return True  # "giám sát … Luật Phòng, chống ma túy năm 2021" on a page of 2022: the law's year, no period of work
    return before == "hồi " or kind == "Y" and before.endswith(("từ ", "Từ ", "đến ", "tới "))


_LAW_BEFORE = re.compile(r"\b(?:Bộ luật|Luật|Pháp lệnh) [A-ZĐ][^.;:()\n]{0,60}\s$")


def _first_period(text: str, fallback_year: int | None) -> tuple[int, str] | None:
    folded = fold(text)
    best: tuple[int, str] | None = None
    for rx, kind in _PERIODS:
        # "… khiếu nại đông người hồi tháng 8": a moment past, not the month of work an event covers ("công tác Hội
        # tháng 9" folds the same and is one)
        m = rx.search(folded)  # the first match, read again past any "hồi" (or "từ" before a year) when one precedes it
        if m and _moment_before(text, m.start(), kind, m.group(1) if kind == "Y" else "", fallback_year):
            m = next((x for x in rx.finditer(folded) if not _moment_before(text, x.start(), kind, x.group(1) if kind == "Y" else "", fallback_year)), None)
        if not m:
            continue
        groups = [g for g in m.groups() if g]
        code = None
        if kind in ("H1", "H2", "9M", "Q1"):
            year = (
                int(groups[-1]) if groups and groups[-1].isdigit() and len(groups[-1]) == 4 else fallback_year
            )
            code = f"{year}-{kind}" if year else None
        elif kind == "Q":
            q = _ROMAN.get(m.group(1))
            year = int(m.group(2)) if m.group(2) else fallback_year
            code = f"{year}-Q{q}" if q and year else None
        elif kind == "M":
            month = int(m.group(1))
            code = f"{int(m.group(2))}-{month:02d}" if 1 <= month <= 12 else None
        elif kind == "M?":
            month = int(m.group(1))
            code = f"{fallback_year}-{month:02d}" if fallback_year and 1 <= month <= 12 else None
        elif kind == "Y":
            code = m.group(1)
        if code and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return best
