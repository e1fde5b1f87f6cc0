"""The always-fresh roll-up tables, maintained by `danvan.reporting.rollup` in the approvals' transactions."""

from django.db import models

from danvan.core.fields import PathField
from danvan.core.permissions import ScopedQuerySet


class UnitPeriodValue(models.Model):
    """A unit's approved figures over one period: {indicator code: value as a decimal string}, each value
    the unit's months summed or the last one, per the indicator's time aggregation.

    The row exists exactly while the unit has approved data in the period (which gives
    `units_counted`). One row per unit and period, not per indicator: an approval rewrites a handful of
    rows. Maintained by `rollup.refresh_units` in the approval's transaction.
    """

    form = models.ForeignKey("reporting.ReportForm", on_delete=models.CASCADE, related_name="+")
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
    """The unit-period figures added up over one node (a unit's reporting subtree or an area's subtree).

    `node` is "U" + a unit's line_path or "A" + era + ":" + an area's path; `units` counts the units with
    approved data in the period, `totals` is {indicator code: [total as a decimal string, units with a
    value]}. One row per node and period: an approval adds to ~30 rows (5 periods × 6 nodes) with an
    additive upsert, so concurrent approvals stay exact; a roll-up reads one row.
    """

    form = models.ForeignKey("reporting.ReportForm", on_delete=models.CASCADE, related_name="+")
    node = PathField(max_length=300)
    period = models.CharField(max_length=10)
    units = models.IntegerField(default=0)
    totals = models.JSONField(default=dict)

    objects = ScopedQuerySet.as_manager()
    scope_admin_only = True  # read only through rollup.rollup_for, which checks the node is in scope

    class Meta:
        constraints = [models.UniqueConstraint(fields=["form", "node", "period"], name="rollup_cell_node_period_unique")]

    def __str__(self) -> str:
        return f"{self.node} {self.period} {self.units} đơn vị"
