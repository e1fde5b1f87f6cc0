"""Checking an extraction against an expected JSON (lists hold what must be found; null fields are not checked)."""

from __future__ import annotations

from danvan.textmine.textutil import fold
from danvan.textmine.unit_extent import unit_forms


def _same(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold(a).strip() == fold(b).strip()
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6 * max(1, abs(a))
    return a == b


def missing(expected: dict, got: dict) -> list[str]:
    """What the extraction failed to find, as readable lines (empty when everything was found)."""
    problems: list[str] = []
    for key in ("published", "key_tasks"):
        if key in expected and expected[key] != got[key]:
            problems.append(f"{key}: expected {expected[key]!r}, got {got[key]!r}")
    for key, value in expected.get("event", {}).items():
        if value != got["event"][key]:
            problems.append(f"event.{key}: expected {value!r}, got {got['event'][key]!r}")
    codes = {t["code"] for t in got["topics"]}
    problems += [f"topic {c}" for c in expected.get("topics", []) if c not in codes]
    for person in expected.get("people", []):
        found = [p for p in got["people"] if _same(p["name"], person["name"])]
        if not found:
            problems.append(f"person {person['name']}")
            continue
        titles = found[0]["titles"] + found[0]["titles_normalized"]
        problems += [
            f"title {t!r} of {person['name']}"
            for t in person.get("titles", [])
            if not any(_same(t, x) for x in titles)
        ]
    for field, keys in (
        ("quantities", ("value", "unit", "qualifier")),
        ("documents", ("type", "number", "symbol", "date", "issuer", "title")),
        ("places", ("name", "level", "era", "code")),
    ):
        # a quantity's unit after a measure of weight or volume is matched with what is weighed ("tấn gạo") or without
        # it (its "measure", "tấn"): labellers write both; one found item matches one expected item
        pool = [(g, form) for g in got[field] for form in unit_forms(g)]
        for item in expected.get(field, []):
            match = next(
                (g for g, form in pool if all(item.get(k) is None or _same(item[k], form.get(k)) for k in keys)), None
            )
            if match is None:
                problems.append(f"{field}: {item}")
            else:
                pool = [(g, form) for g, form in pool if g is not match]
    return problems
