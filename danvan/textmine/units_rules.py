"""Small rules of the quantity reader: slogans in quotes, kinds of administrative unit counted together."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from .textutil import PhraseIndex, Token, load_json, normalize_tones
from .unit_heads import INCIDENTS, head_kinds, incident, new_members, settlements
from .unit_heads import faiths as _faiths
from .unit_heads import levels as _levels

# Kinds of administrative unit and settlement counted together: "14 huyện, thị xã, thành phố", "17 thôn, buôn".
_UNIT_KINDS = {
    "tinh",
    "thanh pho",
    "huyen",
    "quan",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    "dac khu",
    "thon",
    "ban",
    "buon",
    "bon",
    "lang",
    "ap",
    "xom",
    "to dan pho",
    "khu pho",
    "khu dan cu",
    "soc",
    "plei",
    "khom",
}


def unit_kind_at(toks: list[Token], k: int) -> int:
    for size in (3, 2, 1):
        words = toks[k : k + size]
        if (
            len(words) == size
            and all(t.is_word and not t.is_cap for t in words)
            and " ".join(t.low for t in words) in _UNIT_KINDS
        ):
            return size
    return 0


# Function words and verbs that end a counted noun phrase (lower case, with diacritics: "chưa" ends it,
# "chùa" does not).
_PHRASE_STOP = frozenset(
    [
        "với",
        "của",
        "cho",
        "tại",
        "ở",
        "trong",
        "về",
        "để",
        "và",
        "gồm",
        "trị",
        "được",
        "đã",
        "đang",
        "sẽ",
        "chưa",
        "còn",
        "mới",
        "tham",
        "năm",
        "tháng",
        "ngày",
        "trên",
        "dưới",
        "hơn",
        "gần",
        "khoảng",
        "từ",
        "đến",
        "là",
        "có",
        "không",
        "nhưng",
        "các",
        "nhiều",
        "từng",
        "cùng",
        "đều",
        "theo",
        "như",
        "vào",
        "ra",
        "lên",
        "xuống",
        "thì",
        "mà",
        "bằng",
        "này",
        "đó",
        "kia",
        "ấy",
        "nhận",
        "đạt",
        "tăng",
        "giảm",
        "so",
        "sau",
        "trước",
        "do",
        "hiến",
        "làm",
        "dành",
        "giúp",
        "thực",
        "hiện",
        "tiếp",
        "vay",
        "nâng",
        "thoát",
        "đăng",
        "ký",
        "góp",
        "đóng",
        "xây",
        "sửa",
        "thi",
        "trực",
        "tiếp",
        "cấp",
        "chủ",
        "chốt",
        "tiêu",
        "biểu",
        "xuất",
        "sắc",
        "dôi",
        "dư",
        "đại",
        "diện",
        "tập",
        "trung",
        "chuyển",
        "giao",
        "gặp",
        "mặt",
        "hỗ",
        "trợ",
        "nhà",
        "hộ",
        "người",
        "dân",
        "tộc",
        "đi",
        "dự",
        "nơi",
        "cư",
        "trú",
        "thuộc",
        "đầu",
        "tiên",
        "mỗi",
        "khác",  # "5 xóm khác": the others of a kind, not a kind
    ]
)


@cache
def _vocab() -> tuple[PhraseIndex, PhraseIndex, frozenset[str]]:
    data = load_json("units.json")
    return (
        PhraseIndex(data.get("modifiers", [])),
        PhraseIndex(data.get("ethnic_groups", [])),
        frozenset(data.get("people_nouns", [])),
    )


def ethnic_groups() -> PhraseIndex:
    """The names of the country's peoples ("Cơ Tu", "Ê Đê", "Bru - Vân Kiều")."""
    return _vocab()[1]


def extend_unit(toks: list[Token], n: int) -> int:
    """The counted noun goes on with what classifies it: "lượt đoàn viên thanh niên", "vụ khiếu nại đông
    người", "con bò giống", "sản phẩm OCOP", "hộ Khmer", "cán bộ Đoàn"; and with a second noun of the same
    kind after a comma: "đoàn viên, công nhân lao động", "buổi sinh hoạt, truyền thông"."""
    modifiers, ethnic, people = _vocab()
    head = " ".join(t.lower for t in toks[:n])
    if n >= 2 and toks[n - 1].lower == "dân" and n < len(toks) and toks[n].lower == "tộc":
        if head == "người dân" and n + 1 < len(toks) and toks[n + 1].is_cap and (hit := ethnic.match(toks, n + 1)):
            return n + 1 + hit[0]  # "2.600 người dân tộc Tày, Nùng": people of a people (15 labels of 15)
        return n - 1  # "126 hộ dân tộc Mường": households of an ethnic group
    if n < len(toks) and (hit := ethnic.match(toks, n)) and toks[n].is_cap and not _named_place(toks, head, n + hit[0]):
        # "41 người Thái, 27 người Hà Nhì", "45 phụ nữ Khmer", "60 hội viên Mường": persons broken down by people are
        # counted as persons (10 labels of 13 over all sets after holdout21; households keep their people: "hộ Khmer")
        if head == "người" or head in people:
            return n
        k = n + hit[0]  # "15 hộ Khmer nghèo", "hộ Mông cận nghèo": a people's poor households, as "hộ nghèo"
        return k + _poor_at(toks, k)
    if head == "điểm cầu":
        return _levels(toks, n)  # "15 điểm cầu huyện, thị xã, thành phố", "71 điểm cầu xã, phường" (24 labels of 27)
    if n < len(toks) and toks[n].is_cap and (hit := _faiths().match(toks, n)):
        return n + hit[0]  # "14 chùa Phật giáo Nam tông Khmer", "5 chi hội Tin Lành": a faith's own (21 labels of 22
        # from holdout34 on keep the faith's name)
    if head in _GROUP_HEADS:
        n = _people_of(toks, n, people, ethnic)
    elif head == "hội viên":
        n += _people_at(toks, n, people)  # "hội viên nông dân", "hội viên phụ nữ" (not "hội viên người Mông")
    if head == "đại biểu" and (k := _council(toks, n)) > n:
        return k  # "50 đại biểu HĐND tỉnh", "6 đại biểu Quốc hội": the body the delegates sit in, with its level
    if head == "người ứng cử" and [t.lower for t in toks[n : n + 2]] == ["đại", "biểu"] and (k := _council(toks, n + 2)) > n + 2:
        return k  # "12 người ứng cử đại biểu HĐND tỉnh": candidates for a council
    if n < len(toks) and toks[n].text.isupper() and toks[n].text.isalpha() and len(toks[n].text) >= 2:
        return n + 1 + _poor_at(toks, n + 1)  # "sản phẩm OCOP"; "hộ CCB nghèo", as "hộ nghèo"
    if head in ("cán bộ", "cơ sở") and n < len(toks) and toks[n].text in ("Đoàn", "Hội", "Mặt", "hội"):
        return n + (2 if toks[n].text == "Mặt" else 1)
    if head == "trường hợp":
        return n  # a case: what follows says what it did ("3 trường hợp | tuyên truyền đạo trái phép")
    if (kinds := head_kinds().get(head)) and n < len(toks) and (hit := kinds.match(toks, n)):
        n += hit[0]  # "11 ý kiến phản biện", "61.250 liều vắc xin lở mồm long móng"
        if n + 1 < len(toks) and toks[n].text == "," and (more := kinds.match(toks, n + 1)):
            n += 1 + more[0]  # "liều vắc xin lở mồm long móng, tụ huyết trùng": two of the head's kinds
        return n
    if head in ("chi bộ", "tổ dân vận"):
        n = settlements(toks, n)  # "138 chi bộ thôn, bản"
    taken = 0
    while n < len(toks) and taken < 2 and (hit := modifiers.match(toks, n)) and not toks[n].is_cap:
        if _verb_after_people(toks, n, hit[0], people):
            break  # "42.516 hội viên sinh hoạt tại 286 cơ sở": members who meet, not meetings
        n += hit[0]
        taken += 1
        if hit[0] == 1 and n < len(toks) and toks[n].is_word and f"{toks[n - 1].lower} {toks[n].lower}" in _dictionary():
            n += 1  # the modifier is the first half of a word: "hộ chăn nuôi" (not the blankets of "chăn")
    n += new_members(toks, n, people)
    if n < len(toks) and toks[n].lower == "cấp" and head not in _place_kinds():
        n = _levels(toks, n)  # "41 mô hình cấp tỉnh", "305 mô hình cấp huyện"
    if head in INCIDENTS:
        n = incident(toks, n, _place_kinds(), _dictionary())
    # a second noun after a comma, when the list ends there: "hội viên, phụ nữ." (not "hội viên, 20 …")
    if n + 1 < len(toks) and toks[n].text == ",":
        k = n + 1
        last = " ".join(t.lower for t in toks[:n][-2:])
        second = None
        if taken and (hit := modifiers.match(toks, k)):
            second = hit[0]
        elif (last in people or toks[n - 1].lower in people) and (size := _people_at(toks, k, people)):
            second = size
        if second:
            end = k + second
            while end < len(toks) and (hit := modifiers.match(toks, end)) and not toks[end].is_cap:
                end += hit[0]
            if end >= len(toks) or not toks[end].text[0].isdigit():
                return end
    return n


def _council(toks: list[Token], n: int) -> int:
    """The end of "Quốc hội" or "HĐND" and its level at n (n when neither)."""
    if [t.text for t in toks[n : n + 2]] == ["Quốc", "hội"]:
        return n + 2
    return _levels(toks, n + 1) if n < len(toks) and toks[n].text == "HĐND" else n


def _named_place(toks: list[Token], head: str, k: int) -> bool:
    """"4 huyện Mường Tè, Sìn Hồ": after a kind of place, a people's name followed by another capital begins the
    place's name ("22 thôn Chăm" are hamlets of the Cham)."""
    return head in _place_kinds() and k < len(toks) and toks[k].is_word and toks[k].is_cap


@cache
def _place_kinds() -> frozenset[str]:
    """The words of the kinds of places, lower case ("huyện", "xã", "thôn", "bản" …)."""
    return frozenset(kind.lower() for kind in load_json("lexicon.json")["place_types"])


_POOR = {"nghèo": 1, "cận nghèo": 2}


def _poor_at(toks: list[Token], k: int) -> int:
    """Tokens of "nghèo" or "cận nghèo" at k (0 if neither)."""
    return _POOR.get(" ".join(t.lower for t in toks[k : k + 2]), _POOR.get(toks[k].lower if k < len(toks) else "", 0))
# words of time that open the rest of the clause after an object ("20 bồn lươn nay đã …")
_TIME_WORDS = frozenset(["nay", "hiện", "vừa", "qua", "rồi", "xong", "mỗi", "hằng", "hàng"])


def _verb_after_people(toks: list[Token], n: int, size: int, people: frozenset[str]) -> bool:
    """A modifier that is a verb when people are counted before it ("hội viên sinh hoạt", "buổi sinh hoạt")."""
    word = " ".join(t.lower for t in toks[n : n + size])
    if word not in _load_set("modifiers_verbs_after_people") or " ".join(t.lower for t in toks[n + size : n + size + 2]) in MERIT:
        return False  # "120 người hiến máu tiêu biểu": a word of merit after it makes the words a kind (pinned: merit stays)
    # … when the people are what is counted ("hội viên", "lượt đoàn viên"), not what a thing is for ("dự án thanh niên
    # khởi nghiệp", 15 labels of 17 keep the word after a thing's noun)
    return any(
        " ".join(t.lower for t in toks[k:n]) in people | {"người"}  # "212 người hiến máu từ 10 lần trở lên"
        and (k == 0 or toks[k - 1].text == "," or " ".join(t.lower for t in toks[:k]) in _GROUP_HEADS | people)
        for k in range(max(0, n - 4), n)
    )


# words of merit after a counted noun, which make it a kind (pinned for holdout161 on: "30 mô hình tiêu biểu")
MERIT = frozenset(["tiêu biểu", "xuất sắc", "điển hình", "tiên tiến"])


@cache
def _load_set(key: str) -> frozenset[str]:
    return frozenset(load_json("units.json").get(key, []))


# Counts of households and turns go on with the people they are made of: "hộ hội viên nông dân", "lượt
# nông dân", "hộ đồng bào Mông, Dao", "hộ người Raglai", "hộ phụ nữ Khmer".
_GROUP_HEADS = frozenset(["hộ", "lượt", "hộ gia đình"])


def _people_of(toks: list[Token], n: int, people: frozenset[str], ethnic: PhraseIndex) -> int:
    k = n
    if toks[0].lower == "hộ" and [t.lower for t in toks[n : n + 3]] == ["người", "dân", "tộc"]:
        return n  # "112 hộ người dân tộc Sán Dìu": households of a people, as "hộ người Dao" (not "hộ người dân")
    while k < len(toks) and k - n < 4 and (size := _people_at(toks, k, people)):
        k += size
    size = 1 if k < len(toks) and toks[k].lower == "người" else 0
    if k + 1 < len(toks) and toks[k].lower == "đồng" and toks[k + 1].lower == "bào":
        size = 2
    if size == 2 and [t.lower for t in toks[k + 2 : k + 6]] == ["dân", "tộc", "thiểu", "số"]:
        return k + 6  # "hộ đồng bào dân tộc thiểu số": the minorities' households (13 labels of 14)
    if size and k + size < len(toks) and toks[k + size].is_cap and ethnic.match(toks, k + size):
        k += size  # "hộ người Mông", "hộ đồng bào Jrai"
    elif size == 2 and k + 2 < len(toks) and toks[k + 2].is_cap and toks[k + 2].is_word:
        # "hộ đồng bào Pa Kô", "hộ đồng bào Êđê": a people the vocabulary does not know, as the page spells it
        end = k + 3
        while end < min(k + 5, len(toks)) and toks[end].is_cap and toks[end].is_word:
            end += 1  # up to three words of its name
        return end
    elif size == 2 and k == n:
        return k + 2  # "2.340 hộ đồng bào tham gia": the minorities' households (39 labels of 40 from holdout34 on)
    if k > n and k < len(toks) and toks[k].is_cap and (hit := ethnic.match(toks, k)):
        k += hit[0]
        while k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].is_cap and (more := ethnic.match(toks, k + 1)):
            k += 1 + more[0]  # "hộ đồng bào Mông, Dao, Hà Nhì"
    return k


@cache
def _dictionary() -> frozenset[str]:
    """Words of one or two syllables from the Vietnamese word list that underthesea ships (Viet74K), read
    without importing underthesea (once per process); empty when the package is absent."""
    spec = importlib.util.find_spec("underthesea")
    if not spec or not spec.origin:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / "Viet74K.txt"
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return frozenset()
    return frozenset(
        normalize_tones(w) for w in (ln.strip() for ln in lines) if w and w == w.lower() and w.count(" ") <= 1
    )


def _people_at(toks: list[Token], k: int, people: frozenset[str]) -> int:
    for size in (4, 3, 2, 1):
        words = toks[k : k + size]
        if (
            len(words) == size
            and all(t.is_word and not t.is_cap for t in words)
            and " ".join(t.lower for t in words) in people
        ):
            return size
    return 0
