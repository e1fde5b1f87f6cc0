"""The standard mass-mobilisation bloc (khối dân vận) and its reporting lines (domain/organisation.md).

Which kinds exist at which level and who reports to whom is code-level structure; the kinds' names
and symbols are data (`UnitKind`, seeded by a migration, editable by administrators).
"""

from dataclasses import dataclass

from danvan.org.choices import Level

BTGDV = "ban-tuyen-giao-dan-van"
DANG_UY = "dang-uy"


@dataclass(frozen=True)
class BlocSpec:
    kind: str
    levels: tuple[str, ...]

    def parent_at(self, level: str) -> tuple[str, str] | None:
        """(level, kind) of the unit this one reports to, in the dân vận line."""
        if level == Level.PROVINCE:
            return None if self.kind == BTGDV else (Level.PROVINCE, BTGDV)
        if self.kind == DANG_UY:
            return (Level.PROVINCE, BTGDV)
        return (Level.COMMUNE, DANG_UY)


BOTH = (Level.PROVINCE, Level.COMMUNE)
# Ordered so that every unit's parent is created before it.
STANDARD_BLOC = (
    BlocSpec(BTGDV, (Level.PROVINCE,)),
    BlocSpec(DANG_UY, (Level.COMMUNE,)),
    BlocSpec("mttq", BOTH),
    BlocSpec("cong-doan", BOTH),
    BlocSpec("hoi-nong-dan", BOTH),
    BlocSpec("doan-thanh-nien", BOTH),
    BlocSpec("hoi-phu-nu", BOTH),
    BlocSpec("hoi-cuu-chien-binh", BOTH),
    BlocSpec("ubnd", BOTH),
    BlocSpec("cong-an", BOTH),
    BlocSpec("quan-su", BOTH),
)


def name_parts(area) -> dict[str, str]:
    """Pieces a unit-name pattern may use: {name} "Ninh Bình", {area} "tỉnh Ninh Bình", {committee} "Tỉnh ủy"."""
    division = (area.division_type or "").lower()
    prefix = "thành phố" if division.startswith("thành phố") else division
    name = area.name
    for word in (prefix, "tỉnh", "thành phố"):
        if word and name.lower().startswith(word + " "):
            name = name[len(word) + 1:]
            break
    return {"name": name, "area": f"{prefix} {name}".strip(),
            "committee": "Thành ủy" if prefix == "thành phố" and area.level == Level.PROVINCE else "Tỉnh ủy"}


def unit_name(pattern: str, area) -> str:
    return pattern.format(**name_parts(area))
