"""The shared sample reports and our own corpus (other styles and encodings) give what they must."""

import json
from pathlib import Path

import pytest

from danvan.textmine import extract_file

from .expectations import missing

REPO = Path(__file__).resolve().parents[3]
SAMPLES = REPO.parent / "shared" / "samples"
CORPUS = Path(__file__).parent / "corpus"


def _sample_pairs():
    if not (SAMPLES / "expected").is_dir():
        return []
    return [
        (next((SAMPLES / "reports").glob(e.stem + ".*")), e)
        for e in sorted((SAMPLES / "expected").glob("*.json"))
    ]


def _corpus_pairs():
    return [
        (p, p.with_suffix(".json"))
        for p in sorted(CORPUS.iterdir())
        if p.suffix not in (".json", ".py") and p.with_suffix(".json").exists()
    ]


@pytest.mark.skipif(
    not _sample_pairs(), reason=f"shared samples not found at {SAMPLES} (clone shared/ next to the repo)"
)
@pytest.mark.parametrize(
    "report,expected", _sample_pairs() or [(None, None)], ids=lambda p: getattr(p, "stem", "")
)
def test_sample_report_meets_its_expectations(report, expected):
    got = extract_file(report)
    assert missing(json.loads(expected.read_text(encoding="utf-8")), got) == []


@pytest.mark.parametrize("report,expected", _corpus_pairs(), ids=lambda p: p.name)
def test_own_corpus_report_meets_its_expectations(report, expected):
    got = extract_file(report)
    assert missing(json.loads(expected.read_text(encoding="utf-8")), got) == []


def test_menu_words_and_visit_counters_are_not_people_or_results():
    got = extract_file(CORPUS / "c3-trang-web.html")
    assert {p["name"] for p in got["people"]} == {"Lê Hồng Vinh", "Nguyễn Thị Thu Hường", "Phan Văn Giáp"}
    values = {q["value"] for q in got["quantities"]}
    assert 312 not in values and 9876543 not in values and 450 not in values  # counter and "Tin khác" tail


def test_output_has_the_promised_shape():
    got = extract_file(CORPUS / "c1-xa-bao-cao-thang.txt")
    assert set(got) == {
        "source",
        "title",
        "published",
        "event",
        "places",
        "people",
        "organizations",
        "quantities",
        "documents",
        "topics",
        "key_tasks",
    }
    assert got["source"] == "c1-xa-bao-cao-thang.txt"
    for q in got["quantities"]:
        assert set(q) == {"value", "unit", "qualifier", "text"}
    for d in got["documents"]:
        assert set(d) == {"type", "number", "symbol", "date", "issuer", "title", "text"}
    for p in got["places"]:
        assert set(p) == {"name", "level", "era", "code"}
    json.dumps(got)
