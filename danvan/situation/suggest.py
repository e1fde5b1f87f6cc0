"""Topics and the place of a note suggested from its text by `danvan.textmine` (marked as suggested)."""

from __future__ import annotations

from danvan.org.choices import Era, Level
from danvan.org.models import Area, Unit
from danvan.textmine.places import find_places
from danvan.textmine.textutil import tokenize
from danvan.textmine.topics import find_topics


def suggest_topics(text: str) -> list[str]:
    """The taxonomy codes whose keywords occur in the text, in the taxonomy's order."""
    return [found["code"] for found in find_topics(text or "")]


def suggest_area(text: str, unit: Unit) -> Area | None:
    """The first current commune the text names inside the unit's area; else the unit's own commune; else None."""
    codes = [p["code"] for p in find_places(tokenize(text or ""))
             if p["level"] == Level.COMMUNE and p["era"] == Era.CURRENT and p["code"]]
    if codes:
        inside = (Area.objects.unscoped().filter(era=Era.CURRENT, level=Level.COMMUNE, code__in=codes,
                                      path__startswith=unit.area.path).select_related("parent"))
        by_code = {a.code: a for a in inside}
        for code in codes:
            if code in by_code:
                return by_code[code]
    if unit.area.level == Level.COMMUNE and unit.area.era == Era.CURRENT:
        return unit.area
    return None
