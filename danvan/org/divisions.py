"""The official division lists, read from the `vietnam-provinces` package (current and legacy eras).

Pure data: rows of (era, code, name, division_type, level, parent_code) and lineage pairs; the
`import_divisions` service writes them. Codes are the official zero-padded strings
(province 2 digits, district 3, commune 5).
"""

from dataclasses import dataclass

from danvan.org.choices import Era, Level

COUNTRY_CODE = "VN"
COUNTRY_NAME = "Việt Nam"


@dataclass(frozen=True)
class DivisionRow:
    era: str
    code: str
    name: str
    division_type: str
    level: str
    parent_code: str | None


@dataclass(frozen=True)
class LineageRow:
    successor_code: str  # current era
    predecessor_code: str  # legacy era
    partial: bool


def province_code(code: int) -> str:
    return f"{int(code):02d}"


def district_code(code: int) -> str:
    return f"{int(code):03d}"


def commune_code(code: int) -> str:
    return f"{int(code):05d}"


def code_candidates(code: str) -> set[str]:
    """Users type codes without their leading zeros: "1" may be province "01" or commune "00001"."""
    code = (code or "").strip()[:20]
    if not code.isdigit():
        return {code}
    return {code, *(code.zfill(width) for width in (2, 3, 5) if len(code) < width)}


def division_rows() -> list[DivisionRow]:
    from vietnam_provinces import Province, Ward
    from vietnam_provinces.legacy import District as LegacyDistrict
    from vietnam_provinces.legacy import Province as LegacyProvince
    from vietnam_provinces.legacy import Ward as LegacyWard

    rows = [DivisionRow(era, COUNTRY_CODE, COUNTRY_NAME, "quốc gia", Level.COUNTRY, None) for era in Era.values]
    for p in Province.iter_all():
        rows.append(DivisionRow(Era.CURRENT, province_code(p.code), p.name, str(p.division_type), Level.PROVINCE,
                                COUNTRY_CODE))
    for w in Ward.iter_all():
        rows.append(DivisionRow(Era.CURRENT, commune_code(w.code), w.name, str(w.division_type), Level.COMMUNE,
                                province_code(w.province_code)))
    for p in LegacyProvince.iter_all():
        rows.append(DivisionRow(Era.LEGACY, province_code(p.code), p.name, str(p.division_type), Level.PROVINCE,
                                COUNTRY_CODE))
    for d in LegacyDistrict.iter_all():
        rows.append(DivisionRow(Era.LEGACY, district_code(d.code), d.name, str(d.division_type), Level.DISTRICT,
                                province_code(d.province_code)))
    for w in LegacyWard.iter_all():
        rows.append(DivisionRow(Era.LEGACY, commune_code(w.code), w.name, str(w.division_type), Level.COMMUNE,
                                district_code(w.district_code)))
    return rows


def lineage_rows() -> list[LineageRow]:
    """Current province ← legacy provinces, current commune ← legacy communes, with split flags."""
    from vietnam_provinces._province_conversion_2025 import NEW_TO_OLD as PROVINCES_NEW_TO_OLD
    from vietnam_provinces._province_conversion_2025 import OLD_TO_NEW as PROVINCES_OLD_TO_NEW
    from vietnam_provinces._ward_conversion_2025 import NEW_TO_OLD as WARDS_NEW_TO_OLD
    from vietnam_provinces._ward_conversion_2025 import OLD_TO_NEW as WARDS_OLD_TO_NEW

    rows = []
    for new_code, entry in PROVINCES_NEW_TO_OLD.items():
        for old in entry.old_provinces:
            split = len(PROVINCES_OLD_TO_NEW[old.code].new_provinces) > 1 if old.code in PROVINCES_OLD_TO_NEW else False
            rows.append(LineageRow(province_code(new_code), province_code(old.code), split))
    for new_code, entry in WARDS_NEW_TO_OLD.items():
        for old in entry.old_wards:
            split = len(WARDS_OLD_TO_NEW[old.code].new_wards) > 1 if old.code in WARDS_OLD_TO_NEW else old.is_partly_merged
            rows.append(LineageRow(commune_code(new_code), commune_code(old.code), split))
    return rows
