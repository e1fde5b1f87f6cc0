"""Where a person's title ends, by a model learned from the labelled pages (issue 14, twenty-seventh round).

The rules cut a title at the first word they cannot place ("Trưởng phòng Xây dựng | phong trào bảo vệ an ninh Tổ
quốc"). A linear-chain CRF (CRFsuite), trained by `tools/train_title_model.py` on the blind sets' labels, tags the
tokens of a window around each mention of a person's name B / I / O of a title. Where the rules' title lies in
such a window and the model, confident (every tag of the span and of the tokens just outside it at least
THRESHOLD likely), reads a span that holds it and runs further, the title becomes that span. The model never adds
a title, a person or a name, and never shortens a title: on the sets it was not trained on, the titles it lengthened
were right 21 times of 21 as those sets were new (6 of 6 with today's rules, 0 of 2 on the sets the rules were tuned
on) and the two it shortened were wrong (docs/apps/textmine.md, "Twenty-seventh round").

A window is the name's line or sentence, cut at the nearest other person the reader found and at SIDE tokens. The
features of a token: its word (lower, folded) and shape, the lexicon's phrases it opens or continues (title heads,
organisation words, place types and organs, honorifics, roles), the side of the name and the distance to it, why the
window ends there; the same for two neighbours on each side.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pycrfsuite

from . import crf_models
from .bodies import VERBS, business_at
from .orgwords import CONJUNCTIONS, org_word_at
from .people_rules import rank_before
from .textutil import DATA_DIR, Token, fold, load_json, tokenize
from .title_extent import CO_VERBS, opens_verb
from .units_rules import _people_at, _vocab

MODEL = DATA_DIR / "title_model.crfsuite"
THRESHOLD = 0.9
SIDE = 40
ENABLED = True  # bench/title_model.py turns it off to score the rules alone

_CLOSERS = frozenset(",;:-–—()[]")
_NOT_A_BODY = frozenset(["ở", "tại", "người"])
# a conjunction opens another clause ("… làm trưởng thôn vì cả thôn tin ông"); "xã nhà", "tỉnh nhà": one's own
_CONJUNCTIONS = CONJUNCTIONS | frozenset(["mà", "để", "thì", "nhờ", "bởi", "song", "rồi"])  # "… Phó Trưởng phòng rồi …"
_HOME_OF = frozenset(["xã", "phường", "huyện", "tỉnh", "thôn", "bản", "làng", "quê"])

Window = tuple[int, int, int, int, str, str]  # left, right, name start, name end, why each side ends


@cache
def _phrases() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    lex = load_json("lexicon.json")
    kinds = {
        "HEAD": lex["title_heads"],
        "ORG": lex["org_words"],
        "PLACE": list(lex["place_types"]),
        "ORGAN": list(lex["place_orgs"]),
        "HON": lex["honorifics"] + lex["group_honorifics"],
        "ROLE": lex["roles"],
    }
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for kind, phrases in kinds.items():
        index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            words = tuple(t.low for t in tokenize(p))
            if words:
                index.setdefault(words[0], []).append(words)
        for v in index.values():
            v.sort(key=len, reverse=True)
        out[kind] = index
    return out


def _shape(t: Token) -> str:
    if not t.is_word:
        return "P" + t.text
    if t.text.isdigit():
        return "D"
    if t.text.isupper() and len(t.text) > 1:
        return "A"
    return "C" if t.is_cap else "l"


def _bucket(d: int) -> int:
    return d if d < 6 else (10 if d < 10 else 20)


@cache
def _people() -> frozenset[str]:
    return _vocab()[2] | {"đại biểu", "lãnh đạo", "nhân dân"}


class Page:
    """A page's tokens and the mentions of the people the reader found on it."""

    def __init__(self, text: str, tokens: list[Token], names: Iterable[str]):
        self.text = text
        self.tokens = tokens
        by_word: dict[str, list[int]] = {}
        for k, t in enumerate(tokens):
            if t.is_cap:
                by_word.setdefault(t.lower, []).append(k)
        self.occ: dict[str, list[tuple[int, int]]] = {}
        for name in dict.fromkeys(names):
            words = [t.lower for t in tokenize(name)]
            n = len(words)
            self.occ[name] = [
                (i, i + n) for i in by_word.get(words[0], []) if [t.lower for t in tokens[i : i + n]] == words
            ]

    def _break(self, k: int) -> bool:
        """Whether token k opens a line or a sentence."""
        tokens = self.tokens
        if "\n" in self.text[tokens[k - 1].end : tokens[k].start]:
            return True
        return tokens[k - 1].text in ".!?" and tokens[k].is_cap and k >= 2 and len(tokens[k - 2].text) > 2

    def windows(self, name: str) -> list[Window]:
        others = [span for n, spans in self.occ.items() if n != name for span in spans]
        size = len(self.tokens)
        out = []
        for s, e in self.occ.get(name, []):
            left, why_l = max(0, s - SIDE), "width" if s > SIDE else "page"
            right, why_r = min(size, e + SIDE), "width" if e + SIDE < size else "page"
            for k in range(s, left, -1):
                if self._break(k):
                    left, why_l = k, "line"
                    break
            for k in range(e, right):
                if self._break(k):
                    right, why_r = k, "line"
                    break
            for os_, oe in others:
                if left < oe <= s and not os_ <= s < oe:
                    left, why_l = oe, "name"
                if e <= os_ < right:
                    right, why_r = os_, "name"
            out.append((left, right, s, e, why_l, why_r))
        return out

    def _lexicon(self, left: int, right: int) -> list[list[str]]:
        """Per token of the window, the lexicon's phrases it opens (B-KIND) or continues (I-KIND)."""
        tags: list[list[str]] = [[] for _ in range(left, right)]
        lows = [t.low for t in self.tokens[left:right]]
        for kind, index in _phrases().items():
            i = 0
            while i < len(lows):
                for words in index.get(lows[i], ()):
                    if tuple(lows[i : i + len(words)]) == words:
                        tags[i].append("B-" + kind)
                        for k in range(i + 1, i + len(words)):
                            tags[k].append("I-" + kind)
                        i += len(words) - 1
                        break
                i += 1
        return tags

    def features(self, window: Window) -> list[list[str]]:
        left, right, s, e, why_l, why_r = window
        toks = self.tokens
        lex = self._lexicon(left, right)
        # each token's own features, read by itself and by its two neighbours on each side
        own = [[f"BOS:{why_l}"]] * 2
        for i in range(left, right):
            if s <= i < e:
                own.append(["NAME"])
            else:
                t = toks[i]
                own.append([f"w={t.lower}", f"s={_shape(t)}"] + [f"x={x}" for x in lex[i - left]])
        own += [[f"EOS:{why_r}"]] * 2
        out = []
        for i in range(left, right):
            k = i - left + 2
            f = ["bias", f"f={toks[i].low}", *own[k]]
            if s <= i < e:
                f.append("tgt")
            elif i < s:
                f += ["side=L", f"d=L{_bucket(s - i)}"]
            else:
                f += ["side=R", f"d=R{_bucket(i - e + 1)}"]
            for off in (-2, -1, 1, 2):
                f += [f"{off}:{x}" for x in own[k + off]]
            if i == left:
                f.append(f"first:{why_l}")
            if i == right - 1:
                f.append(f"last:{why_r}")
            out.append(f)
        return out

    def find(self, window: Window, title: str) -> tuple[int, int] | None:
        """Where the title's folded words lie in the window outside the name, the match nearest the name."""
        left, right, s, e = window[:4]
        words = [t.low for t in tokenize(title)]
        if not words:
            return None
        best = None
        for i in range(left, right - len(words) + 1):
            j = i + len(words)
            if (j <= s or i >= e) and [t.low for t in self.tokens[i:j]] == words:
                dist = s - j if j <= s else i - e
                if best is None or dist < best[0]:
                    best = (dist, i, j)
        return (best[1], best[2]) if best else None

    def open_ended(self, window: Window, loc: tuple[int, int]) -> bool:
        """Whether a word the title could run on to lies next to it in the window (the model is asked only then)."""
        left, right, s, e = window[:4]
        before, after = loc[0] - 1, loc[1]
        return any(left <= k < right and not s <= k < e and self.tokens[k].is_word for k in (before, after))

    def crosses(self, start: int, end: int, loc: tuple[int, int]) -> bool:
        """Whether the words the model adds to a title cross a mark that closes one (a comma, a dash, a bracket, a
        colon), a place's preposition ("người có uy tín ở xã …": where the person lives, not the post's body) or
        "người" ("nông dân người Ê Đê": the person's people or origin)."""
        added = [*range(start, loc[0]), *range(loc[1], end)]
        # "… công tác chính trị đồng chủ trì": "đồng", "cùng" open the clause's verb
        if loc[1] < end < len(self.tokens) and self.tokens[end - 1].lower in CO_VERBS and self.tokens[end].lower in VERBS:
            return True
        if any(self.tokens[k].lower == "nhà" and self.tokens[k - 1].lower in _HOME_OF for k in added):
            return True  # "Trưởng khu 5 xã nhà": the speaker's home commune, no body's name
        if any(opens_verb(self.tokens, k) or self.tokens[k].lower == "có" for k in [*range(start, loc[0]), loc[1]] if k < end):
            # "Trưởng thôn Séo Lủng nói, …", "… Tỉnh ủy chỉ đạo hoàn thành …", "Đoàn đến thăm Mẹ Việt Nam Anh hùng
            # …": a verb is the clause's, no title's
            return True
        if loc[1] - loc[0] == 2 and rank_before(self.tokens, loc[1]) or any(rank_before(self.tokens, k + 1) for k in added):
            return True  # "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Trung úy Lò Văn Pọm": a rank is a title of its own
        if any(self.tokens[k].lower == "và" and self._people_after(k + 1) for k in added):
            return True  # "Trưởng ban Tuyên giáo và cán bộ Hội …": people joined to the post, no body's name
        if [self.tokens[k].lower for k in added[-2:-1]] == ["của"] and loc[1] < end:
            return True  # "Trưởng phòng Tổng hợp của Ban": a body named by its kind alone is the page's, not the title's
        return any(
            self.tokens[k].text in _CLOSERS or self.tokens[k].lower in _NOT_A_BODY or self.tokens[k].lower in _CONJUNCTIONS
            for k in added
        )

    def _people_after(self, k: int) -> bool:
        """People at k: a noun of people of the unit vocabulary, "đại biểu", "lãnh đạo", "nhân dân", "các", "người"."""
        return bool(_people_at(self.tokens, k, _people())) or k < len(self.tokens) and self.tokens[k].lower in ("các", "người")

    def unnamed_body(self, start: int, end: int, loc: tuple[int, int]) -> bool:
        """Whether the words the model adds after a title are only a body's word with no name ("Công ty")."""
        added = [self.tokens[k] for k in range(loc[1], end)]
        size = max(org_word_at(self.tokens, loc[1]), business_at(self.tokens, loc[1]))
        return start == loc[0] and bool(added) and size == len(added)

    def spans(self, tagger: pycrfsuite.Tagger, window: Window) -> list[tuple[int, int, float, str]]:
        """The model's titles in the window: (start, end, confidence, text)."""
        left, right = window[0], window[1]
        if right <= left:
            return []
        tags = tagger.tag(self.features(window))
        out = []
        i = 0
        while i < len(tags):
            if tags[i] == "B" or (tags[i] == "I" and (i == 0 or tags[i - 1] == "O")):
                j = i + 1
                while j < len(tags) and tags[j] == "I":
                    j += 1
                conf = min(tagger.marginal(tags[k], k) for k in range(max(0, i - 1), min(len(tags), j + 1)))
                a, b = self.tokens[left + i], self.tokens[left + j - 1]
                out.append((left + i, left + j, conf, self.text[a.start : b.end]))
                i = j
            else:
                i += 1
        return out


def tagger() -> pycrfsuite.Tagger | None:
    """The model, opened once per thread (`crf_models`); None when its file is missing: the rules' titles stand."""
    return crf_models.tagger(MODEL)


def extend_titles(people: list[dict], tokens: list[Token], text: str, model: pycrfsuite.Tagger | None = None) -> None:
    """Lengthen in place the titles of `people` ({"name", "titles"}) the model reads further with confidence."""
    model = model or (tagger() if ENABLED else None)
    if model is None or not any(p["titles"] for p in people):
        return
    page = Page(text, tokens, [p["name"] for p in people])
    for person in people:
        if person["titles"]:
            shared = {fold(t) for p in people if p is not person for t in p["titles"]}
            person["titles"] = extended(page, model, person["name"], person["titles"], shared=shared)


def extended(
    page: Page,
    model: pycrfsuite.Tagger,
    name: str,
    titles: list[str],
    threshold: float = THRESHOLD,
    shared: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """The titles, each lengthened to the model's span that holds it where the model is confident of it. A post
    other people on the page hold too (`shared`, folded) was given out by a list: the places or units after it are
    the list's, one each, and it stays as it is."""
    out = list(titles)
    tagged: dict[Window, list[tuple[int, int, float, str]]] = {}
    windows = page.windows(name)
    for k, title in enumerate(titles):
        if fold(title) in shared:
            continue
        for w in windows:
            loc = page.find(w, title)
            if loc is None:
                continue
            if not page.open_ended(w, loc):
                break
            if w not in tagged:
                tagged[w] = page.spans(model, w)
            for start, end, conf, span in tagged[w]:
                longer = start <= loc[0] and loc[1] <= end and (start, end) != loc
                if longer and page.crosses(start, end, loc):
                    continue
                if longer and title[:1].islower() and page.unnamed_body(start, end, loc):
                    continue  # "công nhân Công ty,": a trade's body needs its name (a post heads one: "Giám đốc Chi nhánh")
                if conf >= threshold and longer and not any(same_words(span, t) for t in out):
                    out[k] = span
            break
    return out


def same_words(a: str, b: str) -> bool:
    return [t.low for t in tokenize(a)] == [t.low for t in tokenize(b)]
