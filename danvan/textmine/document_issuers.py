"""Who issued a document a report refers to: the body after "của", a known issuer ("Thủ tướng Chính phủ"), the body
its symbol names written earlier in the sentence, and issuers shared by references listed together (split from
documents.py, no rule changed)."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from .orgs import CLAUSE_WORDS, consume_chain, normalize_title, org_word_at, title_at
from .orgwords import CONJUNCTIONS
from .sentences import is_sentence_end
from .sentences import sentence_start as sentence_start_at
from .textutil import Token, fold

# Between two references that share the issuer written after the last one ("Kết luận 01-KL/TW và
# Chỉ thị 30-CT/TW của Bộ Chính trị")
_JOINED = re.compile(r"^\s*(?:,|và|;)?\s*$")


# Symbols that name one body by their last part: a board of the Party committee, the federation of labour, a border
# post. Not the committees' own codes (TU, HU, ĐU, TW): their documents are the committee's or its standing board's,
# which the symbol does not tell apart.
_ONE_BODY = {
    "BTGDVTU": ("ban tuyên giáo và dân vận tỉnh ủy", "ban tuyên giáo và dân vận thành ủy"),
    "BTGDVHU": ("ban tuyên giáo và dân vận huyện ủy",),
    "BDVTU": ("ban dân vận tỉnh ủy", "ban dân vận thành ủy"),
    "BDVHU": ("ban dân vận huyện ủy",),
    "BDVQU": ("ban dân vận quận ủy",),
    "BDVTW": ("ban dân vận trung ương",),
    "BDV": ("ban dân vận",),
    "UBKTTU": ("ủy ban kiểm tra tỉnh ủy", "ủy ban kiểm tra thành ủy"),
    "UBKTHU": ("ủy ban kiểm tra huyện ủy",),
    "UBKT": ("ủy ban kiểm tra",),
    "LĐLĐ": ("liên đoàn lao động",),
    "ĐBP": ("đồn biên phòng",),
    "CAT": ("công an tỉnh", "công an thành phố"),
}

# the body each part of a symbol names, as the sentence's own search looks for it: a one-body code by its first name,
# the boards of the provincial and district committees by the board's name alone ("Ban Dân vận" in the sentence)
_SYMBOL_ISSUER = {
    **{code: names[0] for code, names in _ONE_BODY.items()},
    "UBND": "ủy ban nhân dân",
    "TU": "tỉnh ủy",
    "HU": "huyện ủy",
    "ĐU": "đảng ủy",
    "TW": "trung ương",
    "HĐND": "hội đồng nhân dân",
    "MTTQ": "mặt trận",
    "BTGDVTU": "ban tuyên giáo và dân vận",
    "BDVTU": "ban dân vận",
    "BTGDVHU": "ban tuyên giáo và dân vận",
    "BDVHU": "ban dân vận",
    "CP": "chính phủ",
    "TTg": "thủ tướng",
    "BTT": "ban thường trực",
    "BTV": "ban thường vụ",
}


def _agency(symbol: str | None) -> str:
    return re.split(r"[-/]", symbol)[-1] if symbol else ""


def share_issuers(text: str, docs: list[dict], runs: list[tuple[int, int, int, int]]) -> None:
    """References listed together take the issuer written after the last of them."""
    for (_s1, e1, a1, b1), (s2, _e2, a2, b2) in reversed(list(zip(runs, runs[1:], strict=False))):
        issuer = docs[a2]["issuer"] if b2 > a2 else None
        agencies = {_agency(docs[k]["symbol"]) for k in (*range(a1, b1), a2)}
        between = text[e1:s2]
        if (
            issuer
            # "01-KL/TW và 30-CT/TW của Bộ Chính trị", not "77/KH-UBND, … 15 của Thủ tướng"; two references joined
            # by "và" are one object of the verb, and the issuer after the pair is both's ("Kế hoạch 21-KH/ĐTN và
            # Chương trình 04-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn") unless a symbol names another body ("Kế hoạch
            # 7/KH-UBND và Nghị quyết 3-NQ/TW của Bộ Chính trị")
            and (
                len(agencies) == 1
                or between.strip() == "và" and all(_agrees(docs[k]["symbol"], issuer) for k in range(a1, b1))
            )
            and _JOINED.match(between)
            and not any(docs[k]["issuer"] for k in range(a1, b1))
        ):
            for k in range(a1, b1):
                docs[k]["issuer"] = issuer


def share_body_forward(text: str, docs: list[dict], runs: list[tuple[int, int, int, int]]) -> None:
    """A reference with no issuer, listed in the same sentence after one of the same body by its symbol ("Kế hoạch
    96-KH/TĐTN-CNTT của Ban Thường vụ Tỉnh đoàn …, Hướng dẫn 14-HD/TĐTN-VP …"), is that body's; not for the centre's
    "TW", which names several bodies (the Politburo, the Secretariat, the Central Committee)."""
    for (_s1, e1, a1, b1), (s2, _e2, a2, b2) in zip(runs, runs[1:], strict=False):
        if b1 <= a1 or b2 <= a2 or not docs[b1 - 1]["issuer"] or any(docs[k]["issuer"] for k in range(a2, b2)):
            continue
        body = _first_body(docs[b1 - 1]["symbol"])
        if body in ("", "TW") or any(_first_body(docs[k]["symbol"]) != body for k in range(a2, b2)):
            continue
        between = text[e1:s2]
        # "… ban hành Chỉ thị 01, 02-CT/ĐU về …; Nghị quyết 05-NQ/ĐU về …": a list's item after a semicolon that
        # opens on the reference is under the same verb
        if s2 - e1 > 200 or re.search(r"[.;!?](?:\s|$)|\n", between) and not _NEXT_ITEM.fullmatch(between):
            continue
        for k in range(a2, b2):
            docs[k]["issuer"] = docs[b1 - 1]["issuer"]


_NEXT_ITEM = re.compile(r"[^.;!?\n]*;\s*(?:(?:và|các)\s+)*")  # "…; và Quyết định số 1873", "…; các Quyết định số 86, 87"


def _first_body(symbol: str | None) -> str:
    parts = re.split(r"[-/]", symbol or "")
    return parts[1] if len(parts) > 1 else ""


def _agrees(symbol: str | None, issuer: str) -> bool:
    """No body the symbol names ("UBND" in "7/KH-UBND", "TU" in "09-CT/TU") is missing from the issuer's name."""
    named = [_SYMBOL_ISSUER[part] for part in re.split(r"[-/]", symbol or "")[1:] if part in _SYMBOL_ISSUER]
    if not named:
        return True
    name = fold(normalize_title(issuer)).lower()
    return all(fold(body) in name for body in named)  # a joint "CTPH-MTTQ-UBND" is not the Front's alone


# Issuers that are not an organisation chain of the lexicon (a title, a collective body).
_KNOWN_ISSUER = re.compile(
    r"(?:Thủ tướng Chính phủ|Thủ tướng|Chính phủ|Ủy ban Thường vụ Quốc hội|Quốc hội|Chủ tịch nước|"
    r"Ban Bí thư(?: Trung ương(?: Đảng)?)?|Bộ Chính trị|(?:Ban Chấp hành|BCH) Trung ương(?: Đảng)?|"
    r"Hội nghị Trung ương \d+(?: khóa [IVXL]+)?)(?!\w)"  # "của Hội nghị Trung ương 7 khóa X": the plenum, as written
)


# A committee named by its task in lower case ("của Ban vận động, xã đã …"): the whole name, not the bare "Ban"
_COMMITTEE = re.compile(r"Ban (?:vận động|chỉ đạo|tổ chức|quản lý|điều hành)(?![\w ]*[A-ZĐ])(?!\w)")


def issuer_after(text: str, tokens: list[Token], starts: dict[int, int], pos: int) -> tuple[str | None, int]:
    # "của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng": the committee whose plenum it was issued
    m = re.match(r"\s*\(?\s*của\s+(?:Hội nghị(?:\s+lần\s+thứ\s+\w+)?\s+(?=Ban |BCH ))?", text[pos : pos + 45])
    if not m:
        return _parties(text, tokens, starts, pos)
    known = _KNOWN_ISSUER.match(text, pos + m.end())
    if known and known.group().endswith("Trung ương"):
        # "Ban Chấp hành Trung ương Hội CCB Việt Nam", "Ban Bí thư Trung ương Đoàn": the central committee (or
        # secretariat) of the body named after it
        after = known.end() + 1
        k = starts.get(after) if text[known.end() : after] == " " else None
        if k is not None and tokens[k].is_cap and org_word_at(tokens, k):
            end = consume_chain(tokens, k, text=text, keep_term=False)
            return text[known.start() : tokens[end - 1].end], tokens[end - 1].end
    if known:
        # "Kết luận 126-KL/TW của Bộ Chính trị, Ban Bí thư": two central bodies that issued it together
        joint = re.match(r"(?:,| và) ", text[known.end() : known.end() + 4])
        other = _KNOWN_ISSUER.match(text, known.end() + joint.end()) if joint else None
        if other:
            return text[known.start() : other.end()], other.end()
        return known.group(), known.end()
    if committee := _COMMITTEE.match(text, pos + m.end()):
        return committee.group(), committee.end()
    k = starts.get(pos + m.end())
    if k is None:
        return None, pos
    end = consume_chain(tokens, k, text=text, keep_term=False)
    n = title_at(tokens, k, lower_ok=False) if end == k else 0
    if n and k + n < len(tokens) and tokens[k + n].is_cap:
        # "của Giám đốc Công an tỉnh": a post and the body it heads (the chain starts after the post)
        end = max(k, consume_chain(tokens, k + n, text=text, keep_term=False))
    if end < len(tokens) and tokens[end - 1].text == "Trung" and tokens[end].lower == "ương":
        end += 1  # "của Ban Chỉ đạo Trung ương": the chain cut inside the word "Trung ương"
    if end == k or end < len(tokens) and tokens[end].is_cap and tokens[end].is_word:
        # nothing the lexicon knows, or a chain cut inside a run of capitalised words: the run is the name
        end = max(end, _proper_name_end(tokens, k, text))
        if end < k + 2:
            return None, pos
    issuer = _before_verb(text[tokens[k].start : tokens[end - 1].end])
    return issuer, tokens[k].start + len(issuer)


_ISSUER_STOP = CLAUSE_WORDS | CONJUNCTIONS

# A verb the chain ran on into: "của Ban Thường trực … MTTQ Việt Nam hướng dẫn tổ chức Ngày hội …" (the body ends
# before it), "Sở Tư pháp trình UBND tỉnh ban hành …" (the subject that issues is after it)
_VERB_IN_ISSUER = re.compile(
    r"\s+(?:(?:mới|vừa|đã)\s+)?(?:hướng dẫn|(?<!công )trình|ban hành|phê duyệt|yêu cầu|triển khai)(?:\s+(?=\S)|$)"
)  # "Thông tư số 15/2022/TT-BTC của Bộ Tài chính mới ban hành": the body, not its verb


def _before_verb(issuer: str) -> str:
    verb = _VERB_IN_ISSUER.search(issuer)
    return issuer[: verb.start()] if verb else issuer


def _parties(text: str, tokens: list[Token], starts: dict[int, int], pos: int) -> tuple[str | None, int]:
    """"Chương trình phối hợp 05/CTPH giữa Hội Nông dân tỉnh và Sở Tư pháp": the two bodies between which a joint
    document was signed are its issuers (each a chain the lexicon knows); (None, pos) when not that."""
    m = re.match(r"\s*giữa\s+", text[pos : pos + 12])
    k = starts.get(pos + m.end()) if m else None
    if k is None or not tokens[k].is_cap:
        return None, pos
    end = consume_chain(tokens, k, text=text, keep_term=False)
    if end < len(tokens) and tokens[end].lower == "và" and end + 1 < len(tokens) and tokens[end + 1].is_cap:
        end = max(end, consume_chain(tokens, end + 1, text=text, keep_term=False))
    # the chain reads "X và Y" as one name when both are bodies it knows: two parties, each ending with a capital
    # or a level word, are what a joint document names
    if not any(t.lower == "và" and tokens[i + 1].is_cap for i, t in enumerate(tokens[k : end - 1], k)):
        return None, pos
    return text[tokens[k].start : tokens[end - 1].end], tokens[end - 1].end


def _proper_name_end(tokens: list[Token], k: int, text: str) -> int:
    """A body outside the lexicon named in capitals: "Tổng Liên đoàn Lao động Việt Nam", "Bộ Lao động -
    Thương binh và Xã hội": capitalised words, each with at most one lower-case word after it (not a function
    word), joined by "và" or a hyphen."""
    j = k
    while j < len(tokens) and (j == k or "\n" not in text[tokens[j - 1].end : tokens[j].start]):
        tok = tokens[j]
        if tok.is_word and tok.is_cap and not tok.text.isdigit():
            j += 1
            if (
                j < len(tokens)
                and tokens[j].is_word
                and not tokens[j].is_cap
                and tokens[j].lower not in _ISSUER_STOP
            ):
                j += 1
        elif tok.text in ("và", "-", "–") and j > k and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            j += 1
        else:
            break
    return j


_start = attrgetter("start")


def issuer_before(
    text: str, tokens: list[Token], starts: dict[int, int], pos: int, symbol: str | None, *, page: bool = False
) -> str | None:
    """No 'của': the body the symbol names, written earlier in the same sentence ('được UBND tỉnh tặng … theo QĐ'),
    or anywhere earlier on the page (page: "Hướng dẫn 08-HD/BTGDVTU của Ban", the body the report is about)."""
    if not symbol:
        return None
    # the symbol's bodies from the last: "KH-MTTQ-BTT" is the standing board's ("BTT"), else the Front's ("MTTQ")
    for agency in reversed(re.split(r"[-/]", symbol)[1:]):
        wanted = _SYMBOL_ISSUER.get(agency)
        found = _named_before(text, tokens, pos, wanted, page=page) if wanted else None
        if found:
            return found
    return None


# An issuer written by its kind alone ("của Ban", "của Hội"): the body named before on the page
BARE_ISSUERS = frozenset(["Ban", "Hội", "Sở", "Đoàn", "Ủy ban", "Đảng ủy"])



# "Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết …; ban hành Kết luận số 112, 113-KL/TU …": the body
# advised issues what the sentence's later verbs issue, when the symbol names its committee
_ADVISED = re.compile(r"\btham mưu(?: cho)?\s+(?=[A-ZĐ])")
_COMMITTEES = frozenset(["TU", "HU", "ĐU", "ThU", "QU"])


def advised_body(text: str, tokens: list[Token], pos: int, symbol: str | None) -> str | None:
    """The body the nearest "tham mưu" before pos in the sentence advised, when the symbol at pos is its committee's
    (semicolons do not end the sentence here: the clauses they join share the subject), else None."""
    if _agency(symbol) not in _COMMITTEES:
        return None
    start = pos
    while (start := max(text.rfind(c, 0, start) for c in ".!?\n")) >= 0 and not is_sentence_end(text, start):
        pass  # back to the full stop that ends the sentence before ("sentences": not "TP.", not "1.046")
    start += 1
    *_, last = [None, *_ADVISED.finditer(text, start, pos)]
    if last is None:
        return None
    k = bisect_left(tokens, last.end(), key=_start)
    end = consume_chain(tokens, k, text=text, keep_term=False) if k < len(tokens) else k
    if end <= k + 1 or tokens[end - 1].end > pos:
        return None
    phrase = _before_verb(text[tokens[k].start : tokens[end - 1].end])
    return phrase if _agrees(symbol, phrase) else None


def issuer_on_page(text: str, tokens: list[Token], pos: int, symbol: str | None) -> str | None:
    """No issuer in the sentence: the body a one-body symbol names, as written last before pos on the page ("Ban
    Tuyên giáo và Dân vận Tỉnh ủy …. Ban đã tham mưu …; ban hành Kế hoạch số 04-KH/BTGDVTU"), else None."""
    for wanted in _ONE_BODY.get(_agency(symbol), ()):
        if found := _named_before(text, tokens, pos, wanted, page=True):
            return found
    return None


def _named_before(text: str, tokens: list[Token], pos: int, wanted: str, *, page: bool = False) -> str | None:
    sentence_start = 0 if page else sentence_start_at(text, pos)
    k = bisect_left(tokens, sentence_start, key=_start)  # the first token of the sentence
    best = None
    while k < len(tokens) and tokens[k].start < pos:
        # (not a document's symbol: "05-CTr/ĐU thực hiện Nghị quyết …" names no "ĐU")
        if tokens[k].is_cap and not (k and tokens[k - 1].text in ("/", "-") and tokens[k - 1].end == tokens[k].start):
            end = _chain(tokens, k, text)
            if end > k + 1 and tokens[end - 1].end <= pos:
                phrase = text[tokens[k].start : tokens[end - 1].end]
                if wanted in fold(normalize_title(phrase)).replace("ủy", "uy") or fold(wanted) in fold(
                    normalize_title(phrase)
                ):
                    # "được Chủ tịch UBND tỉnh X tặng Bằng khen theo Quyết định …": the post at the body's head signs
                    # (in the sentence; elsewhere on the page a post before the body is some official's, and the
                    # body is the tail of the chain that names it: "Trưởng phòng … thuộc Ban Tuyên giáo …")
                    head = next((n for n in (3, 2, 1) if k >= n and title_at(tokens, k - n, lower_ok=False) == n), 0)
                    best = text[tokens[k - head].start : tokens[end - 1].end] if head and not page else phrase
                    best = _from_body(best, wanted) if page else best
                k = end
                continue
        k += 1
    return best


def _chain(tokens: list[Token], k: int, text: str) -> int:
    """End of the body's chain from k, also when k opens a line (a chain does not run on from the line before)."""
    if k and "\n" in text[tokens[k - 1].end : tokens[k].start]:
        return k + consume_chain(tokens[k : k + 20], 0, text=text, keep_term=False)
    return consume_chain(tokens, k, text=text, keep_term=False)


def _from_body(phrase: str, wanted: str) -> str:
    """The shortest tail of phrase, from a capitalised word, that still names the wanted body."""
    words = phrase.split(" ")
    for i in range(len(words) - 1, 0, -1):
        if words[i][:1].isupper() and fold(wanted) in fold(normalize_title(" ".join(words[i:]))):
            return " ".join(words[i:])
    return phrase


# "Ban Thường vụ Hội CCB tỉnh đã ban hành Hướng dẫn 07-HD/CCB", "… đã có công văn số 458": the body that issued it is
# the sentence's subject, right before the verb or before an adverb or two ("thống nhất ban hành", "đã kịp thời ban hành")
_BEFORE_ISSUING = r"(?:(?:đã|vừa|thống nhất|chính thức|kịp thời|cũng|sớm)\s+){0,2}"  # adverbs before "ban hành"
_ISSUED_BY_SUBJECT = re.compile(rf"\s+{_BEFORE_ISSUING}(?:ban hành|ký|có)\s+$")


def issuer_as_subject(text: str, tokens: list[Token], pos: int) -> str | None:
    """The body written as the subject of "ban hành", "ký" or "có" right before the reference at pos, else None."""
    verb = _ISSUED_BY_SUBJECT.search(text, max(0, pos - 30), pos)
    if not verb:
        return None
    k = bisect_left(tokens, sentence_start_at(text, pos), key=_start)
    while k < len(tokens) and tokens[k].start < verb.start():
        if tokens[k].is_cap:
            end = _chain(tokens, k, text)  # "Ban Dân vận Thành ủy đã ban hành …" opening a line
            # the chain may run into the verb: "Ban Thường vụ Đảng ủy ban hành" read as "… Đảng ủy ban"
            if end > k + 1 and any(tokens[j].end == verb.start() for j in range(k + 1, end)):
                phrase = text[tokens[k].start : verb.start()]
                *_, last = [0] + [v.end() for v in _VERB_IN_ISSUER.finditer(phrase)]
                if last:
                    return phrase[last:]  # "Sở Tư pháp trình UBND tỉnh ban hành …": the body after the verb
                # "Chủ tịch UBND xã đã ban hành Quyết định …": the post at the body's head signs
                head = next((n for n in (3, 2, 1) if k >= n and title_at(tokens, k - n, lower_ok=False) == n), 0)
                return text[tokens[k - head].start : verb.start()]
            k = max(end, k + 1)
            continue
        k += 1
    return None


# "được Tổng LĐLĐ Việt Nam tặng Bằng khen theo Quyết định số …", "được Ban Thường vụ Tỉnh đoàn chỉ định theo …": the body
# that did it, by the decision after "theo" (or "tại"), is its issuer
_AGENT = re.compile(r"(?:^|\s)được\s+(?=[A-ZĐ])")
_BY_DECISION = re.compile(r"\s+[^\W\d]+(?:\s+[^\W\d]+){0,5}\s+(?:theo|tại)\s+$")


def issuer_as_agent(text: str, tokens: list[Token], pos: int) -> str | None:
    """The body after "được" whose act the reference at pos records, in the same clause, else None."""
    start = sentence_start_at(text, pos)
    agent = next(reversed(list(_AGENT.finditer(text, start, pos))), None)  # the nearest "được" before the reference
    if agent is None:
        return None
    k = bisect_left(tokens, agent.end(), key=_start)
    head = title_at(tokens, k, lower_ok=False) if k < len(tokens) else 0  # "được Thủ tướng Chính phủ tặng …"
    end = _chain(tokens, k + head, text) if k + head < len(tokens) else k
    if end <= k + head and not head or end - 1 < k or tokens[end - 1].end > pos:
        return None
    end = max(end, k + head)
    if not _BY_DECISION.fullmatch(text, tokens[end - 1].end, pos):
        return None
    return text[tokens[k].start : tokens[end - 1].end]


def joint_issuer(text: str, tokens: list[Token], starts: dict[int, int], issuer: str, pos: int) -> tuple[str, int]:
    """A joint document's further issuers after the first: "Nghị quyết liên tịch 09/NQLT-… của Chính phủ và Ủy ban
    Trung ương MTTQ Việt Nam", "… của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ
    Việt Nam" (each body after "và" or a comma a chain of at least two words, one after a comma followed by a
    comma, "và" or the clause's end); (issuer, pos) when none."""
    while m := re.match(r"(?:,)? và |, ", text[pos : pos + 5]):
        k = starts.get(pos + m.end())
        if k is None or not tokens[k].is_cap:
            break
        end = consume_chain(tokens, k, text=text, keep_term=False)
        if end < k + 2 or m.group() == ", " and not re.match(r"\s*(?:[,.;)]|và\s|$)", text[tokens[end - 1].end :]):
            break  # "…, Hội Nông dân tỉnh đã …": after a comma, the subject of the sentence's own verb
        issuer, pos = f"{issuer}{m.group()}{text[tokens[k].start : tokens[end - 1].end]}", tokens[end - 1].end
    return issuer, pos


# "…, huyện đã ban hành công văn số 88/UBND-VP": the level alone is the subject; the people's committee of that level
# named last before it on the page issued the document its symbol says ("UBND")
_LEVEL_SUBJECT = re.compile(
    rf"(?:^|[,;:.]\s+)(?P<level>(?i:tỉnh|huyện|thị xã|thành phố|xã|phường))\s+{_BEFORE_ISSUING}(?:ban hành|có)\s+$"
)


def level_as_subject(text: str, pos: int, symbol: str | None) -> str | None:
    """The people's committee a bare level word stands for as the subject of "ban hành" before the reference at pos."""
    subject = _LEVEL_SUBJECT.search(text, max(0, pos - 40), pos)
    if not subject or "UBND" not in re.split(r"[-/]", symbol or ""):
        return None
    level = subject.group("level").lower()
    named = list(
        re.finditer(rf"\b(?:UBND|Ủy ban nhân dân) {level}(?: [A-ZĐ][^\W\d_]*){{1,4}}", text[: subject.start()])
    )
    return named[-1].group() if named else None

