"""How far a counted noun runs after its number, by a model learned from the labelled pages (twenty-eighth round).

The rules stop a counted noun at the vocabulary's phrase or at the first word they cannot place ("136 vụ việc |
mâu thuẫn", "14 chùa | Phật giáo Nam tông Khmer", "150 đại biểu | chính thức"); the labels keep the whole noun phrase
with what classifies it. A linear-chain CRF (CRFsuite), trained by `tools/train_unit_model.py` on the blind sets'
labels, tags the tokens after the number U (inside the unit) or O. Where the model reads a unit that holds the
rules' and runs further, every tag of it and of the token just after at least THRESHOLD likely, and the words it
adds pass the gates (`crosses`), the unit becomes that span. Only counted nouns are read so: never money, a
percentage, a measure, a time or a quoted name (`counted`), and never a unit the rules did not start.

The sequence: the tokens after the number up to a line's or a sentence's end, a bracket, a colon, another number,
SIDE tokens, or the first word after the rules' unit that the model may never add (the reader's speed). The features of a token: its word (lower, folded) and shape, whether it is a word of the word list
alone or with its neighbour, in the stop list, a function word, a state or clause word, a conjunction, what the
vocabularies say of it (units, modifiers, people, peoples, faiths, organisations, places), its distance from the
number and the rules' own extent; the same for two neighbours on each side; the two words before the number.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pycrfsuite

from . import crf_models
from .bodies import PARENT_LEVELS, SAYING
from .department_names import _VERBS as DEPARTMENT_VERBS
from .orgwords import CLAUSE_WORDS, CONJUNCTIONS, faith_names, lexicon, org_word_at
from .textutil import DATA_DIR, PhraseIndex, Token, fold, load_json
from .unit_phrases import FUNCTION_WORDS as _FUNCTION_WORDS
from .units_rules import _PHRASE_STOP, _dictionary, _load_set, _people_at, _vocab

MODEL = DATA_DIR / "unit_model.crfsuite"
THRESHOLD = 0.5  # 0.9 first, then 0.8; 0.5 gains a point on 32 sets left out of training (docs/apps/textmine.md, thirty-second round)
SIDE = 10
ENABLED = True  # bench/unit_model.py turns it off to score the rules alone
SHORTEN = False  # bench/unit_model.py measures what shortening would do; the reader only lengthens
RECORD: list | None = None  # tools/train_unit_model.py collects the reader's counted nouns here
GATES = True  # bench/unit_model.py measures the model without the gates on the words it adds (`crosses`)

_ENDS = frozenset([".", ";", ":", "!", "?", "(", ")", "[", "]", "“", "”", '"', "…"])
# never in the words the model adds: a place's preposition, a conjunction, a word that opens the clause
_PLACE = frozenset(["tại", "ở", "trong", "trên", "dưới", "ngoài", "giữa", "khắp", "thuộc"])
_JOIN = CONJUNCTIONS | frozenset(["và", "hoặc", "hay", "cùng", "với", "mà", "để", "thì", "song", "nhờ", "bởi", "đồng thời"])
# numbers written in words open another figure ("41 cặp thôn, bản hai bên biên giới"); "người" after a counted noun
# names the people's origin, not a kind ("3.000 phụ nữ người Mông": persons are counted as persons)
_OTHER = frozenset(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn", "người"])
_STATE_OK = frozenset(["cao", "dài", "rộng", "sâu", "nặng"])  # adjectives that name a kind after a noun


@cache
def _verbs() -> frozenset[str]:
    """Verbs of two syllables that open the clause after a count ("hộ thành lập tổ hợp tác")."""
    return _load_set("clause_verbs") | SAYING | DEPARTMENT_VERBS


@cache
def _lists() -> tuple[PhraseIndex, frozenset[str], frozenset[str], frozenset[str]]:
    data = load_json("units.json")
    not_counted = data["money"] + data["symbols"] + data["time_units"] + data["measures"] + ["usd", "%", "‰"]
    return (
        PhraseIndex(data["phrases"], strict=False),
        frozenset(fold(w) for w in not_counted),
        _load_set("state_words") - _STATE_OK,
        frozenset(k.lower() for k in load_json("lexicon.json")["place_types"]),
    )


def _shape(t: Token) -> str:
    if not t.is_word:
        return "P" + t.text
    if t.text.isupper() and len(t.text) > 1:
        return "A"
    return "C" if t.is_cap else "l"


def sequence(text: str, tokens: list[Token], k: int, n: int) -> int:
    """The end (exclusive) of the tokens the model reads after the number, from the unit's first token k (the rules'
    unit: n tokens): up to the first word after the rules' unit that the model may never add (`_opens_clause`)."""
    end = k
    while end < len(tokens) and end - k < SIDE:
        t = tokens[end]
        if t.text in _ENDS or t.text[0].isdigit() or (end > k and "\n" in text[tokens[end - 1].end : t.start]):
            break
        end += 1
        if end - k > n and t.is_word and _opens_clause(tokens, end - 1):
            break
    return end


@lru_cache(maxsize=16384)
def _word_flags(low: str) -> tuple[str, ...]:
    """What the word lists say of a word by itself (read once per word: the reader's speed)."""
    _, _, state, places = _lists()
    flags = [f"w={low}"]
    if low in _dictionary():
        flags.append("d1")
    for flag, group in (("stop", _PHRASE_STOP), ("fn", _FUNCTION_WORDS), ("clause", CLAUSE_WORDS), ("state", state),
                        ("join", _JOIN), ("place", _PLACE), ("ptype", places)):
        if low in group:
            flags.append(flag)
    if low in faith_names():
        flags.append("faith")
    return tuple(flags)


@lru_cache(maxsize=65536)
def _shifted(own: tuple[str, ...], off: int) -> tuple[str, ...]:
    return tuple(f"{off}:{x}" for x in own)


@cache
def _people_firsts() -> frozenset[str]:
    return frozenset(p.split()[0] for p in _vocab()[2])


def features(tokens: list[Token], k: int, end: int, n: int) -> list[list[str]]:
    """Each token's features in tokens[k:end]; n: the rules' unit in tokens."""
    units = _lists()[0]
    modifiers, ethnic, people = _vocab()
    words = _dictionary()
    faiths = faith_names()
    toks = tokens[k:end]
    tags: list[list[str]] = [[] for _ in toks]
    for name, index in (("U", units), ("M", modifiers), ("E", ethnic), ("L", lexicon().place_words)):
        i = 0
        while i < len(toks):
            hit = index.match(toks, i)
            if hit:
                tags[i].append(f"B{name}")
                for j in range(i + 1, i + hit[0]):
                    tags[j].append(f"I{name}")
                i += hit[0]
            else:
                i += 1
    own: list[tuple[str, ...]] = [("BOS",), ("BOS",)]
    for i, t in enumerate(toks):
        low = t.lower
        static = _word_flags(low)
        f = [*static, f"s={_shape(t)}", *tags[i]]
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if f"{low} {nxt}" in words:
            f.append("dB")
        if i and f"{toks[i - 1].lower} {low}" in words:
            f.append("dI")
        if low in _people_firsts() and _people_at(toks, i, people):
            f.append("people")
        if t.is_cap and org_word_at(toks, i):
            f.append("org")
        if "faith" not in static and f"{low} {nxt}" in faiths:
            f.append("faith")
        own.append(tuple(f))
    own += [("EOS",), ("EOS",)]
    before = [t.low for t in tokens[max(0, k - 3) : k] if t.is_word][-2:]
    out = []
    for i in range(len(toks)):
        f = ["bias", f"f={toks[i].low}", f"i={min(i, 6)}", "R" if i < n else ("R+1" if i == n else "R+"), *own[i + 2]]
        if i == n - 1:
            f.append("Rlast")
        for off in (-2, -1, 1, 2):
            f += _shifted(own[i + 2 + off], off)
        if i == 0:
            f += [f"b{j}={w}" for j, w in enumerate(reversed(before))]
        out.append(f)
    return out


def crosses(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the words tokens[start:end] the model adds to a unit open something else: a place's preposition, a
    conjunction, a word of the clause or of a thing's state, a comma the list does not go on after, a capitalised
    name that is no people's, faith's or organisation's ("14 chùa Phật giáo", "lá cờ Tổ quốc", "hộ Khmer")."""
    ethnic = _vocab()[1]
    faiths = faith_names()
    i = start
    while i < end:
        t = tokens[i]
        if _opens_clause(tokens, i):
            return True
        low = t.lower
        if t.text == ",":
            if i + 1 >= end or not tokens[i + 1].is_word or tokens[i + 1].is_cap:
                return True
        elif not t.is_word:
            return True
        elif t.is_cap and not t.text.isupper():
            size = max(org_word_at(tokens, i), (hit := ethnic.match(tokens, i)) and hit[0] or 0,
                       2 if f"{low} {tokens[i + 1].lower if i + 1 < len(tokens) else ''}" in faiths else int(low in faiths))
            if not size:
                return True
            i += size
            continue
        i += 1
    return False


_HELD_FOR = frozenset(["cuộc", "buổi", "điểm"])  # a meeting, or a point of service ("54 điểm hỗ trợ | thí sinh")


def decided(tokens: list[Token], k: int, n: int, m: int) -> bool:
    """Words the model would add at a marginal under 0.8 that the conventions leave out: persons counted by their
    people ("14 phụ nữ | Tày", as "người" after them ends the unit), the people a meeting is held with or a point of
    service is for ("12 cuộc gặp mặt | chức sắc tôn giáo": 13 labels of 13 stop there), the movement's name. A
    place's level stays ("48 bí thư chi đoàn thôn, bản", "23 đài truyền thanh xã"): a gate on it cost 207 labelled
    units over holdout2–168."""
    _, ethnic, people = _vocab()
    if " ".join(t.lower for t in tokens[k : k + n]) in people and ethnic.match(tokens, k + n):
        return True
    if " ".join(t.low for t in tokens[k + n : k + n + 3]) == "dan van kheo":
        return True  # the movement's name, written without quotes: "312 mô hình | dân vận khéo" (47 labels of 53)
    if any(tokens[i].text == "," and _named_place(tokens, i + 1) for i in range(k + n, k + m)):
        return True  # "320 phần | , xã Đồng Lợi 180 phần": a place named after the comma opens the next clause
    return tokens[k].lower in _HELD_FOR and bool(_people_at(tokens, k + n, people))


def _named_place(tokens: list[Token], i: int) -> bool:
    """A level's word and a capitalised name at i ("xã Đồng Lợi")."""
    return i + 1 < len(tokens) and tokens[i].lower in PARENT_LEVELS and tokens[i + 1].is_cap and tokens[i + 1].is_word


def _opens_clause(tokens: list[Token], i: int) -> bool:
    """Whether the word at i opens something after a unit: a place's preposition, a conjunction, a number in words,
    a word of the clause or of a thing's state, a verb of the clause ("thành lập"), a count's word ("120 suất lần
    này")."""
    low = tokens[i].lower
    if i + 1 < len(tokens) and ((pair := f"{low} {tokens[i + 1].lower}") in _verbs() or pair in _JOIN):
        return True  # "… 12 tuyến, | đồng thời gắn …": a conjunction of two syllables too
    return (
        low in _PLACE or low in _JOIN or low in _OTHER or low in CLAUSE_WORDS or low in _lists()[2]
        or (low in _FUNCTION_WORDS or low in _load_set("not_counts")) and low != "cấp"
    )


def counted(unit: str, tokens: list[Token], k: int, end: int, text: str) -> int:
    """The tokens of the rules' unit from k when it is a counted noun the model may read on (0 when it is money, a
    measure, a time, a symbol, a name in quotes or a capitalised post)."""
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].is_cap or text[tokens[k].start : end].strip() != unit:
        return 0
    if fold(unit.split()[0]) in _lists()[1] or fold(unit) in _lists()[1]:
        return 0
    n = 0
    while k + n < len(tokens) and tokens[k + n].end <= end:
        n += 1
    return n


def tagger() -> pycrfsuite.Tagger | None:
    """The model, opened once per thread (`crf_models`); None without its file: the rules' units stand."""
    return crf_models.tagger(MODEL)


def use(model: pycrfsuite.Tagger | None) -> None:
    """Read this thread's units with `model` (bench/unit_model.py's models, trained without the set it scores); None:
    the shipped file again."""
    crf_models.use(MODEL, model)


def reread(text: str, tokens: list[Token], k: int, end: int, unit: str, value: float = 0) -> tuple[str, int]:
    """The rules' counted noun (unit, ending at end, its first token k), lengthened to the model's span when the
    model is confident of it and the words it adds pass the gates."""
    model = tagger() if ENABLED else None
    if (model is None and RECORD is None) or not (n := counted(unit, tokens, k, end, text)):
        return unit, end
    stop = sequence(text, tokens, k, n)
    if stop - k < n or (stop - k == n and not SHORTEN):
        return unit, end
    if RECORD is None and not SHORTEN and tokens[k + n].text != "," and crosses(tokens, k + n, k + n + 1):
        return unit, end  # the model could add no word ("35 hộ tại …", "35 hộ Nguyễn …"): it is not asked
    xseq = features(tokens, k, stop, n)
    if RECORD is not None:
        RECORD.append({"value": value, "words": [t.low for t in tokens[k:stop]], "n": n, "x": xseq})
    if model is None:
        return unit, end
    tags = model.tag(xseq)
    m = 0
    while m < len(tags) and tags[m] == "U":
        m += 1
    if m == n or m == 0 or (m < n and not SHORTEN):
        return unit, end
    conf = min(model.marginal(tags[i], i) for i in range(min(m + 1, len(tags))))
    if conf < THRESHOLD or (m > n and GATES and (crosses(tokens, k + n, k + m) or decided(tokens, k, n, m))):
        return unit, end
    last = tokens[k + m - 1].end
    return text[tokens[k].start : last], last
