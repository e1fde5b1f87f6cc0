"""Mapping counted quantities to reporting indicators by the noun they count (data/indicators.json)."""

from __future__ import annotations

from .textutil import fold, load_json


def indicator_for(quantity: dict, before: str = "", after: str = "") -> str | None:
    """The indicator code a quantity feeds, or None: 12500 'suất quà' → 'QUA_SL'."""
    unit = fold(quantity.get("unit", ""))
    is_money = unit in ("dong", "usd")
    ctx_before, ctx_after = fold(before), fold(after)
    for rule in load_json("indicators.json")["rules"]:
        if rule.get("money"):
            if not is_money:
                continue
        elif "unit_exact" in rule:
            if unit not in rule["unit_exact"]:
                continue
        elif not any(u in unit for u in rule.get("unit", [])):
            continue
        if rule.get("after"):
            context = ctx_after
        elif rule.get("before"):
            context = ctx_before
        else:
            context = ctx_before + " " + unit + " " + ctx_after
        if rule.get("context") and not any(_has_word(context, c) for c in rule["context"]):
            continue
        if any(_has_word(ctx_before, c) for c in rule.get("not_context", [])):
            continue
        return rule["indicator"]
    return None


def _has_word(haystack: str, needle: str) -> bool:
    import re

    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def map_indicators(text: str) -> list[dict]:
    """[{"indicator", "value", "quantity"}] for every quantity in a text that feeds an indicator."""
    from .pipeline import quantities_with_spans

    text, quantities = quantities_with_spans(text)
    out = []
    for q in quantities:
        start, end = q["_span"]
        sentence_start = max(text.rfind(ch, 0, start) for ch in ".;\n") + 1
        before = text[max(sentence_start, start - 80) : start]
        after = text[end : end + 25]
        code = indicator_for(q, before, after)
        if code:
            public = {k: v for k, v in q.items() if not k.startswith("_")}
            out.append({"indicator": code, "value": q["value"], "quantity": public})
    return out
