"""What the words around a number say about it: a document's number, an ordinal or a road's number ("Nghị
định 12", "tỉnh lộ 709"), a number that belongs to a name ("buôn Bu Prăng 2"), and units spelled as in the
vocabulary ("5 chuyên đề" is no "chuyến")."""

from __future__ import annotations

import re
from functools import cache

from .bodies import describing_word
from .number_words import clean, parse_number
from .orgs import CLAUSE_WORDS, consume_chain, lexicon, org_word_at, title_at
from .people_rules import after_bare_title
from .sentences import sentence_start
from .textutil import PhraseIndex, Token, fold, load_json, normalize_tones, tokenize
from .unit_phrases import open_head

# A number right after these words is a number of something else: a document, an ordinal, a hamlet.
_NOT_AFTER = {
    "số",
    "thứ",
    "lần",
    "khóa",
    "điều",
    "khoản",
    "mục",
    "chương",
    "phần",
    "trang",
    "tổ",
    "thôn",
    "xóm",
    "ấp",
    "khu",
    "quận",
    "phường",
    "đội",
    "bản",
    "lô",
    "đường",
    "tuyến",
    "ql",
    "đt",
    "kỳ",
    "tháng",
    "quý",
    "năm",
    "ngày",
    "tuần",
    "lúc",
    "hồi",
    "top",
    "nhóm",
    "cấp",
    "hạng",
    "đoạn",
    "phòng",
    "căn",
    "nhà",
    "kp",
    "tdp",
    "km",
    "lớp",
    "tiết",
    "bước",
    "phiên",
    "đợt",
    "cụm",
    "vòng",
    "tầng",
    "số:",
    "định",
    "quyết",
    "thị",
    "luật",
    "hoạch",
    "luận",
    "án",
    "trình",
    "báo",
    "văn",
    "hiệu",
    "mã",
    "tờ",
    "câu",
    "bài",
    "hình",
    "bảng",
    "biểu",
    "mẫu",
    "lộ",
}
# Words whose number may follow a colon ("Số: 12", "Lần: 2", "Khóa: XII")
_NUMBERED_AFTER_COLON = frozenset(["số", "thứ", "lần", "khóa", "điều", "khoản", "mục", "chương", "phần", "trang", "mã"])
# The second syllable of a document's type word stops a count only after its first ("Nghị định 12", not
# "ổn định 6.500 đồng"); "cấp" (a level: "cấp 2") is a verb after an auxiliary ("đã cấp 1.318 giấy", "nâng
# cấp 39,5 km").
_SECOND_OF = {
    "định": ("nghị", "quyết"),
    "quyết": ("nghị",),
    "thị": ("chỉ",),
    "hoạch": ("kế",),
    "luận": ("kết",),
    "án": ("đề", "dự"),
    "trình": ("chương", "tờ"),
    "báo": ("thông",),
    "văn": ("công",),
}
# "nâng cấp 12 tuyến đường", "chỉnh trang 18 tuyến đường ấp": the word is the second half of a verb; "phụ cấp
# 1,5 triệu đồng", "trợ cấp 800.000 đồng": of an allowance, whose amount follows
_VERB_BEFORE = {
    "cấp": ("đã", "được", "sẽ", "đang", "vừa", "nâng", "mới", "phụ", "trợ", "cung"),  # "cung cấp 9 nguồn tin": provided
    "trang": ("chỉnh",),
}


# A stopping syllable that ends another word: "xoay vòng 250.000 đồng" (revolving), "nắm tình hình 200 xã" (the
# situation of), "thu hồi 38,5 ha" (reclaimed), "trả lời bằng văn bản 5 ý kiến" (in writing), "dân số 8.120 người"
# (a population), "lập biên bản 6 trường hợp" (a record), "cây lâu năm 280.000 đồng/m2" (perennial), "cách ly tại nhà
# 37 trường hợp" (at home), "xây dựng cơ bản 61 ý kiến" (basic), "danh mục 1.139 thủ tục" (a list), "sĩ số 642 học
# sinh" (a class's size), not a round's, a figure's, a time's, a hamlet's or a house's number.
_OTHER_WORDS = frozenset(
    [("xoay", "vòng"), ("tình", "hình"), ("thu", "hồi"), ("văn", "bản"), ("dân", "số"), ("định", "kỳ"), ("kỷ", "luật"),
     ("biên", "bản"), ("lâu", "năm"), ("tại", "nhà"), ("cơ", "bản"), ("danh", "mục"), ("sĩ", "số")]
)  # fmt: skip


def stops_count(before: list[str], number: str = "") -> bool:
    """Whether the words before a number make it no count (a document's number, an ordinal, a road)."""
    last = before[-1].strip("(:")
    if before[-1].endswith(":") and last not in _NUMBERED_AFTER_COLON:
        return False  # "mở rộng đường: 3.412 hộ đã hiến đất": a colon opens what follows, no road's number
    if last == "cấp" and ("." in number or "," in number or number.isdigit() and int(number) > 4):
        return False  # "cấp 38 giấy phép", "xuất cấp 400 tấn gạo", "cấp 2,1 triệu liều": granted (a level is "cấp 1" to "cấp 4")
    if last not in _NOT_AFTER and before[-1] not in ("-", "/"):
        return False
    prev = before[-2] if len(before) > 1 else ""
    if last in _SECOND_OF and prev not in _SECOND_OF[last]:
        return False
    if prev == "cả" or (prev, last) in _OTHER_WORDS:
        return False  # "cả thôn 46 hộ": the whole hamlet's figure, no hamlet's number; "xoay vòng 250.000 đồng", "tiếp định kỳ 12 buổi" (periodic, no term's number)
    return not (last in _VERB_BEFORE and prev in _VERB_BEFORE[last])


def after_name(prefix: str, tokens: list[Token], k: int) -> bool:
    """A number glued to a proper name inside a sentence belongs to the name ("buôn Bu Prăng 2 xúc động cảm
    ơn", "ấp Kinh 9 có") unless a noun of the vocabulary follows it."""
    words = prefix.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-2][-1:] in ".:!?\"“" or words[-1][-1:] in ",;":
        return False  # … nor after a comma: "127 chùa Phật giáo Nam tông Khmer, 2.816 vị sư sãi"
    return k < len(tokens) and tokens[k].lower not in _strict_units().by_first


@cache
def _spellings(key: str) -> frozenset[str]:
    return frozenset(normalize_tones(w.lower()) for w in load_json("units.json").get(key, []))


def spelled(tok: Token, folded: set[str] | frozenset[str], key: str) -> bool:
    """tok is a word of units.json[key], in its own spelling when written with diacritics ("giấy" is no "giây")."""
    return tok.low in folded and (tok.low == tok.lower or normalize_tones(tok.lower) in _spellings(key))


@cache
def _strict_units() -> PhraseIndex:
    data = load_json("units.json")
    return PhraseIndex(data["phrases"] + data["symbols"] + data["money"], strict=True)


def match_spelled(index: PhraseIndex, toks: list[Token]) -> tuple[int, object] | None:
    """The vocabulary matches text written without diacritics; written with them, a unit must be spelled
    as in the vocabulary: "5 chuyên đề" is no "chuyến", "6.742 hồ sơ" no "hộ", "31 dòng họ" no "đồng"."""
    hit = index.match(toks, 0)
    if not hit:
        return None
    written = toks[: hit[0]]
    if all(t.low == t.lower for t in written):
        return hit
    if normalize_tones(" ".join(t.lower for t in written)) == normalize_tones(str(hit[1]).lower()):
        return hit
    return _strict_units().match(toks, 0)


def counted_post(toks: list[Token], text: str, before: str) -> int:
    """Tokens of a post or a body counted by the number before toks[0] ("180 Bí thư chi đoàn", "64 chủ tịch hội
    phụ nữ", "hơn 4.900 Ban công tác Mặt trận"): the head and the body it names; 0 when toks[0] opens none. A
    capitalised one needs a word that introduces a count before the number ("Sư đoàn 2 Quân khu 5" counts nothing)."""
    if toks[0].is_cap and before not in _COUNT_INTRODUCERS and not before.endswith((";", ":", ",")):
        return 0  # "…; 85 CCB được biểu dương", "Năm 2013, 244 Ban TTND …": a count may open a clause after a mark
    n = title_at(toks, 0, lower_ok=True) or (org_word_at(toks, 0) if toks[0].is_cap else 0)
    if not n:
        return 0
    if not toks[0].is_cap:
        # "64 chủ tịch hội phụ nữ cơ sở", "30 bí thư chi đoàn thôn, bản": a post in lower case goes on with its body
        # in lower case, up to a place word; before a capitalised body ("65 ủy viên Ủy ban MTTQ tỉnh") it is counted
        # by its head alone, as labellers write both
        return _lower_body(toks, n)
    end = min(len(toks), after_bare_title(toks, n, consume_chain(toks, n, text=text), text))
    if end == n and (described_end := _described_body(toks, n)) > n and _closes(toks, described_end):
        end = described_end  # "ra mắt 32 Tổ công nghệ số cộng đồng.": described in lower case only, to its end
    # "180 Bí thư chi đoàn các bản …": the body ends before the words that say whose it is
    return next((k for k in range(n, end) if toks[k].lower in _WHOSE), end)


_MAX_BODY = 5


def _lower_body(toks: list[Token], n: int) -> int:
    """The body a lower-case post names, in lower case ("chi đoàn", "hội phụ nữ cơ sở"): from a body's word."""
    if not lexicon().org.match(toks, n):
        return n  # "12 trưởng thôn mới được bầu"
    return _described_body(toks, n)


def _closes(toks: list[Token], k: int) -> bool:
    """Nothing, a punctuation mark or a word that says whose or where at k: a phrase before it is whole."""
    return k >= len(toks) or not toks[k].is_word or toks[k].lower in _WHOSE or toks[k].lower in CLAUSE_WORDS


def _described_body(toks: list[Token], n: int) -> int:
    """End of the lower-case words from n that describe a body (a few, up to whose it is or another post)."""
    k = n
    while (
        k < len(toks)
        and k - n < _MAX_BODY
        and describing_word(toks, k, None)
        and toks[k].lower not in _WHOSE
        and not title_at(toks, k, lower_ok=True)
    ):
        k += 1
    return k


# Words that introduce a count before its number; the last syllable of a verb that acts on bodies counted ("khen
# thưởng 24 Ban …", "biểu dương", "thành lập", "ra mắt 32 Tổ …", "kiện toàn", "củng cố") is one too
_COUNT_INTRODUCERS = frozenset(
    ["cho", "có", "cùng", "với", "và", "hơn", "gần", "khoảng", "trên", "gồm", "tổng", "được", "thưởng", "dương", "lập",
     "mắt", "toàn", "cố", "trong", "trí", "động", "cường", "cử", "ở", "tại"]
)  # fmt: skip
_WHOSE = frozenset(["các", "những", "của", "ở", "tại", "thuộc"])


def over_in_context(text: str, qstart: int, start: int, end: int, unit: str) -> tuple[str, int]:
    """A number read as "over" (after "vượt", "trên") that the words around make exact: the qualifier and where the
    figure's text begins."""
    if unit in ("%", "‰") and _EXCESS.search(text, max(0, qstart - 1), start):
        return "exact", start  # "vượt 12% so với kế hoạch": an excess of 12%, not "over 12%"
    if unit in _AREAS and _FARMED_ON.search(text, max(0, qstart - 40), start) and _CLAUSE_CLOSE.match(text, end):
        return "exact", start  # "nuôi tôm - rừng trên 12 ha,": farmed on 12 ha, not over 12 ha
    if fold(text[qstart : qstart + 4]).lower() == "tren" and _counted_before(text, qstart, unit):
        return "exact", start  # "112 hộ nghèo trên 286 hộ": out of 286 households, not over 286
    if fold(text[qstart : qstart + 4]).lower() == "vuot" and (_FRACTION.match(text, start) or unit.startswith("chỉ tiêu")):
        return "exact", start  # "đạt và vượt 18/21 chỉ tiêu": 18 targets exceeded (26 labels of 26), not over 18
    return "over", qstart


def _counted_before(text: str, pos: int, unit: str) -> bool:
    """A count of the same noun just before "trên" at pos ("112 hộ nghèo trên 286 hộ"): the figure is a total."""
    head = unit.split()[0] if unit else ""
    before = text[max(0, pos - 40) : pos]
    return bool(head) and re.search(rf"\d\s+{re.escape(head)}(?:\s+[^\W\d]+){{0,3}}\s+$", before) is not None


_EXCESS = re.compile(r"(?i)\bvượt\s+(?:mức\s+)?$")
_FRACTION = re.compile(r"\d+\s*/\s*\d+")
_AREAS = frozenset(["ha", "m2", "m²", "sào", "mẫu"])
# a farming verb and what is farmed, then "trên" (on) and the area: "nuôi tôm - rừng trên 12 ha", "trồng lúa trên",
# "trồng trên", "thả giống trên", "áp dụng trên" (a method applied on an area, maybe named in quotes: "áp dụng “3 giảm”
# trên"); what is farmed may carry the crop's number ("trồng lúa vụ 3 trên 71 ha") and how it is farmed ("nuôi tôm
# quảng canh cải tiến trên 12 ha")
_FARMED_ON = re.compile(
    r"(?i)\b(?:(?:nuôi|trồng|canh tác)(?:\s+(?!mới\b)[^\W\d]+(?:\s*[-–]?\s*[^\W\d]+|\s+\d{1,2}\b){0,5})?|thả giống|"
    r"gieo (?:cấy|sạ)|"
    r"áp dụng(?:\s+[“\"][^”\"\n]{1,40}[”\"])?)\s+trên\s+$"
)
# the clause ends after the area, or after what is farmed on it ("… trên 1.920 ha lúa - tôm.")
_CLAUSE_CLOSE = re.compile(r"(?:\s*[-–]?\s*[^\W\d]+){0,3}\s*(?:[,.;)]|\n|$)")


# A sum of money that is the price of one item, not a total: "mỗi suất quà trị giá 500.000 đồng" (each gift),
# "(mỗi căn 30 triệu đồng)", "tặng 1 suất quà trị giá 1 triệu đồng" (one gift's value), "40 triệu đồng/hộ" (a rate).
_EACH = re.compile(r"(?i)\bmỗi\s+([^\W\d]+(?:\s+[^\W\d]+){0,2})")
_ONE_WORTH = re.compile(r"(?<![\d.,])1\s+([^\W\d]+(?:\s+[^\W\d]+){0,2})\s+(?:có\s+)?trị giá\s+(?:[^\W\d]+\s+)?$")
_PER_AFTER = re.compile(r"/\s*([^\W\d]+(?:\s+[^\W\d]+){0,2})")
# words that end the item's name after "mỗi" ("mỗi suất trị giá", "mỗi hộ được hỗ trợ", "mỗi năm Hội vận động")
_NOT_ITEM = frozenset(["trị", "giá", "gồm", "được", "có", "là", "hỗ", "nhận", "từ", "khoảng", "hơn", "trên", "gần",
                       "đã", "sẽ", "vay", "góp", "đóng", "tặng", "thưởng", "với", "cho", "của", "tại", "ở"])


def price_per(text: str, start: int, end: int) -> str | None:
    """The item a sum of money at text[start:end] is the price of, or None when it is a total: after "mỗi X" in its
    own clause ("mỗi suất quà trị giá 500.000 đồng", not "…, tổng trị giá 60 triệu đồng"), "1 X trị giá" ("1 suất quà
    trị giá 1 triệu đồng"), or "/X" right after it ("40 triệu đồng/hộ")."""
    if after := _PER_AFTER.match(text, end):
        return _item(after.group(1))
    clause = re.split(r"[.;:!?\n]", text[max(0, start - 60) : start])[-1]
    if one := _ONE_WORTH.search(clause):
        return _item(one.group(1))
    each = list(_EACH.finditer(clause))
    if each and not re.search(r"(?i)\btổng\b", clause[each[-1].end() :]):
        return _item(each[-1].group(1))
    return None


def _item(words: str) -> str | None:
    """The item's name: the vocabulary's longest unit at the start of `words` ("suất quà", "suất học bổng") or a
    classifier with what it counts ("bộ sách"), else its first word ("năm", "kg"), unless that word ends the name
    before it begins ("trị giá", "được")."""
    toks = tokenize(words)
    if not toks or toks[0].lower in _NOT_ITEM:
        return None
    hit = match_spelled(_strict_units(), toks)
    size = open_head(toks, hit[0] if hit else 1)  # "1 bộ sách trị giá": a classifier and what it counts
    return " ".join(t.text for t in toks[:size])


# "nâng tổng số hội viên toàn tỉnh lên", "tổng số mô hình “Dân vận khéo” là": a total whose noun comes before it
_TOTAL_OF = re.compile(r"(?i)\btổng số\s+([^\W\d][^.;:!?\n\d]{0,60}?)\s+(?:lên|là|đạt)\s*$")


def total_noun(prefix: str) -> str | None:
    """The counted noun of a total written before its number, when nothing follows the number ("nâng tổng số đoàn
    viên lên 12.300."): the vocabulary's longest phrase at the start of what follows "tổng số" (labels 5 of 5)."""
    m = _TOTAL_OF.search(prefix[-90:])
    if not m:
        return None
    toks = tokenize(m.group(1))
    hit = match_spelled(_strict_units(), toks)
    return " ".join(t.text for t in toks[: hit[0]]) if hit else None


# the forms of Party discipline (Quy định 69-QĐ/TW) each written before its number: "thi hành kỷ luật 96 đảng viên với
# các hình thức: khiển trách 52, cảnh cáo 27, cách chức 4, khai trừ 13"
_DISCIPLINE_FORM = re.compile(r"(?:khiển trách|cảnh cáo|cách chức|khai trừ|giải tán)\s*:?\s*$", re.IGNORECASE)


def disciplined_noun(text: str, start: int, found: list[dict]) -> str | None:
    """The counted noun of a number after a form of discipline with nothing after it: the noun of the last count
    before it in the same sentence (the people or the bodies disciplined; the labels of a blind set give each
    form's number that noun, 18 of 18)."""
    if not _DISCIPLINE_FORM.search(text[max(0, start - 20) : start]):
        return None
    since = sentence_start(text, start)
    earlier = [q for q in found if since <= q["_span"][0] < start and q["unit"] not in ("đồng", "%", "‰")]
    return earlier[-1]["unit"] if earlier else None


# "9 trong số 12 trường hợp", "45 trong tổng số 50 đơn": the part before the whole counts what the whole counts
_PART_BEFORE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d{1,5})\s+trong\s+(?:tổng\s+)?số\s+$")


def part_and_total(text: str, start: int, num_end: int, end: int, value: float, unit: str, total: str | None) -> list[dict]:
    """The figures a count at text[start:end] (its number ends at num_end) carries besides itself: the whole after a
    slash ("giải quyết 1.032/1.205 đơn thư": the 1.205 received), and the part written before it with "trong (tổng)
    số" ("9 trong số 12 trường hợp đã hoàn trả": 9 cases); each with the same noun."""
    out = []
    if total and (whole := parse_number(total[1:])) != value:
        out.append({"value": clean(whole), "unit": unit, "qualifier": "exact", "text": text[start:end].strip(),
                    "_span": (num_end, end)})
    if (part := _PART_BEFORE.search(text, max(0, start - 30), start)) and parse_number(part.group(1)) < value:
        out.append({"value": clean(parse_number(part.group(1))), "unit": unit, "qualifier": "exact",
                    "text": text[part.start(1) : end].strip(), "_span": (part.start(1), end)})
    return out


# A list of other articles at a page's foot, each line a headline with its date in brackets ("- Trao 10 căn nhà tại
# xã X (12/03/2019)"): its figures are those articles', not the page's (no label of the blind sets lists one).
_LINKED_ARTICLE = re.compile(r"^[ \t]*[-•*+][ \t]+[^\n]{5,200}?\([0-3]?\d/[01]?\d/(?:19|20)\d\d\)[ \t]*$", re.M)


def linked_articles(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of such lists: two lines or more in a row (one dated line alone may be the page's own)."""
    lines = [(m.start(), m.end()) for m in _LINKED_ARTICLE.finditer(text)]
    return [
        (a, b) for i, (a, b) in enumerate(lines)
        if i and not text[lines[i - 1][1] : a].strip() or i + 1 < len(lines) and not text[b : lines[i + 1][0]].strip()
    ]


# types that are also verbs, written in lower case: with no "số" nor symbol, a number after them and a lower-case word
# is what the verb counts (no label over every blind set writes such a document: the lower-case ones without a symbol
# are "đề án" and "chỉ thị")
VERB_TYPES = ("kết luận", "hướng dẫn", "thông báo", "báo cáo")
_LOWER_WORD = re.compile(r"\s+[a-zà-ỹđ]")


def counted_by_verb(type_text: str, text: str, num_end: int) -> bool:
    """A type written in lower case that is the verb of a count: "kết luận 18 đảng viên có vi phạm", "hướng dẫn 186
    công đoàn cơ sở" (the number ends at num_end; documents.py and numbers.py both ask it, so that both read a count there)."""
    return type_text in VERB_TYPES and _LOWER_WORD.match(text, num_end) is not None


# types written in lower case that are nouns of their own before a count: "chương trình 240 tiết", "dự án 1.500 căn
# nhà ở xã hội" (numbers.py reads the count where counts_after says one follows)
NOUN_TYPES = ("chương trình", "kế hoạch", "dự án", "đề án")


@cache
def units() -> tuple[PhraseIndex, set[str], set[str], set[str]]:
    """The vocabulary of counted nouns (folded), and the symbols, money words and time units (folded)."""
    data = load_json("units.json")
    phrases = data["phrases"] + data["symbols"] + data["money"]
    return (
        PhraseIndex(phrases, strict=False),
        {fold(s) for s in data["symbols"]},
        {fold(s) for s in data["money"]},
        {fold(s) for s in data["time_units"]},
    )


def counts_after(text: str, pos: int) -> bool:
    """A lower-case noun of the vocabulary, a time unit or millions of đồng after the number ending at pos: the number
    counts or measures it, so a type word before it names no document ("Kế hoạch 5 năm", "chương trình 240 tiết",
    "tổng trị giá chương trình 400 triệu đồng"); documents.py and numbers.py both ask it."""
    toks = tokenize(text[pos : pos + 40])
    if not toks or not toks[0].is_word or toks[0].is_cap:
        return False
    if toks[0].low == "ngay" and len(toks) > 1 and toks[1].text.isdigit():
        return False
    if toks[0].low in ("ty", "ti", "trieu") and len(toks) > 1 and toks[1].lower == "đồng":
        return True
    index, _symbols, _money, time_units = units()
    return toks[0].low in time_units or index.match(toks, 0) is not None
