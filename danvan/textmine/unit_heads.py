"""What a few counted nouns go on with, besides units_rules.extend_unit's general rules: the levels of government after
"điểm cầu" (a video conference's bridge points: "15 điểm cầu huyện, thị xã, thành phố"), the kinds of settlement after
a committee's name ("42 Ban Công tác Mặt trận thôn, bản"), a faith's name after any counted noun ("14 chùa Phật
giáo Nam tông Khmer") and what befell in an incident ("11 vụ tụ tập đông người")."""

from __future__ import annotations

from functools import cache

from .textutil import PhraseIndex, Token, load_json

_LEVELS = ("thị trấn", "thị xã", "thành phố", "đặc khu", "xã", "phường", "huyện", "quận", "tỉnh")
_SETTLEMENTS = (
    "tổ dân phố",
    "khu dân cư",
    "khu vực",
    "khu phố",
    "thôn",
    "ấp",
    "bản",
    "buôn",
    "xã",
    "phường",
    "khu",
    "xóm",
    "làng",
)


def levels(toks: list[Token], n: int) -> int:
    """The levels of government listed after n in lower case ("cấp huyện", "xã, phường, thị trấn"); n when none."""
    return _listed(toks, n, _LEVELS, joiners=(",", "và"), before="cấp")


def settlements(toks: list[Token], n: int) -> int:
    """The kinds of settlement listed after n in lower case ("thôn, bản", "khu vực"); n when none."""
    return _listed(toks, n, _SETTLEMENTS, joiners=(",",))


def _listed(
    toks: list[Token], n: int, words: tuple[str, ...], *, joiners: tuple[str, ...], before: str = ""
) -> int:
    """The end of a list from n of the phrases `words` (each may follow `before`), joined by `joiners`."""
    k = end = n
    while k < len(toks):
        k += bool(before) and toks[k].lower == before
        word = next((w for w in words if [t.lower for t in toks[k : k + len(w.split())]] == w.split()), None)
        if word is None or k < len(toks) and toks[k].is_cap:
            break
        k = end = k + len(word.split())
        if k + 1 < len(toks) and (toks[k].text in joiners or toks[k].lower in joiners):
            k += 1
            continue
        break
    return end


@cache
def faiths() -> PhraseIndex:
    """The names of the faiths (faiths.json "faiths": "Phật giáo Nam tông Khmer", "Tin Lành", "Cao Đài" …)."""
    return PhraseIndex(load_json("faiths.json")["faiths"])


INCIDENTS = frozenset(["vụ", "vụ việc"])
# prepositions and conjunctions always end an incident's description, even where they close a word ("người | ở")
_RELATIONS = frozenset(
    [
        "ở",
        "tại",
        "trong",
        "trên",
        "dưới",
        "ngoài",
        "giữa",
        "khắp",
        "thuộc",
        "của",
        "với",
        "cho",
        "từ",
        "về",
        "do",
        "và",
        "hoặc",
        "là",
        "thì",
        "mà",
        "để",
        "nhưng",
    ]
)


@cache
def incident_ends() -> frozenset[str]:
    """The words that end an incident's description (units.json "incident_ends")."""
    return frozenset(load_json("units.json")["incident_ends"])


_MEANS = (("không", "gian", "mạng"), ("mạng", "xã", "hội"), ("điện", "thoại"), ("mạng",))


def _means_at(toks: list[Token], k: int) -> int:
    """The words of the means an incident went through at k ("mạng", "điện thoại", "không gian mạng"), else 0."""
    words = [t.lower for t in toks[k : k + 3]]
    return next((len(m) for m in _MEANS if tuple(words[: len(m)]) == m), 0)


_HARM = frozenset(["chết", "bị", "thiệt", "hư", "sập", "cháy", "mất", "tử", "hỏng", "trôi", "ngập", "ảnh", "một", "hai", "ba"])


def incident(toks: list[Token], n: int, place_kinds: frozenset[str], words: frozenset[str]) -> int:
    """An incident's description runs on in lower case to the first word that ends it ("11 vụ tụ tập đông người |
    ở", "5 vụ phá rừng làm rẫy trái phép |,", "2 vụ việc truyền đạo trái pháp luật"): the labels keep it (67 of 70
    after "vụ" from holdout34 on), whatever its verbs. At most seven words; a place's kind before its name ends it
    too ("ở buôn Ea Kly", not "vụ buôn lậu"); a word that ends it does not when it closes a word of the word list
    ("vụ vận chuyển ma túy")."""
    k = n
    while k < len(toks) and k - n < 7:
        t = toks[k]
        if not t.is_word or t.is_cap or t.text[0].isdigit():
            break
        if t.lower == "làm" and k + 1 < len(toks) and (toks[k + 1].text[0].isdigit() or toks[k + 1].lower in _HARM):
            break  # "19 vụ đuối nước | làm 21 trẻ tử vong", "vụ tai nạn | làm chết 2 người": what it caused
        if t.lower == "qua" and (means := _means_at(toks, k + 1)):
            k += 1 + means  # "37 vụ lừa đảo qua mạng": the means is the incident's kind (16 labels of 16)
            continue
        if t.lower in incident_ends() and not (
            k > n and t.lower not in _RELATIONS and f"{toks[k - 1].lower} {t.lower}" in words
        ):
            break
        if (
            t.lower in place_kinds
            and k + 1 < len(toks)
            and (toks[k + 1].is_cap or toks[k + 1].text[0].isdigit())
        ):
            break
        k += 1
    return k


@cache
def head_kinds() -> dict[str, PhraseIndex]:
    """The words that say what kind after one head only (units.json "head_kinds": "ý kiến" → "góp ý", "phản biện")."""
    return {head: PhraseIndex(words) for head, words in load_json("units.json")["head_kinds"].items()}


def new_members(toks: list[Token], n: int, people: frozenset[str]) -> int:
    """1 when "mới" after a noun of people says which are counted ("120 hội viên mới", "45 đảng viên mới": pinned in
    the blind conventions for holdout73 on), not when it opens the clause ("hội viên mới được kết nạp")."""
    if (
        n >= len(toks)
        or toks[n].lower != "mới"
        or not any(" ".join(t.lower for t in toks[k:n]) in people for k in range(max(0, n - 3), n))
    ):
        return 0
    return int(n + 1 >= len(toks) or toks[n + 1].lower not in ("được", "đây", "nhất", "có", "chỉ"))
