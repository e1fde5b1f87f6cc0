"""The shortcuts taken for speed find exactly what the plain formulation finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.textmine import dates, documents, numbers
from danvan.textmine.orgwords import lexicon
from danvan.textmine.pipeline import _YEAR_RANGE
from danvan.textmine.textutil import PhraseIndex, fold, tokenize
from danvan.textmine.topics import _compiled, _matches

PIECES = st.lists(
    st.sampled_from(
        [
            "1",
            "2",
            "0",
            "9",
            "19",
            "20",
            "12.500",
            "3,5",
            " ",
            "\n",
            ":",
            "/",
            ".",
            "-",
            "–",
            ",",
            "%",
            "h",
            "_",
        ]
        + ["giờ", "phút", "ngày", "Ngày", "NGÀY", "tháng", "năm", "tỷ", "triệu", "tr", "đ", "a", "Hòa"]
        + ["dân vận", "an ninh, trật tự", "covid-19", "môi trường", "y tế", "giảm nghèo", "x"]
    ),
    max_size=20,
).map("".join)
MANY = settings(max_examples=400, deadline=None)

# The patterns as first written, before they were rewritten to start with a digit.
TIME = re.compile(
    r"(?<!\d)\d{1,2}\s*(?::|giờ|h)\s*\d{2}(?:\s*(?::\d{2}|phút))?(?!\d)|(?<!\d)\d{1,2}\s*giờ(?!\w)"
)
LONG = re.compile(r"(?i)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)")
DMY = re.compile(r"(?<![\w/.-])(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?(?![\w/-]|\.\d)")
YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")
QUANTITY = re.compile(
    rf"(?<![\w/.,:-])(?P<num>{numbers.NUMBER})(?:\s*(?P<scale>tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)|(?P<scale_tr>tr)(?:(?P<tr_tail>\d{{1,3}})(?![\w,]|\.\d)|(?![\w.])|(?=\.(?:\s|$))))?"
    rf"(?:\s+(?P<num2>{numbers.NUMBER})\s*(?P<scale2>triệu|nghìn|ngàn)(?!\w))?(?P<pct>\s*%)?"
)

# NUMBERED with each type's first letter as a class ("[Nn]ghị quyết"), before each type was written twice
_FIRST_AS_CLASS = "|".join(f"[{t[0]}{t[0].lower()}]{t[1:]}" for t in documents.TYPES)
NUMBERED = re.compile(documents.NUMBERED.pattern.replace(documents._NUM_TYPE_RE, _FIRST_AS_CLASS, 1))
DOC_PIECES = st.lists(
    st.sampled_from(
        [" ", "\n", ",", "-", "/", ".", ":", "số", "Số", "và", "của", "hành động", "12", "5", "2023", "a", "b"]
        + ["NQ/TW", "KH-UBND", "QĐ", "TW", "Đ", "Ban", "tịch", "x", "Nghị"]
        + [t for t in documents.TYPES] + [t.lower() for t in documents.TYPES] + [t.upper() for t in documents.TYPES]
    ),
    max_size=16,
).map("".join)


def spans(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@MANY
@given(PIECES)
def test_rewritten_patterns_match_the_same(text):
    assert spans(dates.TIME, text) == spans(TIME, text)
    assert spans(dates.DMY, text) == spans(DMY, text)
    assert spans(_YEAR_RANGE, text) == spans(YEAR_RANGE, text)
    assert spans(numbers.QUANTITY, text) == spans(QUANTITY, text)
    long_dates = [
        (dates._ngay_before(text, m.start()), m.end(), m.groups()) for m in dates._LONG_CORE.finditer(text)
    ]
    assert long_dates == [(m.start(), m.end(), m.groups()[-3:]) for m in LONG.finditer(text)]


@MANY
@given(PIECES)
def test_topic_lookup_by_first_word_equals_the_alternation(text):
    _codes, rx, by_first = _compiled(None)
    assert by_first is not None
    folded = fold(text)
    assert _matches(folded, rx, by_first) == _matches(folded, rx, None)


@MANY
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50))), st.integers(0, 60), st.integers(0, 60))
def test_blocked_spans_by_bisection(spans_, a, b):
    blocked = numbers._Blocked(spans_)
    assert blocked.overlaps(a, b) == any(s < b and a < e for s, e in spans_)


@MANY
@given(DOC_PIECES)
def test_document_types_written_twice_match_the_same(text):
    assert NUMBERED.pattern != documents.NUMBERED.pattern
    assert spans(documents.NUMBERED, text) == spans(NUMBERED, text)


def _scan(index: PhraseIndex, tokens: list, i: int):
    """The phrase index's lookup as first written: every phrase opened by the word, longest first."""
    if i >= len(tokens):
        return None
    for key, value in index.by_first.get(tokens[i].lower if index.strict else tokens[i].low, []):
        if i + len(key) <= len(tokens) and all(
            (t.lower if index.strict else t.low) == w for t, w in zip(tokens[i : i + len(key)], key, strict=True)
        ):
            return len(key), value
    return None


_INDEXES = [
    PhraseIndex(["Ban", "Ban Dân vận", "Ban Dân vận Tỉnh ủy", "Hội", "Hội Nông dân", "Phó Chủ tịch", "Ban"]),
    PhraseIndex({"hộ nghèo": 1, "hộ": 2, "suất quà": 3, "Hộ nghèo": 4, "tấn": None}, strict=False),
    lexicon().org,
    lexicon().titles,
    lexicon().place_words,
]
_PHRASE_WORDS = sorted({w for p in (*lexicon().org.by_first, *lexicon().titles.by_first) for w in p.split()})[:300]
PHRASE_PIECES = st.lists(
    st.sampled_from(["Ban", "ban", "Dân", "vận", "Tỉnh", "ủy", "Hội", "Nông", "dân", "Phó", "Chủ", "tịch", "hộ", "nghèo"]
                    + ["Hộ", "ho", "ngheo", "suất", "quà", "tấn", "Sở", "Mặt", "trận", "xã", "Trưởng", "thôn", ","]
                    + _PHRASE_WORDS),
    max_size=12,
).map(" ".join)


@MANY
@given(PHRASE_PIECES)
def test_phrase_trie_finds_the_longest_phrase_as_the_scan(text):
    tokens = tokenize(text)
    for index in _INDEXES:
        for i in range(len(tokens) + 1):
            assert index.match(tokens, i) == _scan(index, tokens, i)

