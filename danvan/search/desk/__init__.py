"""The leaders' desk: one page of what needs attention in a unit's subtree, from every app's DeskTile."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from danvan.core import registry


@dataclass
class DeskTileResult:
    key: str
    title: str
    figures: list[registry.DeskFigure]


def desk(user, unit, today: date | None = None) -> list[DeskTileResult]:
    """Every registered tile's figures for `unit` (already checked to be in the user's scope), in order."""
    today = today or timezone.localdate()
    out = []
    for tile in registry.desk_tiles:
        figures = tile.compute(user, unit, today)
        if figures is not None:
            out.append(DeskTileResult(tile.key, str(tile.title), figures))
    return out
