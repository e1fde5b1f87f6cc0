"""Territory (`Area`) and organisations (`Unit`).

Both are trees stored with a materialised path, so a subtree is one indexed range query
(`path >= P AND path < P || '~'`) and the ancestors are the path's own segments.
"""

import re
from collections import defaultdict

from django.db import NotSupportedError, models
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat
from django.utils.translation import gettext_lazy as _

from danvan.core.fields import PathField
from danvan.core.models import TimeStampedModel, VersionedModel
from danvan.core.permissions import PATH_END, ScopedQuerySet
from danvan.core.text import fold
from danvan.org.choices import Era, Level


class AreaQuerySet(ScopedQuerySet):
    def subtree(self, area: "Area", include_self: bool = True):
        qs = self.filter(era=area.era, path__gte=area.path, path__lt=area.path + PATH_END)
        return qs if include_self else qs.exclude(pk=area.pk)

    def search(self, text: str):
        """By name, diacritics and case aside; a leading division word ("xã", "phường", "tỉnh"…) is not required
        to be part of the name, so "xa gia vien" finds "Gia Viễn" as well as "Xã Gia Viễn"."""
        folded = fold(text)
        bare = DIVISION_WORD.sub("", folded, count=1)
        return self.filter(name_folded__contains=bare or folded) if folded else self


DIVISION_WORD = re.compile(r"^(?:xa|phuong|thi tran|dac khu|tinh|thanh pho|tp\.?) +")


class Area(TimeStampedModel):
    """An administrative division of one era: the official list, or a hamlet created by its commune."""

    era = models.CharField(_("thời kỳ"), max_length=8, choices=Era.choices)
    code = models.CharField(_("mã"), max_length=20)
    name = models.CharField(_("tên"), max_length=200)
    name_folded = models.CharField(max_length=200, editable=False, db_index=True)
    division_type = models.CharField(_("loại đơn vị"), max_length=40)
    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("trực thuộc"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = PathField(max_length=255, editable=False)
    # Hamlets are created by communes; they may be closed but never silently vanish.
    is_active = models.BooleanField(_("đang hoạt động"), default=True)

    objects = AreaQuerySet.as_manager()
    scope_public = True  # Territory is reference data: every signed-in user may read it.

    class Meta:
        ordering = ["era", "path"]
        constraints = [models.UniqueConstraint(fields=["era", "code"], name="area_era_code_unique")]
        indexes = [models.Index(fields=["era", "path"], name="area_path_idx"),
                   models.Index(fields=["era", "level", "code"], name="area_level_idx")]
        verbose_name = _("địa bàn")
        verbose_name_plural = _("địa bàn")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        self.path = (self.parent.path if self.parent_id else "/") + f"{self.code}/"
        super().save(*args, **kwargs)

    @property
    def ancestor_codes(self) -> list[str]:
        return [c for c in self.path.strip("/").split("/")][:-1]

    def ancestors(self):
        """Country → … → parent, in one query."""
        return Area.objects.unscoped().filter(era=self.era, code__in=self.ancestor_codes).order_by("path")


class AreaLineage(models.Model):
    """A current area formed (wholly or partly) from a legacy area."""

    successor = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="predecessor_links")
    predecessor = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="successor_links")
    # The predecessor was split among several successors: its figures cannot be summed into one.
    partial = models.BooleanField(_("chỉ một phần"), default=False)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        constraints = [models.UniqueConstraint(fields=["successor", "predecessor"], name="lineage_unique")]
        verbose_name = _("quan hệ kế thừa địa bàn")
        verbose_name_plural = _("quan hệ kế thừa địa bàn")

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"


class UnitKind(TimeStampedModel):
    """A kind of organisation (kept as data: names and symbols change with reforms)."""

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên"), max_length=200)
    # Name patterns per level; "{area}" is replaced by the area's name.
    province_name = models.CharField(_("tên ở cấp tỉnh"), max_length=200, blank=True)
    commune_name = models.CharField(_("tên ở cấp xã"), max_length=200, blank=True)
    province_symbol = models.CharField(_("ký hiệu ở cấp tỉnh"), max_length=30, blank=True)
    commune_symbol = models.CharField(_("ký hiệu ở cấp xã"), max_length=30, blank=True)
    in_bloc = models.BooleanField(_("thuộc khối dân vận"), default=True)
    # State bodies issue documents in the state layout (Decree 30/2020), the others in the Party layout.
    is_state_body = models.BooleanField(_("cơ quan nhà nước"), default=False)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=100)

    objects = ScopedQuerySet.as_manager()
    scope_public = True

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("loại tổ chức")
        verbose_name_plural = _("loại tổ chức")

    def __str__(self) -> str:
        return self.name


class UnitQuerySet(ScopedQuerySet):
    def subtree(self, unit: "Unit", include_self: bool = True):
        qs = self.filter(line_path__gte=unit.line_path, line_path__lt=unit.line_path + PATH_END)
        return qs if include_self else qs.exclude(pk=unit.pk)

    def search(self, text: str):
        return self.filter(name_folded__contains=fold(text)) if text.strip() else self

    def open_on(self, day):
        return self.filter(models.Q(opened_on__isnull=True) | models.Q(opened_on__lte=day)).filter(
            models.Q(closed_on__isnull=True) | models.Q(closed_on__gte=day)
        )

    def bulk_create_tree(self, units: list["Unit"], batch_size: int | None = None) -> list["Unit"]:
        """Insert new units as `save()` would, in a few statements per depth rather than two per unit.

        A unit's parent is either an existing unit or one of `units` (assigned as an object). The
        units are inserted depth by depth (one INSERT per batch, ids returned), then one UPDATE per
        depth sets every new row's path from its parent's row. Sends no post_save (none is used).
        """
        parent_field = self.model._meta.get_field("parent")
        new = {id(unit) for unit in units}
        depths: dict[int, int] = {}

        def depth(unit) -> int:
            if id(unit) not in depths:
                parent = parent_field.get_cached_value(unit, None)
                depths[id(unit)] = depth(parent) + 1 if parent is not None and id(parent) in new else 0
            return depths[id(unit)]

        by_depth: dict[int, list[Unit]] = defaultdict(list)
        for unit in units:
            unit.name_folded, unit.line_path = fold(unit.name), ""
            by_depth[depth(unit)].append(unit)
        # Parents given only by id: their paths, for the returned objects (the database uses its own).
        loose = {u.parent_id for u in units if u.parent_id is not None and not parent_field.is_cached(u)}
        loose_paths = (dict(self.model.objects.unscoped().filter(pk__in=loose).values_list("pk", "line_path"))
                       if loose else {})
        for _depth, batch in sorted(by_depth.items()):
            self.bulk_create(batch, batch_size=batch_size)
            ids = [unit.pk for unit in batch]
            if None in ids:  # SQLite ≥ 3.35 and PostgreSQL return them
                raise NotSupportedError("bulk_create_tree needs a database that returns the ids of inserted rows.")
            # A row has an empty path only between its INSERT and this UPDATE, inside this transaction.
            updated = self.model.objects.unscoped().filter(pk__gte=min(ids), pk__lte=max(ids), line_path="").update(
                line_path=line_path_from_parent())
            if updated != len(batch):
                raise RuntimeError(f"Set the path of {updated} units, expected {len(batch)}.")
            for unit in batch:
                parent = parent_field.get_cached_value(unit, None)
                parent_path = parent.line_path if parent is not None else loose_paths.get(unit.parent_id, "/")
                unit.line_path = f"{parent_path}{unit.pk}/"
        return units


class Unit(VersionedModel):
    """An organisation at an area, placed in the reporting line by an explicit parent."""

    kind = models.ForeignKey(UnitKind, verbose_name=_("loại"), on_delete=models.PROTECT, related_name="units")
    area = models.ForeignKey(Area, verbose_name=_("địa bàn"), on_delete=models.PROTECT, related_name="units")
    name = models.CharField(_("tên"), max_length=255)
    name_folded = models.CharField(max_length=255, editable=False, db_index=True)
    symbol = models.CharField(_("ký hiệu văn bản"), max_length=30, blank=True)
    opened_on = models.DateField(_("ngày thành lập"), null=True, blank=True)
    closed_on = models.DateField(_("ngày giải thể"), null=True, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("báo cáo lên"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    line_path = PathField(max_length=255, editable=False, db_index=True)

    objects = UnitQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        ordering = ["line_path"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "area"], name="unit_kind_area_unique",
                                    condition=models.Q(closed_on__isnull=True)),
        ]
        verbose_name = _("tổ chức")
        verbose_name_plural = _("tổ chức")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        if self.pk is None:
            # The path ends with the id, known only after the insert (many units: `bulk_create_tree`).
            self.line_path = ""
            super().save(*args, **kwargs)
            kwargs = {"update_fields": ["line_path"]}
        self.line_path = (self.parent.line_path if self.parent_id else "/") + f"{self.pk}/"
        super().save(*args, **kwargs)

    @property
    def audit_scope_path(self) -> str:
        return self.line_path

    @property
    def ancestor_ids(self) -> list[int]:
        return [int(p) for p in self.line_path.strip("/").split("/")[:-1] if p]

    def is_open_on(self, day) -> bool:
        return (self.opened_on is None or self.opened_on <= day) and (self.closed_on is None or self.closed_on >= day)


def line_path_from_parent():
    """SQL for a unit's path from its row: its parent's path (or "/" for a root), then its own id."""
    parent_path = Unit.objects.unscoped().filter(pk=OuterRef("parent_id")).order_by().values("line_path")[:1]
    return Concat(Coalesce(Subquery(parent_path), Value("/")), Cast("pk", models.CharField()), Value("/"),
                  output_field=models.CharField())


class UnitRename(models.Model):
    """A change of a unit's name or symbol (e.g. Ban Dân vận → Ban Tuyên giáo và Dân vận in 2025)."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="renames")
    effective_on = models.DateField(_("có hiệu lực từ"))
    old_name = models.CharField(_("tên cũ"), max_length=255)
    new_name = models.CharField(_("tên mới"), max_length=255)
    old_symbol = models.CharField(_("ký hiệu cũ"), max_length=30, blank=True)
    new_symbol = models.CharField(_("ký hiệu mới"), max_length=30, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "unit__line_path"

    class Meta:
        ordering = ["unit", "effective_on"]
        verbose_name = _("lịch sử đổi tên")
        verbose_name_plural = _("lịch sử đổi tên")

    def __str__(self) -> str:
        return f"{self.old_name} → {self.new_name} ({self.effective_on})"
