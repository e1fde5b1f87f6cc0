"""Helpers for the holdout2 pages: each page's text and its labels sit side by side in batchN.py."""

import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def P(name, *titles):
    return {"name": name, "titles": list(titles)}


def Q(value, unit, qualifier="exact"):
    return {"value": value, "unit": unit, "qualifier": qualifier}


def D(type_, number, symbol=None, issuer=None, date=None):
    return {"type": type_, "number": number, "symbol": symbol, "date": date, "issuer": issuer}


def L(name, level):
    return {"name": name, "level": level}


def write(slug, text, published, title, event, people, quantities, documents, places, not_people, not_money):
    text = unicodedata.normalize("NFC", text.strip("\n")) + "\n"
    for p in people:
        assert p["name"] in text, (slug, p["name"])
        for t in p["titles"]:
            assert t in text, (slug, t)
    for d in documents:
        assert d["number"] in text, (slug, d)
        if d["symbol"]:
            assert d["symbol"] in text, (slug, d)
    assert title in text, (slug, title)
    for s in not_people + not_money:
        assert s in text, (slug, s)
    size = len(text)
    assert 900 <= size <= 6000, (slug, size)
    exp = {
        "published": published,
        "title": title,
        "event": event,
        "people": people,
        "quantities": quantities,
        "documents": documents,
        "places": places,
        "not": {"people": not_people, "money": not_money},
    }
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "expected").mkdir(exist_ok=True)
    (HERE / "pages" / f"{slug}.txt").write_text(text, encoding="utf-8")
    (HERE / "expected" / f"{slug}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert not re.search(r"\t", text)
