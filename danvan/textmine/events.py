"""The event a news item reports: its kind, read from the headline and the lead, the lead itself (the first paragraph
after the headline) and the day the event was held."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import dates as d
from .headline import is_furniture
from .sentences import is_sentence_end
from .textutil import fold

# Event kinds by the words that name them, the more specific first ("hội nghị sơ kết" is a so_ket,
# "hội nghị đối thoại" a doi_thoai); "hội nghị" alone comes last, in event_kind.
_VOTERS = "tiep xuc(?: voi)? cu tri"  # a voters' meeting, in the headline (_KIND_WORDS) or the lead (_MEETS_VOTERS)
_KIND_WORDS = [
    ("so ket", "so_ket"),
    ("tong ket", "tong_ket"),
    ("giao ban", "giao_ban"),
    ("dai hoi|bau (?:ban|uy ban)\\b[^,.;]{0,60}\\bnhiem ky", "dai_hoi"),  # "bầu Ban Thanh tra nhân dân nhiệm kỳ …"
    ("doi thoai|tiep (?:cong )?dan dinh ky", "doi_thoai"),  # a leader's regular citizen reception (8 labels of 9)
    (_VOTERS, "hoi_nghi"),  # a voter meeting (6 labels of 11 over holdout2–128, from five writers)
    # "bồi dưỡng kỹ năng / kiến thức / nghiệp vụ …" (163 labels of 165), "tổ chức hội nghị bồi dưỡng …" (16 of 16)
    ("tap huan|boi duong (?:nghiep vu|ky nang|kien thuc|cong tac)|lop boi duong|hoi nghi boi duong|khai giang (?:\\d+ )?lop", "tap_huan"),
    ("giam sat", "giam_sat"),
    (
        "trao (?:tang )?(?:qua|(?:hon |gan |tren |khoang )?\\d[\\d.]* (?:suat|phan)\\b|nha|(?:\\d[\\d.]* )?mai am|"
        "(?:hon |gan |tren |khoang )?\\d[\\d.]* [\"“]?(?!giai\\b)\\w+|"  # "Trao 1.500 mũ bảo hiểm" (343 labels of 346), not a prize
        "hoc bong|so tiet kiem|xe dap|bo|bieu trung|(?:tien )?ho tro|sinh ke)|tang qua|phieu mua hang|tang (?:hon |gan |tren |khoang )?\\d[\\d.]* (?:suat|phan)\\b|"
        "ban giao (?:\\d[\\d.]* )?(?:can |ngoi )?nha|trao tang|phan bo|cuu tro|"
        # "bàn giao 12 “Mái ấm Công đoàn”", "trao vốn và bò giống", "mừng thọ 168 người cao tuổi", "tiễn 1.200 công
        # nhân về quê đón Tết" (trao_qua: 10, 7, 5, 2 labels)
        "ban giao (?:\\d[\\d.]* )?[\"“]?mai am|trao (?:von|gao|bo giong|de giong)|mung tho|"
        "tien (?:dua )?(?:hon |gan |khoang )?\\d[\\d.]* cong nhan|"
        "trao (?:hon |gan |tren )?\\d[\\d.,]* (?:ty|trieu) dong",
        "trao_qua",
    ),
]
_GIFT_WORDS = _KIND_WORDS[-1][0]
# Events that happen on a day rather than review a year or a month: "trao quà … năm 2019", "… sau đợt lũ giữa tháng
# 10" name no period of work (32 labels of 32 give a gift-giving no period).
NO_PERIOD = {"trao_qua"}


def event_lead(lines: list[str], title: str | None) -> str:
    """The first paragraph after the title: where a news item says what happened, when."""
    seen_title = title is None
    for i, line in enumerate(lines[:40]):
        s = line.strip()
        if not seen_title:
            if s[:1] == "[" and s[-1:] == "]":
                s = s[1:-1].strip()  # the headline in brackets of a social page's post
            # reflowing may have joined the headline to the caption under it
            # (or a caption line "… Ảnh: X" above the headline to it)
            seen_title = s == title or bool(
                title and s and (title.endswith(s) or s.startswith(title) or s.endswith(title) or title in s)
            )
            # a caption above the headline, the headline and the lead may all be joined into one line
            rest = s[s.index(title) + len(title) :].strip(" .") if seen_title and title and title in s else ""
            if len(rest) >= 60 and not is_furniture(rest):
                # the headline and the lead (or the caption over it) joined into one line
                return _past_caption(rest, lines[i + 1 : i + 4])
            continue
        if len(s) >= 60 and not is_furniture(s):
            return _past_caption(s, lines[i + 1 : i + 4])
    return ""


def _past_caption(line: str, after: list[str]) -> str:
    """The lead past a photo's caption between it and the headline: "Già làng A chia sẻ kinh nghiệm ở thôn B." (one short
    sentence, no day) over "Ngày 21/8, Ban Dân vận … tổ chức hội nghị …" (the lead opens on the day)."""
    if len(line) > 140 or _EVENT_DATE.search(line[:80]) or re.search(r"[.!?]\s+\S", line.rstrip(" .")):
        return line
    following = next((x.strip() for x in after if x.strip()), "")
    return following if len(following) >= 60 and _opens_on_time(following) else line


# The lead opens on when the event was held: a day ("Ngày 21/8", "Sáng 12/3"), days ("Trong 2 ngày 15 và 16/8",
# "Từ ngày 12 đến 13/6") or a day named from the publication's ("Hôm qua", "Sáng nay"), after a source in brackets
_RELATIVE_DAY = re.compile(
    r"(?i)^\s*(?:\([^()\n]{1,40}\)\s*[-–]?\s*)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?P<day>hôm qua|hôm nay|nay)\b"
)


def _opens_on_time(line: str) -> bool:
    head = line[:80]
    if _EVENT_DATE.search(head) or _RELATIVE_DAY.search(head):
        return True
    days = _DAYS_OF_EVENT.search(head)
    return bool(days and days.start() <= 20)


# "dự thảo Báo cáo chính trị trình Đại hội", "chào mừng Đại hội": the title names the event, it is not one
# ("chương trình đối thoại" is one: "trình" there is part of the word "chương trình")
_MENTION_BEFORE = re.compile(
    r"\b(?:(?<!chuong )trinh|chao mung|huong toi|huong ve|tien toi|chuan bi(?: cho)?|van kien|du thao|nghi quyet|thuc hien|phuc vu|truoc|sau|"
    r"ket qua|vai tro)\s+$"
)
# in the headline, a count of events is what the work did, not the event the page reports: "… tổ chức 1.124 cuộc tiếp
# xúc cử tri", "Phối hợp tổ chức 236 hội nghị tiếp xúc cử tri"
_COUNTED_BEFORE = re.compile(r"\b\d[\d.]*\s+(?:cuoc|buoi|hoi nghi|lop|dot|phien)?\s*$")


# a kind word after "về" or a verb of improving names the headline's topic, not an event ("Triển khai Quy định 11 về
# tiếp dân, đối thoại", "Nâng cao chất lượng tiếp dân, đối thoại ở cơ sở"): the lead's event decides
_TOPIC_BEFORE = re.compile(r"\b(?:ve|nang cao|day manh|tang cuong|phat huy|doi moi)\b")


def _names_event(before: str, kind: str) -> bool:
    """Whether a kind's word in the headline (folded, after `before`) names the page's event, not a topic or a count."""
    if _TOPIC_BEFORE.search(before) or kind != "trao_qua" and _COUNTED_BEFORE.search(before):
        return False
    # "Kết quả giám sát …" opening the headline, "Hội nghị thông qua kết quả giám sát …": the supervision's own
    results = kind == "giam_sat" and (before == "ket qua " or before.endswith("thong qua ket qua "))
    return results or not _MENTION_BEFORE.search(before)


def event_kind(title: str, lead: str, own: dict | None) -> str | None:
    ft = fold(title)
    # the kind named first is the event's ("Tập huấn nghiệp vụ tổ chức đại hội …" is a tap_huan); the list's order
    # decides between words at the same place
    named: list[tuple[int, int, str]] = []
    for order, (word, kind) in enumerate(_KIND_WORDS):
        for m in re.finditer(rf"\b(?:{word})\b", ft):
            if _names_event(ft[: m.start()], kind):
                named.append((m.start(), order, kind))
                break
    # the lead's first sentence: "… tổ chức hội nghị tổng kết …", "… tổ chức lễ bàn giao 45 căn nhà …"; it names
    # the kind of a headline that says only "Hội nghị …" ("Hội nghị trực tuyến" / "… tổ chức hội nghị trực
    # tuyến tổng kết công tác dân vận năm 2022" is a tong_ket)
    first = first_sentence(lead)
    held, gathering = _held_kind(first)
    if named:
        kind = min(named)[2]
        # "Giám sát đến nơi đến chốn" over "… tổ chức hội nghị tổng kết công tác giám sát …": supervision is the
        # field of work the event held reviews
        if kind == "trao_qua" and _REPORT_ISSUED.search(first):
            return "bao_cao"  # "Đã phân bổ hơn 12 tỷ đồng …" over "… ban hành Báo cáo số 214/BC-MTTQ-BTT về …"
        if kind == "trao_qua" and gathering and not held and _ALLOCATES.search(first):
            return "hoi_nghi"  # "Phân bổ 9,2 tỷ đồng Quỹ …" over "… tổ chức hội nghị thống nhất phương án phân bổ …"
        return held if kind == "giam_sat" and held else kind
    if own and own.get("type") == "Báo cáo" or re.match(r"^bao cao\b", ft):
        return "bao_cao"
    if held:
        return held
    # "Ngày 10/12, Đảng ủy xã ban hành Báo cáo số 85-BC/ĐU về kết quả …", "Ủy ban MTTQ phường báo cáo kết quả công tác
    # Mặt trận quý I/2026": the news is the report itself
    if gathering:
        # "tổ chức hội nghị phát động Tháng cao điểm …, kết hợp trao quà", "… tổ chức hội nghị nghe báo cáo …": the
        # gathering held first
        return "hoi_nghi"
    if _REPORT_ISSUED.search(first) or _REPORTS.search(ft) and not re.match(r"^(?:hoi nghi|hoi thao|toa dam)\b", ft):
        return "bao_cao"
    if _GIFTS_COUNTED.search(ft):
        # "Hơn 12.000 suất quà Tết đến với đoàn viên" over "… tổ chức chương trình “Tết Sum vầy” …" (400 labels of 404
        # trao_qua); a gathering the lead holds, or a report it retells, comes first ("Hơn 61.000 suất quà Tết …" over
        # a quarter's giao ban)
        return "trao_qua"
    # "Ngày 26/10, Ủy ban MTTQ tỉnh … trao hơn 3.000 suất quà cho …": giving is the lead's verb itself
    if (gift := re.search(rf"\b(?:{_GIFT_WORDS})\b", first)) and not _MENTION_BEFORE.search(first, 0, gift.start()):
        return "trao_qua"
    if re.match(r"^(?:hoi nghi|hoi thao|toa dam)\b", ft) or _SESSION.search(ft):
        return "hoi_nghi"  # "HĐND xã tổ chức kỳ họp thứ 11": a council's session is a conference (14 labels of 14)
    if (met := _MEETS_VOTERS.search(first)) and not _MENTION_BEFORE.search(first, 0, met.start()):
        # "Ngày 26/11, Tổ đại biểu HĐND tỉnh … đã tiếp xúc cử tri các xã …" under a headline of what the voters
        # asked: the voters' meeting is the event, as a headline naming it is (hoi_nghi, 29 labels of 38)
        return "hoi_nghi"
    return None


_GIFTS_COUNTED = re.compile(r"\b\d[\d.]* (?:suat|phan) qua\b")
_MEETS_VOTERS = re.compile(rf"\b(?:da |se )?{_VOTERS}\b")


_SESSION = re.compile(r"\bky hop (?:thu|cuoi nam|giua nam|chuyen de|thuong le|bat thuong)\b")


_STOP = re.compile(r"[.!?](?=\s)")


def first_sentence(lead: str) -> str:
    """The lead's first sentence, folded ("" without a lead): to a full stop that ends one (`sentences`: not an
    abbreviation's, "tại TP. Long Xuyên")."""
    end = next((m.end() for m in _STOP.finditer(lead) if is_sentence_end(lead, m.start())), len(lead))
    return fold(lead[:end])


# "… ban hành Báo cáo số …", "Theo Báo cáo số 58-BC/BDVTU …", "… trình bày báo cáo của Ủy ban MTTQ tỉnh về …" (at a
# session of the council), "Thường trực Tỉnh ủy … nghe báo cáo kết quả công tác dân vận năm 2018"
_REPORT_ISSUED = re.compile(
    r"\b(?:ban hanh|co|gui|hoan thanh)\s+bao cao so\b|(?:^|, )theo bao cao\b|[-–] theo bao cao so\b|\btrinh bay (?:bao cao|thong bao)\b|"
    # "(BHP) - Theo Báo cáo số 128-BC/UBKT …", "Trích Báo cáo số 415-BC/ĐU …", "Báo cáo số 125/BC-HPN … cho thấy",
    # "… giới thiệu tóm tắt Báo cáo số …": the page retells a report; "Bộ CHQS tỉnh báo cáo Đoàn công tác …"
    r"(?:^|[-–] |\btrich |\btom tat )bao cao so\b|\bbao cao doan cong tac\b|"
    r"\bnghe bao cao\b|\b(?:vua|da) co bao cao\b|\bda bao cao (?:nhanh )?(?:tinh hinh|ket qua)\b|"
    r"\b(?:da|co buoi) bao cao voi\b|"
    # "Ban Dân vận Tỉnh ủy báo cáo Thường trực Tỉnh ủy tình hình nhân dân 6 tháng đầu năm 2015": the body reports
    r"\b(?:tinh uy|huyen uy|thanh uy|dang uy|mttq|mat tran)(?: [\w ]{1,30}?)? bao cao (?:(?:voi )?thuong truc [\w ]{1,20}? )?(?:tinh hinh|ket qua)\b"
)
_REPORTS = re.compile(r"\b(?:nghe )?bao cao (?:ket qua|tinh hinh)\b|\bnghe bao cao\b|\bbao cao (?:voi )?thuong truc\b")
# the report's own date after its number: "vừa có Báo cáo số 112/BC-MTTQ-BTT ngày 26/12/2019 về …"
_REPORT_DATE = re.compile(r"(?i)\bbáo cáo số\s+[\w/.-]+\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})")


# The verbs by which a lead holds an event: "tổ chức", "chủ trì hội nghị giao ban …"; "… mở lớp tập huấn …", "… mở 2
# lớp bồi dưỡng …" (opening a class is holding one); "Ngày 7/7, tại hội nghị sơ kết …" (the gathering the lead's news
# was said at); "Hội Nông dân tỉnh sơ kết công tác Hội …" (the review is the verb itself)
_HOLDS = re.compile(
    r"(?:to chuc|khai mac|khai giang|dien ra|chu tri|\bmo(?= (?:\d+ )?lop\b)|\btai(?= (?:hoi nghi|le|buoi|cuoc hop)\b)"
    r"|\bhop(?= giao ban\b)"  # "Ban Chỉ đạo … họp giao ban quý I/2014" (giao_ban: 41 labels of 41)
    r"|\bdoan giam sat\b"
    r"|\b(?=(?:so ket|tong ket) (?:cong tac|phong trao|hoat dong|chuong trinh|viec|\d+ (?:nam|thang))\b))\b"
)


def _held_kind(first: str) -> tuple[str | None, bool]:
    """The kind of event the lead's first sentence holds, and whether it holds a gathering of no named kind ("tổ
    chức hội nghị biểu dương …"): the kind comes within a few words of the verb."""
    for m in _HOLDS.finditer(first):
        rest = first[m.start() : m.end() + 60]
        if _SUPERVISION_RESULTS.match(rest):
            return "giam_sat", True  # a conference announcing a supervision's results is the supervision's
        for word, kind in _KIND_WORDS:
            found = re.search(rf"\b(?:{word})\b", rest)
            if found and not _MENTION_BEFORE.search(rest, 0, found.start()):
                if _ALLOCATES.match(rest):
                    return None, True  # "tổ chức hội nghị thống nhất phương án phân bổ Quỹ …": a conference on sharing out
                return kind, True
        if m.group() in ("dien ra", "khai mac") and (before := _subject_kind(first[: m.start()])):
            return before, True  # "Đại hội đại biểu MTTQ tỉnh lần thứ XI, nhiệm kỳ 2024 - 2029 đã diễn ra …"
        # "tổ chức hội nghị biểu dương …, gắn với sơ kết 3 năm …": the gathering held first is the event
        # (a ceremony is none: "tổ chức Lễ công bố quyết định …", "… lễ kết nạp đảng viên": labels khac 27, hoi_nghi 0)
        if re.match(r"(?:to chuc|khai mac|dien ra|chu tri) (?:thanh cong )?(?:hoi nghi|hoi thao|toa dam|ky hop)\b", rest):
            return None, True
    return None, False


# a conference that decides how a fund is shared out, not the giving itself (hoi_nghi: 8 labels of 8 whose headline says
# "phân bổ" and whose lead holds a "hội nghị")
_ALLOCATES = re.compile(r"to chuc hoi nghi\b(?:(?! trao ).){0,50}\bphan bo\b")
_SUPERVISION_RESULTS = re.compile(r"to chuc hoi nghi (?:thong bao|cong bo) ket qua (?:cuoc |dot )?giam sat\b")


def _subject_kind(clause: str) -> str | None:
    """The kind that opens a part of the clause whose verb is "diễn ra" / "khai mạc" ("Trong 2 ngày 25 và 26-7, Đại
    hội đại biểu MTTQ tỉnh lần thứ XI, nhiệm kỳ 2024 - 2029 đã diễn ra …")."""
    for part in clause.split(", "):
        for word, kind in _KIND_WORDS:
            if re.match(rf"(?:{word})\b", part.strip()):
                return kind
    return None


# A programme held under its own name ("tổ chức chương trình “Xuân Biên phòng ấm lòng dân bản”"), at which gifts are
# given ("Tại chương trình, các đại biểu đã trao 350 suất quà …"): a gift-giving
_PROGRAMME_HELD = re.compile(r"\bto chuc chuong trinh\b|\btham,? (?:va )?chuc (?:tet|mung)\b")
# … and a sentence soon after gives gifts at it: "Tại chương trình, …", "Chương trình đã trao …", "Nhân dịp này, đoàn
# trao 150 phần quà …" (a visit with greetings, "thăm, chúc Tết …", at which gifts are given)
_GIVEN_AT = re.compile(
    rf"^(?:(?:tai|trong) (?:chuong trinh|ngay hoi)\b|chuong trinh (?:da )?|(?:nhan )?dip nay\b)[^.]{{0,60}}\b(?:{_GIFT_WORDS})\b"
)


def _lead_line(lines: list[str], lead: str) -> int | None:
    """The line among the first 60 that holds the lead (None when there is no lead or it is not found)."""
    return next((i for i, line in enumerate(lines[:60]) if lead and lead in line), None)


def programme_of_gifts(lines: list[str], lead: str) -> bool:
    """Whether the lead's first sentence holds a programme and a paragraph soon after it gives gifts at it."""
    if not _PROGRAMME_HELD.search(first_sentence(lead)):
        return False
    at = _lead_line(lines, lead)
    following = [] if at is None else [x for x in lines[at + 1 : at + 12] if x.strip()][:4]
    return any(_GIVEN_AT.search(part.strip()) for line in following for part in fold(line).split(". "))


# A visit with greetings ("thăm, chúc Tết …", "thăm, chúc mừng lễ Sene Dolta …", "Mang quà … đến …") named by the
# headline or the lead, and gifts given in the article ("tặng quà chùa …", "trao 280 phần quà …"): a gift-giving (25
# labels of 26 over holdout2–120 give a visit with greetings in the headline trao_qua)
_GREETING_VISIT = re.compile(r"\btham,? (?:va )?chuc (?:tet|mung)\b|^mang qua\b")
_GIVEN = re.compile(r"\b(?:tang|trao|phat) (?:qua|(?:hon |gan |tren |khoang )?\d[\d.]* (?:suat|phan) qua)\b")


def visit_with_gifts(lines: list[str], title: str, lead: str) -> bool:
    """Whether the headline or the lead's first sentence holds a visit with greetings and the article gives gifts."""
    if not (_GREETING_VISIT.search(fold(title)) or _GREETING_VISIT.search(first_sentence(lead))):
        return False
    at = _lead_line(lines, lead)
    return at is not None and any(_GIVEN.search(fold(line)) for line in lines[at : at + 15])


# "(TTXVN) - Sáng 12/3", "(CCB Hà Tĩnh) - Ngày 13 tháng 7 năm 2016": a source in brackets may come first
_EVENT_DATE = re.compile(
    r"(?i)^\s*(?:\([^()\n]{1,40}\)\s*[-–]?\s*)?(?:ngày|sáng|chiều|tối|trưa|vừa qua,? ngày)\s+(?:ngày\s+)?"
    r"(\d{1,2})(?:[/.-](\d{1,2})(?:[/.-](\d{4}))?|\s+tháng\s+(?P<month>\d{1,2})(?:\s*(?:năm|,)\s*(?P<year>\d{4}))?)"
)


def find_event_date(lead: str, pub: date | None, kind: str | None, *, held: bool = False) -> date | None:
    """The day the lead's event was held, for an event of a listed kind or one held with none (held: a festival)."""
    if not (kind or held) or not lead:
        return None
    m = _EVENT_DATE.search(lead[:80])
    if m:
        named = m.groupdict()
        day, month = int(m.group(1)), int(named.get("month") or m.group(2))
        year = named.get("year") or m.group(3)
    else:
        # "Trong 2 ngày 12 và 13/4/2012": an event of several days starts on the first
        # "Trong 3 ngày 16, 17 và 18/4/2012", "Từ ngày 12 đến 13/6": the days listed share the month after the last
        # "(từ 17 đến 19/3)": a range of days opened by "từ" alone; "Trong 2 ngày (25 - 26/9)": the days in brackets
        m = _DAYS_OF_EVENT.search(lead[:200])
        if not m and kind == "bao_cao" and (report := _REPORT_DATE.search(lead[:300])):
            return d.make_date(int(report.group(3)), int(report.group(2)), int(report.group(1)))
        if not m:
            # "(BPY) - Hôm qua, Hội … tổ chức …", "Sáng nay, …": the day before the publication's, or its own
            rel = _RELATIVE_DAY.search(lead[:60]) if pub else None
            if rel and pub:
                return pub - timedelta(days=1) if fold(rel["day"]).lower() == "hom qua" else pub
            return None
        day, month, year = int(m.group(1) or m.group(2)), int(m.group(3)), m.group(4)
    if year:
        return d.make_date(int(year), month, day)
    return d.resolve_year(month, day, pub)


_DAYS_OF_EVENT = re.compile(
    r"(?i)(?:(?:ngày|sáng|chiều|tối)\s+\(?(\d{1,2})(?:\s*(?:và|-|–|,|đến)\s*\d{1,2})*"
    r"|(?<!\w)từ\s+(\d{1,2})\s*(?:đến|-|–)\s*\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?"
)


# the year of the supervision programme a visit belongs to: "giám sát năm 2018", "giám sát chuyên đề năm 2022"
_THIRD_QUARTER = re.compile(r"\bquy (?:iii|3)\b")
_SUPERVISION_YEAR = re.compile(r"giám sát(?: chuyên đề)? năm (\d{4})\b")


def event_period(title: str, lead: str, kind: str | None, year: int | None, body: str = "") -> str | None:
    """The period of work the event covers ("2024-Q2", "2025"), from the headline, else the lead (a supervision's
    programme year also from the article's body)."""
    period = d.find_period(title, year)
    if period is None or period == d.planned_period(title, year):
        # a headline naming only the period planned ("Triển khai nhiệm vụ năm 2012") yields to the period the
        # lead reviews ("… tổng kết công tác năm 2011, triển khai nhiệm vụ năm 2012")
        period = d.find_period(lead[:400], year) or period
    elif kind in ("tong_ket", "so_ket") and (reviewed := d.reviewed_period(lead, year)):
        # "Năm 2026: Đưa công tác dân vận về gần dân" over a lead that reviews 2025: the period reviewed is the event's
        period = reviewed
    if period and period.endswith("-9M") and _THIRD_QUARTER.search(fold(f"{title} {lead[:400]}")):
        period = period[:-2] + "Q3"  # "giao ban công tác dân vận quý III, đánh giá kết quả 9 tháng" (9 labels of 9)
    if period is None and kind == "giam_sat" and (planned := _SUPERVISION_YEAR.search(lead) or _SUPERVISION_YEAR.search(body[:4000])):
        # "… nằm trong Kế hoạch … về kiểm tra, giám sát năm 2018" (31 labels of 32), in the lead or the article after it
        period = planned.group(1)
    if kind in NO_PERIOD or not kind and period and "-" not in period:
        # a text that is no event (a situation report, a story) has a period when it covers a month, a
        # quarter or a half-year ("trong tháng 5/2014"); "Năm 2020, …" at the head of a story is context
        period = None
    return period
