"""Writes to the territory and the organisations. Every function here is a @service."""

from collections import Counter
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr

from danvan.core.audit import check_version, mark_unchanged, record_event, service, snapshot
from danvan.core.signals import unit_moved
from danvan.core.text import fold
from danvan.org import divisions
from danvan.org.bloc import STANDARD_BLOC, unit_name
from danvan.org.choices import Era, Level
from danvan.org.models import Area, AreaLineage, Unit, UnitKind, UnitRename


@service
def import_divisions(actor=None) -> dict:
    """Load or update the official lists of both eras and their lineage; a re-run changes nothing.

    `actor` None is the operator running a command (recorded with an empty username).

    Returns {"created": n, "updated": n, "lineage_created": n, "lineage_removed": n,
    "counts": {era: {level: n}}}.
    """
    rows = divisions.division_rows()
    existing = {(a.era, a.code): a for a in Area.objects.exclude(level=Level.HAMLET)}
    created = updated = 0
    # Parents first, so each row's parent path is known when it is written.
    order = [Level.COUNTRY, Level.PROVINCE, Level.DISTRICT, Level.COMMUNE]
    by_key: dict[tuple[str, str], Area] = dict(existing)
    for level in order:
        to_create, to_update = [], []
        for row in (r for r in rows if r.level == level):
            parent = by_key.get((row.era, row.parent_code)) if row.parent_code else None
            path = (parent.path if parent else "/") + f"{row.code}/"
            area = by_key.get((row.era, row.code))
            if area is None:
                area = Area(era=row.era, code=row.code, name=row.name, name_folded=fold(row.name),
                            division_type=row.division_type, level=row.level, parent=parent, path=path)
                to_create.append(area)
                by_key[(row.era, row.code)] = area
            elif (area.name, area.division_type, area.parent_id, area.path) != (
                row.name, row.division_type, parent.pk if parent else None, path
            ):
                area.name, area.name_folded, area.division_type = row.name, fold(row.name), row.division_type
                area.parent, area.path = parent, path
                to_update.append(area)
        Area.objects.bulk_create(to_create, batch_size=2000)
        Area.objects.bulk_update(to_update, ["name", "name_folded", "division_type", "parent", "path"], batch_size=2000)
        created += len(to_create)
        updated += len(to_update)
        if to_create and to_create[0].pk is None:  # backends that do not return ids from bulk inserts
            fresh = {(a.era, a.code): a for a in Area.objects.filter(level=level)}
            by_key.update(fresh)

    lineage_created, lineage_removed = _sync_lineage(by_key)
    counts: dict[str, dict[str, int]] = {}
    for era, level in Area.objects.values_list("era", "level"):
        counts.setdefault(era, Counter())[level] += 1
    result = {"created": created, "updated": updated, "lineage_created": lineage_created,
              "lineage_removed": lineage_removed, "counts": {e: dict(c) for e, c in counts.items()}}
    if created or updated or lineage_created or lineage_removed:
        record_event(actor, "org.divisions.import", object_type="org.area", object_repr="Danh mục đơn vị hành chính",
                     after={k: v for k, v in result.items() if k != "counts"})
    else:
        mark_unchanged()
    return result


def _sync_lineage(by_key) -> tuple[int, int]:
    wanted = {}
    for row in divisions.lineage_rows():
        successor = by_key.get((Era.CURRENT, row.successor_code))
        predecessor = by_key.get((Era.LEGACY, row.predecessor_code))
        if successor and predecessor:
            wanted[(successor.pk, predecessor.pk)] = row.partial
    current = {(s, p): (pk, partial) for pk, s, p, partial in
               AreaLineage.objects.values_list("pk", "successor_id", "predecessor_id", "partial")}
    to_create = [AreaLineage(successor_id=s, predecessor_id=p, partial=partial)
                 for (s, p), partial in wanted.items() if (s, p) not in current]
    to_fix = [AreaLineage(pk=pk, successor_id=key[0], predecessor_id=key[1], partial=wanted[key])
              for key, (pk, partial) in current.items() if key in wanted and wanted[key] != partial]
    stale = [pk for key, (pk, _) in current.items() if key not in wanted]
    AreaLineage.objects.bulk_create(to_create, batch_size=5000)
    AreaLineage.objects.bulk_update(to_fix, ["partial"], batch_size=5000)
    AreaLineage.objects.filter(pk__in=stale).delete()
    return len(to_create) + len(to_fix), len(stale)


@service
def create_hamlet(actor, commune: Area, *, name: str, division_type: str = "thôn") -> Area:
    """A commune creates a hamlet or residential group (no official code list exists for them)."""
    name = " ".join((name or "").split())
    if commune.level != Level.COMMUNE or commune.era != Era.CURRENT:
        raise ValidationError("Chỉ tạo được thôn, tổ dân phố trong một xã, phường, đặc khu hiện hành.")
    if not name:
        raise ValidationError({"name": "Vui lòng nhập tên thôn, tổ dân phố."})
    if Area.objects.filter(parent=commune, name_folded=fold(name)).exists():
        raise ValidationError({"name": f"“{name}” đã có trong {commune.name}."})
    seq = Area.objects.filter(parent=commune, level=Level.HAMLET).count() + 1
    code = f"{commune.code}-{seq:03d}"
    while Area.objects.filter(era=commune.era, code=code).exists():
        seq += 1
        code = f"{commune.code}-{seq:03d}"
    hamlet = Area(era=commune.era, code=code, name=name, division_type=division_type, level=Level.HAMLET,
                  parent=commune)
    hamlet.full_clean(exclude=["path", "name_folded"])
    hamlet.save()
    record_event(actor, "org.area.create_hamlet", hamlet, after=snapshot(hamlet))
    return hamlet


def _check_parent(unit: Unit | None, parent: Unit | None) -> None:
    if parent is None or unit is None or unit.pk is None:
        return
    if parent.line_path.startswith(unit.line_path):
        raise ValidationError({"parent": "Không thể đặt một tổ chức báo cáo lên chính nó hoặc tổ chức cấp dưới của nó."})


def _clean_unit(unit: Unit) -> None:
    unit.name = " ".join(unit.name.split())
    if not unit.name:
        raise ValidationError({"name": "Vui lòng nhập tên tổ chức."})
    if unit.opened_on and unit.closed_on and unit.closed_on < unit.opened_on:
        raise ValidationError({"closed_on": "Ngày giải thể không được trước ngày thành lập."})
    unit.full_clean(exclude=["line_path", "name_folded", "parent", "kind", "area"])


@service
def create_unit(actor, *, kind: UnitKind, area: Area, name: str, symbol: str = "", parent: Unit | None = None,
                opened_on: date | None = None) -> Unit:
    unit = Unit(kind=kind, area=area, name=name, symbol=symbol, parent=parent, opened_on=opened_on)
    _clean_unit(unit)
    if Unit.objects.filter(kind=kind, area=area, closed_on__isnull=True).exists():
        raise ValidationError(f"{area.name} đã có một tổ chức loại “{kind.name}” đang hoạt động.")
    unit.save()
    record_event(actor, "org.unit.create", unit, after=snapshot(unit))
    return unit


@service
def update_unit(actor, unit: Unit, *, version: int, effective_on: date | None = None, note: str = "",
                **changes) -> Unit:
    """Edit a unit; a new name or symbol is kept in its rename history. Refuses a stale version."""
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    check_version(unit, version)
    allowed = {"name", "symbol", "opened_on", "closed_on", "parent"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Không sửa được trường: {', '.join(sorted(unknown))}.")
    before = snapshot(unit)
    old_name, old_symbol, old_path = unit.name, unit.symbol, unit.line_path
    for field, value in changes.items():
        setattr(unit, field, value)
    if "parent" in changes:
        _check_parent(Unit(pk=unit.pk, line_path=old_path), unit.parent)
    _clean_unit(unit)
    if (unit.name, unit.symbol) != (old_name, old_symbol):
        UnitRename.objects.create(unit=unit, effective_on=effective_on or date.today(), old_name=old_name,
                                  new_name=unit.name, old_symbol=old_symbol, new_symbol=unit.symbol, note=note)
    unit.version += 1
    unit.save()
    if unit.line_path != old_path:
        # Re-root every descendant's path in one statement.
        Unit.objects.filter(line_path__gt=old_path, line_path__lt=old_path + "~").update(
            line_path=Concat(Value(unit.line_path), Substr(F("line_path"), len(old_path) + 1))
        )
        unit_moved.send(sender=Unit, old_prefix=old_path, new_prefix=unit.line_path)
    record_event(actor, "org.unit.update", unit, before=before, after=snapshot(unit))
    return unit


@service
def create_bloc(actor, province: Area, *, opened_on: date | None = None) -> dict:
    """Create the standard bloc of a province and of each of its communes, with the reporting lines.

    Idempotent: existing units (same kind at the same area) are kept. Returns {"created": n, "existing": n}.
    """
    if province.level != Level.PROVINCE or province.era != Era.CURRENT:
        raise ValidationError("Chỉ tạo khối dân vận cho một tỉnh, thành phố hiện hành.")
    kinds = {k.code: k for k in UnitKind.objects.all()}
    missing = [spec.kind for spec in STANDARD_BLOC if spec.kind not in kinds]
    if missing:
        raise ValidationError(f"Thiếu loại tổ chức trong danh mục: {', '.join(missing)}.")
    communes = list(Area.objects.filter(parent=province, level=Level.COMMUNE).order_by("code"))
    areas = [province, *communes]
    existing = {(u.kind_id, u.area_id): u for u in Unit.objects.filter(area__in=areas, closed_on__isnull=True)}
    new_units: list[Unit] = []

    def ensure(kind_code: str, area: Area, parent: Unit | None, level: str) -> Unit:
        kind = kinds[kind_code]
        unit = existing.get((kind.pk, area.pk))
        if unit is not None:
            return unit
        pattern = kind.province_name if level == Level.PROVINCE else kind.commune_name
        symbol = kind.province_symbol if level == Level.PROVINCE else kind.commune_symbol
        unit = Unit(kind=kind, area=area, name=unit_name(pattern or kind.name + " {area}", area),
                    symbol=symbol, parent=parent, opened_on=opened_on)
        existing[(kind.pk, area.pk)] = unit
        new_units.append(unit)
        return unit

    by_kind: dict[tuple[str, int], Unit] = {}
    for level, level_areas in ((Level.PROVINCE, [province]), (Level.COMMUNE, communes)):
        specs = [s for s in STANDARD_BLOC if level in s.levels]
        for area in level_areas:
            for spec in specs:  # ordered so that each unit's parent comes first
                parent_key = spec.parent_at(level)
                parent = None
                if parent_key is not None:
                    target_level, parent_kind = parent_key
                    parent = by_kind[(parent_kind, province.pk if target_level == Level.PROVINCE else area.pk)]
                by_kind[(spec.kind, area.pk)] = ensure(spec.kind, area, parent, level)
    # An INSERT and an UPDATE per depth of the bloc's tree (three depths), whatever the number of communes.
    Unit.objects.bulk_create_tree(new_units)
    created = len(new_units)
    if created:
        record_event(actor, "org.bloc.create", province, after={"created": created,
                     "units": [u.pk for u in new_units]})
    else:
        mark_unchanged()
    return {"created": created, "existing": len(by_kind) - created}


def _manages_area(actor, area: Area) -> bool:
    if actor is None or actor.is_superuser:
        return True
    from danvan.core.permissions import Action

    scope = actor.scope_for(Action.MANAGE)
    return any(scope.covers(path) for path in Unit.objects.filter(area=area).values_list("line_path", flat=True))


@service
def update_hamlet(actor, hamlet: Area, *, name: str | None = None, is_active: bool | None = None) -> Area:
    """Rename a hamlet, or close / reopen it (hamlets are never deleted: reports may name them)."""
    if hamlet.level != Level.HAMLET:
        raise ValidationError("Chỉ sửa được thôn, tổ dân phố do xã tạo.")
    if not _manages_area(actor, hamlet.parent):
        raise PermissionDenied("Bạn không quản trị tổ chức nào ở xã này.")
    before = snapshot(hamlet)
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": "Vui lòng nhập tên thôn, tổ dân phố."})
        if Area.objects.filter(parent=hamlet.parent, name_folded=fold(name)).exclude(pk=hamlet.pk).exists():
            raise ValidationError({"name": f"“{name}” đã có trong {hamlet.parent.name}."})
        hamlet.name = name
    if is_active is not None:
        hamlet.is_active = is_active
    hamlet.save()
    record_event(actor, "org.area.update_hamlet", hamlet, before=before, after=snapshot(hamlet))
    return hamlet
