"""The always-fresh roll-up tables, maintained by `danvan.reporting.rollup.refresh` in the approvals' transactions."""

from django.db import models

from danvan.core.fields import PathField
from danvan.core.permissions import ScopedQuerySet


class UnitPeriodValue(models.Model):
    """A unit's approved figures over one period: {indicator code: value as a decimal string}, each value
    the unit's months summed or the last one, per the indicator's time aggregation.

    The row exists exactly while the unit has approved data in the period (which gives
    `units_counted`). One row per unit and period, not per indicator: an approval rewrites a handful of
    rows. Maintained by `rollup.refresh_units` in the approval's transaction; always current, so the
    roll-up of a small node (a commune, a commune's Đảng ủy) is added up from these rows.
    """

    # No index of its own: `form` leads every index below (an approval writes fewer index entries).
    form = models.ForeignKey("reporting.ReportForm", on_delete=models.CASCADE, related_name="+", db_index=False)
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=10)
    figures = models.JSONField(default=dict)
    line_path = PathField(max_length=255)
    area_node = PathField(max_length=300)

    objects = ScopedQuerySet.as_manager()
    scope_path_field = "line_path"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "unit", "period"], name="upv_unit_period_unique")]
        indexes = [models.Index(fields=["form", "period", "line_path"], name="upv_period_line_idx"),
                   models.Index(fields=["form", "period", "area_node"], name="upv_period_area_idx")]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.period} {self.figures}"


class RollupCell(models.Model):
    """The unit-period figures added up over one large node (`rollup.has_cell`): a root of the reporting
    line (a province's Ban Tuyên giáo và Dân vận) or an area down to the province.

    `node` is "U" + a unit's line_path or "A" + era + ":" + an area's path; `units` counts the units with
    approved data in the period, `totals` is {indicator code: [total as a decimal string, units with a
    value]}. One row per node and period, as of the last compaction: the unit-period rows changed since are
    listed in `RollupPending`, and a read adds their differences. Written only by `rollup.compact` (and the
    repairs `rebuild`, `move_subtree`), with an additive upsert, so concurrent writers stay exact.
    """

    form = models.ForeignKey("reporting.ReportForm", on_delete=models.CASCADE, related_name="+", db_index=False)
    node = PathField(max_length=300)
    period = models.CharField(max_length=10)
    units = models.IntegerField(default=0)
    totals = models.JSONField(default=dict)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True  # read only through rollup.read, whose callers check the node is in scope (selectors)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "node", "period"], name="rollup_cell_node_period_unique")]

    def __str__(self) -> str:
        return f"{self.node} {self.period} {self.units} đơn vị"


class RollupPending(models.Model):
    """A unit-period whose figures changed since the cells were last compacted, with what the cells hold of
    it (`held`, {code: value}; NULL: nothing — the unit was not counted there).

    An approval writes its `UnitPeriodValue` rows and lists them here (once: a unit-period already listed
    keeps its `held`); a read of a large node adds (current figures − held) of the pending unit-periods
    below it to its cell; `rollup.compact` adds them to the cells and deletes these rows. A small table of
    its own (a few hundred rows), so the approvals' rows of `UnitPeriodValue` are updated in place.
    """

    # Indexes cost every approval five entries each and the list is short: `form` leads the ones below,
    # and a unit's rows (a unit deleted) are found by a scan of a few hundred rows.
    form = models.ForeignKey("reporting.ReportForm", on_delete=models.CASCADE, related_name="+", db_index=False)
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+", db_index=False)
    period = models.CharField(max_length=10)
    line_path = PathField(max_length=255)
    area_node = PathField(max_length=300)
    held = models.JSONField(null=True, blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True  # derived data, read only through rollup.node_totals

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "unit", "period"], name="rollup_pending_unique")]
        indexes = [models.Index(fields=["form", "period", "line_path"], name="rollup_pending_line_idx"),
                   models.Index(fields=["form", "period", "area_node"], name="rollup_pending_area_idx")]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.period} (chờ cộng dồn)"
