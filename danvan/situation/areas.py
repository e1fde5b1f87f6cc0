"""Where a note or incident happens: the API's area references and an area's commune and province.

A reference is "current/<commune code>" or "hamlet/<area id>" (hamlets have no official code); a note's
area is a commune of the current era or one of its hamlets, inside the recording unit's own area.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from danvan.org.choices import Era, Level
from danvan.org.models import Area, Unit


def area_ref(area: Area) -> str:
    return f"hamlet/{area.pk}" if area.level == Level.HAMLET else f"{area.era}/{area.code}"


def resolve_area(ref: str) -> Area:
    """The area a reference names, or a Vietnamese ValidationError (areas are public reference data)."""
    kind, _, key = str(ref or "").strip().partition("/")
    area = None
    if kind == Era.CURRENT and key:
        area = Area.objects.unscoped().filter(era=Era.CURRENT, code=key[:20]).select_related("parent").first()
    elif kind == Level.HAMLET and key.isdigit():
        area = Area.objects.unscoped().filter(pk=int(key), level=Level.HAMLET).select_related("parent").first()
    if area is None:
        raise ValidationError({"area": [f"Không tìm thấy địa bàn “{str(ref)[:40]}” (dạng current/<mã xã> "
                                        "hoặc hamlet/<số>)."]})
    return area


def commune_and_province(area: Area) -> tuple[Area, Area]:
    """The commune an area lies in (itself, or a hamlet's commune) and that commune's province."""
    commune = area.parent if area.level == Level.HAMLET else area
    if commune is None or commune.level != Level.COMMUNE or commune.era != Era.CURRENT:
        raise ValidationError({"area": [f"“{area.name}” không phải xã, phường hay thôn, tổ dân phố hiện hành."]})
    province = commune.parent
    while province is not None and province.level != Level.PROVINCE:
        province = province.parent
    if province is None:
        raise ValidationError({"area": [f"Không xác định được tỉnh của “{commune.name}”."]})
    return commune, province


def check_area_of_unit(area: Area, unit: Unit) -> None:
    """A unit records what happens in its own area: a commune's staff in their commune, a province's anywhere in it."""
    if area.era != unit.area.era or not area.path.startswith(unit.area.path):
        raise ValidationError({"area": [f"Địa bàn “{area.name}” không thuộc địa bàn của {unit.name}."]})


def check_area_of_province(area: Area, unit: Unit) -> None:
    """An incident may spread beyond its unit's commune, not beyond its province."""
    home = unit.area if unit.area.level != Level.COMMUNE else commune_and_province(unit.area)[1]
    if area.era != home.era or not area.path.startswith(home.path):
        raise ValidationError({"areas": [f"Địa bàn “{area.name}” không thuộc {home.name}."]})
